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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction

from khronika.records.generate import GeneratedPerson
from khronika.records.management.generated_rows import (
    case_row,
    charge_rows,
    event_row,
    link_charges,
    name_row,
    person_row,
    sentence_row,
)
from khronika.records.management.indexes import indexes_built_after
from khronika.records.management.rows import TableWriter, assign_ids
from khronika.records.management.series import Batch, make_batch
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
from khronika.records.vocabulary import FacilityKind, Role

#: Persons per transaction; each brings about 30 rows and as many historical rows.
CHUNK = 5000
MODELS = (Person, PersonName, PersonNameKey, Case, CaseParty, Charge, Sentence, Event, EventPerson)
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


def insert_generated(
    persons: Iterable[GeneratedPerson],
    *,
    actor: Any,
    reason: str,
    progress: Callable[[int], None] | None = None,
) -> InsertCounts:
    """Insert generated persons with their names, keys, cases, charges, sentences, events and history."""
    items = iter(persons)
    batches = (make_batch(chunk) for chunk in iter(lambda: list(itertools.islice(items, CHUNK)), []))
    return insert_batches(batches, actor=actor, reason=reason, progress=progress)


def insert_batches(
    batches: Iterable[Batch],
    *,
    actor: Any,
    reason: str,
    progress: Callable[[int], None] | None = None,
) -> InsertCounts:
    """Insert prepared batches (``series.series``), one transaction each."""
    counts = InsertCounts()
    stamp = HistoryStamp(getattr(actor, "pk", None), reason)
    writers = {
        name: TableWriter(model, history=stamp, database_ids=model is PersonNameKey)
        for name, model in zip(TABLES, MODELS, strict=True)
    }
    places = _Places()
    # Into an empty PostgreSQL record the plain indexes are built after the load, as PostgreSQL's manual
    # advises ("Populating a Database"). Not on SQLite: there, rebuilding the indexes of a 1.6 GB encrypted
    # file cost more CPU than keeping them up to date (362 s against 271 s for 100,000 persons).
    defer = connection.vendor == "postgresql" and not Person.objects.exists()
    with larger_page_cache(), indexes_built_after(MODELS, when=defer):
        for batch in batches:
            with transaction.atomic():
                _insert_chunk(batch, counts, places, writers)
            if progress is not None:
                progress(len(batch.persons))
    return counts


@contextmanager
def larger_page_cache() -> Iterator[None]:
    """On SQLite, let this connection cache 256 MB of pages while it writes, then restore its setting.

    Each batch dirties pages all over a dozen indexes; with SQLite's default 8 MB cache they spill and are
    encrypted and written several times per transaction. The setting is per connection and changes nothing
    in the file (journal mode, synchronous and the cipher stay as configured).
    """
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        previous = int(cursor.fetchone()[0])
        cursor.execute("PRAGMA cache_size = -262144")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {previous}")


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
    batch: Batch, counts: InsertCounts, places: _Places, writers: dict[str, TableWriter]
) -> None:
    chunk = batch.persons
    numbers = [p.cases[0].number for p in chunk]
    existing = set(Case.objects.filter(number__in=numbers).values_list("number", flat=True))
    fresh = [p for p in chunk if p.cases[0].number not in existing]
    counts["skipped"] += len(chunk) - len(fresh)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    person_rows = [person_row(p) for p in fresh]
    assign_ids(writers["persons"], person_rows)
    rows["persons"] = person_rows
    case_rows = []
    for p, person in zip(fresh, person_rows, strict=True):
        region = places.regions.get(p.region)
        for written_name in p.names:
            rows["names"].append(name_row(person["id"], written_name))
        for spec in p.cases:
            case_rows.append((p, person["id"], spec, case_row(spec, region)))
    assign_ids(writers["names"], rows["names"])
    for row in rows["names"]:
        keys = batch.keys[row["full"]] if row["full"] in batch.keys else name_keys(row["full"])
        for key in keys:
            rows["name_keys"].append({"person_id": row["person_id"], "name_id": row["id"], "key": key})
    rows["cases"] = [case for *_, case in case_rows]
    assign_ids(writers["cases"], rows["cases"])
    for p, person_id, spec, case in case_rows:
        region = case["region_id"]
        rows["parties"].append({"case_id": case["id"], "person_id": person_id, "role": Role.DEFENDANT})
        rows["charges"].extend(charge_rows(spec, person_id, case["id"]))
        rows["sentences"].extend(sentence_row(s, person_id, case["id"]) for s in spec.sentences)
        for item in spec.events:
            event = event_row(item, case["id"], region)
            if item.type == "pretrial_detention":
                event["facility_id"] = places.centre(region, p.number)
            rows["events"].append(event)
            rows["event_persons"].append({"person_id": person_id, "role": Role.DEFENDANT})
    for table in ("parties", "charges", "sentences", "events", "event_persons"):
        assign_ids(writers[table], rows[table])
    link_charges(rows["charges"])
    for link, event in zip(rows["event_persons"], rows["events"], strict=True):
        link["event_id"] = event["id"]
    for table in TABLES:
        written = writers[table].write(rows[table])
        counts[table] += len(rows[table])
        counts["history"] += written - len(rows[table])
