"""E-mail to the reviewers of a step, and reminders of pages left waiting.

Wagtail already tells the officer when a page is sent back or published
(its workflow rejection and approval notifiers). What it cannot know is who
reviews a regional step, so the submission e-mail for both review tasks is
sent here, to the reviewers the task itself names.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override
from wagtail.admin.mail import (
    BaseGroupApprovalTaskStateEmailNotifier,
    send_mail,
)
from wagtail.models import TaskState
from wagtail.users.models import UserProfile

from .models import NationalApprovalTask, RegionalReviewTask, ReviewTaskState

logger = logging.getLogger("koperasi.workflow")

REVIEW_TASK_MODELS = (RegionalReviewTask, NationalApprovalTask)
DEFAULT_REMINDER_DAYS = 3


class ReviewTaskSubmissionNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    """Tells the reviewers of a review step that a page waits for them."""

    notification = "submitted"

    def __init__(self):
        super().__init__()
        self.valid_classes = (ReviewTaskState,)

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, ReviewTaskState) and isinstance(
            instance.task.specific, REVIEW_TASK_MODELS
        )

    def get_template_base_prefix(self, instance, **kwargs):
        # Wagtail's own "submitted to a moderation stage" e-mail says it all.
        return "task_state_"

    def get_recipient_users(self, task_state, **kwargs):
        triggering_user = kwargs.get("user")
        page = task_state.workflow_state.content_object.specific
        recipients = set(task_state.task.specific.get_reviewers(page))

        if getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True):
            recipients |= set(
                get_user_model().objects.filter(is_superuser=True, is_active=True)
            )
        if triggering_user is not None:
            recipients.discard(triggering_user)

        logger.info(
            "Page %s waits for %s: notifying users %s",
            page.pk,
            task_state.task.name,
            sorted(user.pk for user in recipients),
        )
        return recipients


@dataclass
class Reminder:
    """The pages one reviewer has left waiting longer than the limit."""

    reviewer: object
    items: list = field(default_factory=list)


def waiting_task_states(days, now=None):
    """In-progress review steps started more than ``days`` days ago, oldest first."""
    now = now or timezone.now()
    return (
        ReviewTaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            started_at__lte=now - timezone.timedelta(days=days),
        )
        .select_related("task", "workflow_state", "workflow_state__requested_by")
        .order_by("started_at")
    )


def collect_reminders(days, now=None):
    """Group the long-waiting steps by the reviewer who should act on them."""
    from .queue import QueueItem

    now = now or timezone.now()
    reminders = {}
    for task_state in waiting_task_states(days, now):
        task = task_state.task.specific
        if not isinstance(task, REVIEW_TASK_MODELS):
            continue
        page = task_state.workflow_state.content_object
        if page is None:
            continue
        item = QueueItem.build(task_state, page.specific, now)
        for reviewer in task.get_reviewers(item.page):
            if not reviewer.email:
                continue
            reminders.setdefault(reviewer.pk, Reminder(reviewer)).items.append(item)
    return list(reminders.values())


def send_reminder(reminder):
    """One e-mail listing every page waiting for ``reminder.reviewer``."""
    reviewer = reminder.reviewer
    context = {
        "user": reviewer,
        "items": reminder.items,
        "count": len(reminder.items),
        "base_url": getattr(settings, "WAGTAILADMIN_BASE_URL", ""),
    }
    language = UserProfile.get_for_user(reviewer).get_preferred_language()
    with override(language):
        subject = render_to_string(
            "koperasi_review/notifications/reminder_subject.txt", context
        ).strip()
        body = render_to_string("koperasi_review/notifications/reminder.txt", context)
    send_mail(subject, body.strip(), [reviewer.email])
    logger.info(
        "Reminded user %s of %s waiting pages", reviewer.pk, len(reminder.items)
    )
