"""English pipeline: facts told across sentences and in the shapes news reports use for groups of people
(a date in the sentence before, "also", "both", prisoner swaps, deaths in custody, verdict nouns)."""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.en.pipeline import extract_facts
from khronika.extract.facts import Facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2026, 11, 21)  # a Saturday


def _names(facts: Facts) -> dict[str, str]:
    return {p["id"]: p["name"] for p in facts["persons"]}


def _roles(facts: Facts) -> dict[str, list[str]]:
    return {p["name"]: p["roles"] for p in facts["persons"]}


def _events(facts: Facts, kind: str) -> list[tuple[str | None, list[str]]]:
    names = _names(facts)
    return [
        (e["date"], sorted(names[p] for p in e["persons"])) for e in facts["events"] if e["type"] == kind
    ]


def test_also_detained_takes_the_date_and_the_person_of_the_sentence_before() -> None:
    facts = extract_facts(
        "A Moscow court has jailed activist Ivan Petrov for a picket. "
        "On November 12, Petrov stood with a placard outside the court. "
        "On the way back, activist Oleg Sidorov was also detained.",
        PUBLISHED,
    )
    assert _events(facts, "detention") == [("2026-11-12", ["Ivan Petrov", "Oleg Sidorov"])]


def test_also_after_another_event_adds_no_one() -> None:
    facts = extract_facts(
        "On November 12, police searched the flat of Ivan Petrov. Oleg Sidorov was also detained.",
        PUBLISHED,
    )
    assert _events(facts, "detention") == [("2026-11-12", ["Oleg Sidorov"])]


def test_a_sentence_in_a_new_paragraph_does_not_take_the_date_before() -> None:
    facts = extract_facts(
        "On November 12, Ivan Petrov stood with a placard outside the court.\n\n"
        "Oleg Sidorov was also detained.",
        PUBLISHED,
    )
    assert _events(facts, "detention") == []
