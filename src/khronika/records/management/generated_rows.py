"""Table rows (column dicts) for one generated person's records, as ``rows.TableWriter`` writes them."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

from khronika import dates
from khronika.records.generate import FICTIONAL_MARK, FICTIONAL_MARK_RU, GeneratedPerson
from khronika.records.management.generated_status import generated_status
from khronika.records.vocabulary import NameKind


@cache
def _bounds(value: str) -> tuple[Any, Any]:
    # A few thousand distinct days recur across a million events: parse each once.
    return dates.bounds(value) if value else (None, None)


def dated(row: dict[str, Any], name: str, value: str) -> dict[str, Any]:
    row[name] = value
    row[f"{name}_lower"], row[f"{name}_upper"] = _bounds(value)
    return row


def person_row(p: GeneratedPerson) -> dict[str, Any]:
    row = {
        "sex": p.sex,
        "status": generated_status(p),
        "published": True,
        "bio": FICTIONAL_MARK_RU,
        "bio_ru": FICTIONAL_MARK_RU,
        "bio_en": FICTIONAL_MARK,
        "private_notes": f"{FICTIONAL_MARK} ({p.key}).",
    }
    return dated(row, "birth_date", p.birth_date)


def name_row(person_id: int, name: Any) -> dict[str, Any]:
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


def case_row(spec: Any, region_id: int | None) -> dict[str, Any]:
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
    return dated(row, "opened", min((c.date for c in spec.charges if c.date), default=""))


def charge_rows(spec: Any, person_id: int, case_id: int) -> list[dict[str, Any]]:
    made = []
    for charge in spec.charges:
        row = {"person_id": person_id, "case_id": case_id, "code": charge.code, "article": charge.article}
        row.update(part=charge.part or "", status=charge.status, _target=charge.reclassified_to)
        made.append(dated(row, "date", charge.date))
    for row in made:
        row["_target"] = made[row["_target"]] if row["_target"] is not None else None
    return made


def link_charges(charges: list[dict[str, Any]]) -> None:
    # A reclassified charge points at the charge it became (ids are known once they are reserved).
    for row in charges:
        target = row.pop("_target")
        row["reclassified_to_id"] = target["id"] if target is not None else None


def sentence_row(s: Any, person_id: int, case_id: int) -> dict[str, Any]:
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
    return dated(row, "date", s.date)


def event_row(item: Any, case_id: int, region_id: int | None) -> dict[str, Any]:
    row = {
        "type": item.type,
        "case_id": case_id,
        "region_id": region_id,
        "description": item.description_ru,
        "description_ru": item.description_ru,
        "description_en": item.description_en,
    }
    return dated(row, "date", item.date)
