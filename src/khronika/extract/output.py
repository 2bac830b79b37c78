"""Assembling the ``khronika.extraction/1`` object: the document part, canonical order and ids."""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

from khronika.extract.facts import Facts, Organization, Person, Span
from khronika.extract.validation import FORMAT

ROLE_ORDER = (
    "defendant", "lawyer", "judge", "prosecutor", "investigator", "witness", "expert", "relative",
    "commentator", "other",
)  # fmt: skip


def _span_key(span: Span) -> tuple[int, int]:
    return (span["start"], span["end"])


def _id_number(ident: str) -> int:
    digits = re.sub(r"\D", "", ident)
    return int(digits) if digits else 0


def build_extraction(
    facts: Facts, *, language: str, chars: int, title: str | None, published: datetime.date | None
) -> dict[str, Any]:
    """The full extraction object for one document, in canonical order.

    Persons and organisations are numbered again in order of first mention (so the ids do not depend on
    how a pipeline happened to number them) and every reference is rewritten to match. Facts are sorted by
    where their evidence starts; exact duplicates are dropped.
    """
    persons: list[Person] = sorted(
        (
            {"id": p["id"], "name": p["name"], "roles": p["roles"], "mentions": _unique_spans(p["mentions"])}
            for p in facts["persons"]
            if p["mentions"]
        ),
        key=lambda p: (_span_key(p["mentions"][0]), _id_number(p["id"])),
    )
    orgs: list[Organization] = sorted(
        (
            {"id": o["id"], "name": o["name"], "kind": o["kind"], "mentions": _unique_spans(o["mentions"])}
            for o in facts["organizations"]
            if o["mentions"]
        ),
        key=lambda o: (_span_key(o["mentions"][0]), _id_number(o["id"])),
    )
    pid = {p["id"]: f"p{i}" for i, p in enumerate(persons, 1)}
    oid = {o["id"]: f"o{i}" for i, o in enumerate(orgs, 1)}
    out_persons = [
        {
            "id": pid[p["id"]],
            "name": p["name"],
            "roles": [r for r in ROLE_ORDER if r in p["roles"]],
            "mentions": [dict(m) for m in p["mentions"]],
        }
        for p in persons
    ]
    out_orgs = [
        {
            "id": oid[o["id"]],
            "name": o["name"],
            "kind": o["kind"],
            "mentions": [dict(m) for m in o["mentions"]],
        }
        for o in orgs
    ]
    charges = [
        {**c, "person": pid.get(c["person"]) if c["person"] else None, "evidence": dict(c["evidence"])}
        for c in facts["charges"]
    ]
    sentences = [
        {
            **s,
            "person": pid.get(s["person"]) if s["person"] else None,
            "court": oid.get(s["court"]) if s["court"] else None,
            "evidence": dict(s["evidence"]),
        }
        for s in facts["sentences"]
    ]
    events = [
        {
            **e,
            "persons": sorted({pid[p] for p in e["persons"] if p in pid}, key=_id_number),
            "evidence": dict(e["evidence"]),
        }
        for e in facts["events"]
    ]
    return {
        "format": FORMAT,
        "document": {
            "language": language,
            "title": title,
            "published": published.isoformat() if published else None,
            "chars": chars,
        },
        "persons": out_persons,
        "organizations": out_orgs,
        "charges": _canonical(charges, ("person", "code", "article", "part", "point", "status", "date")),
        "sentences": _canonical(
            sentences, ("person", "stage", "punishment", "years", "months", "days", "amount")
        ),
        "events": _canonical(events, ("type", "date", "persons")),
    }


def _unique_spans(spans: list[Span]) -> list[Span]:
    seen: dict[tuple[int, int], Span] = {}
    for span in spans:
        seen.setdefault(_span_key(span), span)
    return [seen[k] for k in sorted(seen)]


def _canonical(items: list[dict[str, Any]], fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """Sort facts by evidence position, then by their fields as JSON; drop exact duplicates."""
    keyed = {json.dumps(item, ensure_ascii=False, sort_keys=True): item for item in items}

    def order(item: dict[str, Any]) -> tuple[int, int, str]:
        ev = item["evidence"]
        return (ev["start"], ev["end"], json.dumps([item.get(f) for f in fields], ensure_ascii=False))

    return sorted(keyed.values(), key=order)


def dumps(obj: dict[str, Any]) -> str:
    """One compact JSON line, the same bytes for the same object."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
