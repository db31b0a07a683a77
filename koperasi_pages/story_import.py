"""Imports a plain-text news article as a draft story or activity report.

The articles officers paste from blogs and news sites share a shape: the
title on the first line, one paragraph per line (or paragraphs separated by
blank lines), often a dateline such as ``Media K-UMKM| Sleman|`` before the
first sentence, a reporter's initials in brackets at the end, and the
leftovers of a comment widget. ``parse_article`` separates all of these;
``import_article`` turns the result into a draft page under the region's hub
for an editor to check, complete and submit.
"""

import datetime
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import Locale

from .models import ActivityReportPage, InnovationStoryPage, Region, RegionalHubPage

logger = logging.getLogger("koperasi.imports")

KINDS = {"story": InnovationStoryPage, "report": ActivityReportPage}
TITLE_MAX_LENGTH = 255
SLUG_MAX_LENGTH = 80
# An article is a few pages of text; anything bigger is the wrong file.
MAX_FILE_SIZE = 1024 * 1024
MAX_PARAGRAPHS = 500

# Old Mac files end lines with CR alone, Windows files with CR LF.
LINE_BREAKS = re.compile(r"\r\n?")
# C0 and C1 controls other than tab and newline (PostgreSQL cannot store NUL,
# the others are invisible or garble a terminal), and the bidi embedding,
# override and isolate characters that can make text read differently from
# how it is stored.
UNWANTED_CHARACTERS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)

# "Media K-UMKM| Sleman| " – a source and a place before the first sentence.
DATELINE = re.compile(
    r"^\s*(?P<source>[^|\n]{1,60}?)\s*\|\s*(?P<place>[^|\n]{1,60}?)\s*\|\s*"
)
# "(yos)", "(yos"03)", "(ant/yos)": the reporter's initials closing the text.
# Capitals after the first letter are left alone: "(UKM)" is not a reporter.
REPORTER_TAG = re.compile(
    r"\s*\((?P<reporter>[A-Za-z][a-z./ ]{0,19}?)(?:\s*[\"'’”]\s*\d{1,4})?\)\s*$"
)
# Lines a blog's comment widget leaves behind when the page is copied.
COMMENT_WIDGET_LINES = re.compile(
    r"^(\d+\s+)?(komentar|comments?|posting komentar|kirim komentar|"
    r"tulis komentar|tambahkan komentar|post a comment|leave a comment|"
    r"bagikan|share|balas|reply)\s*:?$",
    re.IGNORECASE,
)

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "january", "jan"),
            ("februari", "february", "feb", "pebruari"),
            ("maret", "march", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("agustus", "august", "agu", "agt", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nopember", "nov"),
            ("desember", "december", "des", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
# "17 – 19 September 2020", "17-19 Sept 2020", "30 September – 2 Oktober 2020"
DATE_RANGE = re.compile(
    r"\b(?P<day1>\d{1,2})(?:\s+(?P<month1>[A-Za-z]{3,9})\.?)?\s*(?:[-–—]|s\.?d\.?|"
    r"sampai|hingga|to)\s*(?P<day2>\d{1,2})\s+" + _MONTH + r"\s+(?P<year>\d{4})\b",
    re.IGNORECASE,
)
SINGLE_DATE = re.compile(
    r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"\s+(?P<year>\d{4})\b", re.IGNORECASE
)


class ArticleImportError(Exception):
    """The article cannot be imported; the message says how to fix it."""


@dataclass
class Article:
    """An article taken apart: what goes into the page and what is metadata."""

    title: str
    paragraphs: list[str]
    source: str = ""
    place: str = ""
    reporter: str = ""
    start: datetime.date | None = None
    end: datetime.date | None = None
    dropped_lines: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    """What an import made (or, in a dry run, would have made)."""

    page: object
    hub: RegionalHubPage
    regency: Region | None
    article: Article
    dry_run: bool

    @property
    def edit_url(self):
        if self.dry_run:
            return ""
        path = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def read_article(path):
    """The text of the file at ``path``, which must be non-empty UTF-8."""
    path = Path(path)
    if not path.is_file():
        raise ArticleImportError(
            _("The file %(path)s does not exist or is not a file.") % {"path": path}
        )

    size = path.stat().st_size
    if size > MAX_FILE_SIZE:
        raise ArticleImportError(
            ngettext(
                "The file %(path)s is %(size)s (%(bytes)s byte); an article file "
                "may be at most %(limit)s. Check that it is the right file, or "
                "split the text into several articles.",
                "The file %(path)s is %(size)s (%(bytes)s bytes); an article file "
                "may be at most %(limit)s. Check that it is the right file, or "
                "split the text into several articles.",
                size,
            )
            % {
                "path": path,
                "size": filesizeformat(size),
                "bytes": size,
                "limit": filesizeformat(MAX_FILE_SIZE),
            }
        )

    raw = path.read_bytes()
    try:
        # utf-8-sig also accepts the byte-order mark some editors write.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleImportError(
            _(
                "The file %(path)s is not UTF-8 text (byte %(position)s cannot be "
                "read). Save it as UTF-8, or convert it first, for example: "
                "iconv -f WINDOWS-1252 -t UTF-8 %(path)s > article-utf8.txt"
            )
            % {"path": path, "position": error.start}
        ) from error

    if not clean_text(text).strip():
        raise ArticleImportError(
            _("The file %(path)s is empty: there is no title and no text.")
            % {"path": path}
        )
    return text


def clean_text(text):
    """``text`` with LF line breaks and without control or bidi characters."""
    return UNWANTED_CHARACTERS.sub("", LINE_BREAKS.sub("\n", text))


def parse_article(text):
    """Split ``text`` into title, paragraphs and metadata."""
    lines = [line.strip() for line in clean_text(text).split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        raise ArticleImportError(
            _("The article is empty: there is no title and no text.")
        )
    title = " ".join(lines.pop(0).split())
    if len(title) > TITLE_MAX_LENGTH:
        raise ArticleImportError(
            _(
                "The first line, used as the title, is %(length)s characters long; "
                "a title may have at most %(limit)s. Put a shorter title on the "
                "first line."
            )
            % {"length": len(title), "limit": TITLE_MAX_LENGTH}
        )

    dropped = []
    while lines and (not lines[-1] or COMMENT_WIDGET_LINES.match(lines[-1])):
        line = lines.pop()
        if line:
            dropped.append(line)

    paragraphs = _paragraphs(lines)
    if not paragraphs:
        raise _no_text_error(title)
    article = Article(title=title, paragraphs=paragraphs, dropped_lines=dropped)

    dateline = DATELINE.match(paragraphs[0])
    if dateline:
        article.source = dateline["source"]
        article.place = dateline["place"]
        paragraphs[0] = paragraphs[0][dateline.end() :]

    reporter = REPORTER_TAG.search(paragraphs[-1])
    if reporter:
        article.reporter = reporter["reporter"].strip()
        paragraphs[-1] = paragraphs[-1][: reporter.start()].rstrip()

    # A body of only a dateline or a reporter tag has nothing left.
    article.paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if not article.paragraphs:
        raise _no_text_error(title)
    if len(article.paragraphs) > MAX_PARAGRAPHS:
        raise ArticleImportError(
            _(
                "The article has %(count)s paragraphs; an article may have at "
                "most %(limit)s. Check that it is a single article, or split it "
                "into several."
            )
            % {"count": len(article.paragraphs), "limit": MAX_PARAGRAPHS}
        )
    article.start, article.end = guess_dates(" ".join(article.paragraphs))
    return article


def _no_text_error(title):
    return ArticleImportError(
        _(
            "The article has a title (%(title)s) but no text below it. "
            "Put the paragraphs after the first line."
        )
        % {"title": title}
    )


def _paragraphs(lines):
    # With blank lines between paragraphs, a paragraph may span several lines;
    # without any, every line is a paragraph of its own.
    text = "\n".join(lines).strip()
    if "\n\n" in text:
        blocks = re.split(r"\n\s*\n", text)
        return [" ".join(block.split()) for block in blocks if block.strip()]
    return [" ".join(line.split()) for line in lines if line.strip()]


def guess_dates(text):
    """The first date or date range in ``text``, as (start, end) or Nones."""
    for match in DATE_RANGE.finditer(text):
        end = _date(match["year"], match["month"], match["day2"])
        start = _date(match["year"], match["month1"] or match["month"], match["day1"])
        if start and end and start <= end:
            return start, end
    for match in SINGLE_DATE.finditer(text):
        day = _date(match["year"], match["month"], match["day"])
        if day:
            return day, day
    return None, None


def _date(year, month, day):
    number = MONTHS.get(month.lower())
    if number is None:
        return None
    try:
        return datetime.date(int(year), number, int(day))
    except ValueError:
        return None


def resolve_region(code):
    """The hub and regency for a Kemendagri ``code`` such as 34 or 34.04.

    A regency code goes to that regency's own hub if there is one, otherwise
    to its province's hub, with the regency set on the page.
    """
    if not code.strip():
        raise ArticleImportError(empty_region_message())

    region = Region.objects.filter(code=code.strip()).first()
    if region is None:
        raise ArticleImportError(
            _(
                "Unknown region code %(code)s. Use a Kemendagri code: two digits "
                "for a province (34 is Daerah Istimewa Yogyakarta) or four for a "
                "regency or city (34.04 is Kabupaten Sleman). List them with: "
                "python manage.py import_story --list-regions"
            )
            % {"code": code}
        )

    locale = Locale.get_default()
    hubs = RegionalHubPage.objects.filter(locale=locale)
    hub = hubs.filter(region=region).first()
    if hub is None and region.parent_id:
        hub = hubs.filter(region_id=region.parent_id).first()
    if hub is None:
        raise ArticleImportError(
            _(
                "%(region)s has no regional hub page yet, so there is nowhere to "
                "put the article. Create the hubs with: python manage.py "
                "setup_portal"
            )
            % {"region": region.name}
        )

    regency = region if region.level == Region.Level.REGENCY else None
    return hub, regency


def empty_region_message():
    """Why an empty region code is refused and how to find a valid one."""
    return _(
        "The region code is empty. Give a Kemendagri code such as 34 (a "
        "province) or 34.04 (a regency or city); list them with: python "
        "manage.py import_story --list-regions"
    )


def _regency_from_place(hub, place):
    # "Sleman" in a dateline names Kabupaten Sleman when the hub is its province.
    if not place:
        return None
    matches = [
        regency
        for regency in hub.region.province.regencies.all()
        if regency.name.lower().split(" ", 1)[-1] == place.lower()
    ]
    return matches[0] if len(matches) == 1 else None


def _lead(paragraph, limit):
    # Cut at a sentence end if one fits, otherwise at a word, and mark the cut.
    if len(paragraph) <= limit:
        return paragraph
    cut = paragraph[: limit - 1]
    sentence_end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    if sentence_end > limit // 2:
        return cut[: sentence_end + 1]
    return cut.rsplit(" ", 1)[0].rstrip(",;:–- ") + "…"


def build_page(article, kind, regency):
    """An unsaved draft page of ``kind`` holding ``article``."""
    model = KINDS[kind]
    limit = model._meta.get_field("summary").max_length
    page = model(
        title=article.title,
        summary=_lead(article.paragraphs[0], limit),
        reporter_name=article.reporter,
        regency=regency,
        live=False,
        body=[
            ("paragraph", f"<p>{escape(paragraph)}</p>")
            for paragraph in article.paragraphs
        ],
    )
    if kind == "report":
        page.event_start, page.event_end = article.start, article.end
        page.date = article.end or article.start or page.date
        page.venue = article.place
    elif article.start:
        page.date = article.start
    return page


def import_article(path, region_code, kind="story", dry_run=False, user=None):
    """Import the article at ``path`` as a draft page; returns an ImportResult.

    Raises ArticleImportError, with a message that says how to fix the input,
    before anything is written. With ``dry_run`` the page is built and
    validated inside a transaction that is rolled back.
    """
    if kind not in KINDS:
        raise ArticleImportError(
            _("Unknown kind %(kind)s; use story or report.") % {"kind": kind}
        )
    article = parse_article(read_article(path))
    hub, regency = resolve_region(region_code)
    regency = regency or _regency_from_place(hub, article.place)

    page = build_page(article, kind, regency)
    page.locale = hub.locale
    page.slug = find_available_slug(
        hub, slugify(article.title)[:SLUG_MAX_LENGTH].rstrip("-") or kind
    )
    try:
        with transaction.atomic():
            # A draft is checked like the admin's "Save draft": title and slug
            # now, required fields such as the innovation mode when published.
            hub.add_child(instance=page)
            page.save_revision(user=user, clean=False)
            log(page, "wagtail.create", user=user)
            if dry_run:
                transaction.set_rollback(True)
    except ValidationError as error:
        raise ArticleImportError(
            _("The article cannot be saved as a page: %(errors)s")
            % {"errors": " ".join(error.messages)}
        ) from error

    logger.info(
        "Imported %s as %s %s under hub %s (%s paragraphs, reporter %s)%s",
        path,
        kind,
        page.pk,
        hub.pk,
        len(article.paragraphs),
        article.reporter or "-",
        " [dry run, rolled back]" if dry_run else "",
    )
    return ImportResult(page, hub, regency, article, dry_run)
