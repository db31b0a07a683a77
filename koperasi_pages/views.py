"""Views of the plugin that are not Wagtail pages."""

from django.conf import settings
from django.shortcuts import redirect
from django.utils import translation


def redirect_to_language(request):
    """Send ``/`` to the reader's language; Indonesian unless they ask."""
    language = translation.get_language_from_request(request)
    available = {code for code, _name in settings.LANGUAGES}
    if language not in available:
        language = settings.LANGUAGE_CODE
    return redirect(f"/{language}/")
