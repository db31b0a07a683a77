#!/usr/bin/env python
import os
import sys
from pathlib import Path

if __name__ == "__main__":
    # The plugin apps live beside site/; make them importable without install.
    sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "koperasi_site.settings.dev")

    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
