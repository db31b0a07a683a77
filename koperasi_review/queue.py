"""A reviewer's queue: the pages waiting for them, with how long each waited."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState

from .regions import page_region_codes


@dataclass
class QueueItem:
    """One page waiting at one review step."""

    task_state: TaskState
    page: object
    task: object
    region: str
    submitted_by: object
    started_at: object
    waiting_days: int

    @classmethod
    def build(cls, task_state, page, now=None):
        from koperasi_pages.models import Region

        now = now or timezone.now()
        codes = page_region_codes(page)
        region = Region.objects.filter(code=codes[-1]).first() if codes else None
        return cls(
            task_state=task_state,
            page=page,
            task=task_state.task,
            region=region.name if region else "",
            submitted_by=task_state.workflow_state.requested_by,
            started_at=task_state.started_at,
            waiting_days=(now - task_state.started_at).days,
        )

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    @property
    def preview_url(self):
        return reverse(
            "wagtailadmin_pages:workflow_preview", args=[self.page.pk, self.task.pk]
        )


def awaiting_review(user, now=None):
    """Every in-progress step ``user`` may act on, the longest-waiting first."""
    now = now or timezone.now()
    states = (
        TaskState.objects.reviewable_by(user)
        .filter(status=TaskState.STATUS_IN_PROGRESS)
        .select_related("task", "workflow_state", "workflow_state__requested_by")
        .order_by("started_at")
    )
    items = []
    for task_state in states:
        page = task_state.workflow_state.content_object
        if page is None:
            continue
        items.append(QueueItem.build(task_state, page.specific, now))
    return items
