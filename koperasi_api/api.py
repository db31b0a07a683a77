"""The portal's routers, added to Wagtail's own v3 API (one OpenAPI schema).

Wagtail's v3 ``NinjaAPI`` already serves ``/pages/``, ``/sites/``,
``/schema/`` and ``/whoami/``, bearer-token auth and problem+json errors.
The portal adds typed, filterable public reads of its page types, drafts
written by officers, image uploads and the review-workflow actions that v3
does not have yet (they sit where Wagtail plans them, under
``/pages/{id}/actions/workflow/``). Routers must be added before
``api.urls`` is first built, so ``KoperasiApiConfig.ready()`` imports this
module.
"""

from wagtail.api.v3.urls import api

from .errors import register_not_found, register_translated_validation_errors
from .routers.content import (
    content_router,
    cooperative_router,
    hub_router,
    report_router,
    story_router,
)
from .routers.writes import add_draft_routes, image_router, workflow_router
from .schemas import (
    PortalCooperativeCreate,
    PortalCooperativeUpdate,
    PortalReportCreate,
    PortalReportUpdate,
    PortalStoryCreate,
    PortalStoryUpdate,
)

if not getattr(api, "_koperasi_routers_added", False):
    add_draft_routes(story_router, "story", PortalStoryCreate, PortalStoryUpdate)
    add_draft_routes(
        cooperative_router,
        "cooperative",
        PortalCooperativeCreate,
        PortalCooperativeUpdate,
    )
    add_draft_routes(report_router, "report", PortalReportCreate, PortalReportUpdate)

    api.add_router("/content/", content_router)
    api.add_router("/stories/", story_router)
    api.add_router("/cooperatives/", cooperative_router)
    api.add_router("/reports/", report_router)
    api.add_router("/hubs/", hub_router)
    api.add_router("/images/", image_router)
    api.add_router("/pages/", workflow_router)
    register_translated_validation_errors(api)
    register_not_found(api)
    api._koperasi_routers_added = True

__all__ = ["api"]
