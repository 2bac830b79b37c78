"""Event and charge cues of English reports: custody orders, filed charges, general statements of the law,
and the date of a relative clause (issue #3, held-out feedback). Invented names, synthetic sentences."""

from __future__ import annotations

import datetime

import pytest
from tests.extract.en.test_en_pipeline import charges, defendants, events

from khronika.extract.en import extract_facts

MONDAY = datetime.date(2023, 10, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the court granted the request to arrest Pavel Orlov in absentia.",
            {("Pavel Orlov", "pretrial_detention", "2023-10-23")},
        ),
        (
            "A court on Monday ordered Pavel Orlov to remain in custody until Dec. 5.",
            {("Pavel Orlov", "pretrial_detention", "2023-10-23")},
        ),
        (
            "On Monday a court in Kazan ordered her to be held until Dec. 5. Anna Orlova denies the charges.",
            set(),  # no antecedent and no defendant yet: "her" is nobody's
        ),
        (
            "Anna Orlova was detained in Kazan. On Monday a court ordered her to be held until Dec. 5.",
            {("Anna Orlova", "pretrial_detention", "2023-10-23")},
        ),
        (
            "The new charge against Anna Orlova was filed Wednesday.",
            {("Anna Orlova", "charge", "2023-10-18")},
        ),
        (
            "Anna Orlova was stopped at the airport. She was waiting for her passport when the new charge "
            "was filed Wednesday, the radio said.",
            {("Anna Orlova", "charge", "2023-10-18")},
        ),
        (
            "On Monday, a court extended the pre-trial detention of Pavel Orlov.",
            {("Pavel Orlov", "pretrial_detention", "2023-10-23")},
        ),
    ],
)
def test_custody_orders_and_filed_charges(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(extract_facts(text, MONDAY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a request, a submission or the end of an order is not the court's custody order
        "On Monday the prosecution asked for Pavel Orlov to be held in custody until Dec. 5.",
        "A request to place Pavel Orlov in pre-trial detention was submitted to the court on Monday.",
    ],
)
def test_no_custody_order(text: str) -> None:
    assert events(extract_facts(text, MONDAY)) == set()


def test_the_end_of_an_order_does_not_date_it() -> None:
    facts = extract_facts("Anna Orlova was detained. The court ordered her to be held until Dec. 5.", MONDAY)
    assert events(facts) == set()


def test_detention_in_a_relative_clause_inside_a_custody_order() -> None:
    facts = extract_facts(
        "A court on Monday ordered a journalist who was detained last week on charges of failing to register "
        "as a foreign agent to remain in custody. Anna Orlova works for a radio service.",
        MONDAY,
    )
    assert events(facts) == {
        ("Anna Orlova", "detention", "2023-10"),
        ("Anna Orlova", "pretrial_detention", "2023-10-23"),
    }
    assert charges(facts) == {("Anna Orlova", "RU-UK", "330.1", None)}


def test_a_vaguer_repeat_of_an_event_is_dropped() -> None:
    facts = extract_facts(
        "Anna Orlova was detained last week. She is the second journalist detained in Russia this year.",
        MONDAY,
    )
    assert events(facts) == {("Anna Orlova", "detention", "2023-10")}


def test_a_statement_of_the_law_is_not_a_charge() -> None:
    facts = extract_facts(
        "Pavel Orlov was sentenced to 8 years for spreading false information about the army. "
        '"Discrediting" the army is punishable by up to five years in prison, while spreading false '
        "information about it is punishable by 15 years in prison.",
        MONDAY,
    )
    assert charges(facts) == {("Pavel Orlov", "RU-UK", "207.3", None)}
    assert len(facts["sentences"]) == 1


def test_a_charge_with_a_statement_of_its_penalty_stays() -> None:
    facts = extract_facts(
        "Pavel Orlov was charged with discrediting the army, which is punishable by up to five years in "
        "prison.",
        MONDAY,
    )
    assert charges(facts) == {("Pavel Orlov", "RU-UK", "280.3", None)}
    assert facts["sentences"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pavel Orlov, who was arrested last June, was accused of having written posts about the army.",
            # a bare "arrested" is the detention; the court's order is told only where the text says so
            {("Pavel Orlov", "detention", "2023-06")},
        ),
        (
            "Pavel Orlov, who was detained on March 3, was charged on March 5 with discrediting the army.",
            {("Pavel Orlov", "detention", "2023-03-03"), ("Pavel Orlov", "charge", "2023-03-05")},
        ),
        ("In May, Pavel Orlov, who lives in Tver, was charged.", {("Pavel Orlov", "charge", "2023-05")}),
    ],
)
def test_a_relative_clause_keeps_its_own_date(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(extract_facts(text, MONDAY)) == expected


def test_a_womans_name_not_ending_in_a_with_a_feminine_surname() -> None:
    facts = extract_facts("Aigul Safina was detained on Monday. She was charged on Monday as well.", MONDAY)
    assert defendants(facts) == {"Aigul Safina"}
    assert ("Aigul Safina", "charge", "2023-10-23") in events(facts)


@pytest.mark.parametrize("stamp", ["20:34", "UPD 18:12", "Update (01:20):", "UPD: 9:05"])
def test_an_update_stamp_dates_its_paragraph(stamp: str) -> None:
    text = (
        "A case against Anna Orlova was opened in May.\n\n"
        f"{stamp} The court has granted the request to arrest Anna Orlova in absentia, a news site reports. "
        "She was also fined.\n\nHer outlet was banned earlier."
    )
    assert events(extract_facts(text, datetime.date(2025, 7, 9))) == {
        ("Anna Orlova", "charge", "2025-05"),
        ("Anna Orlova", "pretrial_detention", "2025-07-09"),
        ("Anna Orlova", "fine", "2025-07-09"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a stamp dates only its own paragraph, and only at the paragraph's start
        "20:34 A news site reported the case.\n\nThe court granted the request to arrest Anna Orlova.",
        "The court granted the request to arrest Anna Orlova at 20:34 local time.",
    ],
)
def test_no_date_without_a_stamp_at_the_paragraph_start(text: str) -> None:
    assert events(extract_facts(text, datetime.date(2025, 7, 9))) == set()


def test_a_stamp_without_a_publication_date_dates_nothing() -> None:
    text = "20:34 The court has granted the request to arrest Anna Orlova in absentia."
    assert events(extract_facts(text, None)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pavel Orlov was detained on March 3, 2022. A month later he was charged with treason.",
            {("Pavel Orlov", "detention", "2022-03-03"), ("Pavel Orlov", "charge", "2022-04")},
        ),
        (
            "Pavel Orlov was detained on March 3, 2022. Two weeks later, a court placed him in pre-trial "
            "detention.",
            {
                ("Pavel Orlov", "detention", "2022-03-03"),
                ("Pavel Orlov", "pretrial_detention", "2022-03-17~"),
            },
        ),
        (
            "Pavel Orlov was detained in April 2022. Several months later he was charged.",
            {("Pavel Orlov", "detention", "2022-04"), ("Pavel Orlov", "charge", "2022~")},
        ),
        (
            # an approximate later date is another detention, not a vaguer repeat of the first
            "Pavel Orlov was detained on March 3, 2022. Two weeks later, he was released. A few days later "
            "he was detained again.",
            {
                ("Pavel Orlov", "detention", "2022-03-03"),
                ("Pavel Orlov", "release", "2022-03-17~"),
                ("Pavel Orlov", "detention", "2022-03~"),
            },
        ),
    ],
)
def test_later_spans_after_a_dated_fact(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(extract_facts(text, MONDAY)) == expected


def test_a_later_span_with_nothing_dated_before_dates_nothing() -> None:
    facts = extract_facts("Pavel Orlov was detained at a rally. A month later he was charged.", MONDAY)
    assert events(facts) == set()


def test_jailed_with_the_name_between_verb_and_term() -> None:
    facts = extract_facts(
        "On Monday a court jailed activist Igor Smirnov for 15 days for disobeying police.", MONDAY
    )
    assert events(facts) == {("Igor Smirnov", "verdict", "2023-10-23")}
    [sentence] = facts["sentences"]
    assert (sentence["punishment"], sentence["days"]) == ("administrative_arrest", 15)


def test_ordered_her_arrest_in_absentia() -> None:
    facts = extract_facts(
        "Journalist Maria Sokolova left Russia in 2022. A court in Moscow ordered her arrest in absentia in "
        "January.",
        MONDAY,
    )
    assert ("Maria Sokolova", "pretrial_detention", "2023-01") in events(facts)


def test_the_sentence_of_a_person_upheld_on_appeal() -> None:
    facts = extract_facts(
        "An appeals court in Moscow on Monday upheld the 25-year sentence of opposition politician Viktor "
        "Belov, who was convicted of treason in April.",
        MONDAY,
    )
    assert events(facts) == {("Viktor Belov", "appeal", "2023-10-23"), ("Viktor Belov", "verdict", "2023-04")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oleg Marin was sentenced to seven years in 2022. In November 2023, his sentence was upheld on "
            "appeal.",
            [("Oleg Marin", "verdict", "2022"), ("Oleg Marin", "appeal", "2023-11")],
        ),
        (
            "Anna Lis was detained on May 3 and detained again on May 9.",
            [("Anna Lis", "detention", "2023-05-03"), ("Anna Lis", "detention", "2023-05-09")],
        ),
        ("Anna Lis was searched twice on May 3.", [("Anna Lis", "search", "2023-05-03")] * 2),
    ],
)
def test_one_event_per_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    facts = extract_facts(text, MONDAY)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    told = [(names[p], e["type"], e["date"]) for e in facts["events"] for p in e["persons"]]
    assert sorted(told) == sorted(expected)


def test_freed_in_a_prisoner_swap_with_the_names_and_date_inside() -> None:
    facts = extract_facts(
        "Russia freed journalist Ivan Lis and activist Ilya Marin on Thursday as part of the largest "
        "prisoner swap since the Cold War. The exchange also freed Oleg Belov and Anna Kovaleva.",
        MONDAY,
    )
    assert events(facts) == {
        (name, "exchange", "2023-10-19") for name in ("Ivan Lis", "Ilya Marin", "Oleg Belov", "Anna Kovaleva")
    }


def test_the_sentence_was_handed_down_dates_the_verdict_told_before() -> None:
    facts = extract_facts(
        "Anna Kovaleva, 24, was sentenced in absentia to 11 years. The sentence was handed down on Monday by "
        "the Tverskoy District Court.",
        MONDAY,
    )
    assert events(facts) == {("Anna Kovaleva", "verdict", "2023-10-23")}


def test_a_court_name_before_court_is_not_a_person() -> None:
    facts = extract_facts("Moscow's Meshchansky court gave Oleg Belov a two-year suspended sentence.", MONDAY)
    assert [p["name"] for p in facts["persons"]] == ["Oleg Belov"]
