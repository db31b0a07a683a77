"""What the portal's content pages share."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PagePermissionTester
from wagtail.search import index

from ..forms import RegionalPageForm


class RegionalPagePermissionTester(PagePermissionTester):
    """Deleting is for publishers, apart from a writer's own fresh draft.

    Wagtail lets anyone with edit rights delete a page that is not live; on
    the portal that would let an officer or a regional editor remove a
    colleague's submission while it waits for review.
    """

    def can_delete(self, ignore_bulk=False):
        if not super().can_delete(ignore_bulk):
            return False
        if self.user.is_superuser or "publish" in self.permissions:
            return True

        page = self.page
        return (
            page.owner_id == self.user.pk
            and page.first_published_at is None
            and not page.workflow_in_progress
        )


class RegionalPage(Page):
    """A page that lives inside a regional hub: cooperative, story or report.

    ``province`` is copied from the hub on every save so that listings,
    search filters and per-region permissions need no tree walk; ``regency``
    is the regency or city the page is about, chosen by the officer.
    """

    province = models.ForeignKey(
        "koperasi_pages.Region",
        verbose_name=_("province"),
        null=True,
        editable=False,
        related_name="+",
        on_delete=models.PROTECT,
    )
    regency = models.ForeignKey(
        "koperasi_pages.Region",
        verbose_name=_("regency/city"),
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.PROTECT,
        help_text=_("The regency or city this page is about."),
    )

    search_fields = Page.search_fields + [
        index.FilterField("locale_id"),
        index.FilterField("province_id"),
        index.FilterField("regency_id"),
    ]

    base_form_class = RegionalPageForm
    parent_page_types = ["koperasi_pages.RegionalHubPage"]
    subpage_types = []

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return RegionalPagePermissionTester(user, self)

    def get_hub(self):
        from .hubs import RegionalHubPage

        return RegionalHubPage.objects.ancestor_of(self).order_by("-depth").first()

    def save(self, *args, **kwargs):
        if self.path:
            hub = self.get_hub()
            if hub is not None:
                self.province_id = hub.region.province.code
        return super().save(*args, **kwargs)

    @property
    def place_name(self):
        """Regency if known, otherwise province: what a reader calls the place."""
        return self.regency or self.province
