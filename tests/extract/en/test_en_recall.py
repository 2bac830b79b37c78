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
    return [(e["date"], sorted(names[p] for p in e["persons"])) for e in facts["events"] if e["type"] == kind]


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


def test_also_does_not_take_a_year_from_the_sentence_before() -> None:
    facts = extract_facts(
        "In 2015, Ivan Petrov founded a local newspaper. He was also detained at a rally.", PUBLISHED
    )
    assert _events(facts, "detention") == []


def test_a_sentence_in_a_new_paragraph_does_not_take_the_date_before() -> None:
    facts = extract_facts(
        "On November 12, Ivan Petrov stood with a placard outside the court.\n\n"
        "Oleg Sidorov was also detained.",
        PUBLISHED,
    )
    assert _events(facts, "detention") == []


def _terms(facts: Facts) -> list[tuple[str, str, str, int | None, str | None]]:
    names = _names(facts)
    return [
        (names[s["person"] or ""], s["stage"], s["punishment"], s["days"], s["date"])
        for s in facts["sentences"]
    ]


def test_a_verdict_reached_for_two_persons() -> None:
    facts = extract_facts(
        "Today a military court in Rostov has reached a verdict for film director Ivan Petrov and "
        "activist Oleg Sidorov. Petrov was sentenced to 12 years, while Sidorov is to spend 8 years "
        "behind bars.",
        PUBLISHED,
    )
    assert _events(facts, "verdict") == [("2026-11-21", ["Ivan Petrov", "Oleg Sidorov"])]


def test_an_arrest_with_the_term_before_its_object() -> None:
    facts = extract_facts(
        "On November 14, the Tverskoy District Court of Moscow decided to arrest for 15 days Ivan Petrov, "
        "who held a picket on November 13.",
        PUBLISHED,
    )
    assert _terms(facts) == [("Ivan Petrov", "imposed", "administrative_arrest", 15, "2026-11-14")]
    assert _events(facts, "verdict") == [("2026-11-14", ["Ivan Petrov"])]


def test_arrested_for_days_is_a_verdict_not_custody() -> None:
    facts = extract_facts("On November 14, Ivan Petrov was arrested for ten days for a picket.", PUBLISHED)
    assert _terms(facts) == [("Ivan Petrov", "imposed", "administrative_arrest", 10, "2026-11-14")]
    assert _events(facts, "verdict") == [("2026-11-14", ["Ivan Petrov"])]
    assert _events(facts, "pretrial_detention") == []


def test_part_of_a_prisoner_exchange_dated_by_a_when_clause() -> None:
    facts = extract_facts(
        "Opposition politician Ivan Petrov was moved from a prison colony to Moscow. "
        "Neither Petrov nor Oleg Sidorov were told that they were part of a large prisoner exchange "
        "when they were taken to the airport on Thursday, some still in prison clothes.",
        PUBLISHED,
    )
    assert _events(facts, "exchange") == [("2026-11-19", ["Ivan Petrov", "Oleg Sidorov"])]
    assert _roles(facts) == {"Ivan Petrov": ["defendant"], "Oleg Sidorov": ["defendant"]}


def test_the_swap_involving_prisoners_including_names_goes_back_to_its_date() -> None:
    facts = extract_facts(
        "Ivan Petrov was freed on Thursday as part of a prisoner swap. "
        "The historic swap, involving 16 prisoners including Petrov and activist Anna Belova, "
        "was agreed with Belarus.",
        PUBLISHED,
    )
    assert _roles(facts)["Anna Belova"] == ["defendant"]
    assert sorted(_events(facts, "exchange")) == [
        ("2026-11-19", ["Anna Belova"]),
        ("2026-11-19", ["Ivan Petrov"]),
    ]


def test_a_when_clause_about_another_year_does_not_date_the_fact() -> None:
    facts = extract_facts(
        "Ivan Petrov was part of a prisoner exchange, years after he was detained when he was a student "
        "in 2019.",
        PUBLISHED,
    )
    assert _events(facts, "exchange") == []


def test_a_death_in_prison_makes_a_defendant() -> None:
    facts = extract_facts(
        "Petrov recalled the fate of opposition leader Pavel Orlov, who died in an Arctic prison earlier "
        "this year.",
        PUBLISHED,
    )
    assert _roles(facts)["Pavel Orlov"] == ["defendant"]
    assert _events(facts, "death") == [("2026", ["Pavel Orlov"])]


def test_both_deputies_are_the_two_persons_named_as_deputies() -> None:
    facts = extract_facts(
        "On March 3, deputy Ivan Petrov spoke against the war at a council meeting. "
        "The chair of the Council of Deputies Anna Belova supported him. Journalist Oleg Sidorov wrote "
        "about it. Investigators opened a criminal case against both deputies.",
        PUBLISHED,
    )
    roles = _roles(facts)
    assert roles["Ivan Petrov"] == ["defendant"]
    assert roles["Anna Belova"] == ["defendant"]
    assert "defendant" not in roles["Oleg Sidorov"]


def test_the_two_activists_are_the_last_two_named_activists() -> None:
    facts = extract_facts(
        "On November 12, activist Ivan Petrov and activist Anna Belova held a picket, which journalist "
        "Oleg Sidorov watched. On November 13, police detained the two activists.",
        PUBLISHED,
    )
    assert _events(facts, "detention") == [("2026-11-13", ["Anna Belova", "Ivan Petrov"])]


def test_the_term_line_of_a_biography_heading() -> None:
    facts = extract_facts(
        "Ivan Petrov\n\nDeputy\n\n7 years of imprisonment\n\n"
        'On March 15, 2022, deputy Ivan Petrov said at a council meeting: "Stop the war."',
        PUBLISHED,
    )
    assert _terms(facts) == [("Ivan Petrov", "imposed", "imprisonment", 0, None)]
    assert _roles(facts)["Ivan Petrov"] == ["defendant"]


def test_a_heading_term_told_again_in_the_body_keeps_the_body_stage() -> None:
    facts = extract_facts(
        "Ivan Petrov\n\nHistorian\n\n15 years of imprisonment\n\n"
        "In 2020, Petrov was sentenced to 3 years. In 2021, the appeals court increased his term to "
        "15 years.",
        PUBLISHED,
    )
    assert sorted(t[1] for t in _terms(facts)) == ["imposed", "increased"]


def test_a_news_headline_is_not_a_biography_heading() -> None:
    facts = extract_facts(
        "Ivan Petrov sentenced\n\n7 years of imprisonment\n\nPetrov spoke at the rally in May.", PUBLISHED
    )
    assert _terms(facts) == []


def test_a_relative_of_a_named_person_is_not_that_person() -> None:
    facts = extract_facts("On May 5, Dmitry Kozlov's father was detained and died in prison.", PUBLISHED)
    assert _roles(facts)["Dmitry Kozlov"] != ["defendant"]
    assert _events(facts, "detention") == []
