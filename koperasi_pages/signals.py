"""Signal handlers of koperasi_pages, connected in ``apps.py``.

New accounts get the Wagtail admin in Indonesian: officers (PPKL) work in
Indonesian, and without a saved preference Wagtail would follow whatever
language the browser asks for. Each person can still switch in their account
settings; the choice is only made when the account is created.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from wagtail.admin.localization import get_available_admin_languages
from wagtail.users.models import UserProfile

logger = logging.getLogger("koperasi.accounts")


def default_admin_language():
    """The admin language for new accounts: the site's default language."""
    language = getattr(settings, "KOPERASI_ADMIN_LANGUAGE", settings.LANGUAGE_CODE)
    permitted = dict(get_available_admin_languages())
    return language if language in permitted else None


def set_admin_language(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return

    language = default_admin_language()
    if language is None:
        return

    profile = UserProfile.get_for_user(instance)
    if not profile.preferred_language:
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])
        logger.info("Admin language of user %s set to %s", instance.pk, language)


def connect():
    post_save.connect(
        set_admin_language,
        sender=get_user_model(),
        dispatch_uid="koperasi_pages_admin_language",
    )
