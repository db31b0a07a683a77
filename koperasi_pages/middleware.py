"""Request guards for the public site."""

import logging

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext

logger = logging.getLogger("koperasi.requests")


class RejectNulBytesMiddleware:
    """Answer 400 to a query string that carries a NUL character.

    PostgreSQL can neither store nor compare text with NUL in it, so such a
    parameter would otherwise end as a server error deep inside a filter or
    a search. Forms already refuse NUL through Django's own validator.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            logger.info("Refused a query string with NUL: %s", request.path)
            return HttpResponseBadRequest(
                gettext("The address contains a character that is not allowed."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
