"""Re-index a page once publishing has saved everything about it.

modelsearch indexes on ``post_save``, which for a Wagtail page fires before
its child relations (problem areas, linked cooperatives, tags) are written,
so the document would carry the previous values. Publishing and
unpublishing index the page again once the whole page is saved.
"""

from modelsearch.index import insert_or_update_object
from wagtail.signals import page_published, page_unpublished


def reindex_page(sender, instance, **kwargs):
    insert_or_update_object(instance.specific)


def register_signal_handlers():
    page_published.connect(reindex_page, dispatch_uid="koperasi_search_published")
    page_unpublished.connect(reindex_page, dispatch_uid="koperasi_search_unpublished")
