"""The portal's search backends: Wagtail's, with language-aware analysis.

Point ``WAGTAILSEARCH_BACKENDS`` at ``search.backends.opensearch2`` or
``search.backends.elasticsearch7`` (``search.settings`` does it from the
environment); ``portal`` holds what both add to modelsearch's classes.
"""
