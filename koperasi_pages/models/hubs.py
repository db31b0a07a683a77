"""Regional hubs: the page of a province's (or regency's) cooperative office."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..forms import RegionalHubForm
from ..validators import validate_phone_number


class RegionalHubPage(Page):
    """The regional cooperative office (*Dinas Koperasi dan UKM*) of a region.

    One hub per province sits under the home page; a regency hub may sit
    under its province. A hub's subtree holds that region's cooperatives,
    stories and activity reports, and review permissions attach here.
    """

    region = models.ForeignKey(
        "koperasi_pages.Region",
        verbose_name=_("region"),
        related_name="hubs",
        on_delete=models.PROTECT,
    )
    office_name = models.CharField(
        _("office name"),
        max_length=200,
        blank=True,
        help_text=_("For example: Dinas Koperasi dan UKM Provinsi Jawa Timur."),
    )
    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(
        _("phone"), max_length=30, blank=True, validators=[validate_phone_number]
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)

    # Content: what readers see first.
    content_panels = Page.content_panels + [
        FieldPanel("region"),
        FieldPanel("intro"),
    ]
    # Office: how to reach the regional cooperative office.
    office_panels = [
        FieldPanel("office_name"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(office_panels, heading=_("Office")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("office_name"),
        index.FilterField("locale_id"),
        index.FilterField("region_id"),
    ]

    override_translatable_fields = [
        SynchronizedField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
    ]

    base_form_class = RegionalHubForm
    parent_page_types = ["koperasi_pages.HomePage", "koperasi_pages.RegionalHubPage"]
    subpage_types = [
        "koperasi_pages.RegionalHubPage",
        "koperasi_pages.CooperativeProfilePage",
        "koperasi_pages.InnovationStoryPage",
        "koperasi_pages.ActivityReportPage",
    ]

    class Meta:
        verbose_name = _("regional hub")
        verbose_name_plural = _("regional hubs")

    def get_context(self, request, *args, **kwargs):
        from .cooperatives import CooperativeProfilePage
        from .reports import ActivityReportPage
        from .stories import InnovationStoryPage

        context = super().get_context(request, *args, **kwargs)
        in_subtree = {"path__startswith": self.path, "locale_id": self.locale_id}

        context["latest_stories"] = (
            InnovationStoryPage.objects.live()
            .public()
            .filter(**in_subtree)
            .order_by("-date")[:6]
        )
        context["cooperatives"] = (
            CooperativeProfilePage.objects.live()
            .public()
            .filter(**in_subtree)
            .select_related("cooperative_type", "regency")
            .order_by("title")[:12]
        )
        context["latest_reports"] = (
            ActivityReportPage.objects.live()
            .public()
            .filter(**in_subtree)
            .order_by("-date")[:4]
        )
        context["regency_hubs"] = (
            RegionalHubPage.objects.live().child_of(self).select_related("region")
        )
        return context
