"""Charges under an article of a code, and sentences (requested, imposed, changed on appeal)."""

from __future__ import annotations

import re
from typing import Any

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from khronika import law
from khronika.records.models.partial_date import PartialDates, by_date, partial_date_fields
from khronika.records.vocabulary import TERM_PUNISHMENTS, ChargeStatus, Punishment, Regime, SentenceStage

CODE_PATTERN = re.compile(r"^[A-Z]{2}-[A-Za-z]+$")
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")


class Charge(PartialDates):
    """One person charged (or convicted, acquitted…) under one article, part and point of a code."""

    partial_dates = ("date",)

    person = models.ForeignKey(
        "records.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="charges"
    )
    case = models.ForeignKey(
        "records.Case",
        verbose_name=_("case"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="charges",
    )
    code = models.CharField(
        _("code"), max_length=16, default="RU-UK", help_text=_("RU-UK (Criminal Code) or RU-KoAP.")
    )
    article = models.CharField(_("article"), max_length=16, db_index=True, help_text=_("Like 205.2."))
    part = models.CharField(_("part"), max_length=8, blank=True, default="")
    point = models.CharField(_("point"), max_length=8, blank=True, default="")
    status = models.CharField(
        _("status"), max_length=16, choices=ChargeStatus.choices, default=ChargeStatus.CHARGED, db_index=True
    )
    reclassified_to = models.ForeignKey(
        "self",
        verbose_name=_("reclassified to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reclassified_from",
    )
    date, date_lower, date_upper = partial_date_fields(_("date"))
    note = models.CharField(_("note"), max_length=255, blank=True, default="")
    evidence = GenericRelation("records.Evidence")
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("charge")
        verbose_name_plural = _("charges")
        ordering = [by_date("date"), "id"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(article=""), name="charge_article_not_empty"),
            models.CheckConstraint(
                condition=~models.Q(reclassified_to=models.F("id")), name="charge_not_reclassified_to_itself"
            ),
            models.CheckConstraint(
                condition=models.Q(reclassified_to__isnull=True) | models.Q(status="reclassified"),
                name="charge_reclassified_to_only_when_reclassified",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.citation()}"

    def citation(self) -> str:
        """The article as written in the record: ``RU-UK 205.5 ч.2 п.б``."""
        parts = [self.code, self.article]
        if self.part:
            parts.append(str(_("part %(part)s") % {"part": self.part}))
        if self.point:
            parts.append(str(_("point %(point)s") % {"point": self.point}))
        return " ".join(parts)

    def law_article(self) -> Any:
        """The article from ``khronika.law`` (``None`` when the tables do not have it)."""
        try:
            return law.get_article(self.code, self.article)
        except (KeyError, LookupError, ValueError):
            return None

    def article_title(self, language: str = "ru") -> str:
        """The article's title in ``language`` from the law tables, or ``""``."""
        return law_title(self.law_article(), language)

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if not CODE_PATTERN.match(self.code or ""):
            errors["code"] = _("Write the code as RU-UK, RU-KoAP or another CC-XXX identifier.")
        elif self.article and self.code in law.CODES:
            # Other jurisdictions (BY-UK…) have no tables yet: their articles are taken as written.
            article = self.law_article()
            if article is None:
                errors["article"] = _("%(code)s has no article %(article)s in Khronika's law tables.") % {
                    "code": self.code,
                    "article": self.article,
                }
            elif problem := law_part_error(article, self.part, self.point):
                errors["point" if article.part(self.part) is not None else "part"] = problem
        if self.reclassified_to_id is not None and self.status != ChargeStatus.RECLASSIFIED:
            errors["reclassified_to"] = _("Only a reclassified charge points at the charge it became.")
        if self.reclassified_to_id is not None and self.reclassified_to_id == self.pk:
            errors["reclassified_to"] = _("A charge cannot be reclassified to itself.")
        if errors:
            raise ValidationError(errors)


def law_title(article: Any, language: str) -> str:
    """The title of a ``khronika.law`` article in ``language`` (falls back to Russian)."""
    if article is None:
        return ""
    return str(getattr(article, f"title_{language}", None) or article.title_ru or "")


def law_part_error(article: Any, part: str, point: str) -> str | None:
    """Why ``part``/``point`` do not exist in a ``khronika.law`` article, or ``None`` when they do."""
    if not part:
        # Sources often name the article without its part; an unknown part is recorded as blank.
        return None
    found = article.part(part)
    if found is None:
        if not getattr(article, "parts_known", True):
            # The tables list this article's titles only: its parts are not known, so none is refused.
            return None
        return str(
            _("Article %(article)s of %(code)s has no part %(part)s.")
            % {"article": article.number, "code": article.code, "part": part}
        )
    if point and found.points and point not in found.points:
        return str(
            _("Part %(part)s of article %(article)s has no point %(point)s.")
            % {"part": part, "article": article.number, "point": point}
        )
    return None


class Sentence(PartialDates):
    """A punishment requested by the prosecution, imposed by a court, or changed later."""

    partial_dates = ("date",)

    person = models.ForeignKey(
        "records.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="sentences"
    )
    case = models.ForeignKey(
        "records.Case",
        verbose_name=_("case"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="sentences",
    )
    court = models.ForeignKey(
        "records.Organisation",
        verbose_name=_("court"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sentences",
        limit_choices_to={"kind": "court"},
    )
    stage = models.CharField(_("stage"), max_length=16, choices=SentenceStage.choices, db_index=True)
    punishment = models.CharField(_("punishment"), max_length=24, choices=Punishment.choices)
    years = models.PositiveSmallIntegerField(_("years"), null=True, blank=True)
    months = models.PositiveSmallIntegerField(_("months"), null=True, blank=True)
    days = models.PositiveSmallIntegerField(_("days"), null=True, blank=True)
    amount = models.DecimalField(_("fine amount"), max_digits=14, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, blank=True, default="", help_text=_("ISO 4217."))
    regime = models.CharField(_("regime"), max_length=16, choices=Regime.choices, blank=True, default="")
    date, date_lower, date_upper = partial_date_fields(_("date"))
    note = models.CharField(_("note"), max_length=255, blank=True, default="")
    evidence = GenericRelation("records.Evidence")
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("sentence")
        verbose_name_plural = _("sentences")
        ordering = [by_date("date"), "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(years__isnull=True) | models.Q(years__gte=0, years__lte=99),
                name="sentence_years_in_range",
            ),
            models.CheckConstraint(
                condition=models.Q(months__isnull=True) | models.Q(months__gte=0, months__lt=12),
                name="sentence_months_under_twelve",
            ),
            models.CheckConstraint(
                condition=models.Q(days__isnull=True) | models.Q(days__gte=0, days__lt=366),
                name="sentence_days_in_range",
            ),
            models.CheckConstraint(
                condition=~models.Q(punishment="fine")
                | models.Q(amount__isnull=False) & ~models.Q(currency=""),
                name="sentence_fine_has_amount_and_currency",
            ),
            models.CheckConstraint(
                condition=models.Q(amount__isnull=True) | models.Q(amount__gt=0) & ~models.Q(currency=""),
                name="sentence_amount_positive_with_currency",
            ),
            models.CheckConstraint(
                condition=models.Q(regime="") | models.Q(punishment="imprisonment"),
                name="sentence_regime_only_for_imprisonment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_punishment_display()} {self.term()}".strip()

    def term(self) -> str:
        """The length as ``14 y 0 m``-style text in the current language, or the fine."""
        if self.punishment == Punishment.FINE and self.amount is not None:
            return f"{self.amount:,.0f} {self.currency}".replace(",", "\u00a0")
        units = [
            (self.years, _("%(n)s y.")),
            (self.months, _("%(n)s mo.")),
            (self.days, _("%(n)s d.")),
        ]
        return " ".join(str(label % {"n": n}) for n, label in units if n)

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if self.currency and not CURRENCY_PATTERN.match(self.currency):
            errors["currency"] = _("Write the currency as an ISO 4217 code, like RUB.")
        if self.punishment == Punishment.FINE and (self.amount is None or not self.currency):
            errors["amount"] = _("A fine needs an amount and a currency.")
        if self.amount is not None and self.amount <= 0:
            errors["amount"] = _("A fine amount is more than zero.")
        if self.amount is not None and not self.currency:
            errors["currency"] = _("Give the currency of the amount, like RUB.")
        if self.months is not None and self.months >= 12:
            errors["months"] = _("Write 12 months or more as years.")
        if self.regime and self.punishment != Punishment.IMPRISONMENT:
            errors["regime"] = _("Only imprisonment has a regime.")
        if (
            self.punishment not in TERM_PUNISHMENTS
            and self.punishment != Punishment.OTHER
            and any((self.years, self.months, self.days))
        ):
            errors["years"] = _("A fine has no term; record the term as a separate sentence.")
        if errors:
            raise ValidationError(errors)
