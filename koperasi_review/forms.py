"""Admin forms: officer profiles and the request-for-changes modal."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.forms import TaskStateCommentForm

from .roles import Role


class RegionChoiceWidget(forms.SelectMultiple):
    """A tall multiple select where each regency sits indented under its province.

    Regions are ordered by Kemendagri code, so a province (``35``) is
    followed by its regencies and cities (``35.01`` …); the code is shown so
    an editor can type it to jump to a region.
    """

    def __init__(self, attrs=None, choices=()):
        super().__init__({"size": 14, **(attrs or {})}, choices)

    def create_option(self, name, value, label, selected, index, **kwargs):
        code = str(value)
        if code:
            indent = "\u2003" if "." in code else ""
            label = f"{indent}{code} · {label}"
        return super().create_option(name, value, label, selected, index, **kwargs)


class OfficerProfileForm(WagtailAdminModelForm):
    """Officers and regional editors must have at least one region."""

    def clean(self):
        cleaned_data = super().clean()
        role = cleaned_data.get("role")
        regions = cleaned_data.get("regions")

        if role in (Role.OFFICER, Role.REGIONAL_EDITOR) and not regions:
            self.add_error(
                "regions",
                ValidationError(
                    _("Choose at least one region for a %(role)s."),
                    code="regions_required",
                    params={"role": Role(role).label},
                ),
            )
        return cleaned_data


def reason_choices():
    from .models import ChangeRequestReason

    return [("", "---------")] + [
        (reason.pk, reason.name) for reason in ChangeRequestReason.objects.active()
    ]


class ChangeRequestForm(TaskStateCommentForm):
    """The modal a reviewer fills to send a page back to its officer.

    The reason is sent as its id, not the model instance: Wagtail passes the
    cleaned data of this form through JSON when the reviewer acts from the
    page editor.
    """

    reason = forms.TypedChoiceField(
        label=_("Reason"),
        choices=reason_choices,
        coerce=int,
        help_text=_("The main thing the officer has to change."),
    )

    field_order = ["reason", "comment"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comment"].required = True
        self.fields["comment"].label = _("What to change")
        self.fields["comment"].help_text = _(
            "The officer reads this in the editor and in the e-mail."
        )
