"""Who may publish translations.

Indonesian is the source language: officers (PPKL) write it and the review
workflow brings it to readers. English pages are translations, made and
checked by editors rather than reported by officers, so only national editors
(the "Editor Nasional" group) and superusers publish them. The rule adds to
Wagtail's page permissions; it never grants anything they refuse.
"""

from django.conf import settings
from wagtail.models import Locale

# The national editors' Wagtail group; koperasi_review creates it with this
# name, kept in Indonesian because the ministry's staff know it by it.
NATIONAL_EDITOR_GROUP = "Editor Nasional"


def translation_publisher_groups():
    """Names of the groups whose members may publish translations."""
    return getattr(
        settings, "KOPERASI_TRANSLATION_PUBLISHER_GROUPS", [NATIONAL_EDITOR_GROUP]
    )


def is_translation(page):
    """True when ``page`` is in a language other than the source language."""
    return page.locale_id != Locale.get_default().pk


def can_publish_translation(user, page):
    """Whether ``user`` may publish ``page`` as far as languages are concerned.

    Source-language pages are left to Wagtail's permissions and workflow;
    translated pages need a superuser or a member of a publisher group.
    """
    if not is_translation(page):
        return True

    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=translation_publisher_groups()).exists()
