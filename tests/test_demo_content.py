"""The demo content: complete, translated, rendered, findable, loaded once."""

import datetime
import html

import pytest
from django.core.management import call_command
from django.utils.html import strip_tags
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from koperasi_pages.demo.cooperatives import COOPERATIVES
from koperasi_pages.demo.reports import KALIURANG_TRAINING_2020
from koperasi_pages.demo.stories import STORIES
from koperasi_pages.models import (
    ActivityReportPage,
    CooperativeProfilePage,
    HomePage,
    InnovationStoryPage,
    RegionalHubPage,
)

pytestmark = pytest.mark.django_db

DEMO_MODELS = [CooperativeProfilePage, InnovationStoryPage, ActivityReportPage]


def demo_pages(language):
    pages = []
    for model in DEMO_MODELS:
        pages += model.objects.live().filter(locale__language_code=language)
    return pages


def shown_text(response):
    return html.unescape(response.content.decode())


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def training_report():
    return ActivityReportPage.objects.get(
        slug=KALIURANG_TRAINING_2020.slug.id, locale__language_code="id"
    )


def test_demo_covers_several_provinces_with_cooperatives_and_stories():
    cooperatives = CooperativeProfilePage.objects.filter(locale__language_code="id")
    stories = InnovationStoryPage.objects.filter(locale__language_code="id")

    assert cooperatives.count() == len(COOPERATIVES) >= 8
    assert stories.count() == len(STORIES) >= 8
    assert {"33", "34", "35", "52", "73"} <= set(
        stories.values_list("province_id", flat=True)
    )


def test_every_demo_page_is_published_in_indonesian_and_english():
    indonesian = demo_pages("id")
    english = {page.translation_key: page for page in demo_pages("en")}

    assert len(indonesian) == len(COOPERATIVES) + len(STORIES) + 1
    for page in indonesian:
        translation = english.get(page.translation_key)
        assert translation is not None, f"{page.title} has no English version"
        assert translation.title != page.title


def test_every_demo_text_has_an_english_translation(english):
    missing = []
    for page in demo_pages("id"):
        source = TranslationSource.objects.get_for_instance(page)
        for segment in StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        ):
            translated = StringTranslation.objects.filter(
                translation_of=segment.string, locale=english, context=segment.context
            ).exists()
            if not translated:
                missing.append((page.slug, segment.context.path, segment.string.data))

    assert missing == []


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_demo_page_renders_its_title_and_lead(client, language):
    for page in demo_pages(language):
        response = client.get(page.url)

        assert response.status_code == 200, page.url
        assert page.title in shown_text(response), page.url
        assert page.specific.summary in shown_text(response), page.url


@pytest.mark.parametrize("language", ["id", "en"])
def test_home_listings_and_demo_hubs_render(client, language):
    home = HomePage.objects.get(locale__language_code=language)
    hubs = RegionalHubPage.objects.filter(
        locale__language_code=language, region_id__in=["33", "34", "35", "52", "73"]
    )
    pages = [home, *home.get_children().live().not_type(RegionalHubPage), *hubs]

    for page in pages:
        response = client.get(page.url)

        assert response.status_code == 200, page.url
        assert page.title in shown_text(response), page.url


def test_english_story_pages_show_the_english_lesson_text(client):
    story = InnovationStoryPage.objects.get(
        slug="dampit-coffee-online-shop", locale__language_code="en"
    )

    text = shown_text(client.get(story.url))

    assert "Agree on a quality standard first" in text
    assert "Sepakati standar mutu lebih dulu" not in text
    assert "Dampit is known as one of East Java" in text


def test_the_september_2020_training_report_exists_in_both_languages(
    training_report, english
):
    translation = training_report.get_translation(english)

    assert training_report.live and translation.live
    assert training_report.get_parent().specific.region_id == "34"
    assert training_report.regency_id == "34.04"
    assert training_report.event_start == datetime.date(2020, 9, 17)
    assert training_report.event_end == datetime.date(2020, 9, 19)
    assert "60" in training_report.summary
    assert translation.title.startswith("Sixty Field Officers Trained")
    assert translation.regency_id == "34.04"


def test_the_training_report_tells_the_facts_of_the_event(training_report):
    text = " ".join(block.render_as_block() for block in training_report.body)

    for fact in [
        "koperasi digital",
        "17 sampai 19 September 2020",
        "Kaliurang",
        "Bagus Rachman",
        "Gerakan Inovasi dan Transformasi Digital Koperasi",
        "sustaining innovation",
        "disruptive innovation",
        "10 Oktober 2020",
        "meminjam pengetahuan",
        "Jawa Timur dan Jawa Tengah",
    ]:
        assert fact in text, fact


def test_the_training_report_does_not_copy_the_source_article(
    training_report, shared_data
):
    article = (shared_data / "seed" / "inovasi-koperasi-2020.txt").read_text("utf-8")
    sentences = [s.strip() for s in article.replace("\n", " ").split(". ")]
    text = " ".join(block.render_as_block() for block in training_report.body)

    copied = [s for s in sentences if len(s) > 40 and s in text]

    assert copied == []


def test_search_for_koperasi_digital_lists_the_training_report(client, training_report):
    response = client.get("/id/search/", {"q": "koperasi digital"})

    # Matches may be highlighted inside the title, so compare the bare text.
    assert response.status_code == 200
    assert training_report.title in strip_tags(shown_text(response))
    assert f'href="{training_report.url}"' in shown_text(response)


def test_home_page_features_three_stories_in_both_languages(english):
    home = HomePage.objects.get(locale__language_code="id")
    english_home = home.get_translation(english)

    featured = [link.story_id for link in home.featured_stories.all()]

    assert len(featured) == 3
    assert [link.story_id for link in english_home.featured_stories.all()] == featured


def test_english_home_page_shows_the_featured_stories_in_english(client, english):
    home = HomePage.objects.get(locale__language_code="id")

    text = shown_text(client.get("/en/"))

    for link in home.featured_stories.all():
        assert link.story.get_translation(english).title in text


def test_adapted_stories_point_at_their_source_and_the_source_lists_them():
    adapted = [story for story in STORIES if story.adapted_from]
    pages = InnovationStoryPage.objects.filter(locale__language_code="id")

    assert adapted
    for story in adapted:
        page = pages.get(slug=story.slug.id)
        source = next(s for s in STORIES if s.key == story.adapted_from)
        assert page.adapted_from.slug == source.slug.id
        assert page in page.adapted_from.adaptations.all()


def test_demo_stories_fill_every_lesson_section():
    for story in InnovationStoryPage.objects.filter(locale__language_code="id"):
        assert story.context and story.problem and story.response, story.slug
        assert story.limits and story.evidence and story.replication, story.slug
        assert story.contacts and story.cooperatives, story.slug
        assert story.innovation_mode and story.stage, story.slug
        assert story.problem_areas.exists(), story.slug


def test_demo_uses_both_innovation_modes_including_new_model_subtypes():
    modes = InnovationStoryPage.objects.filter(locale__language_code="id").values_list(
        "innovation_mode__slug", "innovation_mode__parent__slug"
    )

    assert ("sustaining", None) in modes
    assert any(parent == "disruptive" for _slug, parent in modes)


def test_demo_cooperatives_pass_the_model_validation():
    for cooperative in CooperativeProfilePage.objects.filter(
        locale__language_code="id"
    ):
        cooperative.full_clean()

        indicators = cooperative.indicators.all()
        assert 2 <= len(indicators) <= 4, cooperative.slug
        assert len({row.year for row in indicators}) == len(indicators)
        assert cooperative.regency.parent_id == cooperative.province_id
        assert cooperative.logo is not None


def test_demo_pages_have_generated_images_with_titles_usable_as_alt_text():
    images = [
        *(page.logo for page in CooperativeProfilePage.objects.all()),
        *(page.hero_image for page in InnovationStoryPage.objects.all()),
        *(page.hero_image for page in ActivityReportPage.objects.live()),
    ]

    assert None not in images
    assert len({image.pk for image in images}) == len(COOPERATIVES) + len(STORIES) + 1
    for image in images:
        assert image.width > 0 and image.height > 0
        assert image.title and image.description == image.title
    assert any(image.title == "Kabupaten Sleman · 2020" for image in images)


def test_running_load_demo_again_duplicates_nothing():
    before = (
        Page.objects.count(),
        get_image_model().objects.count(),
        HomePage.objects.get(locale__language_code="id").featured_stories.count(),
    )

    call_command("load_demo", verbosity=0)

    after = (
        Page.objects.count(),
        get_image_model().objects.count(),
        HomePage.objects.get(locale__language_code="id").featured_stories.count(),
    )
    assert after == before
