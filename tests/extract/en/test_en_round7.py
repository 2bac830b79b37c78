"""English pipeline, round 7: facts told inside a relative clause stay with its antecedent."""

from __future__ import annotations

import datetime

import pytest
from tests.extract.en.test_en_recall import _names

from khronika.extract.en.pipeline import extract_facts
from khronika.extract.facts import Facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2024, 9, 2)


def _terms(facts: Facts) -> list[tuple[str, str, int | None, str | None]]:
    names = _names(facts)
    return sorted((names[s["person"]], s["stage"], s["years"], s["date"]) for s in facts["sentences"])


def test_a_term_in_a_relative_clause_is_not_shared_with_the_companions_after_it() -> None:
    facts = extract_facts(
        "The painter Vera Kolosova, who was sentenced to seven years in November 2023, was freed in the "
        "August 1 prisoner exchange along with Pavel Dremin and Oleg Sutyagin.",
        PUBLISHED,
    )
    assert _terms(facts) == [("Vera Kolosova", "imposed", 7, "2023-11")]
    names = _names(facts)
    freed = [sorted(names[p] for p in e["persons"]) for e in facts["events"] if e["type"] == "exchange"]
    assert freed == [["Oleg Sutyagin", "Pavel Dremin", "Vera Kolosova"]]


def test_a_designation_of_an_outlet_along_with_a_person_is_also_that_persons() -> None:
    facts = extract_facts(
        'The Severny Vestnik outlet was added to the registry of "foreign-agent media" on Friday, along with '
        "its founder Anna Morozova.",
        datetime.date(2021, 10, 1),
    )
    names = _names(facts)
    assert [(sorted(names[p] for p in e["persons"]), e["date"]) for e in facts["events"]] == [
        (["Anna Morozova"], "2021-10-01")
    ]
