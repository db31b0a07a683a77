"""Keeps groups in step with profiles and hubs, and sends review e-mail."""

import logging

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import (
    task_approved,
    task_rejected,
    task_submitted,
    workflow_approved,
    workflow_submitted,
)

logger = logging.getLogger("koperasi.workflow")


def profile_saved(sender, instance, raw=False, **kwargs):
    from wagtail.users.models import UserProfile

    from .permissions import sync_user_groups
    from .roles import Role

    if raw:
        return
    sync_user_groups(instance.user)

    # Officers work in Indonesian unless they chose otherwise in their account.
    if instance.role == Role.OFFICER:
        preferences = UserProfile.get_for_user(instance.user)
        if not preferences.preferred_language:
            preferences.preferred_language = "id"
            preferences.save(update_fields=["preferred_language"])


def profile_regions_changed(sender, instance, action, **kwargs):
    from .permissions import sync_user_groups

    if action in ("post_add", "post_remove", "post_clear"):
        sync_user_groups(instance.user)


def profile_deleted(sender, instance, **kwargs):
    from .permissions import sync_user_groups

    # When the user itself is being deleted there is nothing left to sync.
    user = get_user_model().objects.filter(pk=instance.user_id).first()
    if user is not None:
        sync_user_groups(user)


def hub_saved(sender, instance, raw=False, **kwargs):
    """A new hub gets its groups and permissions, and its people join them."""
    from .permissions import ensure_hub_groups, sync_region_users

    if raw or not instance.region_id:
        return
    if ensure_hub_groups(instance):
        sync_region_users(instance.region)


def log_submission(sender, instance, user=None, **kwargs):
    logger.info(
        "Page %s submitted to workflow %s by user %s",
        instance.object_id,
        instance.workflow_id,
        getattr(user, "pk", None),
    )


def log_task_decision(sender, instance, user=None, **kwargs):
    logger.info(
        "Task state %s (%s) on page %s %s by user %s",
        instance.pk,
        instance.task.name,
        instance.workflow_state.object_id,
        instance.status,
        getattr(user, "pk", None),
    )


def log_approval(sender, instance, user=None, **kwargs):
    logger.info(
        "Workflow %s approved on page %s by user %s: published",
        instance.workflow_id,
        instance.object_id,
        getattr(user, "pk", None),
    )


def connect():
    from koperasi_pages.models import RegionalHubPage

    from .models import OfficerProfile, ReviewTaskState
    from .notifications import ReviewTaskSubmissionNotifier

    post_save.connect(profile_saved, sender=OfficerProfile, dispatch_uid="kr_profile")
    post_delete.connect(
        profile_deleted, sender=OfficerProfile, dispatch_uid="kr_profile_deleted"
    )
    m2m_changed.connect(
        profile_regions_changed,
        sender=OfficerProfile.regions.through,
        dispatch_uid="kr_profile_regions",
    )
    post_save.connect(hub_saved, sender=RegionalHubPage, dispatch_uid="kr_hub")

    # Task states of both review steps are ReviewTaskState, so Wagtail's
    # group-approval notifier (connected for plain TaskState) stays silent
    # and this one names the right reviewers instead.
    task_submitted.connect(
        ReviewTaskSubmissionNotifier(),
        sender=ReviewTaskState,
        dispatch_uid="kr_review_task_submitted_email",
        weak=False,
    )
    workflow_submitted.connect(log_submission, dispatch_uid="kr_log_submitted")
    task_approved.connect(
        log_task_decision, sender=ReviewTaskState, dispatch_uid="kr_log_approved"
    )
    task_rejected.connect(
        log_task_decision, sender=ReviewTaskState, dispatch_uid="kr_log_rejected"
    )
    workflow_approved.connect(log_approval, dispatch_uid="kr_log_published")
