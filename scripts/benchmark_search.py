#!/usr/bin/env python
"""Benchmark the portal's search: indexing throughput and query latency.

Generates ``--size`` cooperative profiles and innovation stories (70 %
Indonesian, 30 % English) named after the real regions in
``koperasi_pages/data/regions.csv``, writes them as real Wagtail pages into a
scratch SQLite database (rows inserted in bulk: creating 100k pages one by
one through ``add_child`` would take hours), then:

1. indexes them into the database backend (``update_index`` for it);
2. indexes them into the engine through the portal's own mapping
   (``index.add_items`` in chunks, the bulk API) on a fresh index;
3. runs the same 200 mixed queries (words, phrases, typos, acronyms, place
   names, some with a region or type filter) through the search page's code
   on both, and prints p50/p95 latency.

    .venv/bin/python scripts/benchmark_search.py --size 10000 \\
        --url http://127.0.0.1:9250

Latency is the whole search of the page: results, facet counts, highlights
and loading the page objects from the database, measured in this process.
"""

import argparse
import csv
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_DIR), str(REPO_DIR / "site")]
REGIONS_FILE = REPO_DIR / "koperasi_pages" / "data" / "regions.csv"

CHUNK = 1000
QUERY_COUNT = 200

# Vocabulary for generated text: (Indonesian, English) pairs.
PRODUCTS = [
    ("kopi", "coffee"),
    ("kakao", "cocoa"),
    ("susu", "milk"),
    ("beras", "rice"),
    ("rumput laut", "seaweed"),
    ("tenun", "woven cloth"),
    ("gerabah", "pottery"),
    ("garam", "salt"),
    ("ikan", "fish"),
    ("madu", "honey"),
    ("sagu", "sago"),
    ("rotan", "rattan"),
    ("batik", "batik"),
    ("karet", "rubber"),
    ("sayur", "vegetables"),
    ("jagung", "maize"),
    ("cengkeh", "cloves"),
]
KINDS = [
    ("Koperasi Produsen", "Producers' Cooperative", "produsen"),
    ("Koperasi Simpan Pinjam", "Savings and Loan Cooperative", "simpan-pinjam"),
    ("Koperasi Konsumen", "Consumer Cooperative", "konsumen"),
    ("Koperasi Pemasaran", "Marketing Cooperative", "pemasaran"),
    ("Koperasi Jasa", "Services Cooperative", "jasa"),
]
NAMES = [
    "Makmur",
    "Sejahtera",
    "Maju Bersama",
    "Sumber Rejeki",
    "Karya Mandiri",
    "Bina Usaha",
    "Tunas Harapan",
    "Setia Kawan",
    "Mekar Sari",
    "Lestari",
    "Sido Rukun",
    "Bahari",
    "Mulia",
    "Berkah",
    "Guyub",
]
ACTIONS_ID = [
    "memasarkan {p} lewat toko daring",
    "mengolah {p} menjadi produk kemasan",
    "membangun gudang bersama untuk {p}",
    "melatih anggota mencatat penjualan {p}",
    "berinovasi dengan aplikasi setoran anggota",
    "menggelar rapat anggota tahunan secara hibrida",
    "membagi sisa hasil usaha sesuai transaksi",
    "membuka unit simpan pinjam untuk petani {p}",
    "mengekspor {p} bersama",
]
ACTIONS_EN = [
    "markets {p} through an online shop",
    "processes {p} into packaged goods",
    "builds a shared store for {p}",
    "trains members to record {p} sales",
    "innovates with a savings app for members",
    "holds its annual meeting online",
    "shares the surplus by members' purchases",
    "opens a loan unit for {p} farmers",
    "exports {p} together",
]
PROBLEMS = ["sdm", "pemasaran", "produksi", "pelayanan", "keuangan", "tata-kelola"]
QUERY_WORDS = [
    "kopi",
    "pemasaran",
    "berinovasi",
    "koperasi simpan pinjam",
    "ksp",
    "rapat anggota",
    "shu",
    "umkm",
    "gudang",
    "aplikasi",
    "ekspor kopi",
    "pelatihan anggota",
    "rumput laut",
    "tenun",
    "koprasi",
    "pemasran",
    "toko daring",
    "garam madura",
    "sagu",
    "madu hutan",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10000, help="Pages to create.")
    parser.add_argument(
        "--url",
        default=os.environ.get("SEARCH_TEST_URLS", "http://127.0.0.1:9250"),
        help="OpenSearch URL (default: $SEARCH_TEST_URLS or 127.0.0.1:9250).",
    )
    parser.add_argument("--seed", type=int, default=7, help="Random seed.")
    parser.add_argument(
        "--keep", action="store_true", help="Keep the engine index afterwards."
    )
    parser.add_argument(
        "--database-queries",
        type=int,
        default=QUERY_COUNT,
        help="Run only the first N queries on the database (it is slow at 100k).",
    )
    return parser.parse_args()


def setup_django(database):
    os.environ["DJANGO_SETTINGS_MODULE"] = "koperasi_site.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("KOPERASI_LOG_LEVEL", "WARNING")
    import django

    django.setup()


def read_regencies():
    with open(REGIONS_FILE, encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [(row["code"], row["name"]) for row in rows if row["parent_code"]]


def generate(size, rng):
    """Plain descriptions of the pages: (language, kind, regency, fields)."""
    regencies = read_regencies()
    for number in range(size):
        language = "id" if rng.random() < 0.7 else "en"
        code, place = rng.choice(regencies)
        product_id, product_en = rng.choice(PRODUCTS)
        kind_id, kind_en, type_slug = rng.choice(KINDS)
        name = f"{rng.choice(NAMES)} {place.replace('Kabupaten ', '')}"
        if number % 2 == 0:
            title = f"{kind_id} {name}" if language == "id" else f"{name} {kind_en}"
            summary = (
                f"{kind_id} di {place} yang anggotanya mengusahakan {product_id}."
                if language == "id"
                else f"A {kind_en.lower()} in {place}; members work in {product_en}."
            )
            yield (
                language,
                "cooperative",
                code,
                {
                    "title": f"{title} {number}",
                    "summary": summary,
                    "business_sector": product_id if language == "id" else product_en,
                    "founded_year": rng.randint(1970, 2024),
                    "members": rng.randint(20, 5000),
                    "type_slug": type_slug,
                },
            )
        else:
            action = (
                rng.choice(ACTIONS_ID) if language == "id" else rng.choice(ACTIONS_EN)
            ).format(p=product_id if language == "id" else product_en)
            title = (
                f"{kind_id} {name} {action}"
                if language == "id"
                else f"{name} {kind_en.lower()} {action}"
            )
            summary = (
                f"Para anggota di {place} {action}, dan hasilnya dibagi kepada "
                f"anggota sebagai sisa hasil usaha."
                if language == "id"
                else f"Members in {place} {action}, and the gains go back to members."
            )
            yield (
                language,
                "story",
                code,
                {
                    "title": f"{title[:200]} {number}",
                    "summary": summary,
                    "date": date(2018, 1, 1) + timedelta(days=rng.randint(0, 2500)),
                    "problems": rng.sample(PROBLEMS, rng.randint(1, 2)),
                },
            )


def insert_pages(size, rng):
    """Write the generated pages in bulk; returns seconds taken."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from wagtail.models import Locale, Page

    from koperasi_pages.models import (
        CooperativeProfilePage,
        CooperativeType,
        InnovationMode,
        InnovationStoryPage,
        ProblemArea,
        RegionalHubPage,
    )

    started = time.monotonic()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    hubs = {
        (hub.region_id, hub.locale.language_code): hub
        for hub in RegionalHubPage.objects.filter(depth=3).select_related("locale")
    }
    next_step = {key: hub.numchild + 1 for key, hub in hubs.items()}
    types = {(t.slug, t.locale_id): t.pk for t in CooperativeType.objects.all()}
    modes = {
        m.locale_id: m.pk for m in InnovationMode.objects.filter(slug="sustaining")
    }
    problems = {(p.slug, p.locale_id): p.pk for p in ProblemArea.objects.all()}
    content_types = {
        model: ContentType.objects.get_for_model(model)
        for model in (InnovationStoryPage, CooperativeProfilePage)
    }
    now = timezone.now()

    batch = []

    def flush():
        Page.objects.bulk_create([base for base, _child, _extra in batch])
        for model in (InnovationStoryPage, CooperativeProfilePage):
            rows = [
                (base, child, extra)
                for base, child, extra in batch
                if isinstance(child, model)
            ]
            if not rows:
                continue
            fields = model._meta.local_concrete_fields
            columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
            marks = ", ".join(["%s"] * len(fields))
            values = []
            for base, child, _extra in rows:
                child.page_ptr_id = base.pk
                values.append(
                    [
                        field.get_db_prep_save(
                            getattr(child, field.attname), connection
                        )
                        for field in fields
                    ]
                )
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {model._meta.db_table} ({columns}) VALUES ({marks})",
                    values,
                )
        through = InnovationStoryPage.problem_areas.through
        through.objects.bulk_create(
            [
                through(innovationstorypage_id=base.pk, problemarea_id=problem)
                for base, child, extra in batch
                for problem in extra
            ]
        )
        batch.clear()

    with transaction.atomic():
        for language, kind, regency, fields in generate(size, rng):
            province = regency[:2]
            hub = hubs[(province, language)]
            locale = locales[language]
            step = next_step[(province, language)]
            next_step[(province, language)] += 1
            slug = f"{slugify(fields['title'])[:60]}-{uuid.uuid4().hex[:6]}"
            model = InnovationStoryPage if kind == "story" else CooperativeProfilePage
            base = Page(
                path=Page._get_path(hub.path, hub.depth + 1, step),
                depth=hub.depth + 1,
                numchild=0,
                title=fields["title"],
                draft_title=fields["title"],
                slug=slug,
                url_path=f"{hub.url_path}{slug}/",
                content_type=content_types[model],
                locale=locale,
                translation_key=uuid.uuid4(),
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            common = {
                "province_id": province,
                "regency_id": regency,
                "summary": fields["summary"],
            }
            if kind == "story":
                child = InnovationStoryPage(
                    date=fields["date"], innovation_mode_id=modes[locale.pk], **common
                )
                extra = [problems[(slug, locale.pk)] for slug in fields["problems"]]
            else:
                child = CooperativeProfilePage(
                    cooperative_type_id=types[(fields["type_slug"], locale.pk)],
                    business_sector=fields["business_sector"],
                    founded_year=fields["founded_year"],
                    members=fields["members"],
                    **common,
                )
                extra = []
            batch.append((base, child, extra))
            if len(batch) >= CHUNK:
                flush()
        if batch:
            flush()
        for (province, language), hub in hubs.items():
            count = next_step[(province, language)] - 1
            RegionalHubPage.objects.filter(pk=hub.pk).update(numchild=count)
    return time.monotonic() - started


def index_database():
    from django.core.management import call_command

    started = time.monotonic()
    call_command("update_index", backend_name="default", verbosity=0)
    return time.monotonic() - started


def index_engine(url, prefix):
    from django.conf import settings
    from modelsearch.backends import get_search_backend
    from wagtail.models import Page

    from koperasi_pages.models import CooperativeProfilePage, InnovationStoryPage
    from search.settings import search_backends_from_env

    settings.WAGTAILSEARCH_BACKENDS = search_backends_from_env(
        {
            "SEARCH_BACKEND": "opensearch",
            "SEARCH_URLS": url,
            "SEARCH_INDEX_PREFIX": prefix,
            "SEARCH_REPLICAS": "0",
            "SEARCH_TIMEOUT": "60",
        }
    )
    backend = get_search_backend("default")
    index = backend.ensure_index(Page)
    # Bulk loading: no refresh while writing, as update_index would do it.
    backend.es.indices.put_settings(
        index=index.name, body={"index": {"refresh_interval": "-1"}}
    )
    started = time.monotonic()
    count = 0
    for model in (InnovationStoryPage, CooperativeProfilePage):
        queryset = model.get_indexed_objects().order_by("pk")
        last = 0
        while True:
            chunk = list(queryset.filter(pk__gt=last)[:CHUNK])
            if not chunk:
                break
            index.add_items(model, chunk)
            count += len(chunk)
            last = chunk[-1].pk
    backend.es.indices.put_settings(
        index=index.name, body={"index": {"refresh_interval": "1s"}}
    )
    index.refresh()
    return time.monotonic() - started, count, backend


def make_queries(rng):
    from search.query import SearchRequest

    regencies = read_regencies()
    queries = []
    for number in range(QUERY_COUNT):
        choice = number % 5
        if choice == 0:
            query = rng.choice(QUERY_WORDS)
        elif choice == 1:
            query = f"{rng.choice(PRODUCTS)[0]} {rng.choice(regencies)[1].split()[-1]}"
        elif choice == 2:
            query = f"{rng.choice(QUERY_WORDS)} {rng.choice(PRODUCTS)[0]}"
        elif choice == 3:
            query = rng.choice(PRODUCTS)[1]
        else:
            query = rng.choice(QUERY_WORDS)
        language = "en" if choice == 3 else "id"
        filters = {}
        if number % 4 == 0:
            filters["region"] = rng.choice(regencies)[0][:2]
        if number % 10 == 0:
            filters["type"] = rng.choice(KINDS)[2]
        queries.append((language, SearchRequest(query=query, **filters)))
    return queries


def run_queries(search, queries, locales):
    from search.synonyms import expand

    timings = []
    for language, request in queries[:10]:  # warm caches first
        search.search(request, locales[language], expand(request.query, language))
    for language, request in queries:
        started = time.perf_counter()
        variants = expand(request.query, language)
        search.search(request, locales[language], variants)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main():
    args = parse_args()
    rng = random.Random(args.seed)
    database = Path(tempfile.mkdtemp(prefix="koperasi-bench-")) / "db.sqlite3"
    setup_django(database)

    from django.conf import settings
    from django.core.management import call_command
    from modelsearch.backends import get_search_backend
    from wagtail.models import Locale

    from search.database import DatabaseSearch
    from search.engine import EngineSearch

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }
    print(f"Scratch database {database}: migrate and setup_portal…", flush=True)
    call_command("migrate", verbosity=0)
    call_command("setup_portal", verbosity=0)

    seconds = insert_pages(args.size, rng)
    print(f"Inserted {args.size} pages in {seconds:.1f} s", flush=True)
    db_seconds = index_database()
    print(f"Database index: {args.size / db_seconds:.0f} docs/s", flush=True)
    database_search = DatabaseSearch(get_search_backend("default"))

    prefix = f"bench_{uuid.uuid4().hex[:6]}_"
    engine_seconds, count, backend = index_engine(args.url, prefix)
    print(f"Engine index: {count / engine_seconds:.0f} docs/s", flush=True)

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    queries = make_queries(rng)
    try:
        database_queries = queries[: args.database_queries]
        rows = [
            ("database", run_queries(database_search, database_queries, locales)),
            ("engine", run_queries(EngineSearch(backend), queries, locales)),
        ]
    finally:
        if not args.keep:
            backend.es.indices.delete(index=f"{prefix}*")

    print(
        f"\n{args.size} pages; {QUERY_COUNT} queries (search page: results, "
        "facets, highlights, page objects)\n"
    )
    print("| backend | indexing docs/s | p50 ms | p95 ms | max ms |")
    print("| --- | --- | --- | --- | --- |")
    throughput = {"database": args.size / db_seconds, "engine": count / engine_seconds}
    for name, timings in rows:
        print(
            f"| {name} ({len(timings)} queries) | {throughput[name]:.0f} | "
            f"{statistics.median(timings):.1f} | {percentile(timings, 0.95):.1f} | "
            f"{max(timings):.1f} |"
        )


if __name__ == "__main__":
    main()
