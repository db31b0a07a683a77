"""Validation errors in the reader's language, in Wagtail's problem+json shape.

Wagtail's v3 API answers a bad request with ``application/problem+json`` and
a list of errors, each naming the field in ``loc``. Pydantic writes its
messages in English; these handlers keep the shape and replace each message
with a translated one, in the language the request asked for (Accept-Language
or ``?locale=``, activated by ``ApiHeadersMiddleware``).
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja.errors import ValidationError as NinjaValidationError
from pydantic import ValidationError as PydanticValidationError
from wagtail.api.v3.errors import problem_response
from wagtail.utils.forms import FormValidationError


def _location(error):
    """``["body", field, ...]`` for body errors, without ninja's "data" step."""
    loc = list(error.get("loc") or [])
    if loc[:2] == ["body", "data"]:
        loc = ["body", *loc[2:]]
    return loc


def _message(error):
    """A translated message for one pydantic error, or its own text."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return _("This field is required.")
    if kind == "string_too_long":
        return _("Ensure this value has at most %(limit)s characters.") % {
            "limit": ctx.get("max_length")
        }
    if kind == "string_too_short":
        return _("Ensure this value has at least %(limit)s characters.") % {
            "limit": ctx.get("min_length")
        }
    if kind in {"string_pattern_mismatch", "enum", "value_error"}:
        return _("Enter a valid value.")
    if kind == "literal_error":
        return _("Choose one of: %(choices)s.") % {"choices": ctx.get("expected")}
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return _("Enter a whole number.")
    if kind in {"greater_than_equal", "greater_than"}:
        return _("Ensure this value is at least %(limit)s.") % {
            "limit": ctx.get("ge", ctx.get("gt"))
        }
    if kind in {"less_than_equal", "less_than"}:
        return _("Ensure this value is at most %(limit)s.") % {
            "limit": ctx.get("le", ctx.get("lt"))
        }
    if kind.startswith("date") or kind.startswith("datetime"):
        return _("Enter a valid date.")
    if kind in {"list_type", "tuple_type", "set_type"}:
        return _("Enter a list of values.")
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return _("Enter an object.")
    if kind in {"string_type", "string_unicode"}:
        return _("Enter a text.")
    if kind == "json_invalid":
        return _("The request body is not valid JSON.")
    return error.get("msg", "")


def _clean(error):
    error = {key: value for key, value in error.items() if key not in {"input", "url"}}
    error["msg"] = _message(error)
    error["loc"] = _location(error)
    # ctx may hold exceptions or other values JSON cannot carry.
    error.pop("ctx", None)
    return error


def register_translated_validation_errors(api):
    """Replace Wagtail's validation handlers with translating ones."""

    @api.exception_handler(PydanticValidationError)
    @api.exception_handler(NinjaValidationError)
    @api.exception_handler(DjangoValidationError)
    def translated_validation_error(request, exc):
        if isinstance(exc, FormValidationError):
            # Django form messages are already in the active language.
            errors = [
                {"type": code, "loc": ["body", *path], "msg": str(message)}
                for path, coded_messages in exc.loc_errors
                for message, code in coded_messages
            ]
        elif isinstance(exc, DjangoValidationError):
            errors = [{"loc": [], "msg": message} for message in exc.messages]
        elif isinstance(exc, NinjaValidationError):
            errors = [_clean(error) for error in exc.errors]
        else:
            errors = [_clean(error) for error in exc.errors()]

        return problem_response(
            status=422, detail=_("The request is not valid."), errors=errors
        )


def register_not_found(api):
    """Keep an API 404 for ``ApiHeadersMiddleware`` to return as it is.

    Django's LocaleMiddleware turns a 404 outside the language prefixes into
    a redirect to ``/id/...``; the middleware undoes that with this response.
    """

    @api.exception_handler(Http404)
    def not_found(request, exc):
        response = problem_response(status=404, detail=str(exc) or _("Not found."))
        request.api_not_found = response
        return response
