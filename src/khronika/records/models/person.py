"""Persons and their names, the name-key index, merges and "not the same person" decisions."""

from __future__ import annotations

import re

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from khronika.records.models.partial_date import PartialDates, partial_date_fields
from khronika.records.vocabulary import Language, NameKind, PersonStatus, Script, Sex

#: Fields that hold editors' private knowledge. Public pages, the API and exports must never show them;
#: tests check every public output against this list.
PRIVATE_FIELDS: dict[str, frozenset[str]] = {
    "Person": frozenset({"private_notes"}),
}

COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


def validate_citizenships(value: object) -> None:
    """Citizenships are a list of ISO 3166-1 alpha-2 codes such as ``["RU", "UZ"]``."""
    if not isinstance(value, list) or not all(isinstance(c, str) and COUNTRY_CODE.match(c) for c in value):
        raise ValidationError(
            _('Citizenships must be a list of two-letter ISO 3166 country codes, like ["RU", "UZ"].'),
            code="invalid_citizenships",
        )


class Person(PartialDates):  # type: ignore[django-manager-missing]  # modeltranslation swaps the managers at run time
    """A persecuted person, or anyone else taking part in a case (lawyers and judges are persons too)."""

    partial_dates = ("birth_date",)

    sex = models.CharField(_("sex"), max_length=8, choices=Sex.choices, default=Sex.UNKNOWN)
    birth_date, birth_date_lower, birth_date_upper = partial_date_fields(_("birth date"))
    birthplace = models.CharField(_("birthplace"), max_length=255, blank=True, default="")
    citizenships = models.JSONField(
        _("citizenships"),
        default=list,
        blank=True,
        validators=[validate_citizenships],
        help_text=_('ISO 3166 codes, like ["RU", "UZ"].'),
    )
    bio = models.TextField(_("biography"), blank=True, default="")
    status = models.CharField(
        _("status"),
        max_length=24,
        choices=PersonStatus.choices,
        default=PersonStatus.UNKNOWN,
        db_index=True,
        editable=False,
        help_text=_("Derived from the person's events; recomputed on every change."),
    )
    status_override = models.CharField(
        _("status when the events do not tell"),
        max_length=24,
        choices=PersonStatus.choices,
        blank=True,
        default="",
        help_text=_("For example «wanted»: used only while no event gives the status."),
    )
    published = models.BooleanField(_("published"), default=False, db_index=True)
    private_notes = models.TextField(
        _("private notes"), blank=True, default="", help_text=_("Never shown on public pages or in exports.")
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="merged_persons",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    evidence = GenericRelation("records.Evidence")

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(merged_into=models.F("id")), name="person_not_merged_into_itself"
            ),
        ]

    def __str__(self) -> str:
        name = self.display_name((get_language() or "ru")[:2])
        return name or str(_("person #%(id)s") % {"id": self.pk})

    def display_name(self, language: str | None = None) -> str:
        """The primary name, preferring ``language`` (ISO 639-1), then any primary name, then any name."""
        names = sorted(
            self.names.all(),
            key=lambda n: (n.kind != NameKind.PRIMARY, language is not None and n.language != language, n.pk),
        )
        return names[0].full if names else ""


class PersonName(models.Model):
    """One written form of a person's name: the primary one, an alias, a transliteration or a former name."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="names"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=NameKind.choices, default=NameKind.PRIMARY)
    language = models.CharField(_("language"), max_length=3, choices=Language.choices, default=Language.RU)
    script = models.CharField(_("script"), max_length=4, choices=Script.choices, default=Script.CYRILLIC)
    full = models.CharField(_("full name"), max_length=255)
    surname = models.CharField(_("surname"), max_length=128, blank=True, default="")
    given = models.CharField(_("given name"), max_length=128, blank=True, default="")
    patronymic = models.CharField(_("patronymic"), max_length=128, blank=True, default="")
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("person's name")
        verbose_name_plural = _("person's names")
        ordering = ["person", "kind", "id"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(full=""), name="person_name_full_not_empty"),
            models.UniqueConstraint(
                fields=["person", "language", "full"], name="person_name_unique_per_language"
            ),
            models.UniqueConstraint(
                fields=["person", "language"],
                condition=models.Q(kind="primary"),
                name="person_one_primary_name_per_language",
            ),
        ]

    def __str__(self) -> str:
        return self.full


class PersonNameKey(models.Model):
    """A match key of a name (``khronika.names.match_keys``): the index that finds a person by any spelling.

    Derived data, rebuilt by the services from ``PersonName`` rows; it has no history of its own.
    """

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="name_keys")
    name = models.ForeignKey(PersonName, on_delete=models.CASCADE, related_name="keys")
    key = models.CharField(max_length=255, db_index=True)

    class Meta:
        verbose_name = _("name key")
        verbose_name_plural = _("name keys")
        constraints = [models.UniqueConstraint(fields=["name", "key"], name="person_name_key_unique")]

    def __str__(self) -> str:
        return self.key


class PersonMerge(models.Model):
    """Two records found to be one person: the loser is marked ``merged_into`` the winner, never deleted.

    ``moved`` lists every relation moved from the loser to the winner, so ``undo_merge`` can put it back.
    """

    winner = models.ForeignKey(
        Person, verbose_name=_("kept person"), on_delete=models.PROTECT, related_name="+"
    )
    loser = models.ForeignKey(
        Person, verbose_name=_("merged person"), on_delete=models.PROTECT, related_name="merges_as_loser"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    reason = models.TextField(_("reason"))
    moved = models.JSONField(_("moved relations"), default=dict, editable=False)
    undone_at = models.DateTimeField(_("undone"), null=True, blank=True, editable=False)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("undone by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("merge of persons")
        verbose_name_plural = _("merges of persons")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(winner=models.F("loser")), name="merge_two_persons"),
        ]

    def __str__(self) -> str:
        return f"{self.loser} → {self.winner}"


class NotSamePerson(models.Model):
    """An editor's decision that two records are different people, so the matcher stops proposing them."""

    person_a = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="+")
    person_b = models.ForeignKey(
        Person, verbose_name=_("other person"), on_delete=models.CASCADE, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    reason = models.TextField(_("reason"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("not the same person")
        verbose_name_plural = _("not the same person decisions")
        constraints = [
            # Stored with the smaller id first, so one pair has one row whichever way it was decided.
            models.CheckConstraint(
                condition=models.Q(person_a__lt=models.F("person_b")), name="not_same_person_ordered_pair"
            ),
            models.UniqueConstraint(fields=["person_a", "person_b"], name="not_same_person_unique_pair"),
        ]

    def __str__(self) -> str:
        return f"{self.person_a} ≠ {self.person_b}"
