"""The public search page and the search box's autocomplete endpoint."""

import logging

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from . import service
from .query import PER_PAGE, SearchRequest, clean_query

logger = logging.getLogger("koperasi.search")

AUTOCOMPLETE_MIN_LENGTH = 2
AUTOCOMPLETE_MAX_LENGTH = 60


class CountedResults:
    """One page of results posing as the whole list, for Django's Paginator."""

    def __init__(self, total, results):
        self.total = total
        self.results = results

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, window):
        return self.results


@require_GET
def search(request):
    search_request = SearchRequest.from_params(request.GET)
    locale = Locale.get_active()
    outcome = service.run_search(search_request, locale)

    # A page number past the end shows the last page, found by a second query.
    paginator = Paginator(CountedResults(outcome.total, outcome.results), PER_PAGE)
    if outcome.total and search_request.page > paginator.num_pages:
        search_request.page = paginator.num_pages
        outcome = service.run_search(search_request, locale)
        paginator = Paginator(CountedResults(outcome.total, outcome.results), PER_PAGE)

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": search_request.query,
            "search_request": search_request,
            "outcome": outcome,
            "results_page": paginator.get_page(search_request.page),
            "paginator": paginator,
            "facets": outcome.facets,
            "active_filters": search_request.filters(),
        },
    )


@require_GET
def autocomplete(request):
    """``{"query": ..., "results": [{"title", "url", "kind", "kind_label"}]}``."""
    prefix = clean_query(request.GET.get("q"))[:AUTOCOMPLETE_MAX_LENGTH]
    results = []
    if len(prefix) >= AUTOCOMPLETE_MIN_LENGTH:
        try:
            results = service.autocomplete(prefix, Locale.get_active())
        except Exception:
            # The box just shows no suggestions; the reader can still search.
            logger.exception("Autocomplete failed for %r", prefix)
    response = JsonResponse({"query": prefix, "results": results})
    response["Cache-Control"] = "max-age=60"
    return response
