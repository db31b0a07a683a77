"""Activity reports: news of a regional office's trainings, visits, launches."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import PortalStreamBlock
from .base import RegionalPage


class ActivityReportPage(RegionalPage):
    """What a regional cooperative office did: a training, a visit, a launch."""

    summary = models.TextField(
        _("lead"),
        max_length=500,
        help_text=_("Two or three sentences: what happened, where, for whom."),
    )
    date = models.DateField(_("report date"), default=timezone.localdate)
    event_start = models.DateField(_("event start"), null=True, blank=True)
    event_end = models.DateField(_("event end"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    reporter_name = models.CharField(_("reporter"), max_length=120, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"), through="koperasi_pages.ReportTag", blank=True
    )
    body = StreamField(PortalStreamBlock(), verbose_name=_("body"), blank=True)

    # Report: the event and its write-up.
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("reporter_name")]),
        FieldRowPanel([FieldPanel("event_start"), FieldPanel("event_end")]),
        FieldPanel("venue"),
        FieldPanel("regency"),
        FieldPanel("tags"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Report")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = RegionalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("activity report")
        verbose_name_plural = _("activity reports")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.event_start and self.event_end and self.event_end < self.event_start:
            raise ValidationError(
                {"event_end": _("The event cannot end before it starts.")}
            )


class ReportTag(TaggedItemBase):
    content_object = ParentalKey(
        ActivityReportPage, related_name="tagged_items", on_delete=models.CASCADE
    )
