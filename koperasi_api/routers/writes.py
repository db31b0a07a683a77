"""Officer endpoints: drafts, image uploads and the review workflow.

All need a bearer token (Wagtail's ``APIToken``, issued in the admin under
Settings → API tokens or with ``manage.py issue_api_token``). What a token
may do is what its user may do in the admin: Wagtail's page permissions, the
same ones the review workflow sets per region, decide every request.
"""

import logging
from typing import Annotated

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import File, Form, Router, Status
from ninja.files import UploadedFile
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.api.v3.errors import as_validation_error
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Page
from wagtail.permissions import policy_registry

from ..drafts import (
    DRAFT_MODELS,
    check_ready_for_review,
    create_draft,
    draft_data,
    update_draft,
)
from ..representation import image_data
from ..schemas import (
    MAX_ID,
    PageIdPath,
    PortalDraft,
    PortalUploadedImage,
    PortalWorkflowComment,
)

logger = logging.getLogger("koperasi.api")


def add_draft_routes(router, type_name, create_schema, update_schema):
    """POST a new draft and PATCH an existing page of one type."""
    model = DRAFT_MODELS[type_name]

    @router.post(
        "/",
        response={201: PortalDraft},
        auth=BearerTokenAuth(),
        url_name=f"koperasi_{type_name}_create",
        operation_id=f"koperasi_{type_name}_create",
        summary=f"Save a new {type_name} as a draft",
    )
    def create(request: HttpRequest, data: create_schema):
        page = create_draft(model, data, request.user)
        return Status(201, draft_data(request, page))

    @router.patch(
        "/{page_id}/",
        response=PortalDraft,
        auth=BearerTokenAuth(),
        url_name=f"koperasi_{type_name}_update",
        operation_id=f"koperasi_{type_name}_update",
        summary=f"Save changes to a {type_name} as a new draft revision",
    )
    def update(
        request: HttpRequest,
        data: update_schema,
        page_id: PageIdPath,
    ):
        page = update_draft(model, page_id, data, request.user)
        return draft_data(request, page)


# Review workflow ---------------------------------------------------------------

workflow_router = Router(tags=["review workflow"], auth=BearerTokenAuth())


@workflow_router.post(
    "/{page_id}/actions/workflow/start/",
    response=PortalDraft,
    url_name="koperasi_workflow_start",
    operation_id="koperasi_workflow_start",
    summary="Submit the latest draft into the page's review workflow",
)
def start_workflow(request: HttpRequest, page_id: PageIdPath):
    page = get_object_or_404(Page, pk=page_id).specific
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise PermissionDenied(_("You may not submit this page."))

    workflow = page.get_workflow()
    if workflow is None or not permissions.can_submit_for_moderation():
        reason = (
            _("This page has no review workflow.")
            if workflow is None
            else _("This page is already in review or locked.")
        )
        raise as_validation_error(PermissionError(reason), reason, loc=("page_id",))

    # Note: only a draft that could be published enters review.
    check_ready_for_review(page)
    if page.get_latest_revision() is None:
        page.save_revision(user=request.user)
    workflow.start(page, request.user)
    logger.info("API: user %s submitted page %s for review", request.user.pk, page.pk)
    return draft_data(request, page)


def _task_action(request, page_id, action_name, comment):
    page = get_object_or_404(Page, pk=page_id).specific
    task_state = page.current_workflow_task_state
    if task_state is None:
        raise PermissionDenied(_("This page is not in review."))

    task = task_state.task.specific
    allowed = {name for name, *_rest in task.get_actions(page, request.user)}
    if action_name not in allowed:
        raise PermissionDenied(_("You may not do this in the current review step."))

    task.on_action(task_state, request.user, action_name, comment=comment or None)
    logger.info("API: user %s did %s on page %s", request.user.pk, action_name, page.pk)
    return draft_data(request, page)


@workflow_router.post(
    "/{page_id}/actions/workflow/approve/",
    response=PortalDraft,
    url_name="koperasi_workflow_approve",
    operation_id="koperasi_workflow_approve",
    summary="Approve the current review step (reviewers of the page's region)",
)
def approve(
    request: HttpRequest,
    data: PortalWorkflowComment,
    page_id: PageIdPath,
):
    return _task_action(request, page_id, "approve", data.comment)


@workflow_router.post(
    "/{page_id}/actions/workflow/reject/",
    response=PortalDraft,
    url_name="koperasi_workflow_reject",
    operation_id="koperasi_workflow_reject",
    summary="Request changes in the current review step",
)
def reject(
    request: HttpRequest,
    data: PortalWorkflowComment,
    page_id: PageIdPath,
):
    return _task_action(request, page_id, "reject", data.comment)


# Images ---------------------------------------------------------------------------

image_router = Router(tags=["images"], auth=BearerTokenAuth())


@image_router.post(
    "/",
    response={201: PortalUploadedImage},
    url_name="koperasi_image_upload",
    operation_id="koperasi_image_upload",
    summary="Upload a photo to use in a draft",
)
def upload_image(
    request: HttpRequest,
    file: File[UploadedFile],
    title: Annotated[str, Form(..., min_length=1, max_length=255)],
    alt_text: Annotated[str, Form(max_length=255)] = "",
    collection_id: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None,
):
    image_model = get_image_model()
    image_policy = policy_registry.get_by_type(image_model)
    collections = image_policy.collections_user_has_permission_for(request.user, "add")
    if collection_id is not None:
        collections = collections.filter(pk=collection_id)
    collection = collections.order_by("path").first()
    if collection is None:
        raise PermissionDenied(_("You may not upload images here."))

    form_class = get_image_form(
        image_model, fields=("title", "file", "description", "collection")
    )
    form = form_class(
        data={
            "title": title,
            "description": alt_text,
            "collection": collection.pk,
        },
        files={"file": file},
        user=request.user,
        instance=image_model(uploaded_by_user=request.user),
    )
    if not form.is_valid():
        from wagtail.utils.forms import FormValidationError

        raise FormValidationError.from_form(form)

    image = form.save()
    logger.info("API: user %s uploaded image %s", request.user.pk, image.pk)
    return Status(
        201, {**image_data(request, image), "collection_id": image.collection_id}
    )
