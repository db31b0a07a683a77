"""Cooperative profiles and their yearly indicators."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..blocks import CooperativeBodyBlock
from ..forms import CooperativeProfileForm
from ..validators import (
    validate_founding_year,
    validate_indicator_year,
    validate_latitude,
    validate_legal_entity_number,
    validate_longitude,
    validate_not_in_future,
    validate_phone_number,
    validate_registration_number,
)
from .base import RegionalPage

RUPIAH = {"max_digits": 18, "decimal_places": 0}


class CooperativeProfilePage(RegionalPage):
    """A cooperative mentored by an officer (PPKL), with its yearly figures.

    *NIK koperasi* is the 16-digit registration number of the ministry's
    Online Data System; the legal-entity (*badan hukum*) number and date come
    from the founding decree. Stories link to the cooperatives they are about.
    """

    registration_number = models.CharField(
        _("registration number (NIK koperasi)"),
        max_length=20,
        blank=True,
        validators=[validate_registration_number],
        help_text=_("16 digits, from the ministry's Online Data System."),
    )
    legal_entity_number = models.CharField(
        _("legal-entity number"),
        max_length=80,
        blank=True,
        validators=[validate_legal_entity_number],
    )
    legal_entity_date = models.DateField(
        _("legal-entity date"),
        null=True,
        blank=True,
        validators=[validate_not_in_future],
    )
    cooperative_type = models.ForeignKey(
        "koperasi_pages.CooperativeType",
        verbose_name=_("cooperative type"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    business_sector = models.CharField(
        _("business sector"),
        max_length=120,
        blank=True,
        help_text=_("For example: coffee farming, savings and loans, fisheries."),
    )
    founded_year = models.PositiveSmallIntegerField(
        _("founding year"), null=True, blank=True, validators=[validate_founding_year]
    )
    members = models.PositiveIntegerField(
        _("members"),
        null=True,
        blank=True,
        help_text=_("Number of members today; yearly counts go in Indicators."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown in lists and search results."),
    )
    address = models.TextField(_("address"), blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[validate_latitude],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[validate_longitude],
    )
    phone = models.CharField(
        _("phone"), max_length=30, blank=True, validators=[validate_phone_number]
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(CooperativeBodyBlock(), verbose_name=_("body"), blank=True)

    # Profile: who the cooperative is.
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("cooperative_type"), FieldPanel("business_sector")]),
        FieldRowPanel([FieldPanel("founded_year"), FieldPanel("members")]),
        FieldPanel("regency"),
        FieldPanel("logo"),
        FieldPanel("body"),
    ]
    # Legal: registration facts from the ministry's records.
    legal_panels = [
        FieldPanel("registration_number"),
        FieldRowPanel(
            [FieldPanel("legal_entity_number"), FieldPanel("legal_entity_date")]
        ),
    ]
    # Contact: where to find the cooperative.
    contact_panels = [
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
    ]
    # Indicators: one row a year, so readers see change over time.
    indicator_panels = [InlinePanel("indicators", label=_("year"))]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Profile")),
            ObjectList(legal_panels, heading=_("Legal")),
            ObjectList(contact_panels, heading=_("Contact")),
            ObjectList(indicator_panels, heading=_("Indicators")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = RegionalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("business_sector"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("cooperative_type_id"),
        index.FilterField("founded_year"),
    ]

    override_translatable_fields = [
        SynchronizedField("registration_number"),
        SynchronizedField("legal_entity_number"),
        SynchronizedField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
    ]

    base_form_class = CooperativeProfileForm

    class Meta:
        verbose_name = _("cooperative profile")
        verbose_name_plural = _("cooperative profiles")

    def clean(self):
        super().clean()
        if self.registration_number:
            self.registration_number = self.registration_number.replace(" ", "")

    def get_context(self, request, *args, **kwargs):
        from .stories import InnovationStoryPage

        context = super().get_context(request, *args, **kwargs)
        # Translated stories keep linking to the source-language cooperative
        # (wagtail-localize synchronises page links), so match every language
        # version of this cooperative and show stories in this page's language.
        context["stories"] = (
            InnovationStoryPage.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                cooperative_links__cooperative__translation_key=self.translation_key,
            )
            .distinct()
            .order_by("-date")
        )
        context["indicators"] = self.indicators.order_by("year")
        return context


class CooperativeIndicator(Orderable):
    """One year of a cooperative's figures, as reported at its RAT.

    RAT (*rapat anggota tahunan*) is the annual members' meeting that
    approves the books; SHU (*sisa hasil usaha*) is the year's surplus.
    """

    page = ParentalKey(
        CooperativeProfilePage, related_name="indicators", on_delete=models.CASCADE
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[validate_indicator_year]
    )
    members = models.PositiveIntegerField(_("members"), null=True, blank=True)
    own_capital = models.DecimalField(
        _("own capital (Rp)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        **RUPIAH,
    )
    outside_capital = models.DecimalField(
        _("outside capital (Rp)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        **RUPIAH,
    )
    business_volume = models.DecimalField(
        _("business volume (Rp)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        **RUPIAH,
    )
    surplus = models.DecimalField(
        _("surplus, SHU (Rp)"),
        null=True,
        blank=True,
        help_text=_("Negative when the year closed with a loss."),
        **RUPIAH,
    )
    rat_held = models.BooleanField(
        _("annual members' meeting (RAT) held"), default=False
    )

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("members")]),
        FieldRowPanel([FieldPanel("own_capital"), FieldPanel("outside_capital")]),
        FieldRowPanel([FieldPanel("business_volume"), FieldPanel("surplus")]),
        FieldPanel("rat_held"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("yearly indicator")
        verbose_name_plural = _("yearly indicators")
