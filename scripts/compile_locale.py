"""Compile locale/*/LC_MESSAGES/*.po into .mo files without GNU gettext.

Django's ``compilemessages`` needs ``msgfmt``; a fresh machine with only
Python has none, so the build uses polib instead.
"""

import sys
from pathlib import Path

import polib

REPO_DIR = Path(__file__).resolve().parent.parent


def main():
    compiled = 0
    for po_path in sorted(REPO_DIR.glob("**/locale/*/LC_MESSAGES/*.po")):
        if ".venv" in po_path.parts:
            continue
        catalogue = polib.pofile(str(po_path))
        catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
        compiled += 1
    print(f"Compiled {compiled} message catalogue(s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
