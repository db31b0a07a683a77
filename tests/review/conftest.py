"""Fixtures for the review workflow tests: demo users, hubs and stories.

Pages are built with Wagtail's own API; every action under test goes
through the real admin views with Django's test client.
"""

import pytest
from wagtail.models import Locale

from koperasi_pages.models import InnovationMode, RegionalHubPage
from koperasi_review.demo import create_demo_users

JAWA_TIMUR = "35"
YOGYAKARTA = "34"
JAWA_TENGAH = "33"


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
