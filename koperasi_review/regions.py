"""Which regions a page belongs to, as review and permissions see them."""

from wagtail.models import Locale


def page_region_codes(page):
    """Region codes of ``page``, broadest first; empty for national pages.

    A story, cooperative or report carries its province (copied from its
    hub) and optionally a regency; a hub belongs to its own region and, for a
    regency hub, to the province above it. The home page and the national
    listings belong to no region.
    """
    from koperasi_pages.models import RegionalHubPage
    from koperasi_pages.models.base import RegionalPage

    page = page.specific
    if isinstance(page, RegionalPage):
        codes = [page.province_id, page.regency_id]
    elif isinstance(page, RegionalHubPage):
        codes = [page.region.parent_id, page.region_id]
    else:
        codes = []
    return [code for code in codes if code]


def source_locale():
    """The locale officers write in; page permissions live in its tree."""
    return Locale.get_default()
