"""Fixtures for the review workflow tests: demo users, hubs and stories.

Pages are built with Wagtail's own API; every action under test goes
through the real admin views with Django's test client.
"""

import pytest
from django.db import connections
from wagtail.models import Locale

from koperasi_pages.models import InnovationMode, RegionalHubPage
from koperasi_review.demo import create_demo_users

JAWA_TIMUR = "35"
YOGYAKARTA = "34"
JAWA_TENGAH = "33"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Keep the built portal for tests that run in real transactions.

    A test using ``live_server`` commits, and Django empties the database
    after it; with ``serialized_rollback`` it loads this snapshot back first,
    so such a test sees the portal, not an empty tree.
    """
    with django_db_blocker.unblock():
        create_demo_users()
        for connection in connections.all(initialized_only=True):
            connection._test_serialized_contents = (
                connection.creation.serialize_db_to_string()
            )


@pytest.fixture
def users(db):
    """The demo users by username (officer, regional and national editors)."""
    return create_demo_users()


def hub_for(code):
    return RegionalHubPage.objects.get(
        region_id=code, locale=Locale.objects.get(language_code="id")
    )


@pytest.fixture
def jatim_hub(db):
    return hub_for(JAWA_TIMUR)


@pytest.fixture
def diy_hub(db):
    return hub_for(YOGYAKARTA)


@pytest.fixture
def jateng_hub(db):
    return hub_for(JAWA_TENGAH)


@pytest.fixture
def innovation_mode(db):
    locale = Locale.objects.get(language_code="id")
    return InnovationMode.objects.filter(locale=locale).first()
