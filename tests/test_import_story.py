"""import_story: the real seed article becomes a draft; bad files create nothing."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page

from koperasi_pages.models import (
    ActivityReportPage,
    InnovationStoryPage,
    RegionalHubPage,
)
from koperasi_pages.story_import import (
    MAX_FILE_SIZE,
    MAX_PARAGRAPHS,
    guess_dates,
    parse_article,
)

pytestmark = pytest.mark.django_db

SEED_TITLE = "Revolusi 4.0 Gerakan Inovasi dan Transformasi Menuju Koperasi Digital"


@pytest.fixture
def seed_article(shared_data):
    return shared_data / "seed" / "inovasi-koperasi-2020.txt"


def import_story(*args):
    output = io.StringIO()
    with translation.override("en"):
        call_command("import_story", *map(str, args), stdout=output)
    return output.getvalue()


def imported(model):
    return model.objects.filter(title=SEED_TITLE).get()


def paragraphs(page):
    return [
        block.value.source for block in page.body if block.block_type == "paragraph"
    ]


def test_the_seed_article_becomes_a_draft_story_in_sleman(seed_article):
    output = import_story(seed_article, "--region", "34.04")

    page = imported(InnovationStoryPage)
    hub = page.get_parent().specific
    assert not page.live
    assert page.has_unpublished_changes
    assert isinstance(hub, RegionalHubPage) and hub.region_id == "34"
    assert hub.locale.language_code == "id"
    assert (page.province_id, page.regency_id) == ("34", "34.04")
    assert f"/admin/pages/{page.pk}/edit/" in output
    assert str(page.pk) in output


def test_the_seed_article_keeps_its_four_paragraphs_as_rich_text(seed_article):
    import_story(seed_article, "--region", "34.04")

    page = imported(InnovationStoryPage)
    texts = paragraphs(page)
    assert len(texts) == 4
    assert all(text.startswith("<p>") and text.endswith("</p>") for text in texts)
    assert texts[0].startswith("<p>“PPKL, Aktivator Koperasi”")
    assert texts[3].endswith("di masing – masing daerah.</p>")


def test_the_seed_articles_dateline_reporter_tag_and_comment_lines_leave_the_text(
    seed_article,
):
    output = import_story(seed_article, "--region", "34.04")

    page = imported(InnovationStoryPage)
    text = " ".join(paragraphs(page)) + page.summary
    assert "Media K-UMKM" not in text
    assert "Komentar" not in text
    assert "(yos" not in text
    assert page.reporter_name == "yos"
    assert "Media K-UMKM" in output


def test_the_seed_articles_lead_is_its_first_paragraph_within_the_limit(seed_article):
    import_story(seed_article, "--region", "34.04")

    page = imported(InnovationStoryPage)
    limit = InnovationStoryPage._meta.get_field("summary").max_length
    assert page.summary.startswith("“PPKL, Aktivator Koperasi”")
    assert len(page.summary) <= limit


def test_the_seed_articles_event_dates_are_found(seed_article):
    import_story(seed_article, "--region", "34", "--kind", "report")

    report = imported(ActivityReportPage)
    assert report.event_start == datetime.date(2020, 9, 17)
    assert report.event_end == datetime.date(2020, 9, 19)
    assert not report.live


def test_a_province_import_takes_the_regency_from_the_dateline(seed_article):
    import_story(seed_article, "--region", "34", "--kind", "report")

    report = imported(ActivityReportPage)
    assert report.regency_id == "34.04"
    assert report.venue == "Sleman"


def test_importing_the_same_article_twice_gives_two_drafts_with_distinct_slugs(
    seed_article,
):
    import_story(seed_article, "--region", "34.04")
    import_story(seed_article, "--region", "34.04")

    drafts = InnovationStoryPage.objects.filter(title=SEED_TITLE)
    assert drafts.count() == 2
    assert len({draft.slug for draft in drafts}) == 2


def test_a_dry_run_saves_nothing(seed_article):
    before = Page.objects.count()

    output = import_story(seed_article, "--region", "34.04", "--dry-run")

    assert Page.objects.count() == before
    assert SEED_TITLE in output


@pytest.mark.parametrize(
    ("content", "hint"),
    [
        (b"", "is empty"),
        (b"   \n\t\n  \n", "is empty"),
        (
            "Koperasi \u201cdigital\u201d\nTeks.\n".encode("cp1252"),
            "iconv -f WINDOWS-1252",
        ),
        (b"Hanya judul\n\nKomentar\nPosting Komentar\n", "no text below it"),
        (("J" * 256 + "\nTeks.\n").encode(), "at most 255"),
        (b"Judul\n(yos)\n", "no text below it"),
        (b"Judul\nMedia K-UMKM| Sleman|\n", "no text below it"),
        (b"Judul\n\nMedia K-UMKM| Sleman| (yos)\n\nKomentar\n", "no text below it"),
        (b"\x00\x1b\x07\n\x00\n", "is empty"),
        (
            ("Judul\n" + "Paragraf.\n" * (MAX_PARAGRAPHS + 1)).encode(),
            f"{MAX_PARAGRAPHS + 1} paragraphs.*at most {MAX_PARAGRAPHS}",
        ),
    ],
    ids=[
        "empty",
        "whitespace",
        "cp1252",
        "title-only",
        "title-too-long",
        "reporter-tag-only",
        "dateline-only",
        "dateline-and-reporter-only",
        "control-characters-only",
        "too-many-paragraphs",
    ],
)
def test_a_bad_file_is_refused_with_a_hint_and_creates_nothing(tmp_path, content, hint):
    article = tmp_path / "artikel.txt"
    article.write_bytes(content)
    before = Page.objects.count()

    with pytest.raises(CommandError, match=hint):
        import_story(article, "--region", "34.04")

    assert Page.objects.count() == before


def test_a_file_over_the_size_limit_is_refused_with_its_size_and_the_limit(
    tmp_path,
):
    article = tmp_path / "besar.txt"
    article.write_bytes(b"Judul\n" + b"Teks koperasi.\n" * (MAX_FILE_SIZE // 15 + 1))
    before = Page.objects.count()

    with pytest.raises(CommandError) as error:
        import_story(article, "--region", "34.04")

    message = str(error.value)
    assert "at most 1.0\xa0MB" in message
    assert f"({article.stat().st_size} bytes)" in message
    assert Page.objects.count() == before


def test_a_file_of_exactly_the_size_limit_is_accepted(tmp_path):
    article = tmp_path / "pas.txt"
    text = b"Judul pas\n\n" + b"Teks koperasi. " * (MAX_FILE_SIZE // 15 + 1)
    article.write_bytes(text[:MAX_FILE_SIZE])

    output = import_story(article, "--region", "34.04", "--dry-run")

    assert "Judul pas" in output


def test_control_and_bidi_characters_are_removed_from_title_and_text(tmp_path):
    article = tmp_path / "kendali.txt"
    article.write_text(
        "Ju\x00dul\x1b \u202ebaru\u202c\x07\n"
        "Teks\x00 koperasi\x85 \u2066desa\u2069\x7f.\tLanjut.\n",
        encoding="utf-8",
    )

    import_story(article, "--region", "34.04")

    page = InnovationStoryPage.objects.get(title="Judul baru")
    assert paragraphs(page) == ["<p>Teks koperasi desa. Lanjut.</p>"]
    assert page.summary == "Teks koperasi desa. Lanjut."


@pytest.mark.parametrize(
    "content",
    [
        b"Judul\rParagraf satu.\rParagraf dua. (yos)\r",
        b"Judul\r\rParagraf\rsatu.\r\rParagraf dua. (yos)\r",
        b"Judul\r\nParagraf satu.\r\nParagraf dua. (yos)\r\n",
        b"Judul\r\n\r\nParagraf\rsatu.\n\nParagraf dua. (yos)\r\n",
    ],
    ids=["cr", "cr-blank-lines", "crlf", "mixed"],
)
def test_cr_and_crlf_line_endings_separate_title_and_paragraphs(tmp_path, content):
    article = tmp_path / "mac.txt"
    article.write_bytes(content)

    import_story(article, "--region", "34.04")

    page = InnovationStoryPage.objects.get(title="Judul")
    assert paragraphs(page) == ["<p>Paragraf satu.</p>", "<p>Paragraf dua.</p>"]
    assert page.reporter_name == "yos"


def test_an_article_of_the_maximum_paragraph_count_is_accepted():
    article = parse_article("Judul\n" + "Paragraf.\n" * MAX_PARAGRAPHS)

    assert len(article.paragraphs) == MAX_PARAGRAPHS


@pytest.mark.parametrize("region", ["", "  "])
def test_an_empty_region_code_is_refused_with_how_to_list_codes(seed_article, region):
    before = Page.objects.count()

    with pytest.raises(CommandError, match="region code is empty") as error:
        import_story(seed_article, "--region", region)

    assert "--list-regions" in str(error.value)
    assert Page.objects.count() == before


def test_a_missing_file_is_refused(tmp_path):
    before = Page.objects.count()

    with pytest.raises(CommandError, match="does not exist"):
        import_story(tmp_path / "tidak-ada.txt", "--region", "34")

    assert Page.objects.count() == before


def test_an_unknown_region_is_refused_with_how_to_list_codes(seed_article):
    before = Page.objects.count()

    with pytest.raises(CommandError, match="--list-regions") as error:
        import_story(seed_article, "--region", "99.99")

    assert "99.99" in str(error.value)
    assert Page.objects.count() == before


def test_a_region_without_a_hub_is_refused_with_a_hint(seed_article):
    RegionalHubPage.objects.get(region_id="96", locale__language_code="id").delete()
    before = Page.objects.count()

    with pytest.raises(CommandError, match="setup_portal"):
        import_story(seed_article, "--region", "96.01")

    assert Page.objects.count() == before


def test_import_errors_read_in_indonesian_for_indonesian_users(tmp_path):
    article = tmp_path / "kosong.txt"
    article.write_bytes(b"")

    with translation.override("id"), pytest.raises(CommandError) as error:
        call_command("import_story", str(article), "--region", "34")

    assert "kosong" in str(error.value).replace(str(article), "")


def test_list_regions_prints_codes_and_names():
    output = io.StringIO()

    call_command("import_story", "--list-regions", "34", stdout=output)

    assert "34.04  Kabupaten Sleman" in output.getvalue()
    assert "35.78" not in output.getvalue()


def test_paragraphs_separated_by_blank_lines_may_wrap_over_several_lines():
    text = "Judul\n\nBaris satu\nmasih paragraf satu.\n\nParagraf dua. (ant)\n"

    article = parse_article(text)

    assert article.paragraphs == ["Baris satu masih paragraf satu.", "Paragraf dua."]
    assert article.reporter == "ant"


def test_an_acronym_in_brackets_at_the_end_is_not_taken_for_a_reporter():
    article = parse_article("Judul\nKoperasi dibina oleh Dinas (UKM)\n")

    assert article.reporter == ""
    assert article.paragraphs == ["Koperasi dibina oleh Dinas (UKM)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pada 17 – 19 September 2020 di", ((2020, 9, 17), (2020, 9, 19))),
        ("30 September - 2 Oktober 2021", ((2021, 9, 30), (2021, 10, 2))),
        ("diluncurkan 10 Oktober 2020.", ((2020, 10, 10), (2020, 10, 10))),
        ("pada (17/9) dan tahun 2020", (None, None)),
    ],
)
def test_event_dates_are_guessed_from_indonesian_date_phrases(text, expected):
    start, end = guess_dates(text)

    as_tuple = (start.timetuple()[:3], end.timetuple()[:3]) if start else (None, None)
    assert as_tuple == expected
