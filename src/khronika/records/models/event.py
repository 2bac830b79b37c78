"""Events in a person's story: search, detention, trial, verdict, release, emigration, death…"""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from khronika.dates import display
from khronika.records.models.partial_date import PartialDates, by_date, partial_date_fields
from khronika.records.vocabulary import EventType, Role


class Event(PartialDates):  # type: ignore[django-manager-missing]  # modeltranslation swaps the managers at run time
    """One dated happening; ``place`` and ``description`` have Russian and English columns."""

    partial_dates = ("date",)

    type = models.CharField(_("type"), max_length=24, choices=EventType.choices, db_index=True)
    date, date_lower, date_upper = partial_date_fields(_("date"))
    place = models.CharField(_("place"), max_length=255, blank=True, default="")
    region = models.ForeignKey(
        "records.Region", verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT
    )
    facility = models.ForeignKey(
        "records.Facility",
        verbose_name=_("facility"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    case = models.ForeignKey(
        "records.Case",
        verbose_name=_("case"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    organisation = models.ForeignKey(
        "records.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    description = models.TextField(_("description"), blank=True, default="")
    persons = models.ManyToManyField(
        "records.Person", through="EventPerson", verbose_name=_("persons"), related_name="events"
    )
    evidence = GenericRelation("records.Evidence")

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = [by_date("date"), "id"]
        indexes = [models.Index(fields=["type", "date_lower"], name="event_type_date")]

    def __str__(self) -> str:
        when = display(self.date, (get_language() or "ru")[:2]) if self.date else ""
        return f"{self.get_type_display()} {when}".strip()


class EventPerson(models.Model):
    """A person taking part in an event, and in what role."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="participants"
    )
    person = models.ForeignKey(
        "records.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="event_roles"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.DEFENDANT)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("person in an event")
        verbose_name_plural = _("persons in events")
        ordering = ["event", "id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "person", "role"], name="event_person_unique_role"),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_role_display()}"
