"""Admin forms that know where in the page tree a page is being created."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

TERM_FIELDS = ["cooperative_type", "innovation_mode", "stage", "problem_areas"]


def hub_for(page, parent_page=None):
    """The nearest regional hub at or above ``parent_page`` or ``page``."""
    from .models import RegionalHubPage

    start = parent_page or (page.get_parent() if page.pk else None)
    if start is None:
        return None
    start = start.specific
    if isinstance(start, RegionalHubPage):
        return start
    return RegionalHubPage.objects.ancestor_of(start).order_by("-depth").first()


class RegionalPageForm(WagtailAdminPageForm):
    """Keeps a page's regency inside the province of the hub it lives in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.hub = hub_for(self.instance, getattr(self, "parent_page", None))

        if self.hub and "regency" in self.fields:
            self.fields["regency"].queryset = self.hub.region.province.regencies.all()

        # Offer vocabulary terms once, in the page's language, not once per
        # language.
        locale = self.hub.locale if self.hub else getattr(self.instance, "locale", None)
        for name in TERM_FIELDS:
            if locale is not None and name in self.fields:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale=locale)

    def clean(self):
        cleaned_data = super().clean()
        regency = cleaned_data.get("regency")

        if regency and self.hub and regency.parent_id != self.hub.region.province.code:
            self.add_error(
                "regency",
                ValidationError(
                    _("%(regency)s is not in %(province)s, the region of this hub."),
                    code="regency_outside_hub",
                    params={
                        "regency": regency.name,
                        "province": self.hub.region.province.name,
                    },
                ),
            )
        return cleaned_data


class RegionalHubForm(WagtailAdminPageForm):
    """One hub per region and language; regency hubs sit in their province."""

    def clean(self):
        from .models import RegionalHubPage

        cleaned_data = super().clean()
        region = cleaned_data.get("region")
        parent = getattr(self, "parent_page", None) or (
            self.instance.get_parent() if self.instance.pk else None
        )
        if region is None or parent is None:
            return cleaned_data

        parent = parent.specific
        if isinstance(parent, RegionalHubPage):
            if region.parent_id != parent.region.code:
                self.add_error(
                    "region",
                    _("Choose a regency or city of %(province)s.")
                    % {"province": parent.region.name},
                )
        elif region.level != region.Level.PROVINCE:
            self.add_error(
                "region",
                _("A hub directly under the home page must be for a province."),
            )

        duplicates = RegionalHubPage.objects.filter(
            region=region, locale=parent.locale
        ).exclude(pk=self.instance.pk)
        if duplicates.exists():
            self.add_error(
                "region",
                _("%(region)s already has a hub in this language.")
                % {"region": region.name},
            )
        return cleaned_data


class CooperativeProfileForm(RegionalPageForm):
    """Adds a check that each year's indicators are entered only once."""

    def clean(self):
        cleaned_data = super().clean()
        self._check_registration_number_is_new(cleaned_data.get("registration_number"))

        indicator_forms = self.formsets.get("indicators")
        if indicator_forms is None:
            return cleaned_data

        # Validating the rows first gives each of them its cleaned data.
        indicator_forms.is_valid()
        seen_years = set()
        for form in indicator_forms.forms:
            row = getattr(form, "cleaned_data", None) or {}
            year = row.get("year")
            if year is None or row.get("DELETE"):
                continue
            if year in seen_years:
                self.add_error(
                    None,
                    _("The indicators list the year %(year)s twice.") % {"year": year},
                )
            seen_years.add(year)
        return cleaned_data

    def _check_registration_number_is_new(self, number):
        from .models import CooperativeProfilePage

        if not number:
            return
        # Translations share their source's number; any other page may not.
        others = CooperativeProfilePage.objects.filter(
            registration_number=number.replace(" ", "")
        ).exclude(translation_key=self.instance.translation_key)
        existing = others.first()
        if existing is not None:
            self.add_error(
                "registration_number",
                ValidationError(
                    _("%(title)s already has this registration number."),
                    code="duplicate_registration_number",
                    params={"title": existing.title},
                ),
            )
