"""The public pages as a reader's browser receives them.

Pages are built inside each test with small helpers on top of the portal that
``setup_portal`` made (home, listings and 38 hubs in both languages), so the
tests do not depend on demo content.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from koperasi_pages.models import (
    CooperativeIndicator,
    CooperativeProfilePage,
    CooperativeType,
    InnovationMode,
    InnovationStoryPage,
    RegionalHubPage,
    StoryCooperative,
)
from koperasi_pages.translation import translate

pytestmark = pytest.mark.django_db

EAST_JAVA = "35"


def hub_for(code=EAST_JAVA, language="id"):
    return RegionalHubPage.objects.get(region_id=code, locale__language_code=language)


def make_story(hub, slug="pasar-digital", **fields):
    values = {
        "title": "Pasar digital koperasi",
        "slug": slug,
        "summary": "Anggota memesan pupuk lewat ponsel.",
        "date": datetime.date(2020, 9, 17),
        "innovation_mode": InnovationMode.objects.get(
            slug="sustaining", locale=hub.locale
        ),
        "locale": hub.locale,
    }
    values.update(fields)
    return hub.add_child(instance=InnovationStoryPage(**values))


def make_cooperative(hub, slug="koperasi-maju", **fields):
    values = {
        "title": "Koperasi Maju",
        "slug": slug,
        "cooperative_type": CooperativeType.objects.get(
            slug="produsen", locale=hub.locale
        ),
        "locale": hub.locale,
    }
    values.update(fields)
    return hub.add_child(instance=CooperativeProfilePage(**values))


def fetch(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def language_link(soup, code):
    return soup.select_one(f'nav.languages a[lang="{code}"]')


def alternates(soup):
    return {
        link["hreflang"]: link["href"]
        for link in soup.select('head link[rel="alternate"][hreflang]')
    }


def test_pages_declare_the_language_they_are_written_in(client):
    assert fetch(client, "/id/").html["lang"] == "id"
    assert fetch(client, "/en/").html["lang"] == "en"


def test_translated_page_lists_each_language_version_as_hreflang(client):
    hub = hub_for()
    english = hub.get_translation(Locale.objects.get(language_code="en"))

    links = alternates(fetch(client, hub.url))

    assert links == {
        "id": f"http://testserver{hub.url}",
        "en": f"http://testserver{english.url}",
        "x-default": f"http://testserver{hub.url}",
    }


def test_untranslated_page_offers_no_hreflang_for_the_missing_language(client):
    story = make_story(hub_for())

    links = alternates(fetch(client, story.url))

    assert set(links) == {"id", "x-default"}


def test_breadcrumbs_lead_from_home_through_the_hub_to_the_page(client):
    hub = hub_for()
    story = make_story(hub)

    soup = fetch(client, story.url)

    crumbs = soup.select("nav.breadcrumbs li a")
    with translation.override("id"):
        home_label = gettext("Home")
    assert [crumb.get_text(strip=True) for crumb in crumbs] == [
        home_label,
        hub.title,
        story.title,
    ]
    assert crumbs[-1]["aria-current"] == "page"
    assert crumbs[1]["href"] == hub.url


def test_home_page_has_no_breadcrumbs(client):
    assert fetch(client, "/id/").select_one("nav.breadcrumbs") is None


def test_language_switcher_links_to_the_translation_when_there_is_one(client):
    hub = hub_for()
    english = hub.get_translation(Locale.objects.get(language_code="en"))

    soup = fetch(client, hub.url)

    assert language_link(soup, "en")["href"] == english.url
    assert language_link(soup, "id")["aria-current"] == "true"
    assert not language_link(soup, "en").has_attr("aria-current")


def test_language_switcher_falls_back_to_the_nearest_translated_ancestor(client):
    hub = hub_for()
    english_hub = hub.get_translation(Locale.objects.get(language_code="en"))
    story = make_story(hub)

    soup = fetch(client, story.url)

    assert language_link(soup, "en")["href"] == f"{english_hub.url}?untranslated=1"


def test_language_switcher_reaches_a_story_translated_into_english(
    client, django_capture_on_commit_callbacks
):
    story = make_story(hub_for())
    english = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        translated = translate(story, english, {story.title: "Digital market"})

    soup = fetch(client, story.url)

    assert language_link(soup, "en")["href"] == translated.url
    assert alternates(soup)["en"] == f"http://testserver{translated.url}"


def test_untranslated_notice_appears_only_after_a_language_switch(client):
    hub = hub_for()

    assert fetch(client, hub.url).select_one(".notice--language") is None
    notice = fetch(client, f"{hub.url}?untranslated=1").select_one(".notice--language")
    assert notice is not None
    with translation.override("id"):
        language_name = str(translation.get_language_info("id")["name_translated"])
    assert language_name in notice.get_text()


def test_switching_language_on_the_search_page_keeps_the_query(client):
    soup = fetch(client, "/id/search/?q=kopi")

    assert language_link(soup, "en")["href"] == "/en/search/?q=kopi"


def test_missing_page_keeps_the_portal_layout_and_a_way_home(client):
    soup = fetch(client, "/id/tidak-ada-halaman-ini/", status=404)

    assert soup.html["lang"] == "id"
    assert language_link(soup, "en")["href"] == "/en/"


def test_story_shows_only_the_lesson_sections_that_have_content(client):
    story = make_story(
        hub_for(),
        context="<p>Anggota adalah petani kopi.</p>",
        problem="<p></p>",
    )

    soup = fetch(client, story.url)

    headings = [h2.get_text(strip=True) for h2 in soup.select("section.lesson h2")]
    with translation.override("id"):
        assert headings == [gettext("Context")]


def test_story_date_is_written_out_in_the_page_language(client):
    story = make_story(hub_for(), date=datetime.date(2020, 9, 17))

    soup = fetch(client, story.url)

    time = soup.select_one(".page-header time")
    assert time["datetime"] == "2020-09-17"
    assert time.get_text(strip=True) == "17 September 2020"


def test_cooperative_indicators_group_thousands_the_indonesian_way(client):
    cooperative = make_cooperative(hub_for())
    CooperativeIndicator.objects.create(
        page=cooperative, year=2021, members=1250, own_capital=350_000_000
    )

    soup = fetch(client, cooperative.url)

    row = soup.select_one(".data-table tbody tr")
    cells = [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
    assert cells[:3] == ["2021", "1.250", "350.000.000"]
    assert soup.select_one(".table-scroll")["tabindex"] == "0"


def test_listing_pagination_keeps_the_reader_s_filters(client):
    hub = hub_for()
    for number in range(13):
        make_story(hub, slug=f"cerita-{number}", title=f"Cerita {number}")

    soup = fetch(client, f"/id/cerita/?region={EAST_JAVA}")

    next_link = soup.select_one('nav.pagination a[rel="next"]')
    assert next_link["href"] == f"/id/cerita/?region={EAST_JAVA}&page=2"
    assert soup.select_one(".active-filters a.chip")["href"] == "/id/cerita/"


def test_every_page_has_a_skip_link_to_the_main_content(client):
    soup = fetch(client, hub_for().url)

    skip = soup.select_one("a.skip-link")
    assert skip["href"] == "#main"
    assert soup.select_one("main#main") is not None


def test_cooperative_profile_lists_the_stories_about_it(client):
    hub = hub_for()
    cooperative = make_cooperative(hub)
    story = make_story(hub)
    StoryCooperative.objects.create(page=story, cooperative=cooperative)

    soup = fetch(client, cooperative.url)

    titles = [a.get_text(strip=True) for a in soup.select(".card__title a")]
    assert titles == [story.title]


def test_server_error_page_renders_without_a_request_or_database(
    django_assert_num_queries,
):
    with translation.override("id"), django_assert_num_queries(0):
        html = render_to_string("500.html")

    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "id"
    assert soup.select_one("main h1") is not None
