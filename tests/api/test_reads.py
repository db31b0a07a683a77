"""Public reads over HTTP: filters, languages, pages of results, search, headers."""

import datetime
import json

import pytest
from django.utils import translation
from django.utils.translation import gettext

from .conftest import unique

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def content(committed):
    """Two provinces' worth of stories, cooperatives and reports."""
    from koperasi_pages.models import InnovationMode, ProblemArea

    b = committed
    jatim, diy = b.hub("35"), b.hub("34")
    word = unique("kopiluwak").replace("-", "")
    coffee = b.cooperative(
        jatim,
        "Uji API Koperasi Kopi",
        regency_id="35.78",
        cooperative_type=b.term_type("produsen"),
        founded_year=1998,
    )
    credit = b.cooperative(
        diy,
        "Uji API Koperasi Kredit",
        cooperative_type=b.term_type("simpan-pinjam"),
        founded_year=2005,
    )
    platform = b.story(
        jatim,
        f"Uji API Cerita Platform {word}",
        regency_id="35.78",
        date=datetime.date(2021, 5, 1),
        innovation_mode=b.term(InnovationMode, "platform"),
        problem_areas=[b.term(ProblemArea, "pemasaran")],
        cooperatives=[coffee],
    )
    training = b.story(
        diy,
        "Uji API Cerita Pelatihan",
        date=datetime.date(2019, 3, 1),
        innovation_mode=b.term(InnovationMode, "sustaining"),
        problem_areas=[b.term(ProblemArea, "sdm")],
        cooperatives=[credit],
    )
    report = b.report(
        jatim, "Uji API Laporan Kunjungan", date=datetime.date(2022, 8, 17)
    )
    platform_en = b.translate(platform, f"Uji API Platform story {word}")
    coffee_en = b.translate(coffee, "Uji API Coffee Cooperative")
    return {
        "coffee_en": coffee_en,
        "word": word,
        "coffee": coffee,
        "credit": credit,
        "platform": platform,
        "platform_en": platform_en,
        "training": training,
        "report": report,
        "jatim": jatim,
    }


def test_story_filters_narrow_the_list_like_the_website(anonymous, content):
    platform, training = content["platform"].pk, content["training"].pk

    def stories(**params):
        return anonymous.ids("/stories/", **params)

    assert platform in stories(region="35") and training not in stories(region="35")
    assert platform in stories(region="35.78")
    assert platform not in stories(region="35.01")
    assert platform in stories(cooperative_type="produsen")
    assert training not in stories(cooperative_type="produsen")
    # A main mode includes its sub-types: platform is a disruptive sub-type.
    assert platform in stories(mode="disruptive")
    assert training not in stories(mode="disruptive")
    assert platform in stories(problem="pemasaran")
    assert training in stories(problem="sdm") and platform not in stories(problem="sdm")
    assert platform in stories(year=2021) and training not in stories(year=2021)
    assert stories(cooperative=content["coffee"].pk) == [platform]


def test_cooperative_and_report_lists_filter_by_their_own_fields(anonymous, content):
    coffee, credit = content["coffee"].pk, content["credit"].pk

    assert coffee in anonymous.ids("/cooperatives/", region="35")
    assert credit not in anonymous.ids("/cooperatives/", region="35")
    assert anonymous.ids("/cooperatives/", year=1998, cooperative_type="produsen") == [
        coffee
    ]
    assert content["report"].pk in anonymous.ids("/reports/", year=2022, region="35")
    assert content["report"].pk not in anonymous.ids("/reports/", year=2021)


def test_content_list_mixes_types_and_leaves_out_types_a_filter_does_not_fit(
    anonymous, content
):
    mixed = anonymous.get("/content/", params={"type": ["story", "hub"], "limit": 100})
    types = {item["type"] for item in mixed.json()["items"]}
    assert types == {"story", "hub"}

    only_stories = anonymous.get("/content/", params={"mode": "platform", "limit": 100})
    items = only_stories.json()["items"]
    assert {item["type"] for item in items} == {"story"}
    assert content["platform"].pk in [item["id"] for item in items]


def test_lists_are_indonesian_by_default_and_english_on_request(anonymous, content):
    platform, platform_en = content["platform"], content["platform_en"]

    assert platform.pk in anonymous.ids("/stories/")
    assert platform_en.pk not in anonymous.ids("/stories/")
    assert platform_en.pk in anonymous.ids("/stories/", locale="en")

    english = anonymous.get(f"/stories/{platform.pk}/", params={"locale": "en"}).json()
    assert english["id"] == platform_en.pk
    assert english["locale"] == "en"
    assert english["innovation_mode"]["name"] == "Platform cooperative"
    assert [link["id"] for link in english["translations"]] == [platform.pk]


def test_pages_of_results_carry_the_total_count(anonymous, content):
    first = anonymous.get("/hubs/", params={"limit": 5}).json()
    second = anonymous.get("/hubs/", params={"limit": 5, "offset": 5}).json()

    assert first["count"] == second["count"] >= 38
    assert len(first["items"]) == len(second["items"]) == 5
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}
    assert anonymous.get("/hubs/", params={"limit": 1000}).status_code == 400


def test_search_finds_words_in_the_requested_language_only(anonymous, content):
    word = content["word"]

    indonesian = anonymous.ids("/stories/", search=word)
    english = anonymous.ids("/stories/", search=word, locale="en")
    everything = anonymous.ids("/content/", search=word)

    assert indonesian == [content["platform"].pk]
    assert english == [content["platform_en"].pk]
    assert everything == [content["platform"].pk]


def test_story_detail_nests_cooperatives_and_region(anonymous, content):
    story = anonymous.get(f"/stories/{content['platform'].pk}/").json()

    assert story["place"]["province"] == {
        "code": "35",
        "name": "Jawa Timur",
        "level": "province",
    }
    assert story["place"]["regency"]["code"] == "35.78"
    assert [c["id"] for c in story["cooperatives"]] == [content["coffee"].pk]
    assert story["cooperatives"][0]["cooperative_type"]["slug"] == "produsen"
    assert story["problem_areas"] == [{"slug": "pemasaran", "name": "Pemasaran produk"}]
    assert story["html_url"].endswith(f"/id/jawa-timur/{content['platform'].slug}/")


def test_english_story_nests_english_cooperatives_and_the_other_way(anonymous, content):
    story = anonymous.get(f"/stories/{content['platform_en'].pk}/").json()
    cooperative = anonymous.get(f"/cooperatives/{content['coffee_en'].pk}/").json()

    assert [c["id"] for c in story["cooperatives"]] == [content["coffee_en"].pk]
    assert story["cooperatives"][0]["title"] == "Uji API Coffee Cooperative"
    assert content["platform_en"].pk in [s["id"] for s in cooperative["stories"]]


@pytest.fixture(scope="module")
def illustrated_story(committed):
    """A story with a paragraph and a photo, committed so the server sees it."""
    b = committed
    photo = b.image("Rapat anggota")
    return b.story(
        b.hub("35"),
        "Uji API Cerita Bergambar",
        body=json.dumps(
            [
                {"type": "paragraph", "value": "<p>Anggota <b>bertambah</b>.</p>"},
                {
                    "type": "image",
                    "value": {
                        "image": {
                            "image": photo.pk,
                            "alt_text": "Anggota rapat di balai desa",
                            "decorative": False,
                        },
                        "caption": "Rapat tahunan",
                        "credit": "",
                    },
                },
            ]
        ),
        hero_image=photo,
    )


def test_stream_content_comes_as_json_with_html_and_image_renditions(
    anonymous, illustrated_story
):
    story = illustrated_story
    body = anonymous.get(f"/stories/{story.pk}/").json()["body"]

    assert body[0]["type"] == "paragraph"
    assert body[0]["value"] == "<p>Anggota <b>bertambah</b>.</p>"
    image = body[1]["value"]["image"]
    assert image["alt"] == "Anggota rapat di balai desa"
    assert image["renditions"]["thumbnail"]["width"] == 400
    assert image["renditions"]["thumbnail"]["url"].startswith("http")


def test_bad_filter_is_explained_in_the_language_asked_for(anonymous, content):
    indonesian = anonymous.get(
        "/stories/", params={"region": "jatim"}, headers={"Accept-Language": "id"}
    )
    english = anonymous.get("/stories/", params={"region": "jatim", "locale": "en"})

    assert indonesian.status_code == english.status_code == 422
    assert indonesian.headers["Content-Type"] == "application/problem+json"
    (error,) = indonesian.json()["errors"]
    assert error["loc"] == ["query", "region"]
    with translation.override("id"):
        assert error["msg"] == gettext("Enter a valid value.")
    assert error["msg"] != "Enter a valid value."
    assert english.json()["errors"][0]["msg"] == "Enter a valid value."


def test_unknown_page_is_a_json_404_not_a_redirect(anonymous):
    response = anonymous.get("/stories/2147483000/", allow_redirects=False)

    assert response.status_code == 404
    assert response.headers["Content-Type"] == "application/problem+json"


def test_reads_are_cacheable_and_open_to_configured_origins(
    anonymous, content, settings
):
    settings.KOPERASI_API_CORS_ORIGINS = ["https://app.example.org"]
    settings.KOPERASI_API_CACHE_MAX_AGE = 120

    first = anonymous.get("/stories/", headers={"Origin": "https://app.example.org"})
    again = anonymous.get("/stories/", headers={"If-None-Match": first.headers["ETag"]})
    stranger = anonymous.get("/stories/", headers={"Origin": "https://evil.example"})
    preflight = anonymous.session.options(
        anonymous.url("/stories/"),
        headers={
            "Origin": "https://app.example.org",
            "Access-Control-Request-Method": "POST",
        },
    )

    assert "max-age=120" in first.headers["Cache-Control"]
    assert "public" in first.headers["Cache-Control"]
    assert first.headers["Access-Control-Allow-Origin"] == "https://app.example.org"
    assert again.status_code == 304
    assert "Access-Control-Allow-Origin" not in stranger.headers
    assert preflight.status_code == 204
    assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]


def test_openapi_schema_is_published(anonymous):
    schema = anonymous.get("/openapi.json").json()

    for path in ["/api/v3/stories/", "/api/v3/content/", "/api/v3/hubs/{page_id}/"]:
        assert path in schema["paths"]
    assert "/api/v3/pages/{page_id}/actions/workflow/start/" in schema["paths"]


LIST_PATHS = ["/content/", "/stories/", "/cooperatives/", "/reports/", "/hubs/"]


@pytest.mark.parametrize("path", LIST_PATHS)
def test_awkward_search_text_lists_pages_instead_of_failing(anonymous, content, path):
    unsearched = anonymous.get(path).json()["count"]

    for text in ["  ", '"koperasi', '( * "', "a\tb\nc", "\u200b"]:
        response = anonymous.get(path, params={"search": text})

        assert response.status_code == 200, (text, response.text)
    for text in ["\x00", "kopi\x00luwak"]:
        # The site refuses NUL in any address (400); it must never be a 500.
        response = anonymous.get(path, params={"search": text})

        assert response.status_code in (200, 400), (text, response.text)
    blank = anonymous.get(path, params={"search": "  "}).json()
    assert blank["count"] == unsearched


def test_quotes_around_a_search_word_still_find_it(anonymous, content):
    quoted = anonymous.ids("/stories/", search=f'"{content["word"]}')

    assert quoted == [content["platform"].pk]


@pytest.mark.parametrize("path", LIST_PATHS)
def test_offset_beyond_any_list_is_refused_without_database_details(
    anonymous, content, path
):
    response = anonymous.get(path, params={"offset": "99999999999999999999"})

    assert response.status_code == 422, response.text
    assert ["query", "offset"] in [error["loc"] for error in response.json()["errors"]]
    assert "range" not in response.text.lower()


def test_cooperatives_founded_from_1896_can_be_filtered(anonymous, content):
    from koperasi_pages.validators import EARLIEST_FOUNDING_YEAR

    first = anonymous.get("/cooperatives/", params={"year": EARLIEST_FOUNDING_YEAR})
    older = anonymous.get("/cooperatives/", params={"year": EARLIEST_FOUNDING_YEAR - 1})

    assert first.status_code == 200, first.text
    assert older.status_code == 422
