"""Sources (articles, court documents, registers) and the evidence spans that tie facts to them."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from khronika.records.models.partial_date import PartialDates, by_date, partial_date_fields
from khronika.records.vocabulary import Language


def content_hash(data: bytes) -> str:
    """The sha256 hex digest that identifies a source's original bytes."""
    return hashlib.sha256(data).hexdigest()


class Source(PartialDates):
    """A document as it was received: the original bytes, the plain text facts point into, and metadata.

    ``content_hash`` is unique, so importing the same bytes twice finds the existing source.
    """

    partial_dates = ("published",)

    title = models.CharField(_("title"), max_length=500)
    url = models.URLField(_("URL"), max_length=1000, blank=True, default="")
    publisher = models.CharField(_("publisher"), max_length=255, blank=True, default="")
    author = models.CharField(_("author"), max_length=255, blank=True, default="")
    language = models.CharField(_("language"), max_length=3, choices=Language.choices, default=Language.RU)
    published, published_lower, published_upper = partial_date_fields(_("published"))
    content_hash = models.CharField(_("sha256 of the original"), max_length=64, unique=True, editable=False)
    media_type = models.CharField(_("media type"), max_length=100, default="text/plain")
    original = models.BinaryField(_("original bytes"), editable=False)
    text = models.TextField(_("plain text"), blank=True, default="")
    retrieved_at = models.DateTimeField(_("retrieved"), default=timezone.now)
    # The original bytes can be megabytes of PDF and never change: history keeps the metadata only.
    history = HistoricalRecords(excluded_fields=["original"])

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = [by_date("published", descending=True), "id"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title=""), name="source_title_not_empty"),
            models.CheckConstraint(
                condition=models.Q(content_hash__regex=r"^[0-9a-f]{64}$"), name="source_content_hash_sha256"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class Evidence(models.Model):
    """A quote from a source, with its character span, supporting one fact (a charge, an event, a name…).

    ``start``/``end`` are Python string indices into ``source.text`` and ``quote == source.text[start:end]``.
    """

    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="evidence"
    )
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    quote = models.TextField(_("quote"))
    content_type = models.ForeignKey(ContentType, verbose_name=_("kind of fact"), on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField(_("fact id"))
    fact = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language"), max_length=3, choices=Language.choices, default=Language.RU)
    first_seen = models.DateTimeField(_("first seen"), default=timezone.now)
    last_seen = models.DateTimeField(_("last seen"), default=timezone.now)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["source", "start", "id"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="evidence_fact")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="evidence_span_not_empty"
            ),
            models.CheckConstraint(
                condition=models.Q(last_seen__gte=models.F("first_seen")), name="evidence_seen_in_order"
            ),
            models.UniqueConstraint(
                fields=["source", "start", "end", "content_type", "object_id"], name="evidence_unique_span"
            ),
        ]

    def __str__(self) -> str:
        quote = self.quote if len(self.quote) <= 60 else self.quote[:59] + "…"
        return f"«{quote}»"

    def clean(self) -> None:
        if self.source_id is None or self.start is None or self.end is None:
            return
        text = self.source.text
        if self.end <= self.start or self.end > len(text):
            raise ValidationError(
                {"end": _("The span %(start)s–%(end)s is outside the source text (%(chars)s characters).")},
                params={"start": self.start, "end": self.end, "chars": len(text)},
            )
        if text[self.start : self.end] != self.quote:
            raise ValidationError(
                {"quote": _("The quote differs from the source text at %(start)s–%(end)s: %(actual)s.")},
                params={
                    "start": self.start,
                    "end": self.end,
                    "actual": repr(text[self.start : self.end][:80]),
                },
            )
