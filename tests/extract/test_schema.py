"""The shipped JSON Schema and the cross-reference checks."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import pytest

from khronika.extract.facts import empty_facts
from khronika.extract.output import build_extraction
from khronika.extract.validation import InvalidExtraction, problems, schema, validate

TEXT = "Ивана Петрова приговорили к 5 годам."


def _valid() -> dict[str, Any]:
    facts = empty_facts()
    facts["persons"] = [
        {
            "id": "p1",
            "name": "Иван Петров",
            "roles": ["defendant"],
            "mentions": [{"start": 0, "end": 13, "text": TEXT[:13]}],
        }
    ]
    facts["sentences"] = [
        {"person": "p1", "stage": "imposed", "punishment": "imprisonment", "years": 5, "months": 0, "days": 0,
         "amount": None, "currency": None, "regime": None, "date": "2022-21", "court": None,
         "evidence": {"start": 0, "end": len(TEXT), "text": TEXT}}
    ]  # fmt: skip
    return build_extraction(
        facts, language="ru", chars=len(TEXT), title=None, published=datetime.date(2026, 1, 2)
    )


def test_schema_is_a_json_schema() -> None:
    assert schema()["title"] == "khronika.extraction/1"


def test_valid_object() -> None:
    assert problems(_valid(), TEXT) == []


def _break(path: list[Any], value: Any) -> dict[str, Any]:
    obj = copy.deepcopy(_valid())
    target: Any = obj
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return obj


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["format"], "other/1", "khronika.extraction/1"),
        (["document", "language"], "de", "is not one of"),
        (["persons", 0, "roles"], ["hero"], "is not one of"),
        (["persons", 0, "name"], KeyError, "required"),
        (["sentences", 0, "person"], "p9", "unknown id"),
        (["sentences", 0, "stage"], "maybe", "is not one of"),
        (["sentences", 0, "date"], "March 2022", "is not valid"),
        (["sentences", 0, "evidence", "text"], "something else", "does not match the text"),
        (["events"], KeyError, "required"),
    ],
)
def test_broken_objects_are_caught(path: list[Any], value: Any, message: str) -> None:
    found = problems(_break(path, value), TEXT)
    assert found and any(message in p for p in found), found
    with pytest.raises(InvalidExtraction):
        validate(_break(path, value), TEXT)


def test_ids_are_renumbered_in_order_of_first_mention() -> None:
    facts = empty_facts()
    facts["persons"] = [
        {"id": "p1", "name": "Б", "roles": ["other"], "mentions": [{"start": 5, "end": 6, "text": "x"}]},
        {"id": "p2", "name": "А", "roles": ["defendant"], "mentions": [{"start": 0, "end": 1, "text": "x"}]},
    ]
    facts["events"] = [
        {"type": "death", "date": "2020", "persons": ["p2"], "evidence": {"start": 0, "end": 1, "text": "x"}}
    ]
    obj = build_extraction(facts, language="ru", chars=10, title=None, published=None)
    assert [p["name"] for p in obj["persons"]] == ["А", "Б"]
    assert obj["events"][0]["persons"] == ["p1"]
