"""Builds the portal's skeleton: locales, vocabulary, home page and hubs.

Every function here is idempotent: it looks for what exists (by slug, region
code or translation key) and creates only what is missing, so running
``setup_portal`` again never duplicates anything.
"""

import logging

from django.apps import apps
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation

from . import taxonomy_terms
from .models import (
    CooperativeIndexPage,
    CooperativeType,
    HomePage,
    InnovationMode,
    InnovationStage,
    ProblemArea,
    Region,
    RegionalHubPage,
    ReportIndexPage,
    StoryIndexPage,
    load_regions,
)
from .translation import translate

logger = logging.getLogger("koperasi.setup")

SOURCE_LANGUAGE = "id"
TRANSLATION_LANGUAGE = "en"

HOME_INTRO_ID = (
    "Cerita inovasi koperasi dari seluruh Indonesia, ditulis oleh Petugas "
    "Penyuluh Koperasi Lapangan (PPKL) agar koperasi bisa saling belajar."
)
HOME_INTRO_EN = (
    "Stories of cooperative innovation from all over Indonesia, written by "
    "field cooperative officers (PPKL) so that cooperatives can learn from "
    "one another."
)
OFFICE_NAME_ID = "Dinas Koperasi dan UKM Provinsi %s"
OFFICE_NAME_EN = "Cooperative and SME Office, %s Province"

LISTINGS = [
    # model, Indonesian title and slug, English title
    (StoryIndexPage, "Cerita Inovasi", "cerita", "Innovation Stories"),
    (CooperativeIndexPage, "Profil Koperasi", "koperasi", "Cooperative Profiles"),
    (ReportIndexPage, "Laporan Kegiatan", "laporan", "Activity Reports"),
]


def ensure_locales():
    source, _ = Locale.objects.get_or_create(language_code=SOURCE_LANGUAGE)
    target, _ = Locale.objects.get_or_create(language_code=TRANSLATION_LANGUAGE)
    return source, target


def _ensure_term(model, slug, name_id, name_en, source, target, **extra):
    term = model.objects.filter(slug=slug, locale=source).first()
    if term is None:
        term = model.objects.create(slug=slug, name=name_id, locale=source, **extra)

    # The English name must sit in wagtail-localize's translation memory:
    # "Translate this page" re-syncs the terms a page uses from that memory,
    # and would turn a name typed straight onto the English copy back into
    # Indonesian. Translated sub-types point at the translated broader mode.
    translation = term.get_translation_or_none(target)
    name_en = translation.name if translation is not None else name_en
    remembered = StringTranslation.objects.filter(
        translation_of__data=term.name, locale=target, data=name_en
    ).exists()
    if translation is None or not remembered:
        translate(term, target, {term.name: name_en})
    return term


def ensure_taxonomy(source, target):
    for slug, name_id, name_en in taxonomy_terms.COOPERATIVE_TYPES:
        _ensure_term(CooperativeType, slug, name_id, name_en, source, target)
    for slug, name_id, name_en in taxonomy_terms.PROBLEM_AREAS:
        _ensure_term(ProblemArea, slug, name_id, name_en, source, target)
    for slug, name_id, name_en in taxonomy_terms.INNOVATION_STAGES:
        _ensure_term(InnovationStage, slug, name_id, name_en, source, target)

    for slug, name_id, name_en, parent_slug in taxonomy_terms.INNOVATION_MODES:
        parent = (
            InnovationMode.objects.get(slug=parent_slug, locale=source)
            if parent_slug
            else None
        )
        _ensure_term(
            InnovationMode, slug, name_id, name_en, source, target, parent=parent
        )
    _number_terms()


def _number_terms():
    # Keep the order of the vocabulary lists in filters and admin choosers.
    vocabularies = [
        (CooperativeType, taxonomy_terms.COOPERATIVE_TYPES),
        (ProblemArea, taxonomy_terms.PROBLEM_AREAS),
        (InnovationStage, taxonomy_terms.INNOVATION_STAGES),
        (InnovationMode, taxonomy_terms.INNOVATION_MODES),
    ]
    for model, entries in vocabularies:
        for position, entry in enumerate(entries):
            model.objects.filter(slug=entry[0], sort_order=0).update(
                sort_order=position + 1
            )


def ensure_home(source):
    """The Indonesian home page, made the default site's root."""
    home = HomePage.objects.filter(locale=source).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Inovasi Koperasi",
                slug="beranda",
                locale=source,
                intro=f"<p>{HOME_INTRO_ID}</p>",
            )
        )
        logger.info("Created home page %s", home.pk)

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            root_page=home,
            is_default_site=True,
            site_name="Inovasi Koperasi",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Inovasi Koperasi"
        site.save()
    _remove_wagtail_welcome_page(home)
    return home


def _remove_wagtail_welcome_page(home):
    # Wagtail's first migration adds a placeholder page; nothing links to it.
    for page in Page.get_first_root_node().get_children():
        if (
            page.pk != home.pk
            and page.slug == "home"
            and page.content_type.model == "page"
        ):
            page.delete()


def ensure_listings(home):
    for model, title, slug, _title_en in LISTINGS:
        if not model.objects.child_of(home).exists():
            home.add_child(instance=model(title=title, slug=slug, locale=home.locale))


def ensure_hubs(home):
    """One live hub per province under the home page."""
    existing = set(
        RegionalHubPage.objects.child_of(home).values_list("region_id", flat=True)
    )
    created = 0
    for province in Region.objects.filter(level=Region.Level.PROVINCE):
        if province.code in existing:
            continue
        home.add_child(
            instance=RegionalHubPage(
                title=province.name,
                slug=slugify(province.name),
                region=province,
                locale=home.locale,
                office_name=OFFICE_NAME_ID % province.name,
            )
        )
        created += 1
    return created


@transaction.atomic
def setup_portal(stdout=None):
    """Locales, vocabulary, home page, listings and hubs, in both languages."""
    regions_created = load_regions()
    source, target = ensure_locales()
    ensure_taxonomy(source, target)
    home = ensure_home(source)
    ensure_listings(home)
    hubs_created = ensure_hubs(home)

    strings = english_strings()
    for page in [home, *home.get_children().specific()]:
        if not page.has_translation(target):
            translate(page, target, strings)

    # The review workflow is optional: koperasi_pages works without it.
    if apps.is_installed("koperasi_review"):
        from koperasi_review.setup import setup_review

        setup_review()

    logger.info(
        "Portal set up: %s regions added, %s hubs added", regions_created, hubs_created
    )
    return {"regions_created": regions_created, "hubs_created": hubs_created}


def english_strings():
    """English for the texts setup writes, keyed by the Indonesian text."""
    strings = {
        "Inovasi Koperasi": "Cooperative Innovation",
        "beranda": "home",
        HOME_INTRO_ID: HOME_INTRO_EN,
    }
    for _model, title, slug, title_en in LISTINGS:
        strings[title] = title_en
        strings[slug] = slugify(title_en)
    for province in Region.objects.filter(level=Region.Level.PROVINCE):
        strings[OFFICE_NAME_ID % province.name] = OFFICE_NAME_EN % province.name
    return strings
