"""Mount with ``path("api/", include("koperasi_api.urls"))``, outside i18n.

``/api/v3/`` is Wagtail's v3 API with the portal's routers (OpenAPI schema at
``/api/v3/openapi.json``, interactive docs at ``/api/v3/docs/``); ``/api/v2/``
keeps Wagtail's older read-only pages endpoint for existing clients.
"""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from .api import api

v2 = WagtailAPIRouter("wagtailapi_v2")
v2.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [
    path("v3/", api.urls),
    path("v2/", v2.urls),
]
