"""Officers' drafts: create and change stories, reports and cooperatives.

A draft goes through exactly what the admin uses: the page type's own admin
form (so its validation, such as the regency-inside-the-hub check, runs),
Wagtail's ``CreatePageAction``/``EditPageAction`` (so page permissions,
locking, revisions and the audit log apply) and never publishes. The JSON is
bound to the form with Wagtail v3's own ``build_form_data``.
"""

import logging

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from pydantic_core import PydanticCustomError
from wagtail.actions.create_page import CreatePageAction
from wagtail.actions.edit_page import EditPageAction
from wagtail.admin.panels import get_form_for_model
from wagtail.api.v3.form_data import build_form_data
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from koperasi_pages.models import (
    ActivityReportPage,
    CooperativeProfilePage,
    CooperativeType,
    InnovationMode,
    InnovationStage,
    InnovationStoryPage,
    ProblemArea,
    RegionalHubPage,
)

from .representation import type_name

logger = logging.getLogger("koperasi.api")

#: Input fields naming a vocabulary term by slug: field -> (model, many).
TERM_FIELDS = {
    "innovation_mode": (InnovationMode, False),
    "stage": (InnovationStage, False),
    "problem_areas": (ProblemArea, True),
    "cooperative_type": (CooperativeType, False),
}


def _invalid(field, message):
    return _invalid_many([(("body", field), message)])


def _invalid_many(located_messages):
    """A 422 naming each ``(loc, message)``, in the shape of the API's errors."""
    from pydantic import ValidationError as PydanticValidationError

    return PydanticValidationError.from_exception_data(
        "Validation error",
        [
            {
                "type": PydanticCustomError("invalid_choice", str(message)),
                "loc": tuple(loc),
                "input": None,
            }
            for loc, message in located_messages
        ],
    )


def check_ready_for_review(page):
    """Refuse a page whose latest draft could not be published.

    Drafts may leave required fields empty, as in the admin; submitting may
    not, or the last approval would fail. The check is the one publishing
    runs (``full_clean`` on the latest revision's page), so what passes here
    can be published. Messages are Django's, in the active language.
    """
    latest = page.get_latest_revision_as_object()
    try:
        latest.full_clean()
    except ValidationError as error:
        if not hasattr(error, "error_dict"):
            raise _invalid_many([(("page",), msg) for msg in error.messages]) from None
        located = []
        for field, messages in error.message_dict.items():
            loc = ("page",) if field == NON_FIELD_ERRORS else ("page", field)
            located.extend((loc, message) for message in messages)
        raise _invalid_many(located) from None


def _term_ids(field, value, locale):
    model, many = TERM_FIELDS[field]
    slugs = value if many else [value]
    slugs = [slug for slug in slugs if slug]
    found = {}
    for term in model.objects.filter(slug__in=slugs, locale=locale):
        found[term.slug] = term.pk
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        raise _invalid(
            field,
            _("Unknown %(vocabulary)s: %(slugs)s.")
            % {
                "vocabulary": model._meta.verbose_name,
                "slugs": ", ".join(missing),
            },
        )
    ids = [found[slug] for slug in slugs]
    return ids if many else (ids[0] if ids else None)


def form_payload(data, locale):
    """The form fields for a validated input schema, slugs turned into IDs."""
    payload = data.model_dump(exclude_unset=True, exclude={"hub_id"})
    for field in TERM_FIELDS:
        if field in payload:
            payload[field] = _term_ids(field, payload[field], locale)
    if "cooperatives" in payload:
        payload["cooperative_links"] = [
            {"cooperative": pk} for pk in payload.pop("cooperatives") or []
        ]
    if "indicators" in payload:
        payload["indicators"] = payload["indicators"] or []
    return payload


def draft_form_class(model, field_names):
    """The page type's admin form, narrowed to the fields being written."""
    edit_handler = model.get_edit_handler()
    options = edit_handler.get_form_options()
    options["fields"] = [name for name in options["fields"] if name in field_names]
    options["formsets"] = {
        name: formset
        for name, formset in options.get("formsets", {}).items()
        if name in field_names
    }
    return get_form_for_model(
        model,
        form_class=edit_handler.base_form_class or model.base_form_class,
        **options,
    )


def create_draft(model, data, user):
    """Save a new page of ``model`` as a draft under the hub ``data.hub_id``."""
    hub = get_object_or_404(RegionalHubPage, pk=data.hub_id)
    if not hub.permissions_for_user(user).can_add_subpage():
        raise PermissionDenied(_("You may not add pages to this hub."))

    payload = form_payload(data, hub.locale)
    page = model(owner=user, locale=hub.locale)

    if not payload.get("slug"):
        # A slug from the title, made unique among the hub's pages.
        allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
        base = slugify(payload["title"], allow_unicode=allow_unicode) or "page"
        payload["slug"] = find_available_slug(hub, base)

    form_class = draft_form_class(model, set(payload))
    form = form_class(
        data=build_form_data(form_class, payload),
        instance=page,
        parent_page=hub,
        for_user=user,
    )
    page = CreatePageAction(page, hub, user=user, form=form, publish=False).execute()
    logger.info(
        "API draft %s %s created by user %s under hub %s",
        type_name(page),
        page.pk,
        user.pk,
        hub.pk,
    )
    return page


def update_draft(model, page_id, data, user):
    """Save changes to a page as a new draft revision; never publishes."""
    page = get_object_or_404(model, pk=page_id)
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied(_("You may not change this page."))

    payload = form_payload(data, page.locale)
    latest = page.get_latest_revision_as_object()
    form_class = draft_form_class(model, set(payload))
    form = form_class(
        data=build_form_data(form_class, payload, instance=latest),
        instance=latest,
        parent_page=page.get_parent(),
        for_user=user,
    )
    EditPageAction(latest, user=user, form=form, publish=False).execute()
    logger.info("API draft %s %s changed by user %s", type_name(page), page.pk, user.pk)
    return model.objects.get(pk=page.pk)


def draft_data(request, page):
    """What an officer gets back about their draft: state, not content."""
    page = Page.objects.get(pk=page.pk).specific
    workflow_state = page.current_workflow_state
    task_state = workflow_state.current_task_state if workflow_state else None
    revision = page.get_latest_revision()
    return {
        "id": page.pk,
        "type": type_name(page),
        "title": revision.object_str if revision else page.title,
        "slug": page.slug,
        "locale": page.locale.language_code,
        "hub_id": page.get_parent().pk,
        "live": page.live,
        "has_unpublished_changes": page.has_unpublished_changes,
        "latest_revision_id": revision.pk if revision else None,
        "workflow": {
            "name": workflow_state.workflow.name,
            "status": workflow_state.status,
            "task": task_state.task.name if task_state else None,
        }
        if workflow_state
        else None,
        "admin_url": request.build_absolute_uri(
            reverse("wagtailadmin_pages:edit", args=[page.pk])
        ),
    }


DRAFT_MODELS = {
    "story": InnovationStoryPage,
    "cooperative": CooperativeProfilePage,
    "report": ActivityReportPage,
}
