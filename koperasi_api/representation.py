"""Turns portal pages into the JSON the API publishes.

Everything here reads the live row of a page (never a revision) and filters
every page it reaches through another one — linked cooperatives, adapted
stories, translations, rich text links — through ``public_pages()``, so a
draft, a page in review or a private page can never surface inside a public
one.
"""

import logging
import re
from decimal import Decimal

from django.urls import reverse
from django.utils import translation
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page
from wagtail.rich_text import RichText, expand_db_html

from koperasi_pages.models import (
    ActivityReportPage,
    CooperativeProfilePage,
    InnovationStoryPage,
    RegionalHubPage,
)

logger = logging.getLogger("koperasi.api")

#: The name each page type has in the API, and back.
PAGE_TYPES = {
    "story": InnovationStoryPage,
    "cooperative": CooperativeProfilePage,
    "report": ActivityReportPage,
    "hub": RegionalHubPage,
}
TYPE_NAMES = {model: name for name, model in PAGE_TYPES.items()}

#: Renditions offered for every image: name -> Wagtail filter spec.
RENDITIONS = {
    "thumbnail": "fill-400x300",
    "medium": "max-800x800",
    "large": "max-1600x1600",
}

PAGE_LINK = re.compile(r"<a\b[^>]*\blinktype=\"page\"[^>]*>", re.IGNORECASE)
LINK_ID = re.compile(r"\bid=\"(\d+)\"")


def public_pages(model=Page):
    """Pages anyone may read: live, and not behind any view restriction."""
    return model.objects.live().public()


def absolute(request, url):
    if not url:
        return None
    return request.build_absolute_uri(url)


def type_name(page):
    return TYPE_NAMES.get(type(page), "page")


def detail_url(request, page):
    name = f"wagtailapi_v3:koperasi_{type_name(page)}_detail"
    return absolute(request, reverse(name, kwargs={"page_id": page.pk}))


def html_url(request, page):
    return absolute(request, page.get_url(request=request))


# Regions and vocabulary ---------------------------------------------------


def region_data(region):
    if region is None:
        return None
    return {"code": region.code, "name": region.name, "level": region.level}


def place_data(page):
    """Province and regency of a page, or of a hub's own region."""
    if isinstance(page, RegionalHubPage):
        region = page.region
        regency = region if region.level == region.Level.REGENCY else None
        return {
            "province": region_data(region.province),
            "regency": region_data(regency),
        }
    return {
        "province": region_data(page.province),
        "regency": region_data(page.regency),
    }


def term_data(term, locale):
    """A vocabulary term with its label in ``locale`` when one exists."""
    if term is None:
        return None
    if term.locale_id != locale.pk:
        term = term.get_translation_or_none(locale) or term
    return {"slug": term.slug, "name": term.name}


def mode_data(mode, locale):
    data = term_data(mode, locale)
    if data is not None:
        data["parent"] = mode.parent.slug if mode.parent_id else None
    return data


# Images, documents, rich text ---------------------------------------------


def image_data(request, image, alt_text=None):
    """An image with its alt text and a few ready-made renditions."""
    if image is None:
        return None

    renditions = {}
    for name, spec in RENDITIONS.items():
        try:
            rendition = image.get_rendition(spec)
        except (SourceImageIOError, OSError, ValueError):
            # A missing or broken original must not break the page.
            logger.warning("Image %s has no readable file for %s", image.pk, spec)
            continue
        renditions[name] = {
            "url": absolute(request, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
        }

    return {
        "id": image.pk,
        "title": image.title,
        "alt": alt_text if alt_text is not None else image.default_alt_text,
        "width": image.width,
        "height": image.height,
        "renditions": renditions,
    }


def document_data(request, document):
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": document.title,
        "url": absolute(request, document.url),
    }


def rich_text_html(source):
    """Rich text as safe front-end HTML, minus links to non-public pages."""
    if not source:
        return ""
    source = str(source)
    linked_ids = {
        int(match)
        for tag in PAGE_LINK.findall(source)
        for match in LINK_ID.findall(tag)
    }
    if linked_ids:
        readable = set(
            public_pages().filter(pk__in=linked_ids).values_list("pk", flat=True)
        )

        def keep_or_strip(match):
            found = LINK_ID.search(match.group(0))
            if found and int(found.group(1)) in readable:
                return match.group(0)
            return "<a>"

        source = PAGE_LINK.sub(keep_or_strip, source)
    return expand_db_html(source)


def block_data(request, block, value):
    """One StreamField value as plain JSON, recursively."""
    if value is None:
        return None
    if isinstance(block, blocks.BaseStreamBlock):
        return [
            {
                "type": child.block.name,
                "id": child.id,
                "value": block_data(request, child.block, child.value),
            }
            for child in value
        ]
    if isinstance(block, ImageBlock):
        return image_data(request, value, getattr(value, "contextual_alt_text", None))
    if isinstance(block, blocks.ListBlock):
        return [block_data(request, block.child_block, item) for item in value]
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_data(request, child, value.get(name))
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_html(value.source if isinstance(value, RichText) else value)
    if isinstance(block, ImageChooserBlock):
        return image_data(request, value)
    if isinstance(block, DocumentChooserBlock):
        return document_data(request, value)
    if isinstance(block, blocks.PageChooserBlock):
        page = public_pages().filter(pk=value.pk).specific().first()
        return page_link_data(request, page) if page else None
    if isinstance(block, EmbedBlock):
        return {"url": value.url}
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return block.get_prep_value(value)


def stream_data(request, stream_value):
    return block_data(request, stream_value.stream_block, stream_value) or []


# Pages ----------------------------------------------------------------------


def page_link_data(request, page):
    """The smallest reference to another page: enough to show and follow."""
    return {
        "id": page.pk,
        "type": type_name(page),
        "title": page.title,
        "locale": page.locale.language_code,
        "html_url": html_url(request, page),
        "detail_url": detail_url(request, page),
    }


def translations_data(request, page):
    """The other-language versions of ``page`` that anyone may read."""
    others = (
        public_pages(type(page))
        .filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    return [page_link_data(request, other) for other in others]


def summary_data(request, page):
    """What a list shows of any portal page."""
    if isinstance(page, RegionalHubPage):
        summary, date, image = page.office_name, None, None
    elif isinstance(page, CooperativeProfilePage):
        summary, date, image = page.summary, None, page.logo
    else:
        summary, date, image = page.summary, page.date, page.hero_image
    data = {
        **page_link_data(request, page),
        "slug": page.slug,
        "summary": summary,
        "date": date,
        "place": place_data(page),
        "image": image_data(request, image),
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
    }
    if isinstance(page, CooperativeProfilePage):
        data["cooperative_type"] = term_data(page.cooperative_type, page.locale)
    return data


def story_summaries(request, queryset):
    return [
        summary_data(request, story)
        for story in queryset.select_related("province", "regency", "hero_image")
    ]


def story_detail(request, story):
    locale = story.locale
    # wagtail-localize keeps page links pointing at the source-language page,
    # so related pages are matched by translation key in the story's language.
    linked_keys = CooperativeProfilePage.objects.filter(story_links__page=story).values(
        "translation_key"
    )
    cooperatives = (
        public_pages(CooperativeProfilePage)
        .filter(locale=locale, translation_key__in=linked_keys)
        .select_related("cooperative_type", "province", "regency", "logo", "locale")
        .order_by("title")
    )
    adapted_from = None
    if story.adapted_from_id:
        source = public_pages(InnovationStoryPage).filter(
            locale=locale, translation_key=story.adapted_from.translation_key
        )
        adapted_from = next(iter(story_summaries(request, source)), None)

    return {
        **summary_data(request, story),
        "translations": translations_data(request, story),
        "reporter_name": story.reporter_name,
        "innovation_mode": mode_data(story.innovation_mode, locale),
        "stage": term_data(story.stage, locale),
        "problem_areas": [
            term_data(term, locale) for term in story.problem_areas.order_by("slug")
        ],
        "tags": sorted(tag.name for tag in story.tags.all()),
        "cooperatives": [
            summary_data(request, cooperative) for cooperative in cooperatives
        ],
        "adapted_from": adapted_from,
        "adaptations": story_summaries(
            request,
            public_pages(InnovationStoryPage).filter(
                locale=locale, adapted_from__translation_key=story.translation_key
            ),
        ),
        "context": rich_text_html(story.context),
        "problem": rich_text_html(story.problem),
        "response": rich_text_html(story.response),
        "evidence": stream_data(request, story.evidence),
        "limits": rich_text_html(story.limits),
        "replication": stream_data(request, story.replication),
        "contacts": stream_data(request, story.contacts),
        "body": stream_data(request, story.body),
    }


def cooperative_detail(request, cooperative):
    stories = (
        public_pages(InnovationStoryPage)
        .filter(
            locale=cooperative.locale,
            cooperative_links__cooperative__translation_key=cooperative.translation_key,
        )
        .distinct()
        .order_by("-date", "-pk")
    )
    return {
        **summary_data(request, cooperative),
        "translations": translations_data(request, cooperative),
        "registration_number": cooperative.registration_number,
        "legal_entity_number": cooperative.legal_entity_number,
        "legal_entity_date": cooperative.legal_entity_date,
        "business_sector": cooperative.business_sector,
        "founded_year": cooperative.founded_year,
        "members": cooperative.members,
        "address": cooperative.address,
        "latitude": _number(cooperative.latitude),
        "longitude": _number(cooperative.longitude),
        "phone": cooperative.phone,
        "email": cooperative.email,
        "website": cooperative.website,
        "logo": image_data(request, cooperative.logo),
        "body": stream_data(request, cooperative.body),
        "indicators": [
            {
                "year": row.year,
                "members": row.members,
                "own_capital": _number(row.own_capital),
                "outside_capital": _number(row.outside_capital),
                "business_volume": _number(row.business_volume),
                "surplus": _number(row.surplus),
                "rat_held": row.rat_held,
            }
            for row in cooperative.indicators.order_by("year")
        ],
        "stories": story_summaries(request, stories),
    }


def report_detail(request, report):
    return {
        **summary_data(request, report),
        "translations": translations_data(request, report),
        "event_start": report.event_start,
        "event_end": report.event_end,
        "venue": report.venue,
        "reporter_name": report.reporter_name,
        "tags": sorted(tag.name for tag in report.tags.all()),
        "body": stream_data(request, report.body),
    }


def hub_detail(request, hub):
    in_subtree = public_pages().filter(path__startswith=hub.path, locale=hub.locale)
    parent = public_pages(RegionalHubPage).filter(pk=hub.get_parent().pk).first()
    return {
        **summary_data(request, hub),
        "translations": translations_data(request, hub),
        "region": region_data(hub.region),
        "office_name": hub.office_name,
        "intro": rich_text_html(hub.intro),
        "address": hub.address,
        "phone": hub.phone,
        "email": hub.email,
        "website": hub.website,
        "parent_hub": page_link_data(request, parent) if parent else None,
        "regency_hubs": [
            page_link_data(request, child)
            for child in public_pages(RegionalHubPage)
            .child_of(hub)
            .select_related("locale")
            .order_by("title")
        ],
        "counts": {
            name: in_subtree.type(model).count()
            for name, model in PAGE_TYPES.items()
            if model is not RegionalHubPage
        },
    }


DETAIL_BUILDERS = {
    InnovationStoryPage: story_detail,
    CooperativeProfilePage: cooperative_detail,
    ActivityReportPage: report_detail,
    RegionalHubPage: hub_detail,
}


def detail_data(request, page):
    """The full public representation of one page, in its own language."""
    with translation.override(page.locale.language_code):
        return DETAIL_BUILDERS[type(page)](request, page)


def _number(value):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
