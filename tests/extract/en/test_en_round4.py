"""English pipeline, round 4: lists of co-defendants in the shapes news reports use (descriptions between
the names, one verdict or charge for several people, terms given per person), conjunctions before a name,
the day after a date."""

from __future__ import annotations

import datetime

import pytest
from tests.extract.en.test_en_recall import _events, _names, _roles

from khronika.extract.en.pipeline import extract_facts
from khronika.extract.facts import Facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2026, 11, 21)  # a Saturday


def _charges(facts: Facts) -> list[tuple[str, str]]:
    names = _names(facts)
    return sorted((names[c["person"]], c["article"]) for c in facts["charges"])


def _terms(facts: Facts) -> list[tuple[str, str, str, int | None, int | None]]:
    names = _names(facts)
    return sorted(
        (names[s["person"]], s["stage"], s["punishment"], s["years"], s["months"]) for s in facts["sentences"]
    )


def test_a_list_of_detainees_keeps_going_past_a_description_between_commas() -> None:
    facts = extract_facts(
        "On November 12, police detained Pavel Gromov, Anton Belkin, a former member of the Public "
        "Oversight Commission (POC), and Irina Kostina, a local teacher, who were picketing.",
        PUBLISHED,
    )
    assert _events(facts, "detention") == [("2026-11-12", ["Anton Belkin", "Irina Kostina", "Pavel Gromov"])]


def test_a_list_of_the_sentenced_keeps_going_past_a_description_before_a_name() -> None:
    facts = extract_facts(
        "Blogger Pavel Gromov and the founder of the Open Maps Project, Anton Belkin, were sentenced in "
        "absentia to nine years in prison each.",
        PUBLISHED,
    )
    assert _terms(facts) == [
        ("Anton Belkin", "imposed", "imprisonment", 9, 0),
        ("Pavel Gromov", "imposed", "imprisonment", 9, 0),
    ]


def test_a_member_of_a_movement_is_a_person_not_the_movement() -> None:
    facts = extract_facts(
        "Irina Kostina, a member of the movement Free Voices, was sentenced to four years in prison.",
        PUBLISHED,
    )
    assert _terms(facts) == [("Irina Kostina", "imposed", "imprisonment", 4, 0)]


@pytest.mark.parametrize("word", ["Though", "Although", "Because"])
def test_a_conjunction_that_opens_a_sentence_is_no_part_of_the_name(word: str) -> None:
    facts = extract_facts(
        f"Pavel Gromov was detained on November 3. {word} Gromov was released, the case goes on.", PUBLISHED
    )
    assert list(_roles(facts)) == ["Pavel Gromov"]
