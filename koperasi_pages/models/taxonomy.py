"""The labels readers filter by, editable by editors in both languages.

Each term is a translatable snippet: the Indonesian term is the source and its
English translation shares the same ``slug`` and ``translation_key``. Filters
and URLs use the slug, so they work the same in every language, and templates
show ``term.localized`` so a reader always sees labels in the page language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Term(TranslatableMixin, index.Indexed, models.Model):
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_("Short code used in filter URLs; the same in every language."),
    )
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class CooperativeType(Term):
    """A type of cooperative as Indonesian cooperative law names them."""

    class Meta(Term.Meta):
        verbose_name = _("cooperative type")
        verbose_name_plural = _("cooperative types")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class InnovationMode(Term):
    """Sustaining innovation in existing cooperatives or disruptive innovation
    in new-model cooperatives; new-model sub-types point at their mode."""

    parent = models.ForeignKey(
        "self",
        verbose_name=_("broader mode"),
        null=True,
        blank=True,
        related_name="subtypes",
        on_delete=models.PROTECT,
        help_text=_("Leave empty for a main mode; set it for a sub-type."),
    )

    panels = Term.panels + [FieldPanel("parent")]

    class Meta(Term.Meta):
        verbose_name = _("innovation mode")
        verbose_name_plural = _("innovation modes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def family_slugs(self):
        """This mode's slug and those of its sub-types, for filtering."""
        return [self.slug, *self.subtypes.values_list("slug", flat=True)]


class ProblemArea(Term):
    """A recurring problem a cooperative innovates on (SDM, marketing…)."""

    class Meta(Term.Meta):
        verbose_name = _("problem area")
        verbose_name_plural = _("problem areas")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class InnovationStage(Term):
    """How far an innovation has come: idea, pilot, running, scaled."""

    class Meta(Term.Meta):
        verbose_name = _("innovation stage")
        verbose_name_plural = _("innovation stages")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


TAXONOMY_MODELS = [CooperativeType, InnovationMode, ProblemArea, InnovationStage]
