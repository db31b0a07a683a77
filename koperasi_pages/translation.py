"""English versions of pages and snippets, made through wagtail-localize.

Translations go through wagtail-localize's own records (a translation source,
its segments and string translations) so that editors can open, correct and
sync them in the admin exactly as if a person had typed them there.
"""

import logging

from django.db import transaction
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

logger = logging.getLogger("koperasi.translation")


@transaction.atomic
def translate(instance, target_locale, strings=None, publish=True, user=None):
    """Create or update the ``target_locale`` version of ``instance``.

    ``strings`` maps source texts (a title, a paragraph, a block value) to
    their translations; texts without an entry keep the source wording until
    a translator fills them in. Returns the translated instance.
    """
    strings = strings or {}
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()

    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=target_locale, defaults={"enabled": True}
    )

    segments = StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    )
    for segment in segments:
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=target_locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": user,
                },
            )

    # wagtail-localize defers publishing a page to the end of the transaction
    # and then saves the copy it held in memory, so children added since (the
    # hubs under the English home page) vanish from the tree. Publish the
    # saved draft here instead, from a fresh copy of the page.
    deferred = isinstance(instance, DraftStateMixin)
    translation.save_target(user=user, publish=publish and not deferred)
    if publish and deferred:
        draft = instance.get_translation(target_locale)
        draft.get_latest_revision().publish(user=user)
    translated = instance.get_translation(target_locale)
    logger.info(
        "Translated %s %s into %s",
        type(instance).__name__,
        instance.pk,
        target_locale.language_code,
    )
    return translated


def untranslated_descendants(page, target_locale):
    """Pages under ``page`` that have no version in ``target_locale`` yet."""
    translated_keys = Page.objects.filter(locale=target_locale).values_list(
        "translation_key", flat=True
    )
    return (
        page.get_descendants()
        .exclude(translation_key__in=translated_keys)
        .exclude(alias_of__isnull=False)
        .order_by("path")
    )


@transaction.atomic
def submit_subtree(page, target_locale, user=None):
    """Start a synced translation of every untranslated page under ``page``.

    The same as ticking "Include subtree" in wagtail-localize's "Translate this
    page", for a page that is already translated (a province hub): each page
    gets a ``target_locale`` draft that editors fill in and publish. Pages
    that already have a translation are left alone. Returns the source pages.
    """
    from wagtail_localize.operations import TranslationCreator

    pages = [p.specific for p in untranslated_descendants(page, target_locale)]
    creator = TranslationCreator(user, [target_locale])
    for source_page in pages:
        creator.create_translations(source_page)

    logger.info(
        "Submitted %s pages under page %s for translation into %s",
        len(pages),
        page.pk,
        target_locale.language_code,
    )
    return pages
