"""English pipeline: a register update that names its people in a list."""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.en.pipeline import extract_facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2026, 11, 20)


def _found(text: str) -> tuple[dict[str, list[str]], list[tuple[str, list[str]]]]:
    facts = extract_facts(text, PUBLISHED)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return (
        {p["name"]: p["roles"] for p in facts["persons"]},
        [
            (e["date"], sorted(names[p] for p in e["persons"]))
            for e in facts["events"]
            if e["type"] == "designation"
        ],
    )


def test_the_following_people_have_been_included_in_the_list() -> None:
    roles, events = _found(
        'On November 14, the Russian Ministry of Justice updated its register of "foreign agents". '
        "The following people have been included in the list: journalist Ivan Petrov, "
        "political scientist Maria Sidorova and blogger Oleg Kuznetsov."
    )
    assert roles == {n: ["defendant"] for n in ("Ivan Petrov", "Maria Sidorova", "Oleg Kuznetsov")}
    assert events == [("2026-11-14", ["Ivan Petrov", "Maria Sidorova", "Oleg Kuznetsov"])]


def test_a_profession_in_a_list_of_described_names_is_not_a_role() -> None:
    roles, _ = _found(
        "On November 14, the ministry added to the register activist Dmitry Sokolov, "
        "writer Elena Morozova, and lawyer Sergei Volkov."
    )
    assert roles == {n: ["defendant"] for n in ("Dmitry Sokolov", "Elena Morozova", "Sergei Volkov")}


def test_the_wanted_list_is_not_a_register() -> None:
    _, events = _found("On November 14, Ivan Petrov was put on the wanted list.")
    assert events == []


def test_a_long_register_name_before_the_colon_list() -> None:
    roles, events = _found(
        '"On November 12, 2026, the following people have been included in the list of mass media acting '
        'as foreign agents: Anna Belova, Pyotr Sergeev, Yulia Markova," the ministry said.'
    )
    assert roles == {n: ["defendant"] for n in ("Anna Belova", "Pyotr Sergeev", "Yulia Markova")}
    assert events == [("2026-11-12", ["Anna Belova", "Pyotr Sergeev", "Yulia Markova"])]


def test_the_colon_list_takes_the_date_of_the_sentence_before() -> None:
    _, events = _found(
        "The Justice Ministry published its weekly update on Friday. The following people have been "
        "included in the list of individuals acting as foreign agents: Anna Belova and Pyotr Sergeev."
    )
    assert events == [("2026-11-20", ["Anna Belova", "Pyotr Sergeev"])]
