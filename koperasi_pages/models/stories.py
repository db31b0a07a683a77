"""Innovation stories: what a cooperative changed, written to be copied."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import (
    ContactBlock,
    KeyFiguresBlock,
    ReplicationStepsBlock,
    StoryBodyBlock,
)
from .base import RegionalPage

STORY_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class InnovationStoryPage(RegionalPage):
    """One innovation of one or more cooperatives, told so others can adopt it.

    The story follows a fixed arc — context, problem, response, evidence,
    limits, how to replicate, contacts — so that readers can compare stories
    and copy what worked. ``adapted_from`` points at the story this one
    borrowed from; the source lists its adaptations, the start of a
    replication graph.
    """

    summary = models.TextField(
        _("lead"),
        max_length=500,
        help_text=_("Two or three sentences: who did what, and what changed."),
    )
    date = models.DateField(_("story date"), default=timezone.localdate)
    reporter_name = models.CharField(
        _("reporting officer"),
        max_length=120,
        blank=True,
        help_text=_("The field officer (PPKL) who wrote the story."),
    )
    innovation_mode = models.ForeignKey(
        "koperasi_pages.InnovationMode",
        verbose_name=_("innovation mode"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    stage = models.ForeignKey(
        "koperasi_pages.InnovationStage",
        verbose_name=_("stage"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    problem_areas = ParentalManyToManyField(
        "koperasi_pages.ProblemArea",
        verbose_name=_("problem areas"),
        blank=True,
        related_name="+",
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"), through="koperasi_pages.StoryTag", blank=True
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    adapted_from = models.ForeignKey(
        "self",
        verbose_name=_("adapted from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adaptations",
        help_text=_("The earlier story this innovation was copied or adapted from."),
    )

    context = RichTextField(
        _("context"),
        blank=True,
        features=STORY_TEXT_FEATURES,
        help_text=_("The cooperative and its members before the change."),
    )
    problem = RichTextField(
        _("problem"),
        blank=True,
        features=STORY_TEXT_FEATURES,
        help_text=_("What was not working, and for whom."),
    )
    response = RichTextField(
        _("what they did"),
        blank=True,
        features=STORY_TEXT_FEATURES,
        help_text=_("The innovation itself: what changed and how."),
    )
    evidence = StreamField(
        [("key_figures", KeyFiguresBlock())],
        verbose_name=_("evidence"),
        blank=True,
        help_text=_("Numbers before and after the change."),
    )
    limits = RichTextField(
        _("limits and what failed"),
        blank=True,
        features=STORY_TEXT_FEATURES,
        help_text=_("What did not work, what it cost, what others should watch for."),
    )
    replication = StreamField(
        [("steps", ReplicationStepsBlock())],
        verbose_name=_("how to replicate"),
        blank=True,
    )
    contacts = StreamField(
        [("contact", ContactBlock())], verbose_name=_("contacts"), blank=True
    )
    body = StreamField(
        StoryBodyBlock(),
        verbose_name=_("more content"),
        blank=True,
        help_text=_("Photos, quotes, timelines, videos and documents."),
    )

    # Story: the lead and the classification readers filter by.
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("reporter_name")]),
        InlinePanel("cooperative_links", label=_("cooperative"), min_num=0),
        FieldPanel("regency"),
        FieldRowPanel([FieldPanel("innovation_mode"), FieldPanel("stage")]),
        FieldPanel("problem_areas", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        FieldPanel("hero_image"),
    ]
    # Lessons: the fixed arc another cooperative learns from.
    lesson_panels = [
        FieldPanel("context"),
        FieldPanel("problem"),
        FieldPanel("response"),
        FieldPanel("evidence"),
        FieldPanel("limits"),
        FieldPanel("replication"),
        FieldPanel("contacts"),
        PageChooserPanel("adapted_from", "koperasi_pages.InnovationStoryPage"),
    ]
    # Media: anything else the story needs.
    media_panels = [FieldPanel("body")]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Story")),
            ObjectList(lesson_panels, heading=_("Lessons")),
            ObjectList(media_panels, heading=_("Media")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = RegionalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("context"),
        index.SearchField("problem"),
        index.SearchField("response"),
        index.SearchField("limits"),
        index.SearchField("body"),
        index.FilterField("innovation_mode_id"),
        index.FilterField("stage_id"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("innovation story")
        verbose_name_plural = _("innovation stories")

    @property
    def cooperatives(self):
        return [
            link.cooperative
            for link in self.cooperative_links.select_related("cooperative")
            if link.cooperative is not None
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["live_cooperatives"] = [c for c in self.cooperatives if c.live]
        # Translations point ``adapted_from`` at the source-language story, so
        # adaptations are found by translation key, in this page's language.
        context["adaptations"] = (
            InnovationStoryPage.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                adapted_from__translation_key=self.translation_key,
            )
            .order_by("-date")
        )
        return context


class StoryCooperative(Orderable):
    """Links a story to a cooperative it is about."""

    page = ParentalKey(
        InnovationStoryPage, related_name="cooperative_links", on_delete=models.CASCADE
    )
    cooperative = models.ForeignKey(
        "koperasi_pages.CooperativeProfilePage",
        verbose_name=_("cooperative"),
        related_name="story_links",
        on_delete=models.CASCADE,
    )

    panels = [PageChooserPanel("cooperative")]

    class Meta(Orderable.Meta):
        verbose_name = _("cooperative in the story")
        verbose_name_plural = _("cooperatives in the story")


class StoryTag(TaggedItemBase):
    content_object = ParentalKey(
        InnovationStoryPage, related_name="tagged_items", on_delete=models.CASCADE
    )
