"""Editors' synonyms and the queue of index updates the engine missed."""

import re

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

SEPARATORS = re.compile(r"[,;\n]+")


class SearchSynonym(models.Model):
    """Words readers use interchangeably, e.g. KSP and koperasi simpan pinjam.

    Applied when a reader searches (the query is expanded with every other
    form), so a new synonym works at once without reindexing. A group is
    symmetric: searching any of its forms also finds pages with the others.
    """

    class Language(models.TextChoices):
        ANY = "", _("both languages")
        INDONESIAN = "id", _("Indonesian")
        ENGLISH = "en", _("English")

    term = models.CharField(
        _("term"),
        max_length=100,
        unique=True,
        help_text=_("A word or acronym readers type, for example: KSP."),
    )
    equivalents = models.TextField(
        _("equivalents"),
        help_text=_(
            "Other ways to say the same thing, separated by commas, for "
            "example: koperasi simpan pinjam."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        blank=True,
        choices=Language.choices,
        help_text=_("Searches in which language use this synonym."),
    )

    panels = [FieldPanel("term"), FieldPanel("equivalents"), FieldPanel("language")]

    class Meta:
        ordering = ["term"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return f"{self.term} = {self.equivalents}"

    @property
    def forms(self):
        """The term and its equivalents, lowercased, without duplicates."""
        forms = [self.term, *SEPARATORS.split(self.equivalents)]
        seen = []
        for form in forms:
            form = " ".join(form.lower().split())
            if form and form not in seen:
                seen.append(form)
        return seen


class PendingIndexUpdate(models.Model):
    """An index write that failed (engine down or slow), to be applied later.

    One row per object and backend: a later change of the same object
    replaces the action, so catching up applies only the latest state.
    ``catch_up_search_index`` (and the search page, once the engine answers
    again) works through the rows and deletes each one it applies.
    """

    class Action(models.TextChoices):
        INDEX = "index", _("index")
        DELETE = "delete", _("delete")

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("content type"), on_delete=models.CASCADE
    )
    object_id = models.CharField(_("object id"), max_length=64)
    backend_name = models.CharField(_("search backend"), max_length=64)
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    attempts = models.PositiveIntegerField(_("attempts"), default=1)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("first failure"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last failure"), auto_now=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("pending index update")
        verbose_name_plural = _("pending index updates")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "backend_name"],
                name="unique_pending_index_update",
            )
        ]

    def __str__(self):
        return f"{self.action} {self.content_type.model} {self.object_id}"
