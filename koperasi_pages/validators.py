"""Validators for the facts officers type into cooperative profiles."""

import re

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The first cooperative-like institution in Indonesia, the savings bank of
# Purwokerto, dates from 1896; nothing older can be a cooperative here.
EARLIEST_FOUNDING_YEAR = 1896

NIK_PATTERN = re.compile(r"[0-9]{16}")
LEGAL_ENTITY_PATTERN = re.compile(r"[0-9A-Za-z][0-9A-Za-z./\- ]{4,79}")


def validate_registration_number(value):
    """NIK koperasi: the 16-digit number from the ministry's Online Data System."""
    cleaned = value.replace(" ", "")
    if not NIK_PATTERN.fullmatch(cleaned):
        raise ValidationError(
            _(
                "The cooperative registration number (NIK koperasi) must be "
                "exactly 16 digits, for example 3578010020001234; you entered "
                "%(value)s."
            ),
            code="invalid_registration_number",
            params={"value": value},
        )


def validate_legal_entity_number(value):
    """Legal-entity (badan hukum) numbers, old or AHU style."""
    if not LEGAL_ENTITY_PATTERN.fullmatch(value.strip()):
        raise ValidationError(
            _(
                "Enter the legal-entity number as printed on the decree, using "
                "letters, digits, dots, slashes and dashes, for example "
                "AHU-0001234.AH.01.26.TAHUN 2021 or 518/BH/XVI.5/2015."
            ),
            code="invalid_legal_entity_number",
        )


def validate_not_in_future(value):
    if value and value > timezone.localdate():
        raise ValidationError(
            _("This date lies in the future; enter the date on the decree."),
            code="date_in_future",
        )


def validate_indicator_year(value):
    this_year = timezone.now().year
    if not EARLIEST_FOUNDING_YEAR <= value <= this_year:
        raise ValidationError(
            _("The indicator year must be between %(first)s and %(last)s."),
            code="invalid_indicator_year",
            params={"first": EARLIEST_FOUNDING_YEAR, "last": this_year},
        )


def validate_founding_year(value):
    this_year = timezone.now().year
    if not EARLIEST_FOUNDING_YEAR <= value <= this_year:
        raise ValidationError(
            _("The founding year must be between %(first)s and %(last)s."),
            code="invalid_founding_year",
            params={"first": EARLIEST_FOUNDING_YEAR, "last": this_year},
        )


def validate_latitude(value):
    # Indonesia spans roughly 6°N to 11°S.
    if value is not None and not -11.5 <= value <= 6.5:
        raise ValidationError(
            _("The latitude %(value)s lies outside Indonesia (between -11.5 and 6.5)."),
            code="invalid_latitude",
            params={"value": value},
        )


def validate_longitude(value):
    # …and roughly 95°E to 141°E.
    if value is not None and not 94.5 <= value <= 141.5:
        raise ValidationError(
            _(
                "The longitude %(value)s lies outside Indonesia "
                "(between 94.5 and 141.5)."
            ),
            code="invalid_longitude",
            params={"value": value},
        )


def validate_phone_number(value):
    digits = re.sub(r"[\s\-().]", "", value)
    if not re.match(r"^\+?\d{6,15}$", digits):
        raise ValidationError(
            _("Enter a phone number with 6 to 15 digits, for example 0274 123456."),
            code="invalid_phone",
        )
