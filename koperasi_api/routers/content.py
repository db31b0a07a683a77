"""Public read endpoints: stories, cooperatives, reports, hubs and all of them.

Each is a django-ninja router added to Wagtail's own v3 ``NinjaAPI``, so it
shares its OpenAPI schema, problem+json errors and limit/offset pagination.
Reads never depend on who asks: a bearer token or a session cookie shows
exactly what an anonymous reader sees.
"""

from django.http import Http404, HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.pagination import paginate
from wagtail.models import Page

from ..queries import find_public_page, list_results
from ..representation import PAGE_TYPES, detail_data, summary_data
from ..schemas import (
    ContentQuery,
    CooperativeQuery,
    DetailQuery,
    HubQuery,
    PageIdPath,
    PortalCooperative,
    PortalCooperativeSummary,
    PortalHub,
    PortalPagination,
    PortalReport,
    PortalStory,
    PortalSummary,
    ReportQuery,
    StoryQuery,
)


class SerializedResults:
    """A lazy list of API dictionaries over a queryset or search results.

    Ninja's paginator only counts and slices it, so just one page of pages
    is ever loaded and serialized.
    """

    def __init__(self, results, request, locale_code, specific=False):
        self.results = results
        self.request = request
        self.locale_code = locale_code
        self.specific = specific

    def all(self):
        return self

    def count(self):
        return self.results.count()

    def __getitem__(self, window):
        pages = list(self.results[window])
        if self.specific:
            by_pk = Page.objects.filter(pk__in=[p.pk for p in pages]).specific()
            by_pk = {page.pk: page for page in by_pk}
            pages = [by_pk[page.pk] for page in pages if page.pk in by_pk]

        with translation.override(self.locale_code):
            return [summary_data(self.request, page) for page in pages]


def _listing(request, type_names, query):
    results, model = list_results(type_names, query, request)
    return SerializedResults(
        results, request, query.locale, specific=model is Page and bool(type_names)
    )


def _detail(request, type_name, page_id, query):
    page = find_public_page(PAGE_TYPES[type_name], page_id, query.locale)
    if page is None:
        raise Http404(_("No published page has this ID."))
    return detail_data(request, page)


content_router = Router(tags=["portal content"])


@content_router.get(
    "/",
    response=list[PortalSummary],
    url_name="koperasi_content_list",
    operation_id="koperasi_content_list",
    summary="List published portal pages of every type",
)
@paginate(PortalPagination)
def list_content(request: HttpRequest, query: Query[ContentQuery], **kwargs):
    return _listing(request, query.type or list(PAGE_TYPES), query)


def _typed_router(type_name, list_query, list_schema, detail_schema, label):
    """List and detail endpoints of one page type."""
    router = Router(tags=[label])

    @router.get(
        "/",
        response=list[list_schema],
        url_name=f"koperasi_{type_name}_list",
        operation_id=f"koperasi_{type_name}_list",
        summary=f"List published {label}",
    )
    @paginate(PortalPagination)
    def list_pages(request: HttpRequest, query: Query[list_query], **kwargs):
        return _listing(request, [type_name], query)

    @router.get(
        "/{page_id}/",
        response=detail_schema,
        url_name=f"koperasi_{type_name}_detail",
        operation_id=f"koperasi_{type_name}_detail",
        summary=f"One published {type_name}",
    )
    def page_detail(
        request: HttpRequest,
        page_id: PageIdPath,
        query: Query[DetailQuery],
    ):
        return _detail(request, type_name, page_id, query)

    return router


story_router = _typed_router("story", StoryQuery, PortalSummary, PortalStory, "stories")
cooperative_router = _typed_router(
    "cooperative",
    CooperativeQuery,
    PortalCooperativeSummary,
    PortalCooperative,
    "cooperatives",
)
report_router = _typed_router(
    "report", ReportQuery, PortalSummary, PortalReport, "reports"
)
hub_router = _typed_router("hub", HubQuery, PortalSummary, PortalHub, "hubs")
