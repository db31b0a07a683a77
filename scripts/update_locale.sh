#!/usr/bin/env bash
# Collects every marked interface string into locale/{id,en}/LC_MESSAGES/*.po.
#
# Usage: scripts/update_locale.sh [ROOT]
#
# ROOT defaults to this repository; tests/test_locale_files.py passes a
# temporary copy to check that the committed catalogues are up to date. New
# strings arrive with an empty msgstr: fill in the Indonesian, then run
# `make locale` to compile. English is the source language, so English
# msgstr may stay empty.
#
# Needs GNU gettext (xgettext, msgmerge): apt-get install -y gettext.
set -euo pipefail

ROOT="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
PYTHON="${PYTHON:-${ROOT}/.venv/bin/python}"
if [[ ! -x "${PYTHON}" ]]; then
    PYTHON="$(command -v python3)"
fi

for tool in xgettext msgmerge msguniq; do
    if ! command -v "${tool}" >/dev/null; then
        echo "${tool} is missing: install GNU gettext (apt-get install -y gettext)." >&2
        exit 1
    fi
done

cd "${ROOT}"
mkdir -p locale/id/LC_MESSAGES locale/en/LC_MESSAGES

# Keep the previous catalogues so that a run that finds nothing new leaves
# the files byte for byte as they were (no churn in the creation date).
previous="$(mktemp -d)"
trap 'rm -rf "${previous}"' EXIT
cp -R locale "${previous}/"

# Walks the repository root: the apps (koperasi_pages, koperasi_review,
# koperasi_api, search) and the host site's templates. Dot folders such as
# .venv and .git are skipped by makemessages itself. site/koperasi_site/locale
# holds Indonesian for Wagtail's own admin strings, kept by hand.
ignores=(
    --ignore=node_modules
    --ignore=tests
    --ignore=docs
    --ignore=scripts
    --ignore=services
    --ignore=migrations
    --ignore=build
    --ignore="*.egg-info"
    --ignore=test-artifacts
    --ignore=site/media
    --ignore=site/static_collected
    --ignore=site/koperasi_site/locale
    --ignore="*.min.js"
)
common=(--locale=id --locale=en --no-obsolete --no-wrap --add-location=file)

# No settings module on purpose: makemessages then needs no working app
# (a half-finished app elsewhere cannot stop the extraction) and writes to
# ./locale, which is the LOCALE_PATHS entry of koperasi_site's settings.
unset DJANGO_SETTINGS_MODULE

"${PYTHON}" -m django makemessages "${common[@]}" "${ignores[@]}" \
    --domain=django --extension=html,txt,py
# JavaScript strings, if any app has them; makemessages writes no file when
# there are none.
"${PYTHON}" -m django makemessages "${common[@]}" "${ignores[@]}" \
    --domain=djangojs --extension=js

"${PYTHON}" - "${previous}/locale" <<'PYTHON'
"""Fixes the catalogue headers and undoes date-only changes."""

import sys
from pathlib import Path

import polib

HEADERS = {
    "id": {"Language": "id", "Plural-Forms": "nplurals=1; plural=0;"},
    "en": {"Language": "en", "Plural-Forms": "nplurals=2; plural=(n != 1);"},
}
NPLURALS = {"id": 1, "en": 2}
previous_dir = Path(sys.argv[1])


def fingerprint(catalogue):
    return [
        (e.msgctxt, e.msgid, e.msgid_plural, e.msgstr, sorted(e.msgstr_plural.items()))
        for e in catalogue
    ]


for po_path in sorted(Path("locale").glob("*/LC_MESSAGES/*.po")):
    language = po_path.parent.parent.name
    catalogue = polib.pofile(str(po_path), wrapwidth=0)
    catalogue.metadata.update(HEADERS.get(language, {}))
    catalogue.metadata["Project-Id-Version"] = "Inovasi Koperasi"
    catalogue.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    catalogue.metadata["Last-Translator"] = "Inovasi Koperasi maintainers"
    catalogue.metadata["Language-Team"] = language
    catalogue.metadata_is_fuzzy = False
    catalogue.header = "Interface strings of Inovasi Koperasi."
    # A new catalogue starts from xgettext's two plural forms whatever the
    # language; Indonesian has one.
    forms = NPLURALS.get(language, 2)
    for entry in catalogue:
        if entry.msgid_plural:
            entry.msgstr_plural = {
                form: entry.msgstr_plural.get(form, "") for form in range(forms)
            }

    old_path = previous_dir / po_path.relative_to("locale")
    if old_path.exists():
        old = polib.pofile(str(old_path), wrapwidth=0)
        if fingerprint(old) == fingerprint(catalogue):
            for key in ("POT-Creation-Date", "PO-Revision-Date"):
                if key in old.metadata:
                    catalogue.metadata[key] = old.metadata[key]
    catalogue.save()

    entries = [e for e in catalogue if not e.obsolete]
    missing = [e for e in entries if not e.translated()]
    print(f"{po_path}: {len(entries)} strings, {len(missing)} without a translation")
PYTHON
