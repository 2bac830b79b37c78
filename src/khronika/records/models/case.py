"""Cases (criminal or administrative) and the persons taking part in them."""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from khronika.records.models.partial_date import PartialDates, by_date, partial_date_fields
from khronika.records.vocabulary import CaseKind, CaseStatus, Role


class Case(PartialDates):  # type: ignore[django-manager-missing]  # modeltranslation swaps the managers at run time
    """A criminal or administrative case; ``title`` and ``summary`` have Russian and English columns."""

    partial_dates = ("opened",)

    number = models.CharField(
        _("case number"),
        max_length=64,
        blank=True,
        default="",
        db_index=True,
        help_text=_("Like 1-117/2022."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=CaseKind.choices, default=CaseKind.CRIMINAL)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True, default="")
    status = models.CharField(
        _("status"), max_length=16, choices=CaseStatus.choices, default=CaseStatus.UNKNOWN, db_index=True
    )
    opened, opened_lower, opened_upper = partial_date_fields(_("opened"))
    court = models.ForeignKey(
        "records.Organisation",
        verbose_name=_("court"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cases",
        limit_choices_to={"kind": "court"},
    )
    region = models.ForeignKey(
        "records.Region", verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT
    )
    published = models.BooleanField(_("published"), default=False, db_index=True)
    evidence = GenericRelation("records.Evidence")

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = [by_date("opened"), "id"]
        constraints = [models.CheckConstraint(condition=~models.Q(title=""), name="case_title_not_empty")]

    def __str__(self) -> str:
        return f"{self.title} ({self.number})" if self.number else self.title


class CaseParty(models.Model):
    """A person's part in a case: defendant, lawyer, judge, prosecutor, investigator, witness, expert…"""

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="parties")
    person = models.ForeignKey(
        "records.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="case_parties"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.DEFENDANT)
    note = models.CharField(_("note"), max_length=255, blank=True, default="")
    evidence = GenericRelation("records.Evidence")
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("party to a case")
        verbose_name_plural = _("parties to cases")
        ordering = ["case", "role", "id"]
        constraints = [
            models.UniqueConstraint(fields=["case", "person", "role"], name="case_party_unique_role"),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_role_display()}"
