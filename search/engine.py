"""The public search on the engine: hits, facets and snippets in one request.

A cheap count comes first (see ``EngineSearch.search``): it decides whether
the real request must be relaxed to accept typos and partial matches.

The request is built here rather than through ``Page.objects.search()``
because the page needs what Wagtail's query API does not offer: fields of
the reader's language only, fuzziness, synonym variants, highlighting and
all facet counts in the same round trip. Field names follow the portal's
mapping (``search.backends.portal``); facts come from ``search.documents``.

Facet counts follow the listing pages' rule: each facet counts with every
other filter applied but not its own, so a reader can switch options. The
filters themselves go to ``post_filter`` so they narrow the hits, not the
aggregations.
"""

import functools
import logging

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseMapping
from modelsearch.index import get_indexed_models
from wagtail.models import Page, PageViewRestriction

from koperasi_pages.filters import Facet, FacetOption
from koperasi_pages.models import (
    CooperativeType,
    InnovationMode,
    ProblemArea,
    Region,
)

from .analysis import LANGUAGES
from .documents import SEARCHABLE_KINDS, model_for_kind
from .query import SearchOutcome, SearchResult, cached_term_labels, kind_facet

logger = logging.getLogger("koperasi.search")

# Long queries are searched without fuzziness: every fuzzy term expands into
# many, and a pasted paragraph would exceed the engine's clause limit.
MAX_FUZZY_WORDS = 6
MINIMUM_SHOULD_MATCH = "3<75%"
# Fewer hits than this: search again accepting typos and, for several
# words, pages with only some of them, ranked below full matches.
RELAX_BELOW = 5
FACET_SIZE = 600
SNIPPET_SIZE = 200


def _language(locale):
    code = locale.language_code
    return code if code in LANGUAGES else LANGUAGES[0]


@functools.cache
def text_fields(language):
    """The catch-all fields of ``language`` with their boosts, for queries."""
    boosts = set()
    for model in get_indexed_models():
        if issubclass(model, Page):
            for field in model.get_searchable_search_fields():
                if field.boost and float(field.boost) != 1.0:
                    boosts.add(float(field.boost))
    fields = [f"_all_text_{language}"]
    for boost in sorted(boosts):
        name = "_all_text_boost_" + str(boost).replace(".", "_")
        fields.append(f"{name}_{language}^{boost:g}")
    return fields


def text_query(query, language, variants=(), relaxed=False):
    """The scoring part of a search: the query, as a phrase, and variants.

    Strict, a page must contain (nearly) all the words (or a synonym
    variant). ``relaxed`` (used when the strict query finds too little)
    also accepts typos (fuzziness) and pages with only some of the words,
    scored below full matches.
    """
    fields = text_fields(language)
    several_words = len(query.split()) > 1
    clauses = [
        {
            "multi_match": {
                "query": query,
                "fields": fields,
                "minimum_should_match": MINIMUM_SHOULD_MATCH,
                "boost": 3 if relaxed else 1,
            }
        }
    ]
    if several_words:
        clauses.append(
            {
                "multi_match": {
                    "query": query,
                    "fields": fields,
                    "type": "phrase",
                    "slop": 2,
                    "boost": 2,
                }
            }
        )
    if relaxed and len(query.split()) <= MAX_FUZZY_WORDS:
        clauses.append(
            {
                "multi_match": {
                    "query": query,
                    "fields": fields,
                    "fuzziness": "AUTO:4,7",
                    "prefix_length": 1,
                    "max_expansions": 10,
                    "minimum_should_match": MINIMUM_SHOULD_MATCH,
                }
            }
        )
    if relaxed and several_words:
        clauses.append({"multi_match": {"query": query, "fields": fields}})
    for variant in variants:
        clauses.append(
            {
                "multi_match": {
                    "query": variant,
                    "fields": fields,
                    "operator": "and",
                    "boost": 0.9,
                }
            }
        )
    return {"bool": {"should": clauses, "minimum_should_match": 1}}


def restricted_paths():
    """Paths of pages behind a view restriction (password, login, groups)."""
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def base_filters(language, kinds=SEARCHABLE_KINDS, restricted=None):
    """Live, public pages of the reader's language and of searchable kinds."""
    filters = [
        {"term": {"portal_language": language}},
        {"term": {"live_filter": True}},
        {"terms": {"portal_kind": list(kinds)}},
    ]
    if restricted is None:
        restricted = restricted_paths()
    for path in restricted:
        filters.append({"bool": {"must_not": {"prefix": {"path_filter": path}}}})
    return filters


def facet_filters(request):
    """``{facet name: engine filter}`` for each filter the reader set."""
    filters = {}
    if request.region:
        field = "portal_province" if len(request.region) == 2 else "portal_regency"
        filters["region"] = {"term": {field: request.region}}
    for name in ("type", "mode", "problem", "kind"):
        value = getattr(request, name)
        if value:
            filters[name] = {"term": {f"portal_{name}": value}}
    if request.year:
        filters["year"] = {"term": {"portal_year": request.year}}
    return filters


def _all_but(filters, name):
    others = [value for key, value in filters.items() if key != name]
    return {"bool": {"filter": others}} if others else {"match_all": {}}


def aggregations(request):
    filters = facet_filters(request)
    aggs = {}
    for name, field in [
        ("kind", "portal_kind"),
        ("type", "portal_type"),
        ("mode", "portal_mode"),
        ("problem", "portal_problem"),
        ("year", "portal_year"),
    ]:
        aggs[name] = {
            "filter": _all_but(filters, name),
            "aggs": {"values": {"terms": {"field": field, "size": FACET_SIZE}}},
        }

    region_filter = _all_but(filters, "region")
    province = request.region[:2]
    if province:
        region_filter = {
            "bool": {"filter": [region_filter, {"term": {"portal_province": province}}]}
        }
        field = "portal_regency"
    else:
        field = "portal_province"
    aggs["region"] = {
        "filter": region_filter,
        "aggs": {"values": {"terms": {"field": field, "size": FACET_SIZE}}},
    }
    return aggs


@functools.cache
def highlight_fields(language):
    """Every text field of the searchable page types, in ``language``."""
    names = []
    for kind in SEARCHABLE_KINDS:
        model = model_for_kind(kind)
        mapping = ElasticsearchBaseMapping(model)
        for field in model.get_searchable_search_fields():
            if field.field_name == "title":
                continue
            name = f"{mapping.get_field_column_name(field)}_{language}"
            if name not in names:
                names.append(name)
    return names


class EngineSearch:
    """Runs the search page, autocomplete and similar stories on ``backend``."""

    def __init__(self, backend):
        self.backend = backend
        self.es = backend.es
        self.index = backend.get_index_for_model(Page).name

    def _search(self, body, **params):
        params.setdefault("request_timeout", self.backend.query_timeout)
        if self.backend.use_new_elasticsearch_api:
            # Elasticsearch clients from 7.15 take the body's keys as arguments.
            arguments = {
                ("from_" if key == "from" else key): v for key, v in body.items()
            }
            return self.es.search(index=self.index, **arguments, **params)
        return self.es.search(index=self.index, body=body, **params)

    # Search page ---------------------------------------------------------

    def search(self, request, locale, variants=(), exclude_ids=(), per_page=10):
        self.restricted = restricted_paths()
        relaxed = bool(request.query) and (
            self._count_strict(request, locale, variants, exclude_ids) < RELAX_BELOW
        )
        outcome = self._search_page(
            request, locale, variants, exclude_ids, per_page, relaxed=relaxed
        )
        outcome.relaxed = relaxed
        return outcome

    def _count_strict(self, request, locale, variants, exclude_ids):
        """How many pages (up to ``RELAX_BELOW``) match the strict query.

        A cheap request (no hits, facets or highlights, counting stops at
        ``RELAX_BELOW``) decides whether the real one must be relaxed.
        """
        language = _language(locale)
        filters = base_filters(language, restricted=self.restricted) + list(
            facet_filters(request).values()
        )
        body = {
            "query": {
                "bool": {
                    "must": text_query(request.query, language, variants),
                    "filter": filters,
                    "must_not": [{"terms": {"pk": [str(pk) for pk in exclude_ids]}}],
                }
            },
            "size": 0,
            "track_total_hits": RELAX_BELOW,
        }
        total = self._search(body)["hits"]["total"]
        return total["value"] if isinstance(total, dict) else total

    def _search_page(
        self, request, locale, variants, exclude_ids, per_page, relaxed=False
    ):
        language = _language(locale)
        query = (
            text_query(request.query, language, variants, relaxed=relaxed)
            if request.query
            else {"match_all": {}}
        )
        filters = facet_filters(request)
        must_not = [{"terms": {"pk": [str(pk) for pk in exclude_ids]}}]
        body = {
            "query": {
                "bool": {
                    "must": query,
                    "filter": base_filters(language, restricted=self.restricted),
                    "must_not": must_not,
                }
            },
            "post_filter": {"bool": {"filter": list(filters.values())}},
            "aggs": aggregations(request),
            "from": (request.page - 1) * per_page,
            "size": per_page,
            "_source": ["portal_kind"],
            "stored_fields": ["pk"],
            "track_total_hits": True,
        }
        if request.query:
            title = f"title_{language}"
            body["highlight"] = {
                "pre_tags": ["<mark>"],
                "post_tags": ["</mark>"],
                "encoder": "html",
                "require_field_match": False,
                "fields": {
                    title: {"number_of_fragments": 0},
                    **{
                        name: {
                            "fragment_size": SNIPPET_SIZE,
                            "number_of_fragments": 1,
                        }
                        for name in highlight_fields(language)
                    },
                },
            }
        else:
            body["sort"] = [{"portal_date": {"order": "desc", "missing": "_last"}}]

        response = self._search(body)
        hits = response["hits"]["hits"]
        total = response["hits"]["total"]
        total = total["value"] if isinstance(total, dict) else total
        outcome = SearchOutcome(
            results=self._results(hits, language),
            total=total,
            facets=self._facets(response["aggregations"], request, locale),
            backend="engine",
            variants=list(variants),
        )
        return outcome

    def _results(self, hits, language):
        # The database has the last word: a page unpublished while the engine
        # was away is left out even if the index still lists it. One query
        # per page type, with what the result list shows.
        ids_by_kind = {}
        for hit in hits:
            kind = hit.get("_source", {}).get("portal_kind")
            ids_by_kind.setdefault(kind, []).append(int(hit["fields"]["pk"][0]))
        by_id = {}
        for kind, ids in ids_by_kind.items():
            if kind in SEARCHABLE_KINDS:
                pages = model_for_kind(kind).objects.select_related(
                    "province", "regency"
                )
            else:
                pages = Page.objects.specific()
            pages = pages.live().filter(pk__in=ids)
            for path in self.restricted:
                pages = pages.exclude(path__startswith=path)
            by_id.update((page.pk, page) for page in pages)

        results = []
        for hit in hits:
            page = by_id.get(int(hit["fields"]["pk"][0]))
            if page is None:
                continue
            highlights = hit.get("highlight", {})
            title = highlights.pop(f"title_{language}", None)
            # The lead says best what a page is about; else any matching text.
            ranked = sorted(highlights, key=lambda name: "summary" not in name)
            snippet = highlights[ranked[0]][0] if ranked else None
            results.append(
                SearchResult(
                    page=page,
                    title_html=mark_safe(title[0]) if title else escape(page.title),
                    snippet_html=(
                        mark_safe(snippet)
                        if snippet
                        else escape(
                            Truncator(getattr(page, "summary", "") or "").words(36)
                        )
                    ),
                )
            )
        return results

    def _facets(self, aggs, request, locale):
        def counts(name):
            return {
                str(bucket["key"]): bucket["doc_count"]
                for bucket in aggs[name]["values"]["buckets"]
            }

        facets = [kind_facet(counts("kind"), request.kind)]

        region_counts = counts("region")
        regions = Region.objects.filter(code__in=region_counts).order_by("code")
        options = [
            FacetOption(r.code, r.name, region_counts[r.code], r.code == request.region)
            for r in regions
        ]
        province = request.region[:2]
        if province:
            parent = Region.objects.filter(code=province).first()
            if parent:
                options.insert(
                    0,
                    FacetOption(
                        province,
                        parent.name,
                        aggs["region"]["doc_count"],
                        request.region == province,
                    ),
                )
        facets.append(Facet("region", _("Region"), options))

        for name, label, model in [
            ("type", _("Cooperative type"), CooperativeType),
            ("mode", _("Innovation mode"), InnovationMode),
            ("problem", _("Problem area"), ProblemArea),
        ]:
            found = counts(name)
            terms = sorted(
                cached_term_labels(model, locale).values(),
                key=lambda term: (term.sort_order, term.name),
            )
            facets.append(
                Facet(
                    name,
                    label,
                    [
                        FacetOption(
                            t.slug,
                            t.name,
                            found[t.slug],
                            t.slug == getattr(request, name),
                        )
                        for t in terms
                        if t.slug in found
                    ],
                )
            )

        years = counts("year")
        facets.append(
            Facet(
                "year",
                _("Year"),
                [
                    FacetOption(year, year, years[year], year == str(request.year))
                    for year in sorted(years, reverse=True)
                ],
            )
        )
        return facets

    # Autocomplete ------------------------------------------------------

    def autocomplete(self, prefix, locale, limit=8):
        language = _language(locale)
        body = {
            "query": {
                "bool": {
                    "must": {
                        "match": {"_edgengrams": {"query": prefix, "operator": "and"}}
                    },
                    "filter": base_filters(language),
                }
            },
            "size": limit,
            "_source": False,
            "stored_fields": ["pk"],
        }
        hits = self._search(body)["hits"]["hits"]
        return [int(hit["fields"]["pk"][0]) for hit in hits]

    # Similar stories -----------------------------------------------------

    def similar(self, story, facts, limit=3):
        """Ids of stories like ``story``: shared words, problem, region, type."""
        language = _language(story.locale)
        should = [
            {
                "more_like_this": {
                    "fields": [f"_all_text_{language}"],
                    "like": [{"_index": self.index, "_id": str(story.pk)}],
                    "min_term_freq": 1,
                    "min_doc_freq": 1,
                    "max_query_terms": 25,
                    "minimum_should_match": "10%",
                }
            }
        ]
        if facts.get("problem"):
            should.append(
                {"terms": {"portal_problem": facts["problem"], "boost": 2.0}},
            )
        if facts.get("province"):
            should.append({"term": {"portal_province": {"value": facts["province"]}}})
        if facts.get("type"):
            should.append({"terms": {"portal_type": facts["type"]}})
        body = {
            "query": {
                "bool": {
                    "should": should,
                    "minimum_should_match": 1,
                    "filter": base_filters(language, kinds=["story"]),
                    "must_not": [{"ids": {"values": [str(story.pk)]}}],
                }
            },
            "size": limit,
            "_source": False,
            "stored_fields": ["pk"],
        }
        hits = self._search(body)["hits"]["hits"]
        return [int(hit["fields"]["pk"][0]) for hit in hits]
