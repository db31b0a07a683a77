"""The public search page."""

import logging

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

logger = logging.getLogger("koperasi.search")

MAX_QUERY_LENGTH = 200


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    locale = Locale.get_active()
    results = Page.objects.none()

    if query:
        pages = Page.objects.live().public().filter(locale=locale).specific()
        results = pages.search(query)

    paginator = Paginator(results, 10)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "results_page": paginator.get_page(request.GET.get("page")),
            "paginator": paginator,
        },
    )
