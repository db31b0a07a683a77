"""Date and number formats for the portal's languages (FORMAT_MODULE_PATH).

Only the entries that differ from Django's own locale formats are here;
everything else falls back to Django's.
"""
