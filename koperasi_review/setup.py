"""Builds the review machinery idempotently: groups, permissions, workflow.

``setup_review`` is called by ``koperasi_pages.setup.setup_portal`` when this
app is installed; running it again changes nothing that is already right.

Choices worth knowing:

- The workflow is attached once, to the Indonesian home page, so every hub
  (including hubs added later) and everything in them goes through review
  without a per-hub record; pages that belong to no region skip the
  regional step.
- The English tree has no workflow. English pages are translations made by
  national editors with wagtail-localize after the Indonesian source was
  reviewed; only national editors, who hold publish permission there,
  publish them.
"""

import logging

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import ChangeRequestReason, NationalApprovalTask, RegionalReviewTask
from .permissions import ensure_hub_groups, grant_page_permissions
from .regions import source_locale
from .roles import NATIONAL_PAGE_PERMISSIONS, ROLE_GROUPS, Role

logger = logging.getLogger("koperasi.workflow")

# Stored in the site's language (Indonesian) when first created.
WORKFLOW_NAME = _("PPKL review")
REGIONAL_TASK_NAME = _("Regional review")
NATIONAL_TASK_NAME = _("National approval")
STARTER_WORKFLOW_NAME = "Moderators approval"

CHANGE_REQUEST_REASONS = [
    # Seed reasons, written in Indonesian: the language reviewers work in.
    ("Data koperasi belum lengkap", "Nama, NIK koperasi, alamat atau angka kurang."),
    (
        "Fakta atau angka perlu dicek",
        "Angka sebelum/sesudah tidak cocok atau tanpa sumber.",
    ),
    (
        "Foto kurang jelas atau tanpa izin",
        "Foto buram, tanpa keterangan, atau tanpa izin.",
    ),
    ("Bahasa perlu dirapikan", "Ejaan, kalimat terlalu panjang, atau istilah asing."),
    (
        "Langkah replikasi belum jelas",
        "Koperasi lain belum bisa meniru dari cerita ini.",
    ),
    ("Bukan wilayah yang tepat", "Halaman seharusnya ada di hub wilayah lain."),
]

MEDIA_PERMISSIONS = {
    Role.OFFICER: ["add", "choose"],
    Role.REGIONAL_EDITOR: ["add", "choose", "change"],
    Role.NATIONAL_EDITOR: ["add", "choose", "change", "delete"],
}

# National editors keep the vocabulary, the reasons and the officer profiles.
NATIONAL_MODEL_PERMISSIONS = [
    (
        "koperasi_pages",
        ["cooperativetype", "innovationmode", "problemarea", "innovationstage"],
    ),
    ("koperasi_review", ["officerprofile", "changerequestreason"]),
    # National editors issue and revoke the officers' API tokens.
    ("wagtailcore", ["apitoken"]),
]


def _permission(app_label, codename):
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()


def ensure_role_groups():
    """The three role groups with their admin, media and model permissions."""
    groups = {}
    root_collection = Collection.get_first_root_node()

    for role, name in ROLE_GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        groups[role] = group
        group.permissions.add(_permission("wagtailadmin", "access_admin"))

        for app_label, model in (
            ("wagtailimages", "image"),
            ("wagtaildocs", "document"),
        ):
            for action in MEDIA_PERMISSIONS[role]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(app_label, f"{action}_{model}"),
                )

    national = groups[Role.NATIONAL_EDITOR]
    for app_label, models in NATIONAL_MODEL_PERMISSIONS:
        for model in models:
            for action in ("add", "change", "delete", "view"):
                permission = _permission(app_label, f"{action}_{model}")
                if permission is not None:
                    national.permissions.add(permission)
    for app_label, codename in [
        ("auth", "add_user"),
        ("auth", "change_user"),
        ("wagtail_localize", "submit_translation"),
    ]:
        permission = _permission(app_label, codename)
        if permission is not None:
            national.permissions.add(permission)
    return groups


def ensure_national_page_permissions(national_group):
    """National editors may publish anywhere: permissions on each home page."""
    from koperasi_pages.models import HomePage

    for home in HomePage.objects.all():
        grant_page_permissions(national_group, home, NATIONAL_PAGE_PERMISSIONS)


def ensure_hub_permissions():
    from koperasi_pages.models import RegionalHubPage

    hubs = RegionalHubPage.objects.filter(locale=source_locale()).select_related(
        "region"
    )
    for hub in hubs:
        ensure_hub_groups(hub)
    return len(hubs)


def _site_language(label):
    with override(settings.LANGUAGE_CODE):
        return str(label)


def _ensure_named(model, existing, label, **lookup):
    """Create ``existing`` if missing, named ``label`` in the site's language.

    When setup first ran before the message catalogues were compiled, the
    English source text was stored; it is replaced, but a name someone chose
    in the admin is kept.
    """
    name = _site_language(label)
    if existing is None:
        return model.objects.create(name=name, **lookup)
    with override("en"):
        source_text = str(label)
    if existing.name == source_text != name:
        existing.name = name
        existing.save(update_fields=["name"])
    return existing


def ensure_workflow(national_group):
    """The two-step workflow "Tinjauan PPKL", found again by its tasks."""
    regional = _ensure_named(
        RegionalReviewTask, RegionalReviewTask.objects.first(), REGIONAL_TASK_NAME
    )
    national = _ensure_named(
        NationalApprovalTask, NationalApprovalTask.objects.first(), NATIONAL_TASK_NAME
    )
    workflow = _ensure_named(
        Workflow,
        Workflow.objects.filter(workflow_tasks__task=regional).first(),
        WORKFLOW_NAME,
    )

    regional.fallback_groups.add(national_group)
    national.groups.add(national_group)
    for position, task in enumerate([regional, national]):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": position}
        )
    return workflow


def attach_workflow(workflow):
    """Attach the workflow to the source-language home page, and only there.

    Wagtail's starter workflow ("Moderators approval", on the root page)
    would otherwise catch the English tree and send its pages to the empty
    "Moderators" group, so it is detached while it is still Wagtail's
    untouched default.
    """
    from koperasi_pages.models import HomePage

    home = HomePage.objects.filter(locale=source_locale()).first()
    if home is None:
        return None
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})

    starter = WorkflowPage.objects.filter(
        page__depth=1, workflow__name=STARTER_WORKFLOW_NAME
    )
    if starter.exists():
        starter.delete()
        logger.info("Detached Wagtail's starter workflow from the root page")
    return home


def ensure_reasons():
    created = 0
    for position, (name, description) in enumerate(CHANGE_REQUEST_REASONS):
        _reason, was_created = ChangeRequestReason.objects.get_or_create(
            name=name, defaults={"description": description, "sort_order": position}
        )
        created += was_created
    return created


@transaction.atomic
def setup_review():
    """Groups, per-hub permissions, reasons, tasks and the workflow; repeatable."""
    groups = ensure_role_groups()
    national_group = groups[Role.NATIONAL_EDITOR]
    ensure_national_page_permissions(national_group)
    hubs = ensure_hub_permissions()
    reasons = ensure_reasons()
    workflow = ensure_workflow(national_group)
    home = attach_workflow(workflow)

    logger.info(
        "Review set up: workflow %s on page %s, %s hubs with permissions, "
        "%s reasons added",
        workflow.pk,
        getattr(home, "pk", None),
        hubs,
        reasons,
    )
    return {"workflow": workflow, "hubs": hubs, "reasons_created": reasons}
