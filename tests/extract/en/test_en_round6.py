"""English pipeline, round 6: "the prosecution calling for", "repeatedly breaking protest laws", the day a
decision was reported, charges added later, "an illegal demonstration", "undesirable" membership."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from tests.extract.en.test_en_recall import _names
from tests.extract.views import charges, terms

from khronika.extract.en.pipeline import extract_facts
from khronika.extract.facts import Facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2015, 12, 7)  # a Monday


def _terms(facts: Facts) -> list[tuple[Any, ...]]:
    return terms(facts, "stage", "years", "date")


_charges = charges


def test_a_request_told_with_calling_for_and_the_day_it_was_reported() -> None:
    facts = extract_facts(
        "Moscow activist Ivan Dadov has been sentenced to three years at a penal colony for “repeatedly” "
        "breaking Russian protest laws, despite the prosecution calling for a two-year sentence, the "
        "MediaZona news service reported Monday.",
        PUBLISHED,
    )
    assert _terms(facts) == [("Ivan Dadov", "imposed", 3, "2015-12-07"), ("Ivan Dadov", "requested", 2, None)]
    assert _charges(facts) == [("Ivan Dadov", "RU-UK", "212.1")]
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("verdict", "2015-12-07")]


def test_charges_added_later_are_charge_events_not_designations() -> None:
    facts = extract_facts(
        "Vladimir Kara-Murza was arrested on April 11, 2022. In August, Russian authorities added the charge "
        "of involvement in an “undesirable” foreign organization, and in October they added the treason "
        "charge.",
        datetime.date(2023, 4, 17),
    )
    assert _charges(facts) == [
        ("Vladimir Kara-Murza", "RU-UK", "275"),
        ("Vladimir Kara-Murza", "RU-UK", "284.1"),
    ]
    assert sorted((e["type"], e["date"]) for e in facts["events"] if e["type"] != "detention") == [
        ("charge", "2022-08"),
        ("charge", "2022-10"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Moscow court has sentenced Ruslan Shavkin to eight days in jail on charges of participating "
            "in an illegal demonstration.",
            ("Ruslan Shavkin", "RU-KoAP", "20.2"),
        ),
        (
            'A court upheld a fine imposed on Yana Antonova for membership in an "undesirable organization."',
            ("Yana Antonova", "RU-KoAP", "20.33"),
        ),
    ],
)
def test_offence_wordings_of_round_six(text: str, expected: tuple[str, str, str]) -> None:
    assert _charges(extract_facts(text, PUBLISHED)) == [expected]


def test_people_in_general_arrested_long_ago_are_not_the_person_named() -> None:
    facts = extract_facts(
        "Vladimir Kara-Murza said the language used against him was reminiscent of the 1930s, when Soviet "
        "citizens were arrested on fabricated charges.",
        PUBLISHED,
    )
    assert facts["events"] == []


def test_undated_verdicts_after_a_dated_verdict_of_an_unnamed_group_are_that_verdict() -> None:
    facts = extract_facts(
        "A Russian court sentenced three former lawyers of the late opposition activist Alexei Navalny to "
        "prison, Mediazona reported Friday.\n\nVadim Kobov, Alexei Lipov and Igor Sergov were arrested in "
        "October 2013.\n\nKobov was sentenced to 5.5 years in prison, Lipov to 5 years and Sergov to "
        "3.5 years.",
        PUBLISHED,
    )
    names = _names(facts)
    verdicts = sorted(
        (names[p], e["date"]) for e in facts["events"] if e["type"] == "verdict" for p in e["persons"]
    )
    assert verdicts == [
        ("Alexei Lipov", "2015-12-04"),
        ("Igor Sergov", "2015-12-04"),
        ("Vadim Kobov", "2015-12-04"),
    ]


def test_years_of_probation_are_a_suspended_sentence() -> None:
    facts = extract_facts(
        "In 2020 Kirill Serov was convicted and sentenced to three years of probation.", PUBLISHED
    )
    assert [(s["punishment"], s["years"]) for s in facts["sentences"]] == [("suspended", 3)]


def test_a_later_he_is_not_the_person_commemorated() -> None:
    facts = extract_facts(
        "Vladyslav Yesenko was detained on March 10, 2021. The day before, he had been filming a "
        "commemoration of Taras Shevchenko. He was charged under Article 223.1 of the Criminal Code.",
        PUBLISHED,
    )
    assert _charges(facts) == [("Vladyslav Yesenko", "RU-UK", "223.1")]


def test_the_term_a_court_reduced_is_the_first_verdicts() -> None:
    facts = extract_facts(
        "On Tuesday, Moscow City Court reduced Ruslan Kostin’s seven-year sentence to six years and nine "
        "months and Pyotr Karin’s sentence of six and a half years to six years and three months.",
        PUBLISHED,
    )
    names = _names(facts)
    got = sorted(
        (names[s["person"]], s["stage"], s["years"], s["months"], s["date"]) for s in facts["sentences"]
    )
    assert got == [
        ("Pyotr Karin", "imposed", 6, 6, None),
        ("Pyotr Karin", "reduced", 6, 3, "2015-12-01"),
        ("Ruslan Kostin", "imposed", 7, 0, None),
        ("Ruslan Kostin", "reduced", 6, 9, "2015-12-01"),
    ]


def test_the_designees_of_a_group_designation_named_after_it() -> None:
    facts = extract_facts(
        "The Russian Justice Ministry said on January 31 that the seven were designated for participating in "
        "foreign media platforms. The new designees include Dmitry Sukhov, a journalist with Systema; and "
        "Andrei Novov. The others are Elizaveta Fokina and Ilya Abishin.",
        datetime.date(2025, 2, 1),
    )
    names = _names(facts)
    assert sorted((names[p], e["date"]) for e in facts["events"] for p in e["persons"]) == [
        ("Andrei Novov", "2025-01-31"),
        ("Dmitry Sukhov", "2025-01-31"),
        ("Elizaveta Fokina", "2025-01-31"),
        ("Ilya Abishin", "2025-01-31"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A court in annexed Crimea sentenced a Jehovah’s Witness to six years in prison on Thursday.\n\n"
        "Sergei Filin, the local branch leader, was among several worshippers swept up in raids in 2018.",
        "A Russian court in Siberia has handed a six-year prison term to a Jehovah’s Witness.\n\n"
        "The court on January 19 sentenced Sergei Filin after convicting him of extremism.",
    ],
)
def test_a_term_of_a_believer_in_the_lead_is_the_person_named_next(text: str) -> None:
    facts = extract_facts(text, PUBLISHED)
    names = _names(facts)
    assert [(names[s["person"]], s["years"]) for s in facts["sentences"]] == [("Sergei Filin", 6)]


def test_the_court_upheld_the_sentence_of_a_person_described_then_named() -> None:
    facts = extract_facts(
        "His wife Mariem attempted to contact the facility. On 25 June 2020, the Military Court of Appeals "
        "upheld the 12 year sentence of Crimean Tatar human rights defender Emir-Usein Kukov.",
        PUBLISHED,
    )
    names = _names(facts)
    assert [(names[s["person"]], s["stage"], s["years"]) for s in facts["sentences"]] == [
        ("Emir-Usein Kukov", "appeal", 12)
    ]
    assert [(e["type"], e["date"], [names[p] for p in e["persons"]]) for e in facts["events"]] == [
        ("appeal", "2020-06-25", ["Emir-Usein Kukov"])
    ]


def test_an_associate_sentenced_is_the_one_named_next_and_asides_with_a_possessive() -> None:
    facts = extract_facts(
        "A Moscow court has sentenced a prominent associate of opposition politician Aleksei Navalny to "
        "eight days in jail.\n\nRuslan Shavkin, who hosts video programs on Navalny's YouTube channel, was "
        "pronounced guilty and sentenced on January 31.",
        datetime.date(2018, 2, 1),
    )
    names = _names(facts)
    assert [(names[s["person"]], s["days"]) for s in facts["sentences"]] == [("Ruslan Shavkin", 8)]
    assert [(e["type"], [names[p] for p in e["persons"]]) for e in facts["events"]] == [
        ("verdict", ["Ruslan Shavkin"])
    ]


def test_freedom_limitation_and_sentences_handed_down_to_a_trio_on_a_day() -> None:
    facts = extract_facts(
        "A Moscow court has found three young activists guilty of vandalism. The court handed down "
        "parole-like sentences to the trio on May 11. Both Igor Basov and Ivan Vorobov were given 21 months "
        'of "freedom limitation."',
        datetime.date(2021, 5, 12),
    )
    names = _names(facts)
    assert sorted((names[s["person"]], s["punishment"], s["months"]) for s in facts["sentences"]) == [
        ("Igor Basov", "restriction_of_freedom", 9),
        ("Ivan Vorobov", "restriction_of_freedom", 9),
    ]
    assert sorted((e["type"], e["date"], names[e["persons"][0]]) for e in facts["events"]) == [
        ("verdict", "2021-05-11", "Igor Basov"),
        ("verdict", "2021-05-11", "Ivan Vorobov"),
    ]


def test_a_comedian_named_an_entry_ban_and_a_presence_declared_undesirable() -> None:
    facts = extract_facts(
        "In 2021, the presence in Russia of Belarusian citizen comedian Idrak Mirzov was declared "
        "undesirable, after which he was jailed for ten days. Later, the term during which the actor is not "
        "allowed to stay in the country was reduced to 14 years.",
        datetime.date(2023, 2, 3),
    )
    names = _names(facts)
    assert [(names[s["person"]], s["punishment"], s["days"]) for s in facts["sentences"]] == [
        ("Idrak Mirzov", "administrative_arrest", 10)
    ]
    assert [e["type"] for e in facts["events"]] == ["verdict"]


@pytest.mark.parametrize(
    "text",
    [
        "The court found Dmitry Golov and Alexei Berin guilty and jailed them to seven and eight years.",
        "The court jailed Dmitry Golov and Alexei Berin for seven and eight years.",
    ],
)
def test_two_terms_for_two_people_in_turn_without_respectively(text: str) -> None:
    names = _names(facts := extract_facts(text, PUBLISHED))
    assert sorted((names[s["person"]], s["years"]) for s in facts["sentences"]) == [
        ("Alexei Berin", 8),
        ("Dmitry Golov", 7),
    ]


def test_a_request_granted_in_full_is_the_terms_just_imposed() -> None:
    facts = extract_facts(
        "The court jailed Dmitry Golov and Alexei Berin for seven and eight years. The outlet reported that "
        "the judge satisfied the state prosecution’s sentence request in full.",
        PUBLISHED,
    )
    names = _names(facts)
    assert sorted((names[s["person"]], s["stage"], s["years"]) for s in facts["sentences"]) == [
        ("Alexei Berin", "imposed", 8),
        ("Alexei Berin", "requested", 8),
        ("Dmitry Golov", "imposed", 7),
        ("Dmitry Golov", "requested", 7),
    ]
