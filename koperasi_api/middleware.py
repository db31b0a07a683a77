"""Language, CORS and cache headers for the API under ``/api/``.

No CORS package is pinned, and the API needs only a little of one: origins
listed in ``KOPERASI_API_CORS_ORIGINS`` may read and write, preflight
requests are answered here, and anonymous reads get an ETag and a public
``Cache-Control`` of ``KOPERASI_API_CACHE_MAX_AGE`` seconds.

It sits just before Django's ``LocaleMiddleware``: ``?locale=`` is handed to
it as the request's Accept-Language, and an API 404 that it would redirect to
a language-prefixed web page (``/id/api/...``) stays a JSON 404.
"""

import re

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.translation import gettext as _
from wagtail.api.v3.errors import problem_response

API_PREFIX = "/api/"
ALLOWED_METHODS = "GET, HEAD, POST, PATCH, DELETE, OPTIONS"
ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Accept-Language"
PREFLIGHT_MAX_AGE = "86400"
READ_METHODS = {"GET", "HEAD"}
LANGUAGE_REDIRECT = re.compile(r"^/[a-z]{2}(-[a-z]+)?/api/")
# Wagtail's own page lists pass ``search`` and ``offset`` straight to the
# database; our endpoints clean them, these get the same cleaning here.
WAGTAIL_PAGE_LISTS = ("/api/v2/pages/", "/api/v3/pages/")
MAX_OFFSET = 2**31 - 1


class ApiHeadersMiddleware:
    """Adds what a headless client needs to every response under ``/api/``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)

        self._activate_language(request)
        if request.path.startswith(WAGTAIL_PAGE_LISTS):
            self._tame_wagtail_list_query(request)
        origin = request.headers.get("Origin")

        if (
            request.method == "OPTIONS"
            and origin
            and "Access-Control-Request-Method" in request.headers
        ):
            response = HttpResponse(status=204)
            if self._allowed(origin):
                response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
                response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
                response["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
            self._add_cors(response, origin)
            return response

        response = self.get_response(request)
        if response.status_code in (301, 302) and LANGUAGE_REDIRECT.match(
            response.get("Location", "")
        ):
            response = getattr(request, "api_not_found", None) or problem_response(
                status=404, detail=_("Not found.")
            )
        self._add_cors(response, origin)
        return self._add_caching(request, response)

    def _tame_wagtail_list_query(self, request):
        from .queries import search_text

        query = request.GET.copy()
        if "search" in query:
            words = search_text(query["search"])
            if words:
                query["search"] = words
            else:
                del query["search"]
        offset = query.get("offset", "")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            query["offset"] = str(MAX_OFFSET)
        request.GET = query

    def _activate_language(self, request):
        # ?locale= picks the language of content and of error messages alike;
        # LocaleMiddleware activates it as if the client had asked for it.
        code = request.GET.get("locale", "")
        if code in {language for language, _name in settings.LANGUAGES}:
            request.META["HTTP_ACCEPT_LANGUAGE"] = code
            request.COOKIES.pop(settings.LANGUAGE_COOKIE_NAME, None)

    def _allowed(self, origin):
        origins = getattr(settings, "KOPERASI_API_CORS_ORIGINS", [])
        return "*" in origins or origin in origins

    def _add_cors(self, response, origin):
        patch_vary_headers(response, ["Origin"])
        if origin and self._allowed(origin):
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Expose-Headers"] = "ETag, Content-Language"

    def _add_caching(self, request, response):
        anonymous_read = (
            request.method in READ_METHODS
            and "Authorization" not in request.headers
            and response.status_code == 200
            and not response.streaming
        )
        if not anonymous_read:
            patch_cache_control(response, private=True, no_store=True)
            return response

        max_age = getattr(settings, "KOPERASI_API_CACHE_MAX_AGE", 300)
        patch_cache_control(response, public=True, max_age=max_age)
        patch_vary_headers(response, ["Accept-Language"])
        set_response_etag(response)
        return get_conditional_response(
            request, etag=response["ETag"], response=response
        )
