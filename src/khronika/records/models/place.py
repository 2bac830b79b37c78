"""Regions of Russia (with their court-registry codes) and places of detention."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from khronika.records.vocabulary import FacilityKind


class Region(models.Model):  # type: ignore[django-manager-missing]  # modeltranslation swaps the managers at run time
    """A federal subject of Russia; ``code`` is its two-digit sudrf.ru (and GIBDD) code, like ``77``."""

    code = models.CharField(_("court-registry code"), max_length=3, unique=True)
    name = models.CharField(_("name"), max_length=128)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]
        constraints = [models.CheckConstraint(condition=~models.Q(code=""), name="region_code_not_empty")]

    def __str__(self) -> str:
        return self.name


class Facility(models.Model):  # type: ignore[django-manager-missing]  # modeltranslation swaps the managers at run time
    """A place of detention: pretrial centre, colony, prison, police station; with its postal address.

    The postal address is what supporters need to write letters to a prisoner.
    """

    name = models.CharField(_("name"), max_length=255, unique=True)
    kind = models.CharField(
        _("kind"), max_length=24, choices=FacilityKind.choices, default=FacilityKind.OTHER, db_index=True
    )
    region = models.ForeignKey(
        Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    locality = models.CharField(_("locality"), max_length=128, blank=True, default="")
    address = models.CharField(_("postal address"), max_length=255, blank=True, default="")
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name=""), name="facility_name_not_empty"),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True)
                | models.Q(latitude__gte=-90, latitude__lte=90, longitude__gte=-180, longitude__lte=180),
                name="facility_coordinates_on_earth",
            ),
        ]

    def __str__(self) -> str:
        return self.name
