"""Search on a real engine: language analysis, synonyms, facets, extras.

Every test here runs against OpenSearch (``SEARCH_TEST_URLS``) and, when
``SEARCH_TEST_ES_URLS`` is set, Elasticsearch 7 as well.
"""

import json

import pytest
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import service
from search.models import SearchSynonym
from search.query import SearchRequest

from .conftest import locale, make_cooperative, make_story, refresh

pytestmark = [pytest.mark.django_db, pytest.mark.engine]


def titles(query, language="id", **filters):
    outcome = service.run_search(
        SearchRequest(query=query, **filters), locale(language)
    )
    assert outcome.backend == "engine", outcome.notice
    return [result.page.title for result in outcome.results]


def test_berinovasi_finds_the_story_about_inovasi(engine):
    make_story(
        "Inovasi Lumbung Pangan Desa Ngebel",
        "Anggota menyimpan gabah bersama dan meminjam saat paceklik.",
    )
    make_story("Rapat Anggota di Desa Lain", "Cerita tentang rapat tahunan.")
    refresh(engine)

    assert titles("berinovasi") == ["Inovasi Lumbung Pangan Desa Ngebel"]


def test_koperasi_koperasi_matches_pages_that_say_koperasi(engine):
    make_story("Lumbung Ngebel", "Satu koperasi tani mengelola lumbung gabah.")
    refresh(engine)

    assert titles("koperasi-koperasi lumbung") == ["Lumbung Ngebel"]


def test_pemasaran_and_memasarkan_find_each_other(engine):
    make_story("Gerabah Kasongan", "Perajin memasarkan gerabah ke hotel di Bali.")
    make_story("Tenun Sade", "Strategi pemasaran tenun lewat siaran langsung.")
    refresh(engine)

    # Full matches first; with so few, pages with some of the words follow.
    assert titles("pemasaran gerabah")[0] == "Gerabah Kasongan"
    assert titles("memasarkan tenun")[0] == "Tenun Sade"


def test_ksp_synonym_finds_koperasi_simpan_pinjam(engine):
    make_cooperative(
        "Koperasi Simpan Pinjam Sumber Rejeki",
        "Koperasi simpan pinjam pedagang sayur di Pasar Wage.",
    )
    make_cooperative("Koperasi Produsen Tahu", "Perajin tahu di Kediri.")
    refresh(engine)

    assert titles("ksp") == ["Koperasi Simpan Pinjam Sumber Rejeki"]


def test_synonym_added_by_an_editor_works_without_reindexing(engine):
    make_story("Gudang Bersama Nelayan", "Nelayan menyimpan ikan di gudang dingin.")
    refresh(engine)
    assert titles("cold storage") == []

    SearchSynonym.objects.create(term="cold storage", equivalents="gudang dingin")

    assert titles("cold storage") == ["Gudang Bersama Nelayan"]


def test_a_typo_still_finds_the_story(engine):
    make_story("Kasir Digital Toko Koperasi", "Toko koperasi memakai kasir digital.")
    refresh(engine)

    assert titles("kasir digtal") == ["Kasir Digital Toko Koperasi"]


def test_english_pages_are_stemmed_in_english(engine):
    make_story(
        "Members innovating with shared cold storage",
        "Fishing cooperatives trained their members to run cold storage.",
        language="en",
    )
    refresh(engine)

    assert titles("innovation training", language="en") == [
        "Members innovating with shared cold storage"
    ]


def test_results_stay_in_the_readers_language(engine):
    make_story("Aplikasi Tabungan Anggota", "Anggota menabung lewat aplikasi.")
    make_story(
        "Savings app for members",
        "Members save through an aplikasi.",
        language="en",
    )
    refresh(engine)

    assert titles("aplikasi") == ["Aplikasi Tabungan Anggota"]
    assert titles("aplikasi", language="en") == ["Savings app for members"]


def test_facets_count_matches_per_option(engine):
    coop = make_cooperative(
        "Koperasi Kopi Dampit", "Kopi robusta.", type_slug="produsen"
    )
    make_story(
        "Kopi Dampit Dijual Daring",
        "Petani kopi menjual lewat toko daring.",
        problems=["pemasaran"],
        cooperative=coop,
    )
    make_story(
        "Kopi Gayo Ekspor",
        "Petani kopi Gayo mengekspor bersama.",
        province="11",
        problems=["pemasaran", "produksi"],
    )
    refresh(engine)

    outcome = service.run_search(SearchRequest(query="kopi"), locale("id"))
    facets = {
        facet.name: {option.value: option.count for option in facet.options}
        for facet in outcome.facets
    }
    assert outcome.total == 3
    assert facets["kind"] == {"story": 2, "cooperative": 1}
    assert facets["region"] == {"11": 1, "35": 2}
    assert facets["problem"] == {"pemasaran": 2, "produksi": 1}
    assert facets["type"] == {"produsen": 2}

    # A filter narrows the results; its own facet still offers the others.
    narrowed = service.run_search(
        SearchRequest(query="kopi", region="11"), locale("id")
    )
    counts = {
        facet.name: {option.value: option.count for option in facet.options}
        for facet in narrowed.facets
    }
    assert [result.page.title for result in narrowed.results] == ["Kopi Gayo Ekspor"]
    assert counts["problem"] == {"pemasaran": 1, "produksi": 1}
    assert counts["region"]["11"] == 1


def test_matched_words_are_highlighted(engine):
    make_story(
        "Sekolah Kader Koperasi",
        "Kader muda belajar pembukuan dan berinovasi di koperasi.",
    )
    refresh(engine)

    outcome = service.run_search(SearchRequest(query="inovasi"), locale("id"))
    result = outcome.results[0]
    assert "<mark>berinovasi</mark>" in result.snippet_html


def test_promoted_result_comes_first(engine):
    make_story("Kopi Lereng Kawi", "Kopi petani Kawi.", story_date=None)
    promoted = make_story("Panduan Koperasi Kopi", "Langkah mendirikan koperasi.")
    SearchPromotion.objects.create(
        query=Query.get("kopi"), page=promoted, description="Mulai di sini."
    )
    refresh(engine)

    outcome = service.run_search(SearchRequest(query="kopi"), locale("id"))
    assert [result.page.title for result in outcome.promoted] == [
        "Panduan Koperasi Kopi"
    ]
    assert "Panduan Koperasi Kopi" not in [r.page.title for r in outcome.results]


def test_autocomplete_suggests_cooperative_names_while_typing(engine, client):
    make_cooperative("Koperasi Wanita Tenun Sukarara", "Penenun songket.")
    make_story("Songket Masuk Katalog", "Cerita penenun.")
    refresh(engine)

    response = client.get("/id/search/autocomplete/", {"q": "tenun suk"})
    data = json.loads(response.content)
    assert response.status_code == 200
    assert [item["title"] for item in data["results"]] == [
        "Koperasi Wanita Tenun Sukarara"
    ]
    assert data["results"][0]["kind"] == "cooperative"


def test_similar_stories_share_problem_and_words(engine):
    story = make_story(
        "Pupuk Organik dari Kotoran Sapi",
        "Peternak sapi mengolah kotoran menjadi pupuk organik.",
        problems=["produksi"],
    )
    make_story(
        "Pupuk Kompos Bersama",
        "Petani mengolah kompos dan pupuk organik bersama.",
        problems=["produksi"],
    )
    make_story("Rapat Daring", "Anggota rapat lewat video.", province="73")
    refresh(engine)

    similar = [page.title for page in service.similar_stories(story)]
    assert similar[0] == "Pupuk Kompos Bersama"
    assert "Rapat Daring" not in similar
    assert story.title not in similar


def test_search_page_shows_facets_and_marks_on_the_engine(engine, client):
    for number in range(12):
        make_story(f"Warung Koperasi {number}", "Warung koperasi desa berinovasi.")
    refresh(engine)

    with translation.override("id"):
        response = client.get(
            "/id/search/", {"q": "warung", "region": "35", "page": "2"}
        )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>Warung</mark>" in html
    assert 'id="facet-region"' in html
    assert 'class="facet__count">12<' in html
    # Pagination keeps the query and the filter.
    assert "q=warung&amp;region=35" in html
    assert "page 2 of 2" in html or "halaman 2 dari 2" in html
