"""The three roles of the portal and the Wagtail groups that carry them.

*PPKL* (*Petugas Penyuluh Koperasi Lapangan*) are the field cooperative
officers who write; regional editors work at a province's cooperative office
(*Dinas Koperasi dan UKM*) and review their region; national editors give the
final approval and publish.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    OFFICER = "officer", _("field officer (PPKL)")
    REGIONAL_EDITOR = "regional_editor", _("regional editor")
    NATIONAL_EDITOR = "national_editor", _("national editor")


# Group names are data shared with the ministry's staff, so they stay in
# Indonesian whatever the admin language is.
ROLE_GROUPS = {
    Role.OFFICER: "Petugas PPKL",
    Role.REGIONAL_EDITOR: "Editor Wilayah",
    Role.NATIONAL_EDITOR: "Editor Nasional",
}

# One group per region and role holds the page permissions on that region's hub.
REGIONAL_GROUP_NAMES = {
    Role.OFFICER: "PPKL – %(region)s",
    Role.REGIONAL_EDITOR: "Editor Wilayah – %(region)s",
}

# Page permissions per role. Officers and regional editors never get
# publish: their work reaches readers only through the review workflow.
REGIONAL_PAGE_PERMISSIONS = {
    Role.OFFICER: ["add_page", "change_page"],
    Role.REGIONAL_EDITOR: ["add_page", "change_page", "lock_page", "unlock_page"],
}
NATIONAL_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
