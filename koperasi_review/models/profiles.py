"""Who serves where: officer profiles and the per-region permission groups."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from koperasi_pages.validators import validate_phone_number

from ..forms import OfficerProfileForm, RegionChoiceWidget
from ..roles import Role
from ..validators import validate_staff_number


class OfficerProfile(models.Model):
    """The role and regions of one admin user, kept by national editors.

    The profile is the source of truth for permissions: saving it puts the
    user into the role's group ("Petugas PPKL", "Editor Wilayah" or "Editor
    Nasional") and into the per-region groups that hold page permissions on
    the regions' hubs (see ``koperasi_review.permissions``), so a change
    takes effect on the user's next request. Regional review resolves its
    approvers from the regions here.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        related_name="officer_profile",
        on_delete=models.CASCADE,
    )
    role = models.CharField(
        _("role"), max_length=20, choices=Role.choices, default=Role.OFFICER
    )
    regions = models.ManyToManyField(
        "koperasi_pages.Region",
        verbose_name=_("regions"),
        related_name="officer_profiles",
        blank=True,
        help_text=_(
            "Provinces, or single regencies and cities, this person works in. "
            "National editors need none."
        ),
    )
    phone = models.CharField(
        _("phone"), max_length=30, blank=True, validators=[validate_phone_number]
    )
    staff_number = models.CharField(
        _("staff number (NIP)"),
        max_length=21,
        blank=True,
        validators=[validate_staff_number],
        help_text=_("18 digits, for civil servants."),
    )

    panels = [
        FieldPanel("user"),
        FieldPanel("role"),
        FieldPanel("regions", widget=RegionChoiceWidget),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("phone"), FieldPanel("staff_number")])],
            heading=_("Contact"),
        ),
    ]

    base_form_class = OfficerProfileForm

    class Meta:
        verbose_name = _("officer profile")
        verbose_name_plural = _("officer profiles")

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()}"

    def clean(self):
        super().clean()
        if self.staff_number:
            self.staff_number = self.staff_number.replace(" ", "")

    @property
    def region_codes(self):
        """Codes of the assigned regions, cached for the life of the object."""
        if not hasattr(self, "_region_codes"):
            self._region_codes = set(self.regions.values_list("code", flat=True))
        return self._region_codes

    @admin.display(description=_("regions"))
    def region_names(self):
        return ", ".join(region.name for region in self.regions.all())

    def covers(self, codes):
        """Whether any of the page's region ``codes`` is assigned to this user."""
        return bool(self.region_codes & set(codes))


class RegionalGroup(models.Model):
    """Links a region and role to the Wagtail group holding its page permissions.

    One group per hub and role ("PPKL – Jawa Timur", "Editor Wilayah – Jawa
    Timur") carries add/change permission on that hub; membership follows
    the officer profiles. Looking groups up here rather than by name lets an
    administrator rename a group without breaking the link.
    """

    region = models.ForeignKey(
        "koperasi_pages.Region",
        verbose_name=_("region"),
        related_name="permission_groups",
        on_delete=models.CASCADE,
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    group = models.OneToOneField(
        Group,
        verbose_name=_("group"),
        related_name="regional_group",
        on_delete=models.CASCADE,
    )

    class Meta:
        verbose_name = _("regional permission group")
        verbose_name_plural = _("regional permission groups")
        constraints = [
            models.UniqueConstraint(
                fields=["region", "role"], name="unique_regional_group_per_role"
            )
        ]

    def __str__(self):
        return self.group.name
