"""Descriptive noun phrases, pronouns and quoted speech: which person a fact of an English report is about.

Synthetic sentences with invented names, of the shapes news agencies write (issue #3, held-out feedback).
"""

from __future__ import annotations

import datetime

import pytest
from tests.extract.en.test_en_pipeline import charges, defendants, events, penalties

from khronika.extract.en import extract_facts

PUBLISHED = datetime.date(2023, 3, 7)  # a Tuesday


def test_descriptive_subject_named_in_the_next_sentence() -> None:
    facts = extract_facts(
        "A Russian activist was sentenced on March 6 to 8 years in prison. The court found him guilty of "
        "spreading false information about the military. Pavel Orlov denied any wrongdoing.",
        PUBLISHED,
    )
    assert defendants(facts) == {"Pavel Orlov"}
    assert penalties(facts) == {("Pavel Orlov", "imposed", "imprisonment", 8, 0, 0, None, "2023-03-06")}
    # "found him guilty of spreading false information": the wording gives UK 207.3 to "him"
    assert charges(facts) == {("Pavel Orlov", "RU-UK", "207.3", None)}


def test_descriptive_object_named_after_the_fact() -> None:
    facts = extract_facts(
        "A Moscow court on Wednesday sentenced a former state TV journalist to 8.5 years in prison in "
        "absentia. Marina Lebedeva was charged with spreading false information about the army.",
        PUBLISHED,
    )
    assert penalties(facts) == {("Marina Lebedeva", "imposed", "imprisonment", 8, 6, 0, None, "2023-03-01")}
    assert events(facts) == {("Marina Lebedeva", "verdict", "2023-03-01")}


def test_role_noun_goes_to_the_defendant_not_to_a_name_in_a_quote() -> None:
    facts = extract_facts(
        'Pavel Orlov was sentenced to 8 years in prison. "Russia is not Putin, and he did not ask us," '
        "Orlov told reporters. The student was previously jailed for 25 days on a separate charge.",
        PUBLISHED,
    )
    assert defendants(facts) == {"Pavel Orlov"}
    assert ("Pavel Orlov", "imposed", "administrative_arrest", 0, 0, 25, None, None) in penalties(facts)


def test_role_noun_prefers_the_defendant_to_a_person_merely_mentioned() -> None:
    facts = extract_facts(
        "Police detained Anna Kovaleva on March 3 after she criticised Governor Ivan Belov online. "
        "The activist was fined 30,000 rubles on March 5.",
        PUBLISHED,
    )
    assert defendants(facts) == {"Anna Kovaleva"}
    assert ("Anna Kovaleva", "imposed", "fine", None, None, None, 30_000, "2023-03-05") in penalties(facts)


def test_the_45_year_old_is_the_person_before() -> None:
    facts = extract_facts(
        "Journalist Marina Lebedeva has been sentenced to 8.5 years in prison. The 45-year-old was "
        "convicted in absentia for spreading false information about the army.",
        PUBLISHED,
    )
    assert charges(facts) == {("Marina Lebedeva", "RU-UK", "207.3", None)}


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite noun phrase after a named defendant is somebody new, whom the text does not name
        "Pavel Orlov was detained on March 3. Police also detained a student on March 4.",
        "Pavel Orlov was detained on March 3. A teenager was detained the next day as well.",
    ],
)
def test_a_new_unnamed_person_takes_no_facts(text: str) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert events(facts) == {("Pavel Orlov", "detention", "2023-03-03")}


def test_a_pronoun_with_no_defendant_ahead_stays_unattached() -> None:
    # nobody has been made a defendant, so "him" is not given to the commentator named later
    facts = extract_facts(
        "The court found him guilty of spreading false information about the army. Lawyer Oleg Sidorov "
        "said the verdict was unjust.",
        PUBLISHED,
    )
    assert defendants(facts) == set()


@pytest.mark.parametrize("tail", ["for each", "for each of them", "for both", "each"])
def test_a_term_for_each_of_the_defendants_named_before(tail: str) -> None:
    facts = extract_facts(
        f"Anna Lis and Oleg Marin were detained in May. Prosecutors asked for five years {tail}.", PUBLISHED
    )
    assert penalties(facts) == {
        ("Anna Lis", "requested", "imprisonment", 5, 0, 0, None, None),
        ("Oleg Marin", "requested", "imprisonment", 5, 0, 0, None, None),
    }


def test_a_term_for_one_stays_with_one() -> None:
    facts = extract_facts(
        "Anna Lis and Oleg Marin were detained in May. Prosecutors asked for five years for Marin.", PUBLISHED
    )
    assert penalties(facts) == {("Oleg Marin", "requested", "imprisonment", 5, 0, 0, None, None)}


def test_a_name_inside_a_relative_aside_is_not_the_subject() -> None:
    facts = extract_facts(
        "Olga Lebedeva, who worked with the team of the late opposition leader Pavel Orlov, was detained in "
        "March 2022.",
        PUBLISHED,
    )
    assert defendants(facts) == {"Olga Lebedeva"}
    assert events(facts) == {("Olga Lebedeva", "detention", "2022-03")}


def test_the_man_and_the_woman_by_gender() -> None:
    facts = extract_facts(
        "Anna Lis and her husband Oleg Lis were detained in Moscow on February 28. The man was sent to a "
        "pre-trial detention centre on March 1, and the woman was placed under house arrest on March 1.",
        PUBLISHED,
    )
    assert events(facts) == {
        ("Anna Lis", "detention", "2023-02-28"),
        ("Oleg Lis", "detention", "2023-02-28"),
        ("Oleg Lis", "pretrial_detention", "2023-03-01"),
        ("Anna Lis", "house_arrest", "2023-03-01"),
    }


def test_a_co_defendant_in_apposition_is_a_defendant() -> None:
    facts = extract_facts(
        "A Moscow court on Tuesday sentenced theatre director Anna Lis to six years in prison. Her "
        "co-defendant, playwright Olga Marina, received the same term.",
        PUBLISHED,
    )
    assert defendants(facts) == {"Anna Lis", "Olga Marina"}


def test_a_headline_subject_without_an_article() -> None:
    facts = extract_facts(
        "Russian theatre director sentenced to 6 years for 'justifying terrorism'\n\n"
        "A Moscow court on Tuesday sentenced theatre director Anna Lis to six years in prison.",
        PUBLISHED,
    )
    assert charges(facts) == {("Anna Lis", "RU-UK", "205.2", None)}
    assert penalties(facts) == {("Anna Lis", "imposed", "imprisonment", 6, 0, 0, None, "2023-03-07")}
