"""Per-region page permissions, carried by Wagtail groups.

Each hub in the source language gets two groups, "PPKL – <region>" and
"Editor Wilayah – <region>", with add/change (and for editors lock/unlock)
permission on the hub; none of them may publish. A user's officer profile
decides which of these groups, and which role group, the user is in:
``sync_user_groups`` is called whenever a profile or its regions change, and
``ensure_hub_groups`` whenever a hub is saved, so both take effect at once.
Wagtail's own page permission checks then do the rest.
"""

import logging

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from .regions import source_locale
from .roles import REGIONAL_GROUP_NAMES, REGIONAL_PAGE_PERMISSIONS, ROLE_GROUPS

logger = logging.getLogger("koperasi.workflow")


def page_permission(codename):
    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=codename
    )


def grant_page_permissions(group, page, codenames):
    """Give ``group`` exactly the page permissions ``codenames`` on ``page``."""
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(codename)
        )


def regional_group(region, role):
    """The group holding ``role``'s page permissions in ``region``, made if missing."""
    from .models import RegionalGroup

    link = (
        RegionalGroup.objects.filter(region=region, role=role)
        .select_related("group")
        .first()
    )
    if link is not None:
        return link.group

    name = REGIONAL_GROUP_NAMES[role] % {"region": region.name}
    group, _created = Group.objects.get_or_create(name=name)
    RegionalGroup.objects.create(region=region, role=role, group=group)
    return group


def ensure_hub_groups(hub):
    """Create the hub's officer and regional editor groups and their permissions.

    Only hubs in the source language carry permissions: officers write in
    Indonesian, and the English tree belongs to national editors.
    """
    if hub.locale_id != source_locale().pk:
        return []

    groups = []
    for role, codenames in REGIONAL_PAGE_PERMISSIONS.items():
        group = regional_group(hub.region, role)
        grant_page_permissions(group, hub, codenames)
        groups.append(group)
    return groups


def permission_hub(region):
    """The source-language hub whose permissions a ``region`` assignment grants.

    A regency without a hub of its own falls back to its province's hub:
    page permissions can only attach to pages, and that regency's pages live
    in the province hub.
    """
    from koperasi_pages.models import RegionalHubPage

    hubs = RegionalHubPage.objects.filter(locale=source_locale())
    hub = hubs.filter(region=region).first()
    if hub is None and region.parent_id:
        hub = hubs.filter(region_id=region.parent_id).first()
    return hub


def managed_groups():
    """Every group whose membership follows officer profiles."""
    from .models import RegionalGroup

    return Group.objects.filter(name__in=ROLE_GROUPS.values()) | Group.objects.filter(
        pk__in=RegionalGroup.objects.values("group_id")
    )


def wanted_groups(profile):
    """The groups a profile puts its user in: the role's and its hubs'."""
    if profile is None:
        return set()

    role_group, _created = Group.objects.get_or_create(name=ROLE_GROUPS[profile.role])
    groups = {role_group}
    if profile.role in REGIONAL_PAGE_PERMISSIONS:
        for region in profile.regions.select_related("parent"):
            hub = permission_hub(region)
            if hub is None:
                logger.warning(
                    "No hub for region %s: user %s gets no page permission there",
                    region.code,
                    profile.user_id,
                )
                continue
            ensure_hub_groups(hub)
            groups.add(regional_group(hub.region, profile.role))
    return groups


@transaction.atomic
def sync_user_groups(user):
    """Put ``user`` in exactly the managed groups their officer profile asks for.

    Groups the portal does not manage (added by hand by an administrator)
    are left alone.
    """
    from .models import OfficerProfile

    profile = OfficerProfile.objects.filter(user=user).first()
    wanted = wanted_groups(profile)
    current = set(user.groups.filter(pk__in=managed_groups().values("pk")))

    removed = current - wanted
    added = wanted - current
    if removed:
        user.groups.remove(*removed)
    if added:
        user.groups.add(*added)

    # Wagtail caches page permissions on the user object for one request.
    for cache in ("_page_permission_cache", "_explorable_root_page_cache"):
        user.__dict__.pop(cache, None)

    if removed or added:
        logger.info(
            "Groups of user %s: added %s, removed %s",
            user.pk,
            sorted(group.name for group in added),
            sorted(group.name for group in removed),
        )
    return wanted


def sync_region_users(region):
    """Re-sync everyone assigned to ``region``, e.g. after its hub appears."""
    from django.contrib.auth import get_user_model

    for user in get_user_model().objects.filter(officer_profile__regions=region):
        sync_user_groups(user)
