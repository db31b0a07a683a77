"""Fixtures shared by the whole suite.

The test database is built once per run: migrations (which load the regions),
then ``setup_portal`` and ``load_demo``, exactly as ``make demo`` does. Each
test then runs in a transaction that is rolled back, so tests may change the
portal freely.
"""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections

REPO_DIR = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_DIR.parent / "shared"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the portal once, and keep a snapshot of it.

    A test that needs a real server (``live_server``) commits, and Django
    empties the database after it. Such tests are marked
    ``django_db(transaction=True, serialized_rollback=True)`` so that Django
    loads this snapshot back first and they see the portal, not an empty tree.
    """
    with django_db_blocker.unblock():
        call_command("setup_portal", verbosity=0)
        call_command("load_demo", verbosity=0)
        for connection in connections.all(initialized_only=True):
            connection._test_serialized_contents = (
                connection.creation.serialize_db_to_string()
            )


@pytest.fixture
def shared_data():
    """The project's real input files, beside the repository."""
    if not SHARED_DIR.exists():
        pytest.fail(f"The shared data folder {SHARED_DIR} is missing.")
    return SHARED_DIR / "data"


@pytest.fixture
def locales():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="id"), Locale.objects.get(
        language_code="en"
    )
