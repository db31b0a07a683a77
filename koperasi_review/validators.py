"""Validators for officer profiles."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NIP_PATTERN = re.compile(r"^\d{18}$")


def validate_staff_number(value):
    """NIP (*Nomor Induk Pegawai*): the 18-digit number of a civil servant."""
    if not NIP_PATTERN.match(value.replace(" ", "")):
        raise ValidationError(
            _(
                "The staff number (NIP) must be exactly 18 digits, for example "
                "198703152010011002; you entered %(value)s."
            ),
            code="invalid_staff_number",
            params={"value": value},
        )
