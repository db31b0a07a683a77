"""The interface strings in locale/ are complete, current and really used.

Indonesian must be translated to the last string; English is the source
language, so its catalogue may leave msgstr empty but must still be valid.
Run ``scripts/update_locale.sh`` after changing marked strings, fill in the
Indonesian, then ``make locale``.
"""

import os
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import polib
import pytest
from django.utils import translation

REPO_DIR = Path(__file__).resolve().parent.parent
LOCALE_DIR = REPO_DIR / "locale"
ID_PO = LOCALE_DIR / "id" / "LC_MESSAGES" / "django.po"
EN_PO = LOCALE_DIR / "en" / "LC_MESSAGES" / "django.po"
# Indonesian for Wagtail's own admin strings that Wagtail leaves untranslated.
ADMIN_ID_PO = REPO_DIR / "site/koperasi_site/locale/id/LC_MESSAGES/django.po"
INDONESIAN = [ID_PO, ADMIN_ID_PO]
NPLURALS = {"id": 1, "en": 2}

# What the update script must not see: tools, caches, data and the tests.
NOT_COPIED = {
    ".git",
    ".venv",
    ".pytest_cache",
    ".ruff_cache",
    "__pycache__",
    "node_modules",
    "media",
    "static_collected",
    "test-artifacts",
    "services",
    "tests",
    "docs",
}
NAMED_PLACEHOLDER = re.compile(r"%\((\w+)\)[sdifr]")
POSITIONAL_PLACEHOLDER = re.compile(r"%(?!\()[-+ #0]*\d*(?:\.\d+)?[sdifr]")


def catalogues():
    return [*sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")), ADMIN_ID_PO]


def short(path):
    return str(path.relative_to(REPO_DIR))


def entries(po):
    return [entry for entry in po if not entry.obsolete]


def key(entry):
    return (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def describe(entry):
    context = f" [context {entry.msgctxt!r}]" if entry.msgctxt else ""
    return f"{entry.msgid!r}{context}"


def placeholders(text):
    return set(NAMED_PLACEHOLDER.findall(text)), len(
        POSITIONAL_PLACEHOLDER.findall(text.replace("%%", ""))
    )


def translations_of(entry):
    if entry.msgid_plural:
        return [entry.msgstr_plural[form] for form in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def test_catalogues_exist_for_both_languages():
    assert ID_PO.exists(), "Run scripts/update_locale.sh to create the catalogues."
    assert EN_PO.exists(), "Run scripts/update_locale.sh to create the catalogues."


@pytest.mark.parametrize("path", INDONESIAN, ids=short)
def test_every_indonesian_string_is_translated(path):
    po = polib.pofile(str(path))
    missing = [
        describe(entry)
        for entry in entries(po)
        if "fuzzy" in entry.flags or not all(translations_of(entry))
    ]

    assert not missing, (
        f"{len(missing)} of {len(entries(po))} strings have no Indonesian "
        f"translation (or are fuzzy) in {short(path)}:\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("language", sorted(NPLURALS))
def test_plural_forms_match_the_language(language):
    path = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(path))
    nplurals = NPLURALS[language]

    assert po.metadata.get("Plural-Forms", "").startswith(f"nplurals={nplurals};")
    wrong = [
        describe(entry)
        for entry in entries(po)
        if entry.msgid_plural and sorted(entry.msgstr_plural) != list(range(nplurals))
    ]
    assert not wrong, (
        f"These plural strings in {path.relative_to(REPO_DIR)} need exactly "
        f"{nplurals} msgstr form(s):\n" + "\n".join(wrong)
    )


@pytest.mark.parametrize("path", catalogues(), ids=short)
def test_translations_keep_the_placeholders_of_the_source(path):
    po = polib.pofile(str(path))
    wrong = []
    for entry in entries(po):
        source = placeholders(entry.msgid)
        if entry.msgid_plural:
            plural = placeholders(entry.msgid_plural)
            source = (source[0] | plural[0], max(source[1], plural[1]))
        for text in translations_of(entry):
            if text and placeholders(text) != source:
                wrong.append(f"{describe(entry)} -> {text!r}")

    assert not wrong, (
        f"Placeholders differ from the English in {path.relative_to(REPO_DIR)}:\n"
        + "\n".join(wrong)
    )


def test_catalogues_are_up_to_date_with_the_code(tmp_path):
    if shutil.which("xgettext") is None:
        message = "GNU gettext (xgettext) is missing: apt-get install -y gettext"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)

    # Extract into a copy so the committed catalogues stay as they are.
    copy = tmp_path / "repo"
    shutil.copytree(
        REPO_DIR,
        copy,
        ignore=lambda _dir, names: [
            name for name in names if name in NOT_COPIED or name.endswith(".sqlite3")
        ],
    )
    result = subprocess.run(
        ["bash", str(copy / "scripts" / "update_locale.sh"), str(copy)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    problems = []
    for path in sorted((copy / "locale").glob("*/LC_MESSAGES/*.po")):
        relative = path.relative_to(copy)
        committed = REPO_DIR / relative
        fresh = {key(e): e for e in entries(polib.pofile(str(path)))}
        if not committed.exists():
            problems.append(f"{relative} is missing ({len(fresh)} strings)")
            continue
        known = {key(e) for e in entries(polib.pofile(str(committed)))}
        problems += [
            f"{relative}: missing {describe(e)}"
            for k, e in sorted(fresh.items())
            if k not in known
        ]
        problems += [
            f"{relative}: no longer in the code: {msgid!r}"
            for _ctx, msgid, _plural in sorted(known - set(fresh))
        ]
    assert not problems, (
        "The catalogues are out of date; run scripts/update_locale.sh and "
        "translate the new strings:\n" + "\n".join(problems)
    )


@pytest.mark.parametrize("path", INDONESIAN, ids=short)
def test_compiled_indonesian_catalogue_is_current(path):
    mo_path = path.with_suffix(".mo")
    assert mo_path.exists(), f"{short(mo_path)} is missing: run `make locale`"

    written = {
        (e.msgctxt, e.msgid): translations_of(e)
        for e in entries(polib.pofile(str(path)))
        if e.translated()
    }
    compiled = {
        (e.msgctxt, e.msgid): translations_of(e) for e in polib.mofile(str(mo_path))
    }
    stale = [
        msgid
        for (ctx, msgid), text in written.items()
        if compiled.get((ctx, msgid)) != text
    ]
    assert not stale, (
        f"{short(mo_path)} is older than its .po file; run `make locale`. "
        "Differing strings:\n" + "\n".join(map(repr, stale[:20]))
    )


def test_indonesian_interface_uses_the_translations():
    from koperasi_pages.models import CooperativeProfilePage, InnovationStoryPage

    with translation.override("id"):
        story = str(InnovationStoryPage._meta.verbose_name)
        cooperative = str(CooperativeProfilePage._meta.verbose_name)
        lead = str(InnovationStoryPage._meta.get_field("summary").verbose_name)
    with translation.override("en"):
        story_en = str(InnovationStoryPage._meta.verbose_name)

    assert story == "cerita inovasi"
    assert cooperative == "profil koperasi"
    assert lead == "ringkasan pembuka"
    assert story_en == "innovation story"


def shown_in_django(entry):
    if entry.msgid_plural and entry.msgctxt:
        return translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 5)
    if entry.msgid_plural:
        return translation.ngettext(entry.msgid, entry.msgid_plural, 5)
    if entry.msgctxt:
        return translation.pgettext(entry.msgctxt, entry.msgid)
    return translation.gettext(entry.msgid)


@pytest.mark.parametrize("path", INDONESIAN, ids=short)
def test_every_indonesian_string_is_served_by_django(path):
    po = polib.pofile(str(path))
    wrong = []
    with translation.override("id"):
        for entry in entries(po):
            if not entry.translated():
                continue
            expected = translations_of(entry)[0]
            shown = shown_in_django(entry)
            if shown != expected:
                wrong.append(f"{describe(entry)}: Django shows {shown!r}")

    assert not wrong, (
        "Django does not show these Indonesian translations (is the .mo stale, "
        "or does another catalogue override them?):\n" + "\n".join(wrong)
    )


def public_pages(locale_code):
    from koperasi_pages.models import (
        ActivityReportPage,
        CooperativeProfilePage,
        HomePage,
        InnovationStoryPage,
        RegionalHubPage,
        StoryIndexPage,
    )

    in_language = {"locale__language_code": locale_code}
    urls = [f"/{locale_code}/search/?q=kopi"]
    for model in (
        HomePage,
        StoryIndexPage,
        RegionalHubPage,
        CooperativeProfilePage,
        InnovationStoryPage,
        ActivityReportPage,
    ):
        page = model.objects.live().filter(**in_language).first()
        urls.append(page.url)
    return urls


def sentences(text):
    """Interface sentences worth looking for: three words or more."""
    return len(re.findall(r"[A-Za-z]+", NAMED_PLACEHOLDER.sub("", text))) >= 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "foreign"),
    [("id", "msgid"), ("en", "msgstr")],
    ids=["indonesian-pages", "english-pages"],
)
def test_public_pages_show_no_interface_text_of_the_other_language(
    client, language, foreign
):
    # Each side's text, cut at the placeholders so filled-in values match.
    pieces = set()
    for entry in entries(polib.pofile(str(ID_PO))):
        if not entry.translated():
            continue
        pairs = [(entry.msgid, entry.msgstr or entry.msgstr_plural[0])]
        if entry.msgid_plural:
            pairs.append((entry.msgid_plural, entry.msgstr_plural[0]))
        for english, indonesian in pairs:
            text, own = (english, indonesian)[:: 1 if foreign == "msgid" else -1]
            piece = max(NAMED_PLACEHOLDER.split(text), key=len).strip()
            # Names such as "Nomor Induk Koperasi" belong to both languages.
            if sentences(text) and piece not in own:
                pieces.add(piece)

    found = []
    for url in public_pages(language):
        response = client.get(url)
        assert response.status_code == 200, url
        html = unescape(re.sub(r"<script.*?</script>", "", response.content.decode()))
        found += [f"{url}: {piece!r}" for piece in sorted(pieces) if piece in html]

    assert not found, "Interface text in the wrong language:\n" + "\n".join(found)
