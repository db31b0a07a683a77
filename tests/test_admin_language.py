"""Officers see the Wagtail admin in Indonesian unless they choose otherwise."""

import pytest
from wagtail.users.models import UserProfile

from koperasi_pages.models import InnovationStoryPage, RegionalHubPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(django_user_model):
    user = django_user_model.objects.create_user(
        username="uji.ppkl.sleman", password="x", is_superuser=True
    )
    return user


def test_new_account_gets_the_admin_in_indonesian(officer):
    assert UserProfile.get_for_user(officer).preferred_language == "id"


def test_dashboard_is_indonesian_even_when_the_browser_asks_for_english(
    client, officer
):
    client.force_login(officer)

    response = client.get("/admin/", headers={"accept-language": "en-GB,en;q=0.9"})

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="id"' in html
    assert "Dasbor" in html


def test_an_officer_who_chose_english_keeps_it(client, officer):
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "en"
    profile.save()
    officer.first_name = "Sri"
    officer.save()
    client.force_login(officer)

    response = client.get("/admin/")

    assert UserProfile.get_for_user(officer).preferred_language == "en"
    assert '<html lang="en"' in response.content.decode()
    assert "Dashboard" in response.content.decode()


def test_page_explorer_and_editor_fill_gaps_in_wagtails_indonesian(
    client, officer, locales
):
    source, _target = locales
    hub = RegionalHubPage.objects.get(region_id="34", locale=source)
    story = InnovationStoryPage.objects.filter(locale=source).first()
    client.force_login(officer)

    explorer = client.get(f"/admin/pages/{hub.pk}/").content.decode()
    editor = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()

    # Strings Wagtail's own Indonesian catalogue lacks, from
    # site/koperasi_site/locale, next to ones it has.
    assert "Jenis halaman" in explorer  # Page type
    assert "Sinkronkan halaman terjemahan" in editor  # wagtail-localize
    assert "Simpan konsep" in editor  # Save draft, Wagtail's own
    assert "Jadwalkan terbit" in editor  # Schedule to publish
    assert "Schedule to publish" not in editor
