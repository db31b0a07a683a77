"""The portal's home page, one per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page


class HomePage(Page):
    """Entry to the portal: featured stories, counts, search and provinces.

    Its children are the regional hubs and the national listing pages.
    """

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few sentences that say what the portal is for."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [InlinePanel("featured_stories", label=_("featured story"), max_num=6)],
            heading=_("Featured stories"),
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "koperasi_pages.RegionalHubPage",
        "koperasi_pages.StoryIndexPage",
        "koperasi_pages.CooperativeIndexPage",
        "koperasi_pages.ReportIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from .cooperatives import CooperativeProfilePage
        from .hubs import RegionalHubPage
        from .reports import ActivityReportPage
        from .stories import InnovationStoryPage

        context = super().get_context(request, *args, **kwargs)
        in_language = {"locale_id": self.locale_id}

        # Featured links are synchronised from the Indonesian home page, so
        # each story is shown in this page's language once it is translated.
        stories = (
            link.story.get_translation_or_none(self.locale) or link.story
            for link in self.featured_stories.select_related("story")
        )
        context["featured"] = [story.specific for story in stories if story.live]
        context["latest_stories"] = (
            InnovationStoryPage.objects.live()
            .public()
            .filter(**in_language)
            .order_by("-date", "-first_published_at")[:6]
        )
        context["latest_reports"] = (
            ActivityReportPage.objects.live()
            .public()
            .filter(**in_language)
            .order_by("-date")[:3]
        )
        context["hubs"] = (
            RegionalHubPage.objects.live()
            .child_of(self)
            .select_related("region")
            .order_by("region__code")
        )
        context["counts"] = {
            "cooperatives": CooperativeProfilePage.objects.live()
            .filter(**in_language)
            .count(),
            "stories": InnovationStoryPage.objects.live().filter(**in_language).count(),
            "reports": ActivityReportPage.objects.live().filter(**in_language).count(),
            "provinces": context["hubs"].count(),
        }
        return context


class HomeFeaturedStory(Orderable):
    """A story a national editor puts on the home page."""

    page = ParentalKey(
        HomePage, related_name="featured_stories", on_delete=models.CASCADE
    )
    story = models.ForeignKey(
        "koperasi_pages.InnovationStoryPage",
        verbose_name=_("story"),
        related_name="+",
        on_delete=models.CASCADE,
    )

    panels = [PageChooserPanel("story")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured story")
        verbose_name_plural = _("featured stories")
