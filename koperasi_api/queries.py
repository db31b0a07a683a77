"""Public querysets of the API lists, filtered the way the website filters.

Region, cooperative type, innovation mode, problem area and year mean what
they mean on the website's listing pages: the work is done by
``koperasi_pages.filters.PageFilters``. Search goes through the configured
Wagtail search backend, restricted to the requested language.
"""

import logging

from django.db.models import Q
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from koperasi_pages.filters import PageFilters
from koperasi_pages.models import CooperativeProfilePage
from search.database import plain_words
from search.query import clean_query

from .representation import PAGE_TYPES, public_pages

logger = logging.getLogger("koperasi.api")

#: Which list filters make sense for which page type.
APPLICABLE_FILTERS = {
    "story": {"region", "cooperative_type", "mode", "problem", "year", "cooperative"},
    "cooperative": {"region", "cooperative_type", "year"},
    "report": {"region", "year"},
    "hub": {"region"},
}
FILTER_NAMES = set().union(*APPLICABLE_FILTERS.values())

#: API ordering name -> model field (``region`` is a hub's region code).
ORDER_FIELDS = {"region": "region_id"}


def used_filters(query):
    return {
        name for name in FILTER_NAMES if getattr(query, name, None) not in (None, "")
    }


def filtered_pages(type_name, query, locale):
    """Live, public pages of one type in ``locale``, narrowed by ``query``."""
    model = PAGE_TYPES[type_name]
    pages = public_pages(model).filter(locale=locale)

    if type_name == "hub":
        return _filter_hubs(pages, query.region)

    params = {
        "region": query.region or "",
        "type": getattr(query, "cooperative_type", None) or "",
        "mode": getattr(query, "mode", None) or "",
        "problem": getattr(query, "problem", None) or "",
        "year": str(getattr(query, "year", None) or ""),
    }
    pages = PageFilters(params, model, locale).apply(pages)

    cooperative = getattr(query, "cooperative", None)
    if cooperative:
        # Match the cooperative in any language, but only a readable one.
        keys = public_pages(CooperativeProfilePage).filter(pk=cooperative)
        pages = pages.filter(
            cooperative_links__cooperative__translation_key__in=keys.values(
                "translation_key"
            )
        ).distinct()
    return pages


def _filter_hubs(hubs, region):
    if not region:
        return hubs
    if len(region) == 2:
        return hubs.filter(Q(region_id=region) | Q(region__parent_id=region))
    return hubs.filter(region_id=region)


def list_results(type_names, query, request):
    """The pages a list request asks for, ordered or ranked by relevance.

    Several types are merged into one ``Page`` queryset; a type is left out
    when the request uses a filter that does not apply to it.
    """
    locale = Locale.objects.get(language_code=query.locale)
    wanted = used_filters(query)
    type_names = [name for name in type_names if wanted <= APPLICABLE_FILTERS[name]]

    if len(type_names) == 1:
        model = PAGE_TYPES[type_names[0]]
        candidates = filtered_pages(type_names[0], query, locale)
        pages = model.objects.filter(pk__in=candidates.values("pk"))
    else:
        model = Page
        matches = Q(pk__in=[])
        for name in type_names:
            matches |= Q(pk__in=filtered_pages(name, query, locale).values("pk"))
        pages = Page.objects.filter(matches)

    pages = pages.filter(locale=locale)
    order = query.order
    field = ORDER_FIELDS.get(order.lstrip("-"), order.lstrip("-"))
    ordering = [("-" if order.startswith("-") else "") + field, "pk"]
    pages = pages.order_by(*ordering)

    text = search_text(query.search)
    if text:
        return _search(pages, text, "order" not in request.GET), model
    return pages, model


def search_text(raw):
    """The words of a reader's search, or "" when nothing is left to search.

    The search page's own cleaning: whitespace collapsed, control characters,
    quotes, brackets and other operators of SQLite FTS5 or PostgreSQL
    tsquery dropped, so no input can make the database fail to parse it.
    """
    return plain_words(clean_query(raw))


def _search(pages, text, by_relevance):
    backend = get_search_backend()
    try:
        return backend.search(text, pages, order_by_relevance=by_relevance)
    except (FilterFieldError, OrderByFieldError):
        # Note: the engine's index may lag a schema change; rank instead.
        logger.warning("Search fell back to relevance order for %r", text)
        return backend.search(text, pages.order_by(), order_by_relevance=True)


def find_public_page(model, page_id, locale_code=None):
    """A readable page of ``model`` or its readable translation, else None."""
    page = public_pages(model).filter(pk=page_id).select_related("locale").first()
    if page is None or locale_code in (None, page.locale.language_code):
        return page
    return (
        public_pages(model)
        .filter(translation_key=page.translation_key, locale__language_code=locale_code)
        .select_related("locale")
        .first()
    )
