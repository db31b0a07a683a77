#!/usr/bin/env python
"""Measure search relevance on the judged set in ``search/relevance``.

Builds a scratch SQLite portal (migrate + setup_portal), publishes the set's
documents as real story and cooperative pages, indexes them into the
database backend and into the engine twice (Wagtail's default mapping, and
the portal's analysis), runs every judged query and prints nDCG@5 and
recall@10 per language as a Markdown table.

    .venv/bin/python scripts/relevance.py --url http://127.0.0.1:9250 [--verbose]

The engine must be running (``services/opensearch/run.sh start``); the
script's indices use the prefixes ``relevance_default_`` and
``relevance_ours_`` and are deleted at the end.
"""

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_DIR), str(REPO_DIR / "site")]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--url",
        default=os.environ.get("SEARCH_TEST_URLS", "http://127.0.0.1:9250"),
        help="OpenSearch URL (default: $SEARCH_TEST_URLS or 127.0.0.1:9250).",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="Print each query's scores."
    )
    return parser.parse_args()


def setup_django(database):
    os.environ["DJANGO_SETTINGS_MODULE"] = "koperasi_site.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("KOPERASI_LOG_LEVEL", "WARNING")
    import django

    django.setup()


def engine_config(url):
    index_settings = {"settings": {"index": {"number_of_replicas": 0}}}
    return {
        "default": {"BACKEND": "wagtail.search.backends.database"},
        "engine_default": {
            "BACKEND": "wagtail.search.backends.opensearch2",
            "URLS": [url],
            "INDEX_PREFIX": "relevance_default_",
            "INDEX_SETTINGS": index_settings,
        },
        "engine_ours": {
            "BACKEND": "search.backends.opensearch2",
            "NAME": "engine_ours",
            "URLS": [url],
            "INDEX_PREFIX": "relevance_ours_",
            "INDEX_SETTINGS": index_settings,
        },
    }


def build_portal():
    from django.core.management import call_command
    from django.utils.text import slugify

    from koperasi_pages.models import (
        CooperativeProfilePage,
        CooperativeType,
        InnovationMode,
        InnovationStoryPage,
        RegionalHubPage,
    )
    from search.relevance import DOCUMENTS

    call_command("migrate", verbosity=0)
    call_command("setup_portal", verbosity=0)

    pages = {}
    for key, language, kind, province, title, text in DOCUMENTS:
        hub = RegionalHubPage.objects.get(
            region_id=province, locale__language_code=language, depth=3
        )
        fields = {
            "title": title,
            "slug": f"{key}-{slugify(title)[:40]}",
            "summary": text,
            "locale": hub.locale,
        }
        if kind == "story":
            mode = InnovationMode.objects.get(slug="sustaining", locale=hub.locale)
            page = InnovationStoryPage(innovation_mode=mode, **fields)
        else:
            kind_of = CooperativeType.objects.get(slug="produsen", locale=hub.locale)
            page = CooperativeProfilePage(cooperative_type=kind_of, **fields)
        hub.add_child(instance=page)
        pages[page.pk] = key
    return pages


def ndcg_at_5(ranked, relevant):
    gains = sum(
        1 / math.log2(position + 2)
        for position, key in enumerate(ranked[:5])
        if key in relevant
    )
    ideal = sum(
        1 / math.log2(position + 2) for position in range(min(5, len(relevant)))
    )
    return gains / ideal


def recall_at_10(ranked, relevant):
    return len(set(ranked[:10]) & set(relevant)) / len(relevant)


def systems(keys_by_pk):
    """``{name: function(query, locale) -> ranked document keys}``."""
    from modelsearch.backends import get_search_backend
    from wagtail.models import Page

    from koperasi_pages.models import CooperativeProfilePage, InnovationStoryPage
    from search.database import DatabaseSearch
    from search.engine import EngineSearch
    from search.query import SearchRequest
    from search.synonyms import expand

    def pages(locale):
        return (
            Page.objects.live()
            .filter(locale=locale)
            .type(InnovationStoryPage, CooperativeProfilePage)
        )

    def plain(backend_name):
        backend = get_search_backend(backend_name)

        def run(query, locale):
            results = backend.search(query, pages(locale))[:10]
            return [keys_by_pk.get(page.pk) for page in results]

        return run

    def portal(search):
        def run(query, locale):
            variants = expand(query, locale.language_code)
            outcome = search.search(
                SearchRequest(query=query), locale, variants, per_page=10
            )
            return [keys_by_pk.get(result.page.pk) for result in outcome.results]

        return run

    return {
        "database backend (Wagtail's search)": plain("default"),
        "database + portal query (synonyms)": portal(
            DatabaseSearch(get_search_backend("default"))
        ),
        "engine, Wagtail's default mapping": plain("engine_default"),
        "engine, portal analysis": portal(
            EngineSearch(get_search_backend("engine_ours"))
        ),
    }


def evaluate(run, verbose, name):
    from wagtail.models import Locale

    from search.relevance import QUERIES

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    scores = {}
    errors = 0
    for language, query, relevant in QUERIES:
        try:
            ranked = run(query, locales[language])
        except Exception as error:  # a backend that cannot run the query
            errors += 1
            ranked = []
            if verbose:
                print(f"  {name}: {query!r} failed: {error}")
        ndcg, recall = ndcg_at_5(ranked, relevant), recall_at_10(ranked, relevant)
        scores.setdefault(language, []).append((ndcg, recall))
        if verbose:
            print(
                f"  {name:40} {language} {query:32} nDCG@5 {ndcg:.2f} R@10 {recall:.2f}"
            )
    return scores, errors


def mean(values):
    return sum(values) / len(values) if values else 0.0


def main():
    args = parse_args()
    from search.relevance import DOCUMENTS, QUERIES

    database = Path(tempfile.mkdtemp(prefix="koperasi-relevance-")) / "db.sqlite3"
    setup_django(database)
    from django.conf import settings
    from django.core.management import call_command
    from modelsearch.backends import get_search_backend

    started = time.monotonic()
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }
    keys_by_pk = build_portal()
    settings.WAGTAILSEARCH_BACKENDS = engine_config(args.url)
    for name in ("default", "engine_default", "engine_ours"):
        call_command("update_index", backend_name=name, verbosity=0)
    for name in ("engine_default", "engine_ours"):
        backend = get_search_backend(name)
        backend.es.indices.refresh(index=f"{backend.index_prefix}*")

    rows = []
    try:
        for name, run in systems(keys_by_pk).items():
            scores, errors = evaluate(run, args.verbose, name)
            rows.append((name, scores, errors))
    finally:
        for name in ("engine_default", "engine_ours"):
            backend = get_search_backend(name)
            backend.es.indices.delete(index=f"{backend.index_prefix}*")

    id_count = sum(1 for q in QUERIES if q[0] == "id")
    print(
        f"\n{len(DOCUMENTS)} documents, {len(QUERIES)} queries "
        f"({id_count} Indonesian, {len(QUERIES) - id_count} English); "
        f"built and measured in {time.monotonic() - started:.0f} s\n"
    )
    print("| system | nDCG@5 id | recall@10 id | nDCG@5 en | recall@10 en | errors |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, scores, errors in rows:
        cells = []
        for language in ("id", "en"):
            values = scores.get(language, [])
            cells.append(f"{mean([v[0] for v in values]):.3f}")
            cells.append(f"{mean([v[1] for v in values]):.3f}")
        print(f"| {name} | " + " | ".join(cells) + f" | {errors} |")


if __name__ == "__main__":
    main()
