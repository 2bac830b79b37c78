"""Organisations (courts, police, NGOs, media, movements…) and the official designations put on them."""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from khronika.records.models.partial_date import PartialDates, by_date, partial_date_fields
from khronika.records.vocabulary import DesignationKind, OrganisationKind


class Organisation(models.Model):  # type: ignore[django-manager-missing]  # modeltranslation swaps the managers at run time
    """An organisation named in the record; ``name`` and ``description`` have Russian and English columns."""

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=64, blank=True, default="")
    kind = models.CharField(_("kind"), max_length=16, choices=OrganisationKind.choices, db_index=True)
    country = models.CharField(
        _("country"), max_length=2, blank=True, default="RU", help_text=_("ISO 3166 code, like RU.")
    )
    region = models.ForeignKey(
        "records.Region", verbose_name=_("region"), null=True, blank=True, on_delete=models.SET_NULL
    )
    website = models.URLField(_("website"), blank=True, default="")
    description = models.TextField(_("description"), blank=True, default="")
    evidence = GenericRelation("records.Evidence")

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name=""), name="organisation_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name


class Designation(PartialDates):
    """An official label ("foreign agent", "undesirable", "extremist", "terrorist") or a liquidation.

    It applies to an organisation or to a person (the Ministry of Justice lists both as foreign agents),
    with the date of the decision, the authority that took it, the date it was lifted, and its source.
    """

    partial_dates = ("date", "lifted")

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="designations",
    )
    person = models.ForeignKey(
        "records.Person",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="designations",
    )
    kind = models.CharField(_("kind"), max_length=16, choices=DesignationKind.choices, db_index=True)
    date, date_lower, date_upper = partial_date_fields(_("date"))
    lifted, lifted_lower, lifted_upper = partial_date_fields(_("lifted"))
    authority = models.ForeignKey(
        Organisation,
        verbose_name=_("authority"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="designations_made",
    )
    source = models.ForeignKey(
        "records.Source", verbose_name=_("source"), null=True, blank=True, on_delete=models.PROTECT
    )
    note = models.TextField(_("note"), blank=True, default="")
    evidence = GenericRelation("records.Evidence")
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("designation")
        verbose_name_plural = _("designations")
        ordering = [by_date("date"), "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(organisation__isnull=False, person__isnull=True)
                | models.Q(organisation__isnull=True, person__isnull=False),
                name="designation_of_organisation_or_person",
            ),
        ]

    def __str__(self) -> str:
        subject = self.organisation or self.person
        return f"{subject}: {self.get_kind_display()} {self.date}".strip()

    def clean(self) -> None:
        if (self.organisation_id is None) == (self.person_id is None):
            raise ValidationError(
                _("A designation applies to exactly one organisation or one person."), code="subject"
            )
        if self.kind == DesignationKind.LIQUIDATION and self.person_id is not None:
            raise ValidationError({"kind": _("Only an organisation can be liquidated.")}, code="liquidation")
