"""A national editor translates a story and its cooperative, then keeps them in sync.

Everything goes through wagtail-localize's own admin views as an editor would
use them: "Translate this page", the translation editor's string API and its
Publish button, "Sync translated pages" and the machine translator.
"""

import datetime
import json
import re
from html import unescape
from io import StringIO
from urllib.parse import urlencode

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from koperasi_site.settings.machine_translation import machine_translator_from_env
from wagtail.images.models import Image
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from koperasi_pages.models import (
    CooperativeProfilePage,
    CooperativeType,
    InnovationMode,
    InnovationStoryPage,
    ProblemArea,
    RegionalHubPage,
    StoryCooperative,
)
from koperasi_pages.translation import translate

pytestmark = pytest.mark.django_db

DUMMY_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    "OPTIONS": {},
}

COOPERATIVE_ID = {
    "title": "Koperasi Tani Lestari Sleman",
    "summary": "Koperasi simpan pinjam para petani salak di lereng Merapi.",
    "sector": "Simpan pinjam petani salak",
}
STORY_ID = {
    "title": "Buku kas digital untuk petani salak",
    "slug": "buku-kas-digital-petani-salak",
    "lead": "Anggota mencatat setoran lewat ponsel, dan antrean di kantor hilang.",
    "context": "Koperasi melayani empat ratus anggota dari tiga desa.",
    "paragraph": "Pengurus melatih kader muda untuk mendampingi anggota.",
}
ENGLISH = {
    COOPERATIVE_ID["title"]: "Lestari Farmers' Cooperative, Sleman",
    COOPERATIVE_ID["summary"]: "A savings and loan cooperative of salak farmers.",
    COOPERATIVE_ID["sector"]: "Savings and loans for salak farmers",
    STORY_ID["title"]: "A digital cash book for salak farmers",
    STORY_ID["slug"]: "digital-cash-book-salak-farmers",
    STORY_ID["lead"]: "Members record deposits by phone, and the queue is gone.",
    STORY_ID[
        "context"
    ]: "The cooperative serves four hundred members in three villages.",
    STORY_ID["paragraph"]: "The board trained young members to help the others.",
}
NEW_LEAD = "Sejak 2021 seluruh setoran tercatat lewat ponsel, tanpa antre."
NEW_PARAGRAPH = "Tahun berikutnya koperasi tetangga meniru cara ini."


# Builders -----------------------------------------------------------------


@pytest.fixture
def national_editor(django_user_model):
    return django_user_model.objects.create_superuser(
        username="uji.penerjemah", email="penerjemah@example.org", password="x"
    )


@pytest.fixture
def editor_client(client, national_editor):
    client.force_login(national_editor)
    return client


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_story(source):
    """A live cooperative in Sleman (DI Yogyakarta) and a story about it."""
    hub = RegionalHubPage.objects.get(region_id="34", locale=source)
    photo = Image.objects.first()
    cooperative = hub.add_child(
        instance=CooperativeProfilePage(
            title=COOPERATIVE_ID["title"],
            slug="koperasi-tani-lestari-sleman",
            locale=source,
            summary=COOPERATIVE_ID["summary"],
            business_sector=COOPERATIVE_ID["sector"],
            cooperative_type=CooperativeType.objects.get(
                slug="simpan-pinjam", locale=source
            ),
            registration_number="3404010020001234",
            founded_year=1998,
            members=1234,
            legal_entity_date=datetime.date(2001, 5, 2),
            regency_id="34.04",
            logo=photo,
        )
    )
    publish(cooperative)

    story = hub.add_child(
        instance=InnovationStoryPage(
            title=STORY_ID["title"],
            slug=STORY_ID["slug"],
            locale=source,
            summary=STORY_ID["lead"],
            date=datetime.date(2020, 9, 17),
            innovation_mode=InnovationMode.objects.get(
                slug="sustaining", locale=source
            ),
            regency_id="34.04",
            hero_image=photo,
            context=f"<p>{STORY_ID['context']}</p>",
            body=[("paragraph", RichText(f"<p>{STORY_ID['paragraph']}</p>"))],
        )
    )
    story.cooperative_links.add(StoryCooperative(cooperative=cooperative))
    story.problem_areas.set([ProblemArea.objects.get(slug="sdm", locale=source)])
    publish(story)
    return cooperative, story


def translation_of(instance, locale):
    source = TranslationSource.objects.get_for_instance(instance)
    return source.translations.get(target_locale=locale)


def fill_in(client, instance, locale, english):
    """Type the English of each string into the translation editor's API."""
    record = translation_of(instance, locale)
    segments = StringSegment.objects.filter(source=record.source)
    for segment in segments.select_related("string"):
        text = english.get(segment.string.data)
        if text is None:
            continue
        response = client.put(
            f"/admin/localize/translate/{record.pk}/strings/{segment.pk}/edit/",
            data=urlencode({"value": text}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in {200, 201}, response.content
    return record


def translate_in_admin(client, story, locales, on_commit):
    """Translate this page, fill in the strings, publish: an editor's round.

    wagtail-localize publishes once the transaction commits; ``on_commit``
    runs those callbacks inside the test's transaction.
    """
    source, target = locales
    response = client.post(
        f"/admin/localize/submit/page/{story.pk}/", {"locales": [target.pk]}
    )
    assert response.status_code == 302

    # The editor translates the cooperative with the portal's own helper and
    # the story string by string in the translation editor.
    cooperative = story.cooperative_links.get().cooperative
    with on_commit(execute=True):
        translate(cooperative, target, ENGLISH)
    fill_in(client, story, target, ENGLISH)
    english_story = story.get_translation(target)
    with on_commit(execute=True):
        response = client.post(
            f"/admin/pages/{english_story.pk}/edit/", {"action": "publish"}
        )
    assert response.status_code == 302
    english_story.refresh_from_db()
    return english_story.specific


def page_text(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return unescape(response.content.decode())


# Tests --------------------------------------------------------------------


def test_translate_this_page_makes_an_english_draft_not_a_live_copy(
    editor_client, locales
):
    source, target = locales
    _cooperative, story = build_story(source)

    response = editor_client.post(
        f"/admin/localize/submit/page/{story.pk}/", {"locales": [target.pk]}
    )

    english = story.get_translation(target)
    assert response["Location"] == f"/admin/pages/{english.pk}/edit/"
    assert not english.live
    assert english.locale == target
    assert english.title == story.title  # until someone translates it
    # Submitting re-syncs the vocabulary the story uses; its English stays.
    mode = InnovationMode.objects.get(slug="sustaining", locale=target)
    assert mode.name == "Sustaining innovation"


def test_translated_story_reads_in_english_with_the_sources_data(
    editor_client, client, locales, django_capture_on_commit_callbacks
):
    source, target = locales
    cooperative, story = build_story(source)

    english = translate_in_admin(
        editor_client, story, locales, django_capture_on_commit_callbacks
    )

    html = page_text(client, english)
    assert english.live
    assert english.url.startswith("/en/")
    assert ENGLISH[STORY_ID["title"]] in html
    assert ENGLISH[STORY_ID["lead"]] in html
    assert ENGLISH[STORY_ID["paragraph"]] in html
    assert STORY_ID["lead"] not in html
    # Labels from the vocabulary show in English, the date in English style.
    assert "Sustaining innovation" in html
    assert "Human resources" in html
    assert "17 September 2020" in html
    assert ENGLISH[COOPERATIVE_ID["title"]] in html

    # Non-text data follows the Indonesian source.
    english_cooperative = cooperative.get_translation(target).specific
    assert english.date == story.date
    assert (english.province_id, english.regency_id) == ("34", "34.04")
    assert english.hero_image_id == story.hero_image_id
    assert english.innovation_mode == story.innovation_mode.get_translation(target)
    # Page links stay on the source page and are shown in the reader's language.
    assert [link.cooperative_id for link in english.cooperative_links.all()] == [
        cooperative.pk
    ]
    assert ENGLISH[STORY_ID["title"]] in page_text(client, english_cooperative)
    assert english_cooperative.members == 1234
    assert english_cooperative.founded_year == 1998
    assert english_cooperative.registration_number == "3404010020001234"
    assert english_cooperative.legal_entity_date == datetime.date(2001, 5, 2)
    assert english_cooperative.logo_id == cooperative.logo_id
    assert english_cooperative.cooperative_type.slug == "simpan-pinjam"
    assert english_cooperative.cooperative_type.locale == target


def test_sync_brings_source_changes_and_keeps_translated_text(
    editor_client, client, locales, django_capture_on_commit_callbacks
):
    source, target = locales
    cooperative, story = build_story(source)
    english = translate_in_admin(
        editor_client, story, locales, django_capture_on_commit_callbacks
    )

    # The officer rewrites the lead and adds a paragraph; the cooperative grew.
    story = InnovationStoryPage.objects.get(pk=story.pk)
    story.summary = NEW_LEAD
    story.body.append(("paragraph", RichText(f"<p>{NEW_PARAGRAPH}</p>")))
    publish(story)
    cooperative = CooperativeProfilePage.objects.get(pk=cooperative.pk)
    cooperative.members = 1500
    publish(cooperative)

    for page in (story, cooperative):
        source_record = TranslationSource.objects.get_for_instance(page)
        with django_capture_on_commit_callbacks(execute=True):
            response = editor_client.post(
                f"/admin/localize/update/{source_record.pk}/",
                {"publish_translations": "on"},
            )
        assert response.status_code == 302

    html = page_text(client, english)
    # Unchanged parts keep their English; new text shows in Indonesian until
    # someone translates it, and the outdated English lead is gone.
    assert ENGLISH[STORY_ID["title"]] in html
    assert ENGLISH[STORY_ID["context"]] in html
    assert ENGLISH[STORY_ID["paragraph"]] in html
    assert NEW_PARAGRAPH in html
    assert NEW_LEAD in html
    assert ENGLISH[STORY_ID["lead"]] not in html
    total, done = translation_of(story, target).get_progress()
    assert total - done == 2

    # The translation editor lists the new strings for the translator.
    editor = editor_client.get(f"/admin/pages/{english.pk}/edit/").content.decode()
    assert NEW_PARAGRAPH in editor

    english_cooperative = cooperative.get_translation(target)
    assert english_cooperative.specific.members == 1500
    assert "1,500" in page_text(client, english_cooperative.specific)


def test_machine_translation_is_off_unless_configured(editor_client, locales):
    source, target = locales
    _cooperative, story = build_story(source)
    editor_client.post(
        f"/admin/localize/submit/page/{story.pk}/", {"locales": [target.pk]}
    )
    record = translation_of(story, target)

    response = editor_client.post(
        f"/admin/localize/translate/{record.pk}/machine_translate/", follow=True
    )

    assert response.status_code == 404
    assert not StringTranslation.objects.filter(
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    ).exists()


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
def test_machine_translator_fills_the_strings_when_configured(
    editor_client, client, locales, django_capture_on_commit_callbacks
):
    source, target = locales
    _cooperative, story = build_story(source)
    editor_client.post(
        f"/admin/localize/submit/page/{story.pk}/", {"locales": [target.pk]}
    )
    record = translation_of(story, target)
    english = story.get_translation(target)

    response = editor_client.post(
        f"/admin/localize/translate/{record.pk}/machine_translate/",
        {"next": f"/admin/pages/{english.pk}/edit/"},
    )
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"})

    assert response.status_code == 302
    machine = StringTranslation.objects.filter(
        locale=target, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    )
    assert machine.filter(data="salak petani untuk digital kas Buku").exists()
    english.refresh_from_db()
    assert english.title == "salak petani untuk digital kas Buku"
    assert "salak petani untuk digital kas Buku" in page_text(client, english)


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
def test_translation_editor_offers_the_configured_machine_translator(
    editor_client, locales
):
    source, target = locales
    _cooperative, story = build_story(source)
    editor_client.post(
        f"/admin/localize/submit/page/{story.pk}/", {"locales": [target.pk]}
    )
    english = story.get_translation(target)

    html = editor_client.get(f"/admin/pages/{english.pk}/edit/").content.decode()

    props = json.loads(unescape(re.search(r'data-props="([^"]*)"', html).group(1)))
    # The editor's admin is in Indonesian, and so is the translator's name.
    with translation.override("id"):
        name = str(DummyTranslator.display_name)
    assert props["machineTranslator"]["name"] == name


def test_vocabulary_labels_follow_the_reading_language(locales):
    source, target = locales
    term = CooperativeType.objects.get(slug="simpan-pinjam", locale=source)

    with translation.override("en"):
        english = term.localized.name
    with translation.override("id"):
        indonesian = term.localized.name

    assert english == "Savings and loan cooperative"
    assert indonesian == "Koperasi Simpan Pinjam"
    assert term.get_translation(target).slug == term.slug


def test_english_story_lists_the_english_versions_of_its_adaptations(client, locales):
    source, target = locales
    adaptation = InnovationStoryPage.objects.filter(
        locale=source, adapted_from__isnull=False, live=True
    ).first()
    original = adaptation.adapted_from

    html = page_text(client, original.get_translation(target).specific)

    assert adaptation.get_translation(target).title in html
    assert adaptation.title not in html


# Machine translation settings ---------------------------------------------


def test_machine_translation_setting_is_off_without_the_variable(monkeypatch):
    monkeypatch.delenv("KOPERASI_MACHINE_TRANSLATOR", raising=False)

    assert machine_translator_from_env() is None


def test_machine_translation_setting_names_the_chosen_service(monkeypatch):
    monkeypatch.setenv("KOPERASI_MACHINE_TRANSLATOR", "deepl")
    monkeypatch.setenv("DEEPL_AUTH_KEY", "not-a-real-key:fx")

    config = machine_translator_from_env()

    assert config["CLASS"].endswith("deepl.DeepLTranslator")
    assert config["OPTIONS"]["AUTH_KEY"] == "not-a-real-key:fx"


@pytest.mark.parametrize(
    ("name", "message"),
    [("deepl", "DEEPL_AUTH_KEY"), ("babelfish", "dummy, libretranslate")],
)
def test_machine_translation_setting_explains_what_is_missing(
    monkeypatch, name, message
):
    monkeypatch.setenv("KOPERASI_MACHINE_TRANSLATOR", name)
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)

    with pytest.raises(ImproperlyConfigured, match=message):
        machine_translator_from_env()


# A whole hub at once --------------------------------------------------------


def test_translate_subtree_drafts_english_for_untranslated_pages_only(locales):
    source, target = locales
    cooperative, story = build_story(source)
    hub = RegionalHubPage.objects.get(region_id="34", locale=source)
    already = Page.objects.filter(locale=target).count()
    out = StringIO()

    call_command("translate_subtree", region="34", dry_run=True, stdout=out)
    assert Page.objects.filter(locale=target).count() == already
    assert STORY_ID["title"] in out.getvalue()

    call_command("translate_subtree", region="34", stdout=StringIO())
    call_command("translate_subtree", region="34", stdout=StringIO())

    for page in (cooperative, story):
        english = page.get_translation(target)
        assert not english.live
        assert english.get_parent().pk == hub.get_translation(target).pk
    assert Page.objects.filter(locale=target).count() == already + 2
