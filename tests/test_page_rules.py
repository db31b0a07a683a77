"""Which page types may be created where, in the models and in the admin."""

import pytest
from wagtail.models import Page

from koperasi_pages.models import (
    ActivityReportPage,
    CooperativeIndexPage,
    CooperativeProfilePage,
    HomePage,
    InnovationStoryPage,
    RegionalHubPage,
    ReportIndexPage,
    StoryIndexPage,
)

pytestmark = pytest.mark.django_db

CONTENT_TYPES = [CooperativeProfilePage, InnovationStoryPage, ActivityReportPage]
LISTINGS = [StoryIndexPage, CooperativeIndexPage, ReportIndexPage]


@pytest.fixture
def home():
    return HomePage.objects.get(locale__language_code="id")


@pytest.fixture
def hub():
    return RegionalHubPage.objects.get(
        region_id="34", locale__language_code="id", depth=3
    )


@pytest.fixture
def cooperative(hub):
    return CooperativeProfilePage.objects.child_of(hub).first()


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "admin-rules", "rules@example.org", "not-a-real-password"
    )
    client.force_login(user)
    return client


def assert_refused(response):
    # Wagtail answers a forbidden admin page with a redirect to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def add_url(model, parent):
    meta = model._meta
    return f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{parent.pk}/"


def test_a_hub_accepts_cooperatives_stories_reports_and_regency_hubs(hub):
    allowed = set(hub.specific_class.allowed_subpage_models())

    assert allowed == {RegionalHubPage, *CONTENT_TYPES}


def test_the_home_page_accepts_hubs_and_listings_only(home):
    allowed = set(HomePage.allowed_subpage_models())

    assert allowed == {RegionalHubPage, *LISTINGS}


@pytest.mark.parametrize("model", CONTENT_TYPES)
def test_content_pages_can_only_be_created_inside_a_hub(model, home, hub, cooperative):
    listing = StoryIndexPage.objects.child_of(home).first()

    assert model.can_create_at(hub)
    assert not model.can_create_at(home)
    assert not model.can_create_at(listing)
    assert not model.can_create_at(cooperative)
    assert not model.can_create_at(Page.get_first_root_node())


@pytest.mark.parametrize("model", CONTENT_TYPES)
def test_content_pages_have_no_children(model):
    assert model.allowed_subpage_models() == []


def test_listings_are_limited_to_one_of_each_per_home_page(home):
    for model in LISTINGS:
        assert model.objects.child_of(home).count() == 1
        assert not model.can_create_at(home)


def test_a_home_page_cannot_be_created_inside_the_portal(home, hub):
    assert not HomePage.can_create_at(home)
    assert not HomePage.can_create_at(hub)
    assert HomePage.can_create_at(Page.get_first_root_node())


@pytest.mark.parametrize("model", CONTENT_TYPES)
def test_admin_offers_the_create_form_for_content_pages_in_a_hub(
    admin_client, model, hub
):
    response = admin_client.get(add_url(model, hub))

    assert response.status_code == 200


@pytest.mark.parametrize("model", CONTENT_TYPES)
def test_admin_refuses_content_pages_outside_a_hub(admin_client, model, home):
    listing = CooperativeIndexPage.objects.child_of(home).first()

    assert_refused(admin_client.get(add_url(model, home)))
    assert_refused(admin_client.get(add_url(model, listing)))


def test_admin_refuses_a_story_inside_a_cooperative(admin_client, cooperative):
    response = admin_client.get(add_url(InnovationStoryPage, cooperative))

    assert_refused(response)


def test_admin_offers_a_regency_hub_inside_a_province_hub(admin_client, hub, home):
    assert admin_client.get(add_url(RegionalHubPage, hub)).status_code == 200
    assert admin_client.get(add_url(RegionalHubPage, home)).status_code == 200
    assert_refused(admin_client.get(add_url(HomePage, hub)))


def test_admin_choice_of_page_types_in_a_hub_lists_exactly_the_allowed_ones(
    admin_client, hub
):
    response = admin_client.get(f"/admin/pages/{hub.pk}/add_subpage/")

    links = {add_url(model, hub) for model in [RegionalHubPage, *CONTENT_TYPES]}
    content = response.content.decode()
    assert response.status_code == 200
    assert all(link in content for link in links)
    assert add_url(HomePage, hub) not in content
    assert add_url(StoryIndexPage, hub) not in content
