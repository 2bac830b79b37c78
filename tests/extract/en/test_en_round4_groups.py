"""English pipeline, round 4: terms told of an unnamed group ("One female defendant ..., three male
defendants ...") go to the members the text identifies after it; a protocol follows a detention on its day."""

from __future__ import annotations

import datetime

import pytest
from tests.extract.en.test_en_recall import _names

from khronika.extract.en.pipeline import extract_facts
from khronika.extract.facts import Facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2026, 11, 21)


def _terms(facts: Facts) -> list[tuple[str, int | None, int | None]]:
    names = _names(facts)
    return sorted((names[s["person"]], s["years"], s["months"]) for s in facts["sentences"])


def test_a_counted_group_and_a_female_defendant_take_the_terms_of_the_identified_members() -> None:
    facts = extract_facts(
        "A court found four unnamed Jehovah’s Witnesses guilty of organizing “extremist” activity. One "
        "female defendant was jailed for 3.5 years, while three male defendants were jailed for 8 years.\n\n"
        "The organization identified the defendants as Pavel Gromov, Olga and Anton Belkin and Oleg Sidorov.",
        PUBLISHED,
    )
    assert _terms(facts) == [
        ("Anton Belkin", 8, 0),
        ("Oleg Sidorov", 8, 0),
        ("Olga Belkina", 3, 6),
        ("Pavel Gromov", 8, 0),
    ]


def test_a_counted_group_that_does_not_match_the_identified_members_gets_no_one() -> None:
    facts = extract_facts(
        "A court found the believers guilty of organizing “extremist” activity. Three male defendants were "
        "jailed for 8 years.\n\n"
        "The organization identified the defendants as Pavel Gromov and Oleg Sidorov.",
        PUBLISHED,
    )
    assert _terms(facts) == []


def test_a_protocol_after_a_detention_is_drawn_up_on_its_day() -> None:
    facts = extract_facts(
        "On November 12, Pavel Gromov was detained at a picket. A protocol was drawn up against "
        "Mr Gromov under the article on discrediting the Russian Armed Forces.",
        PUBLISHED,
    )
    names = _names(facts)
    charges = [
        (e["date"], [names[p] for p in e["persons"]]) for e in facts["events"] if e["type"] == "charge"
    ]
    assert charges == [("2026-11-12~", ["Pavel Gromov"])]


def test_a_criminal_charge_after_a_detention_is_not_dated_by_it() -> None:
    facts = extract_facts(
        "On November 12, police detained Pavel Gromov. He was charged with treason.", PUBLISHED
    )
    assert [e for e in facts["events"] if e["type"] == "charge"] == []


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        (
            "On November 3, Pavel Gromov, a supporter of Oleg Sidorov, was detained.",
            "detention",
            ["Pavel Gromov"],
        ),
        (
            "On November 3, a supporter of Oleg Sidorov, Pavel Gromov, was detained.",
            "detention",
            ["Pavel Gromov"],
        ),
        ("On November 3, police searched Pavel Gromov’s apartment in Moscow.", "search", ["Pavel Gromov"]),
        (
            "On November 3, a court sentenced Oleg Sidorov’s spokeswoman, Irina Kostina, to two years.",
            "verdict",
            ["Irina Kostina"],
        ),
    ],
)
def test_a_name_that_only_says_whose_associate_someone_is_takes_no_fact(
    text: str, kind: str, who: list[str]
) -> None:
    facts = extract_facts(text, PUBLISHED)
    names = _names(facts)
    assert [sorted(names[p] for p in e["persons"]) for e in facts["events"] if e["type"] == kind] == [who]


def test_a_sentence_that_only_dates_the_decision_dates_the_arrest_in_absentia_before_it() -> None:
    facts = extract_facts(
        "A Moscow court has ordered the arrest in absentia of Novaya Gazeta Europe journalist Pavel Gromov "
        "on charges of treason, Gromov confirmed on Saturday. According to the case file, the decision was "
        "made on Friday by a judge.",
        PUBLISHED,
    )
    names = _names(facts)
    custody = [
        (e["date"], [names[p] for p in e["persons"]])
        for e in facts["events"]
        if e["type"] == "pretrial_detention"
    ]
    assert custody == [("2026-11-20", ["Pavel Gromov"])]


def test_a_dated_decision_far_from_an_undated_arrest_dates_nothing() -> None:
    facts = extract_facts(
        "A court ordered the arrest in absentia of Pavel Gromov. He lives abroad. He left in 2022. He writes "
        "books. The decision was made on Friday.",
        PUBLISHED,
    )
    assert [e for e in facts["events"] if e["type"] == "pretrial_detention"] == []


def test_a_relatives_arrest_does_not_make_the_child_a_defendant() -> None:
    facts = extract_facts(
        "Pavel Gromov was detained on November 1. His 12-year-old daughter Masha, who was left home alone "
        "after her father’s arrest, was placed in a foster care facility.",
        PUBLISHED,
    )
    roles = {p["name"]: p["roles"] for p in facts["persons"]}
    assert "defendant" not in roles["Masha"]
    assert "defendant" in roles["Pavel Gromov"]


def test_a_verdict_reported_on_a_weekday_is_dated_to_its_month_and_given_to_the_identified() -> None:
    facts = extract_facts(
        "Investigators said Monday that a court in the Astrakhan region found four unnamed Jehovah’s "
        "Witnesses aged 38 to 47 guilty of organizing “extremist” activity.\n\n"
        "The organization identified the defendants as Pavel Gromov and Oleg Sidorov.",
        PUBLISHED,
    )
    names = _names(facts)
    verdicts = sorted(
        (e["date"], names[p]) for e in facts["events"] if e["type"] == "verdict" for p in e["persons"]
    )
    assert verdicts == [("2026-11", "Oleg Sidorov"), ("2026-11", "Pavel Gromov")]


def test_found_not_guilty_is_no_verdict_of_guilt() -> None:
    facts = extract_facts("On November 3, a court found Pavel Gromov not guilty.", PUBLISHED)
    assert [e for e in facts["events"] if e["type"] == "verdict"] == []
