"""Template tags for the public pages: navigation, languages and filters.

The layout needs things no single page knows: the home page and listing pages
in the reader's language, the same page in the other language (or the nearest
page that exists there when it has not been translated yet), and URLs that
change one filter or page number while keeping the others.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext, gettext_lazy
from wagtail.models import Locale, Page, Site

from ..models import (
    ActivityReportPage,
    CooperativeIndexPage,
    CooperativeProfilePage,
    HomePage,
    InnovationStoryPage,
    RegionalHubPage,
    ReportIndexPage,
    StoryIndexPage,
)

register = template.Library()

# Added to the language switcher's link when the page itself has no
# translation and the reader lands on its nearest translated ancestor.
UNTRANSLATED_PARAM = "untranslated"

DESCRIPTION_LENGTH = 160

# The listing pages under each home page, in navigation order.
SECTIONS = [
    ("story", StoryIndexPage, gettext_lazy("Stories")),
    ("cooperative", CooperativeIndexPage, gettext_lazy("Cooperatives")),
    ("report", ReportIndexPage, gettext_lazy("Reports")),
]

PAGE_KINDS = [
    (InnovationStoryPage, "story"),
    (CooperativeProfilePage, "cooperative"),
    (ActivityReportPage, "report"),
    (RegionalHubPage, "hub"),
    (HomePage, "home"),
    (StoryIndexPage, "listing"),
    (CooperativeIndexPage, "listing"),
    (ReportIndexPage, "listing"),
]


@dataclass
class Link:
    """A labelled URL; ``current`` holds its ``aria-current`` value, if any."""

    label: str
    url: str
    current: str = ""


@dataclass
class LanguageLink:
    """One entry of the language switcher.

    ``translated`` is False when the page has no live version in that
    language and ``url`` leads to its nearest translated ancestor instead.
    """

    code: str
    name: str
    url: str
    current: bool
    translated: bool


def _request(context):
    return context.get("request")


def _context_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _language_codes():
    return [code for code, _name in settings.LANGUAGES]


def _language_root_url(code):
    with translation.override(code):
        return reverse("wagtail_serve", args=[""])


def _with_query(url, params):
    query = params.urlencode() if params else ""
    return f"{url}?{query}" if query else url


def _kept_params(request):
    """The reader's query string minus the switcher's own marker."""
    if request is None:
        return None
    params = request.GET.copy()
    params.pop(UNTRANSLATED_PARAM, None)
    return params


@register.simple_tag(takes_context=True)
def portal_home(context):
    """The home page in the reader's language (or the site's own root)."""
    cache = context.render_context
    if "portal_home" not in cache:
        request = _request(context)
        site = Site.find_for_request(request) if request is not None else None
        if site is None:
            site = Site.objects.filter(is_default_site=True).first()
        cache["portal_home"] = site.root_page.localized if site else None
    return cache["portal_home"]


def _section_of(page):
    """The section a page belongs to and its ``aria-current`` value.

    The listing itself is the current "page"; a story, profile or report is
    "true" for the section that lists its kind.
    """
    if page is None:
        return None, ""
    for kind, listing_model, _label in SECTIONS:
        if isinstance(page, listing_model):
            return kind, "page"
    for model, kind in PAGE_KINDS[:3]:
        if isinstance(page, model):
            return kind, "true"
    return None, ""


@register.simple_tag(takes_context=True)
def portal_sections(context):
    """The listing pages linked from the header, as ``Link`` objects.

    Returns a dict keyed by kind ("story", "cooperative", "report"); the
    section the page belongs to carries its ``aria-current`` value.
    """
    cache = context.render_context
    if "portal_sections" not in cache:
        home = portal_home(context)
        found = {}
        if home is not None:
            children = (
                home.get_children()
                .live()
                .type(*(model for _kind, model, _label in SECTIONS))
                .select_related("content_type")
            )
            for child in children:
                found[child.content_type.model_class()] = child

        request = _request(context)
        current, aria_current = _section_of(_context_page(context))
        sections = {}
        for kind, model, label in SECTIONS:
            if model in found:
                url = found[model].get_url(request)
                marker = aria_current if kind == current else ""
                sections[kind] = Link(str(label), url, marker)
        cache["portal_sections"] = sections
    return cache["portal_sections"]


@register.simple_tag(takes_context=True)
def listing_url(context, kind, **params):
    """URL of the story, cooperative or report listing, with filters set.

    Returns an empty string when the listing does not exist, so templates can
    fall back to plain text.
    """
    section = portal_sections(context).get(kind)
    if section is None:
        return ""
    query = urlencode(
        {name: value for name, value in params.items() if value not in ("", None)}
    )
    return f"{section.url}?{query}" if query else section.url


def _translation_targets(context, page):
    """For each language: the live page to link to and whether it is ``page``.

    Looks at the page and its ancestors (the tree root aside) in one query and
    keeps, per language, the nearest one with a live version there.
    """
    cache = context.render_context
    key = ("translation_targets", page.pk)
    if key in cache:
        return cache[key]

    lineage = [page, *reversed(page.get_ancestors().filter(depth__gt=1))]
    rank = {item.translation_key: position for position, item in enumerate(lineage)}
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    candidates = Page.objects.live().filter(translation_key__in=rank)

    targets = {}
    for candidate in candidates:
        code = codes.get(candidate.locale_id)
        best = targets.get(code)
        if best is None or rank[candidate.translation_key] < rank[best.translation_key]:
            targets[code] = candidate
    result = {
        code: (target, target.translation_key == page.translation_key)
        for code, target in targets.items()
    }
    cache[key] = result
    return result


def _page_language_url(context, page, code):
    request = _request(context)
    if page.locale.language_code == code:
        # The page itself, even while previewed as a draft.
        return _with_query(page.get_url(request) or "", _kept_params(request)), True

    target, translated = _translation_targets(context, page).get(code, (None, False))
    if target is None:
        url = _language_root_url(code)
    else:
        url = target.get_url(request) or _language_root_url(code)
    if translated:
        return _with_query(url, _kept_params(request)), True
    return f"{url}?{UNTRANSLATED_PARAM}=1", False


def _view_language_url(request, code):
    # Views outside the page tree (search) exist in every language under the
    # same name; a missing page (404) has no equivalent, so go home.
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name == "wagtail_serve":
        return _language_root_url(code)
    return translate_url(request.get_full_path(), code)


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher: this page in every language of the portal."""
    page = _context_page(context)
    request = _request(context)
    current = translation.get_language()

    links = []
    for code in _language_codes():
        if page is not None:
            url, translated = _page_language_url(context, page, code)
        elif request is not None:
            url, translated = _view_language_url(request, code), True
        else:
            url, translated = _language_root_url(code), True
        name = translation.get_language_info(code)["name_local"]
        links.append(LanguageLink(code, name, url, code == current, translated))
    return links


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """``(hreflang, absolute URL)`` pairs for the page's live translations.

    ``x-default`` points at the version in the portal's default language.
    """
    page = _context_page(context)
    request = _request(context)
    if request is None:
        return []

    urls = {}
    if page is not None:
        if not page.live:
            return []
        for code, (target, translated) in _translation_targets(context, page).items():
            if translated:
                urls[code] = target.get_url(request)
    else:
        match = getattr(request, "resolver_match", None)
        if match is None or match.url_name == "wagtail_serve":
            return []
        for code in _language_codes():
            urls[code] = translate_url(request.get_full_path(), code)

    alternates = [
        (code, request.build_absolute_uri(urls[code]))
        for code in _language_codes()
        if urls.get(code)
    ]
    if urls.get(settings.LANGUAGE_CODE):
        default = request.build_absolute_uri(urls[settings.LANGUAGE_CODE])
        alternates.append(("x-default", default))
    return alternates


@register.simple_tag(takes_context=True)
def breadcrumb_links(context):
    """Home, then each live ancestor, then the page itself (marked current).

    Empty on the home page, where a trail of one would say nothing.
    """
    page = _context_page(context)
    if page is None or page.depth <= 2:
        return []

    request = _request(context)
    crumbs = []
    for ancestor in page.get_ancestors().live().filter(depth__gt=1):
        label = gettext("Home") if ancestor.depth == 2 else ancestor.title
        crumbs.append(Link(label, ancestor.get_url(request)))
    crumbs.append(Link(page.title, page.get_url(request), current="page"))
    return crumbs


@register.simple_tag(takes_context=True)
def filter_url(context, name, value=None):
    """This page's URL with one filter set (or removed), back on page 1."""
    request = _request(context)
    params = _kept_params(request)
    params.pop("page", None)
    if value in (None, ""):
        params.pop(name, None)
    else:
        params[name] = value
    return _with_query(request.path, params)


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """This page's URL on page ``number`` of the results, filters kept."""
    request = _request(context)
    params = _kept_params(request)
    if number == 1:
        params.pop("page", None)
    else:
        params["page"] = number
    return _with_query(request.path, params)


@register.simple_tag
def page_links(results_page):
    """Page numbers around the current one, with ``None`` for a gap."""
    paginator = results_page.paginator
    numbers = paginator.get_elided_page_range(
        results_page.number, on_each_side=1, on_ends=1
    )
    return [number if isinstance(number, int) else None for number in numbers]


@register.filter
def page_kind(page):
    """A short name for the kind of page, used for CSS classes and labels."""
    for model, kind in PAGE_KINDS:
        if isinstance(page, model):
            return kind
    return "page"


@register.filter
def listed_kind(page):
    """What a listing page lists: "story", "cooperative" or "report"."""
    kind, _aria_current = _section_of(page)
    return kind or ""


@register.filter
def page_type_label(page):
    """The page type as readers call it, e.g. "Innovation story"."""
    if not isinstance(page, Page):
        return ""
    return capfirst(page._meta.verbose_name)


@register.filter
def meta_description(page):
    """The page's own search description, else its lead or introduction."""
    if not isinstance(page, Page):
        return ""
    text = page.search_description or getattr(page, "summary", "") or ""
    if not text:
        text = strip_tags(str(getattr(page, "intro", "") or ""))
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)


@register.filter
def figure_change(figure):
    """How a key figure moved from ``before`` to ``after``.

    Returns ``{"direction", "difference", "percent"}`` with direction "up",
    "down" or "same" and both amounts unsigned (the template prints the sign),
    or None without a "before" value; ``percent`` is None when "before" is 0.
    """
    try:
        before = Decimal(figure.get("before"))
        after = Decimal(figure.get("after"))
    except (TypeError, InvalidOperation):
        return None

    difference = after - before
    if difference > 0:
        direction = "up"
    elif difference < 0:
        direction = "down"
    else:
        direction = "same"
    percent = None if before == 0 else abs(difference) / abs(before) * 100
    return {"direction": direction, "difference": abs(difference), "percent": percent}


# The fixed arc of a story, in reading order: field name, heading, and
# whether the field is a StreamField (rendered block by block).
LESSON_SECTIONS = [
    ("context", gettext_lazy("Context"), False),
    ("problem", gettext_lazy("The problem"), False),
    ("response", gettext_lazy("What they did"), False),
    ("evidence", gettext_lazy("Evidence: before and after"), True),
    ("limits", gettext_lazy("Limits and what failed"), False),
    ("replication", gettext_lazy("How to replicate"), True),
    ("contacts", gettext_lazy("Contacts for adoption"), True),
]


@register.simple_tag
def lesson_sections(story):
    """The story's lesson sections that have content, in reading order.

    Each is a dict with ``id`` (an anchor), ``label``, ``value`` and
    ``stream``; an editor's empty rich text (``<p></p>``) counts as empty.
    """
    sections = []
    for name, label, stream in LESSON_SECTIONS:
        value = getattr(story, name, None)
        if stream:
            has_content = bool(value)
        else:
            has_content = bool(strip_tags(str(value or "")).strip())
        if has_content:
            sections.append(
                {"id": name, "label": label, "value": value, "stream": stream}
            )
    return sections
