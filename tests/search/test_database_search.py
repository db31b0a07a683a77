"""Search without an engine: the zero-setup default and the engine's fallback."""

import json
from urllib.parse import urlencode

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import service
from search.query import MAX_QUERY_LENGTH, SearchRequest
from search.settings import search_backends_from_env
from search.synonyms import expand

from .conftest import locale, make_cooperative, make_story, refresh

BAD_QUERIES = [
    '"koperasi',
    'koperasi "simpan pinjam"',
    "(koperasi",
    "koperasi) AND (pinjam",
    "koperasi AND OR NOT",
    "NOT",
    "a/b\\c",
    "kopi 😀☕",
    "\ud83d",  # half an emoji
    "x" * 2000,
    "koperasi " * 250,
    "   ",
    "*?~^:!{}[]<>",
    "<script>alert(1)</script>",
    "-koperasi +pinjam",
]


def encoded(query):
    # Half an emoji cannot be UTF-8 encoded; send the bytes a broken client would.
    return urlencode({"q": query}, encoding="utf-8", errors="surrogatepass")


def test_settings_default_to_the_database_backend():
    assert search_backends_from_env({}) == {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }


def test_settings_switch_to_opensearch_when_urls_are_set():
    backends = search_backends_from_env(
        {"SEARCH_URLS": "http://a:9200, http://b:9200", "SEARCH_INDEX_PREFIX": "dev_"}
    )
    engine = backends["default"]
    assert engine["BACKEND"] == "search.backends.opensearch2"
    assert engine["URLS"] == ["http://a:9200", "http://b:9200"]
    assert engine["INDEX_PREFIX"] == "dev_"
    assert backends["database"]["BACKEND"] == "wagtail.search.backends.database"


def test_settings_refuse_an_engine_without_urls_or_an_unknown_backend():
    with pytest.raises(ImproperlyConfigured, match="SEARCH_URLS"):
        search_backends_from_env({"SEARCH_BACKEND": "elasticsearch"})
    with pytest.raises(ImproperlyConfigured, match="solr"):
        search_backends_from_env({"SEARCH_BACKEND": "solr"})


def test_synonym_expansion_replaces_each_form_by_the_others():
    groups = [["ksp", "koperasi simpan pinjam"], ["shu", "sisa hasil usaha"]]

    assert expand("KSP di Malang", "id", groups) == ["koperasi simpan pinjam di malang"]
    assert expand("koperasi simpan pinjam", "id", groups) == ["ksp"]
    assert expand("kspx", "id", groups) == []


@pytest.mark.django_db
def test_seeded_synonyms_expand_cooperative_acronyms():
    assert "rapat anggota tahunan 2023" in expand("RAT 2023", "id")
    assert "usaha mikro kecil dan menengah" in expand("umkm", "id")
    assert "pemasaran" in expand("pasar", "id")


@pytest.mark.django_db
def test_database_search_finds_highlights_and_counts():
    make_story(
        "Inovasi Lumbung Gabah Ngebel",
        "Petani berinovasi dengan lumbung gabah bersama.",
        problems=["produksi"],
    )
    make_story(
        "Lumbung Gabah Gayo",
        "Lumbung gabah desa di Aceh.",
        province="11",
        problems=["produksi", "pemasaran"],
    )

    outcome = service.run_search(SearchRequest(query="lumbung gabah"), locale("id"))
    facets = {
        facet.name: {option.value: option.count for option in facet.options}
        for facet in outcome.facets
    }
    assert outcome.backend == "database"
    assert sorted(result.page.title for result in outcome.results) == [
        "Inovasi Lumbung Gabah Ngebel",
        "Lumbung Gabah Gayo",
    ]
    assert facets["region"] == {"11": 1, "35": 1}
    assert facets["problem"] == {"produksi": 2, "pemasaran": 1}
    snippets = " ".join(str(result.snippet_html) for result in outcome.results)
    assert "<mark>lumbung</mark>" in snippets

    narrowed = service.run_search(
        SearchRequest(query="lumbung gabah", problem="pemasaran"), locale("id")
    )
    assert [result.page.title for result in narrowed.results] == ["Lumbung Gabah Gayo"]


@pytest.mark.django_db
def test_database_snippets_escape_page_text():
    # PostgreSQL's text search drops what stands inside tag-like text, so
    # the searched word sits outside the tag.
    make_story("Koperasi <b>Tebal</b>", "Kalimat jahat dengan <script>x</script>.")

    outcome = service.run_search(SearchRequest(query="jahat"), locale("id"))

    assert "<script>" not in str(outcome.results[0].snippet_html)
    assert "&lt;script&gt;" in str(outcome.results[0].snippet_html)


@pytest.mark.django_db
def test_promoted_result_comes_first_on_the_database(client):
    promoted = make_story("Panduan Mendirikan Koperasi Garam", "Langkah awal.")
    make_story("Koperasi Garam Sumenep", "Petambak garam.")
    SearchPromotion.objects.create(query=Query.get("garam"), page=promoted)

    response = client.get("/id/search/", {"q": "garam"})
    html = response.content.decode()

    assert html.index("Panduan Mendirikan Koperasi Garam") < html.index("Sumenep")


@pytest.mark.django_db
def test_database_autocomplete_suggests_titles_by_word_start(client):
    make_cooperative("Koperasi Nelayan Samudra Biru", "Nelayan tuna.")

    response = client.get("/id/search/autocomplete/", {"q": "samud"})
    titles = [item["title"] for item in json.loads(response.content)["results"]]

    assert titles == ["Koperasi Nelayan Samudra Biru"]
    assert client.get("/en/search/autocomplete/", {"q": "samud"}).json() == {
        "query": "samud",
        "results": [],
    }


@pytest.mark.django_db
def test_database_similar_stories_share_problem_area_first():
    story = make_story("Pupuk Kandang", "Pupuk.", problems=["produksi"])
    same_problem = make_story(
        "Pengolahan Kompos", "Kompos.", province="73", problems=["produksi"]
    )
    make_story("Rapat Anggota Daring", "Rapat.", province="73", problems=["sdm"])

    similar = [page.title for page in service.similar_stories(story)]

    assert same_problem.title in similar
    assert "Rapat Anggota Daring" not in similar


@pytest.mark.django_db
def test_filters_survive_pagination_in_shareable_urls(client):
    for number in range(12):
        make_story(f"Kopi Gunung {number}", "Kopi gunung petani.", province="11")

    response = client.get("/id/search/", {"q": "kopi gunung", "region": "11"})
    html = response.content.decode()

    assert response.status_code == 200
    assert "?q=kopi+gunung&amp;region=11&amp;page=2" in html
    page_two = client.get(
        "/id/search/", {"q": "kopi gunung", "region": "11", "page": 2}
    )
    assert page_two.content.decode().count('class="result result--story"') == 2


@pytest.mark.django_db
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_never_error_on_the_database(client, query):
    make_story("Koperasi Simpan Pinjam Sejahtera", "Simpan pinjam anggota.")

    response = client.get(f"/id/search/?{encoded(query)}&page=x")
    suggestions = client.get(f"/id/search/autocomplete/?{encoded(query)}")

    assert response.status_code == 200
    assert suggestions.status_code == 200
    assert "<script>alert" not in response.content.decode()
    outcome = service.run_search(SearchRequest.from_params({"q": query}), locale("id"))
    assert outcome.notice == ""
    assert len(SearchRequest.from_params({"q": query}).query) <= MAX_QUERY_LENGTH


@pytest.mark.django_db
@pytest.mark.engine
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_never_error_on_the_engine(engine, client, query):
    make_story("Koperasi Simpan Pinjam Sejahtera", "Simpan pinjam anggota.")
    refresh(engine)

    response = client.get(f"/id/search/?{encoded(query)}")
    suggestions = client.get(f"/id/search/autocomplete/?{encoded(query)}")

    assert response.status_code == 200
    assert suggestions.status_code == 200
    outcome = service.run_search(SearchRequest.from_params({"q": query}), locale("id"))
    # Answered by the engine itself, not rescued by the database fallback.
    assert outcome.notice == ""
    if outcome.results:
        assert outcome.backend == "engine"


@pytest.mark.django_db
def test_story_page_shows_similar_stories(client):
    story = make_story("Pupuk Cair Organik", "Pupuk cair.", problems=["produksi"])
    similar = make_story("Kompos Kotoran Ternak", "Kompos.", problems=["produksi"])

    response = client.get(story.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="similar-stories-title"' in html
    assert similar.title in html
