"""Template tags of the search app."""

import logging

from django import template

from .. import service

logger = logging.getLogger("koperasi.search")

register = template.Library()


@register.simple_tag
def similar_stories(story, limit=3):
    """Up to ``limit`` live stories like ``story``; empty if anything fails."""
    try:
        return service.similar_stories(story, limit=limit)
    except Exception:
        # A story page must render even if its side panel cannot.
        logger.exception("Similar stories failed for page %s", story.pk)
        return []
