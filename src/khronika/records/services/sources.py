"""Services for sources and evidence: provenance for every fact."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from khronika.records.models import Evidence, Source, content_hash
from khronika.records.services.base import assign, permission, require, save, stamp


def create_source(
    actor: Any, *, original: bytes, title: str, reason: str, text: str | None = None, **fields: Any
) -> tuple[Source, bool]:
    """Store a source's original bytes and plain text; return ``(source, created)``.

    Idempotent by the sha256 of ``original``: the same bytes again return the stored source unchanged and
    ``created=False``. ``text`` defaults to the bytes decoded as UTF-8. Other fields: ``url``, ``publisher``,
    ``author``, ``language``, ``published`` (EDTF), ``media_type``, ``retrieved_at``.
    """
    require(actor, permission(Source, "add"))
    if not isinstance(original, bytes | bytearray | memoryview):
        raise TypeError("a source's original must be bytes")
    digest = content_hash(bytes(original))
    with transaction.atomic():
        existing = Source.objects.filter(content_hash=digest).first()
        if existing is not None:
            return existing, False
        if text is None:
            text = bytes(original).decode("utf-8", errors="replace")
        source = Source(original=bytes(original), content_hash=digest, title=title, text=text)
        return save(assign(source, fields), actor, reason), True


def add_evidence(
    actor: Any,
    source: Source,
    fact: models.Model,
    *,
    start: int,
    end: int,
    reason: str,
    quote: str | None = None,
    language: str | None = None,
    confirmed: bool = False,
) -> tuple[Evidence, bool]:
    """Tie ``fact`` (any record row) to ``source.text[start:end]``; return ``(evidence, created)``.

    ``quote`` defaults to that span and must equal it when given. Seeing the same span for the same fact
    again only moves ``last_seen`` forward.
    """
    require(actor, permission(Evidence, "add"))
    kind = ContentType.objects.get_for_model(fact)
    now = timezone.now()
    with transaction.atomic():
        existing = Evidence.objects.filter(
            source=source, start=start, end=end, content_type=kind, object_id=fact.pk
        ).first()
        if existing is not None:
            existing.last_seen = now
            return save(existing, actor, reason), False
        evidence = Evidence(
            source=source,
            start=start,
            end=end,
            quote=source.text[start:end] if quote is None else quote,
            content_type=kind,
            object_id=fact.pk,
            language=language or source.language,
            first_seen=now,
            last_seen=now,
        )
        if confirmed:
            evidence.confirmed_by, evidence.confirmed_at = actor, now
        return save(evidence, actor, reason), True


def confirm_evidence(actor: Any, evidence: Evidence, *, reason: str) -> Evidence:
    """Record that ``actor`` checked the quote against the source."""
    require(actor, permission(Evidence, "change"))
    with transaction.atomic():
        evidence.confirmed_by = actor
        evidence.confirmed_at = timezone.now()
        stamp(evidence, actor, reason)
        return save(evidence, actor, reason)
