"""Fixtures for the search tests: page builders and a real engine per test.

Engine tests use ``engine`` (OpenSearch from ``SEARCH_TEST_URLS``, and
Elasticsearch from ``SEARCH_TEST_ES_URLS`` when set). Each test gets its own
index prefix, so tests never see each other's documents, and its indices are
deleted afterwards. Without an engine URL the tests skip, except under
``CI=true`` where a missing engine is a failure.
"""

import os
import uuid
from datetime import date

import pytest
from django.utils.text import slugify
from modelsearch.backends import get_search_backend
from wagtail.models import Locale, Page

from koperasi_pages.models import (
    CooperativeProfilePage,
    CooperativeType,
    InnovationMode,
    InnovationStoryPage,
    ProblemArea,
    RegionalHubPage,
    StoryCooperative,
)
from search import documents
from search.backends import portal
from search.settings import search_backends_from_env

ENGINES = [
    ("opensearch", "SEARCH_TEST_URLS"),
    ("elasticsearch", "SEARCH_TEST_ES_URLS"),
]


def engine_settings(kind, urls, prefix, **extra):
    environ = {
        "SEARCH_BACKEND": kind,
        "SEARCH_URLS": urls,
        "SEARCH_INDEX_PREFIX": prefix,
        "SEARCH_REPLICAS": "0",
        "SEARCH_TIMEOUT": "5",
        "SEARCH_QUERY_TIMEOUT": "5",
        **extra,
    }
    return search_backends_from_env(environ)


def _engine_urls(variable):
    urls = os.environ.get(variable, "").strip()
    if urls:
        return urls
    message = f"{variable} is not set: no search engine to test against."
    if os.environ.get("CI") == "true":
        pytest.fail(message + " CI must start one (scripts/run_tests.sh does).")
    # OpenSearch is the engine every run must have; Elasticsearch is extra.
    pytest.skip(message)


def trust_test_cluster(backend):
    """Let the Elasticsearch 7.17 client talk to the test server.

    The in-JVM test server reports ``build_flavor: unknown``, which the
    client's product check rejects; a real 7.10.2 distribution reports
    ``default`` and passes. The client is shared, so this sticks.
    """
    transport = backend.es.transport
    if hasattr(transport, "_verified_elasticsearch"):
        transport._verified_elasticsearch = True


def reset_engine_state():
    portal._down_until.clear()
    portal._ready_indices.clear()
    documents.clear_caches()


def _delete_indices(backend, prefix):
    try:
        backend.es.indices.delete(index=f"{prefix}*")
    except Exception:  # noqa: S110 - the engine may be gone in a failure test
        pass


@pytest.fixture(params=[kind for kind, _variable in ENGINES])
def engine(request, settings):
    """The portal's engine backend as ``default``, on a fresh index prefix."""
    kind = request.param
    variable = dict(ENGINES)[kind]
    if kind == "elasticsearch" and not os.environ.get(variable):
        pytest.skip(f"{variable} is not set: Elasticsearch is optional.")
    urls = _engine_urls(variable)

    prefix = f"test_{uuid.uuid4().hex[:10]}_"
    settings.WAGTAILSEARCH_BACKENDS = engine_settings(kind, urls, prefix)
    reset_engine_state()
    backend = get_search_backend("default")
    trust_test_cluster(backend)
    backend.ensure_index(Page)
    yield backend
    _delete_indices(backend, prefix)
    reset_engine_state()


def refresh(backend):
    """Make everything written so far visible to searches."""
    backend.get_index_for_model(Page).refresh()


# Builders ------------------------------------------------------------------


def locale(code):
    return Locale.objects.get(language_code=code)


def hub(province="35", language="id"):
    return RegionalHubPage.objects.get(
        region_id=province, locale__language_code=language, depth=3
    )


def term(model, slug, language="id"):
    return model.objects.get(slug=slug, locale__language_code=language)


def _slug(title):
    return f"{slugify(title)[:40]}-{uuid.uuid4().hex[:6]}"


def make_cooperative(
    title,
    summary="",
    *,
    province="35",
    regency=None,
    language="id",
    type_slug="produsen",
    founded_year=2015,
    sector="",
    publish=True,
):
    parent = hub(province, language)
    page = CooperativeProfilePage(
        title=title,
        slug=_slug(title),
        summary=summary,
        business_sector=sector,
        cooperative_type=term(CooperativeType, type_slug, language),
        founded_year=founded_year,
        regency_id=regency,
        locale=parent.locale,
        live=False,
    )
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def make_story(
    title,
    summary,
    *,
    province="35",
    regency=None,
    language="id",
    problems=(),
    mode="sustaining",
    response="",
    cooperative=None,
    story_date=None,
    publish=True,
):
    parent = hub(province, language)
    page = InnovationStoryPage(
        title=title,
        slug=_slug(title),
        summary=summary,
        response=f"<p>{response}</p>" if response else "",
        innovation_mode=term(InnovationMode, mode, language),
        regency_id=regency,
        date=story_date or date(2024, 5, 1),
        locale=parent.locale,
        live=False,
    )
    page.problem_areas = [term(ProblemArea, slug, language) for slug in problems]
    if cooperative is not None:
        page.cooperative_links = [StoryCooperative(cooperative=cooperative)]
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page
