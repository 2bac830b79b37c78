"""English pipeline, round 4: terms told of an unnamed group ("One female defendant ..., three male
defendants ...") go to the members the text identifies after it."""

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
