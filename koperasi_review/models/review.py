"""The review workflow's tasks: regional review, then national approval."""

import logging

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState

from ..forms import ChangeRequestForm
from ..regions import page_region_codes
from ..roles import Role

logger = logging.getLogger("koperasi.workflow")


class ChangeRequestReasonQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True).order_by("sort_order", "name")


class ChangeRequestReason(models.Model):
    """A reason a reviewer picks when sending a page back to its officer.

    National editors keep the list; the reviewer adds free text in the same
    modal, and both reach the officer in the editor and by e-mail.
    """

    name = models.CharField(_("name"), max_length=120, unique=True)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("When reviewers should choose this reason."),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive reasons stay on past reviews but are not offered."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("active"),
        FieldPanel("sort_order"),
    ]

    objects = ChangeRequestReasonQuerySet.as_manager()

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("change request reason")
        verbose_name_plural = _("change request reasons")

    def __str__(self):
        return self.name


class ReviewTaskState(TaskState):
    """A task state that remembers why changes were requested."""

    reason = models.ForeignKey(
        ChangeRequestReason,
        verbose_name=_("reason"),
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.SET_NULL,
    )

    class Meta:
        verbose_name = _("review task state")
        verbose_name_plural = _("review task states")

    def get_comment(self):
        if self.reason_id and self.comment:
            return _("%(reason)s: %(comment)s") % {
                "reason": self.reason.name,
                "comment": self.comment,
            }
        if self.reason_id:
            return self.reason.name
        return self.comment


class ReviewActionsMixin:
    """What both review steps share: the actions, their modal and who reviews.

    Subclasses say who may review a page (``user_can_review``) and who is
    told about it (``get_reviewers``); everything Wagtail asks of a task —
    actions, editor access, locking, the dashboard queue — follows from
    those two.
    """

    task_state_class = ReviewTaskState

    def user_can_review(self, page, user):
        raise NotImplementedError

    def get_reviewers(self, page):
        raise NotImplementedError

    def _can_review(self, page, user):
        # Wagtail asks several times per request (lock, actions, menus), so
        # the answer is cached on the user object, keyed by task and page.
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser:
            return True
        cache = user.__dict__.setdefault("_koperasi_review_checks", {})
        key = (self.pk, page.pk)
        if key not in cache:
            cache[key] = self.user_can_review(page, user)
        return cache[key]

    def user_can_access_editor(self, obj, user):
        return self._can_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self._can_review(obj, user)

    def user_can_lock(self, obj, user):
        return self._can_review(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self._can_review(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_form_for_action(self, action):
        if action == "reject":
            return ChangeRequestForm
        return TaskStateCommentForm

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        reason = kwargs.pop("reason", None)
        if action_name == "reject" and reason:
            task_state.reason_id = reason
        result = super().on_action(task_state, user, action_name, **kwargs)
        logger.info(
            "Task %s %s on page %s by user %s",
            self.pk,
            action_name,
            task_state.workflow_state.object_id,
            user.pk,
        )
        return result

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not user.is_active:
            return TaskState.objects.none()

        states = list(
            self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
            .select_related("workflow_state")
            .only("pk", "workflow_state__object_id")
        )
        pages = _pages_by_id(state.workflow_state.object_id for state in states)
        reviewable = [
            state.pk
            for state in states
            if (page := pages.get(state.workflow_state.object_id)) is not None
            and self._can_review(page, user)
        ]
        return self.task_states.filter(pk__in=reviewable)

    def _unlock_for_reviewers(self, page):
        # As Wagtail's group approval does: a lock held by someone who cannot
        # review this step would block the reviewers, so it is released.
        if page.locked_by_id and not self._can_review(page, page.locked_by):
            page.locked = False
            page.locked_by = None
            page.locked_at = None
            page.save(update_fields=["locked", "locked_by", "locked_at"])


def _pages_by_id(object_ids):
    from wagtail.models import Page

    ids = {int(object_id) for object_id in object_ids}
    if not ids:
        return {}
    return {str(page.pk): page for page in Page.objects.filter(pk__in=ids).specific()}


class RegionalReviewTask(ReviewActionsMixin, Task):
    """First step: the regional editors of the page's region review it.

    Approvers are the active users whose officer profile has the regional
    editor role and a region matching the page's province or regency. When
    nobody is assigned to a region yet, members of the fallback groups
    (national editors) review instead, so no submission waits forever.
    Pages that belong to no region (the home page, national listings)
    skip this step.
    """

    fallback_groups = models.ManyToManyField(
        Group,
        verbose_name=_("fallback groups"),
        blank=True,
        related_name="+",
        help_text=_(
            "Members of these groups review pages from regions that have no "
            "regional editor."
        ),
    )

    admin_form_fields = Task.admin_form_fields + ["fallback_groups"]
    admin_form_widgets = {"fallback_groups": forms.CheckboxSelectMultiple}

    class Meta:
        verbose_name = _("regional review task")
        verbose_name_plural = _("regional review tasks")

    @classmethod
    def get_description(cls):
        return _(
            "Regional editors assigned to the page's province or regency review it"
        )

    def regional_editors(self, codes):
        return (
            get_user_model()
            .objects.filter(
                is_active=True,
                officer_profile__role=Role.REGIONAL_EDITOR,
                officer_profile__regions__code__in=codes,
            )
            .distinct()
        )

    def get_reviewers(self, page):
        codes = page_region_codes(page)
        editors = self.regional_editors(codes)
        if editors.exists():
            return editors
        return (
            get_user_model()
            .objects.filter(is_active=True, groups__in=self.fallback_groups.all())
            .distinct()
        )

    def user_can_review(self, page, user):
        codes = page_region_codes(page)
        profile = getattr(user, "officer_profile", None)
        if profile is not None and profile.role == Role.REGIONAL_EDITOR:
            return profile.covers(codes)

        in_fallback_group = self.fallback_groups.filter(
            pk__in=user.groups.values("pk")
        ).exists()
        return in_fallback_group and not self.regional_editors(codes).exists()

    def start(self, workflow_state, user=None):
        page = workflow_state.content_object.specific
        if not page_region_codes(page):
            return self._skip(workflow_state, user)

        self._unlock_for_reviewers(page)
        return super().start(workflow_state, user=user)

    def _skip(self, workflow_state, user):
        task_state = self.get_task_state_class()(
            workflow_state=workflow_state,
            revision=workflow_state.content_object.get_latest_revision(),
            task=self,
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
            finished_by=user,
        )
        task_state.save()
        logger.info(
            "Regional review skipped for page %s: it belongs to no region",
            workflow_state.object_id,
        )
        return task_state


class NationalApprovalTask(ReviewActionsMixin, AbstractGroupApprovalTask):
    """Second step: a national editor gives the final approval, which publishes.

    A Wagtail group approval ("Editor Nasional") with the same request for
    changes, reasons and notifications as the regional step.
    """

    class Meta:
        verbose_name = _("national approval task")
        verbose_name_plural = _("national approval tasks")

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups give the final approval and publish")

    def get_reviewers(self, page):
        return (
            get_user_model()
            .objects.filter(is_active=True, groups__in=self.groups.all())
            .distinct()
        )

    def user_can_review(self, page, user):
        return self._user_in_groups(user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # Group members review every page at this step: no need to load them.
        return AbstractGroupApprovalTask.get_task_states_user_can_moderate(
            self, user, **kwargs
        )
