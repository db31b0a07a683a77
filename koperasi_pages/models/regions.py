"""Indonesia's provinces and regencies/cities with their Kemendagri codes."""

import csv
from pathlib import Path

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

REGIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "regions.csv"


class Region(models.Model):
    """A province (*provinsi*) or a regency/city (*kabupaten/kota*).

    Codes are the Ministry of Home Affairs (Kemendagri) codes, always strings:
    ``35`` is Jawa Timur, ``35.78`` is Kota Surabaya. Regions are reference
    data loaded from the project's own file, never typed in by hand.
    """

    class Level(models.TextChoices):
        PROVINCE = "province", _("province")
        REGENCY = "regency", _("regency/city")

    code = models.CharField(_("code"), max_length=5, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("province"),
        null=True,
        blank=True,
        related_name="regencies",
        on_delete=models.PROTECT,
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name

    @property
    def province(self):
        return self if self.level == self.Level.PROVINCE else self.parent

    @property
    def is_city(self):
        """Regency codes 71–99 are cities (*kota*), 01–69 regencies."""
        return self.level == self.Level.REGENCY and int(self.code[-2:]) >= 71


def read_region_rows(path=REGIONS_FILE):
    with open(path, encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines)


@transaction.atomic
def load_regions(region_model=Region, path=REGIONS_FILE):
    """Create or update every region from the data file; safe to repeat.

    Returns the number of regions created. ``region_model`` lets a data
    migration pass its historical model.
    """
    existing = set(region_model.objects.values_list("code", flat=True))
    created = 0

    for row in read_region_rows(path):
        level = "regency" if row["parent_code"] else "province"
        region_model.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "level": level,
                "parent_id": row["parent_code"] or None,
            },
        )
        created += row["code"] not in existing

    return created
