"""Bulk insertion of generated (fictional) persons: the fast path of ``generate``, the demo and the bench.

The services save one object at a time (validation, history, index hook), which is right for editors and far
too slow for 100,000 persons. This module writes the same rows in large batches through ``rows.TableWriter``,
with their history: one historical row per row, with the actor and the reason, as a service would write it.
``full_clean`` is not run: the generator produces valid values only, and tests/records/test_generate_insert.py
checks inserted rows against the models' own validation. The search-index hook is not called either (the
search app reindexes in bulk). Inserting is idempotent: a person whose first case number exists is skipped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from django.db import transaction

from khronika import dates
from khronika.records.generate import FICTIONAL_MARK, FICTIONAL_MARK_RU, GeneratedPerson
from khronika.records.management.generated_status import generated_status
from khronika.records.management.rows import TableWriter, assign_ids
from khronika.records.models import (
    Case,
    CaseParty,
    Charge,
    Event,
    EventPerson,
    Facility,
    Person,
    PersonName,
    PersonNameKey,
    Region,
    Sentence,
)
from khronika.records.services.persons import name_keys
from khronika.records.vocabulary import FacilityKind, NameKind, Role

#: Persons per transaction; each brings about 30 rows and as many historical rows.
CHUNK = 5000
TABLES = (
    "persons",
    "names",
    "name_keys",
    "cases",
    "parties",
    "charges",
    "sentences",
    "events",
    "event_persons",
)


@dataclass
class HistoryStamp:
    """Who made the change and why, written into every historical row."""

    user_id: int | None
    reason: str


class InsertCounts(dict[str, int]):
    """Rows written per table, ``history`` (historical rows) and ``skipped`` (persons already present)."""

    def __missing__(self, key: str) -> int:
        return 0

    @property
    def rows(self) -> int:
        """Every row written, historical rows included."""
        return sum(value for key, value in self.items() if key != "skipped")


@cache
def _bounds(value: str) -> tuple[Any, Any]:
    # A few thousand distinct days recur across a million events: parse each once.
    return dates.bounds(value) if value else (None, None)


def _dated(row: dict[str, Any], name: str, value: str) -> dict[str, Any]:
    row[name] = value
    row[f"{name}_lower"], row[f"{name}_upper"] = _bounds(value)
    return row


def insert_generated(
    persons: Iterable[GeneratedPerson],
    *,
    actor: Any,
    reason: str,
    progress: Callable[[int], None] | None = None,
) -> InsertCounts:
    """Insert generated persons with their names, keys, cases, charges, sentences, events and history."""
    counts = InsertCounts()
    stamp = HistoryStamp(getattr(actor, "pk", None), reason)
    writers = {
        name: TableWriter(model, history=stamp, database_ids=model is PersonNameKey)
        for name, model in zip(
            TABLES,
            (Person, PersonName, PersonNameKey, Case, CaseParty, Charge, Sentence, Event, EventPerson),
            strict=True,
        )
    }
    places = _Places()
    for chunk in _chunks(iter(persons), CHUNK):
        with transaction.atomic():
            _insert_chunk(chunk, counts, places, writers)
        if progress is not None:
            progress(len(chunk))
    return counts


def _chunks(items: Iterator[GeneratedPerson], size: int) -> Iterator[list[GeneratedPerson]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


class _Places:
    """Region ids by code and pretrial centres by region, read once (empty until reference data is loaded)."""

    def __init__(self) -> None:
        self.regions: dict[str, int] = dict(Region.objects.values_list("code", "id"))
        self.centres: dict[int, list[int]] = {}
        rows = Facility.objects.filter(kind=FacilityKind.PRETRIAL_CENTRE, region__isnull=False)
        for facility_id, region_id in rows.order_by("id").values_list("id", "region_id"):
            self.centres.setdefault(region_id, []).append(facility_id)

    def centre(self, region_id: int | None, number: int) -> int | None:
        choices = self.centres.get(region_id or -1)
        return choices[number % len(choices)] if choices else None


def _insert_chunk(
    chunk: Sequence[GeneratedPerson], counts: InsertCounts, places: _Places, writers: dict[str, TableWriter]
) -> None:
    numbers = [p.cases[0].number for p in chunk]
    existing = set(Case.objects.filter(number__in=numbers).values_list("number", flat=True))
    fresh = [p for p in chunk if p.cases[0].number not in existing]
    counts["skipped"] += len(chunk) - len(fresh)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    person_rows = [_person(p) for p in fresh]
    assign_ids(writers["persons"], person_rows)
    rows["persons"] = person_rows
    case_rows = []
    for p, person in zip(fresh, person_rows, strict=True):
        region = places.regions.get(p.region)
        for name in p.names:
            rows["names"].append(_name(person["id"], name))
        for spec in p.cases:
            case_rows.append((p, person["id"], spec, _case(spec, region)))
    assign_ids(writers["names"], rows["names"])
    for name in rows["names"]:
        for key in name_keys(name["full"]):
            rows["name_keys"].append({"person_id": name["person_id"], "name_id": name["id"], "key": key})
    rows["cases"] = [case for *_, case in case_rows]
    assign_ids(writers["cases"], rows["cases"])
    for p, person_id, spec, case in case_rows:
        region = case["region_id"]
        rows["parties"].append({"case_id": case["id"], "person_id": person_id, "role": Role.DEFENDANT})
        rows["charges"].extend(_charges(spec, person_id, case["id"]))
        rows["sentences"].extend(_sentence(s, person_id, case["id"]) for s in spec.sentences)
        for item in spec.events:
            event = _event(item, case["id"], region)
            if item.type == "pretrial_detention":
                event["facility_id"] = places.centre(region, p.number)
            rows["events"].append(event)
            rows["event_persons"].append({"person_id": person_id, "role": Role.DEFENDANT})
    for name in ("parties", "charges", "sentences", "events", "event_persons"):
        assign_ids(writers[name], rows[name])
    _link_charges(rows["charges"])
    for link, event in zip(rows["event_persons"], rows["events"], strict=True):
        link["event_id"] = event["id"]
    for name in TABLES:
        written = writers[name].write(rows[name])
        counts[name] += len(rows[name])
        counts["history"] += written - len(rows[name])


def _person(p: GeneratedPerson) -> dict[str, Any]:
    row = {
        "sex": p.sex,
        "status": generated_status(p),
        "published": True,
        "bio": FICTIONAL_MARK_RU,
        "bio_ru": FICTIONAL_MARK_RU,
        "bio_en": FICTIONAL_MARK,
        "private_notes": f"{FICTIONAL_MARK} ({p.key}).",
    }
    return _dated(row, "birth_date", p.birth_date)


def _name(person_id: int, name: Any) -> dict[str, Any]:
    return {
        "person_id": person_id,
        "kind": NameKind.PRIMARY if name.script == "Cyrl" else NameKind.TRANSLITERATION,
        "language": name.language,
        "script": name.script,
        "full": name.full,
        "surname": name.surname,
        "given": name.given,
        "patronymic": name.patronymic,
    }


def _case(spec: Any, region_id: int | None) -> dict[str, Any]:
    row = {
        "number": spec.number,
        "kind": spec.kind,
        "status": spec.status,
        "region_id": region_id,
        "published": True,
        "title": f"Вымышленное дело {spec.number}",
        "title_ru": f"Вымышленное дело {spec.number}",
        "title_en": f"Fictional case {spec.number}",
        "summary": FICTIONAL_MARK_RU,
        "summary_ru": FICTIONAL_MARK_RU,
        "summary_en": FICTIONAL_MARK,
    }
    return _dated(row, "opened", min((c.date for c in spec.charges if c.date), default=""))


def _charges(spec: Any, person_id: int, case_id: int) -> list[dict[str, Any]]:
    made = []
    for charge in spec.charges:
        row = {"person_id": person_id, "case_id": case_id, "code": charge.code, "article": charge.article}
        row.update(part=charge.part or "", status=charge.status, _target=charge.reclassified_to)
        made.append(_dated(row, "date", charge.date))
    for row in made:
        row["_target"] = made[row["_target"]] if row["_target"] is not None else None
    return made


def _link_charges(charges: list[dict[str, Any]]) -> None:
    # A reclassified charge points at the charge it became (ids are known once they are reserved).
    for row in charges:
        target = row.pop("_target")
        row["reclassified_to_id"] = target["id"] if target is not None else None


def _sentence(s: Any, person_id: int, case_id: int) -> dict[str, Any]:
    fine = s.punishment == "fine"
    row = {
        "person_id": person_id,
        "case_id": case_id,
        "stage": s.stage,
        "punishment": s.punishment,
        "years": None if fine else s.years,
        "months": None if fine else s.months,
        "days": None if fine else s.days,
        "amount": Decimal(s.amount) if s.amount is not None else None,
        "currency": s.currency or "",
        "regime": s.regime or "",
    }
    return _dated(row, "date", s.date)


def _event(item: Any, case_id: int, region_id: int | None) -> dict[str, Any]:
    row = {
        "type": item.type,
        "case_id": case_id,
        "region_id": region_id,
        "description": item.description_ru,
        "description_ru": item.description_ru,
        "description_en": item.description_en,
    }
    return _dated(row, "date", item.date)
