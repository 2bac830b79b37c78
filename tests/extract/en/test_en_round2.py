"""English pipeline, round 2: aliases in brackets, persons described by their city or by a paragraph lead,
elliptical lists ("as were X and Y") and cases filed against a person named by surname alone."""

from __future__ import annotations

import datetime

import pytest
from tests.extract.en.test_en_recall import _roles

from khronika.extract.en.pipeline import extract_facts
from khronika.extract.facts import Facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2026, 11, 21)


def _owners(facts: Facts, kind: str) -> list[str]:
    names = {p["id"]: p["name"] for p in facts["persons"]}
    items = facts["charges"] if kind == "charges" else facts["sentences"]
    return [names[str(item["person"])] for item in items]  # type: ignore[index]


def test_an_alias_in_brackets_is_the_same_person_under_the_first_name() -> None:
    facts = extract_facts(
        "Pavel Orlin (Dmitry Sokolov), a former police officer, has been sentenced to six years in a penal "
        "colony in a case concerning ‘fake news’ about the army.",
        PUBLISHED,
    )
    assert _roles(facts) == {"Pavel Orlin": ["defendant"]}
    assert _owners(facts, "sentences") == ["Pavel Orlin"]
    assert _owners(facts, "charges") == ["Pavel Orlin"]


def test_a_bracketed_remark_that_is_no_name_makes_no_alias() -> None:
    facts = extract_facts(
        "Pavel Orlin (a friend of Dmitry Sokolov) was sentenced to six years in a penal colony.", PUBLISHED
    )
    assert _owners(facts, "sentences") == ["Pavel Orlin"]
    assert "Dmitry Sokolov" in _roles(facts)


def test_as_were_repeats_the_predicate_for_every_name_of_its_list() -> None:
    facts = extract_facts(
        "In addition, the outlet Vestnik was declared a “foreign agent”, as were its editor-in-chief Ivan "
        "Petrov and its publisher Oleg Sidorov, along with 20 other people.",
        PUBLISHED,
    )
    assert _roles(facts) == {"Ivan Petrov": ["defendant"], "Oleg Sidorov": ["defendant"]}


def test_as_were_adds_its_list_to_the_named_subject() -> None:
    facts = extract_facts(
        "Activist Ivan Petrov was detained in Moscow on Monday, as were his neighbours Oleg Sidorov and "
        "Pavel Gusev.",
        PUBLISHED,
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert [sorted(names[p] for p in e["persons"]) for e in facts["events"]] == [
        ["Ivan Petrov", "Oleg Sidorov", "Pavel Gusev"]
    ]


def test_a_case_filed_against_a_bare_surname_makes_that_person_a_defendant() -> None:
    facts = extract_facts("Another case has been filed against Tarnak and his associates.", PUBLISHED)
    assert _roles(facts) == {"Tarnak": ["defendant"]}


def test_a_case_against_a_country_or_an_organisation_names_nobody() -> None:
    facts = extract_facts("A criminal case was opened against Russia over the strike.", PUBLISHED)
    assert facts["persons"] == []


def test_he_after_the_death_of_a_named_person_stands_for_that_person() -> None:
    facts = extract_facts(
        "Oleg Sidorov from Tver was detained. "
        "The cause of death of 61-year-old Igor Vasin is not yet known. "
        "In January, he was sentenced to eight years in a strict regime colony.",
        PUBLISHED,
    )
    assert _owners(facts, "sentences") == ["Igor Vasin"]


def test_a_resident_of_a_city_is_the_person_told_of_with_that_city() -> None:
    facts = extract_facts(
        "Pavel Orlin from Tambov, who insulted a pensioner, was given a term of imprisonment, and Oleg Gusev "
        "from Kursk was denied parole.\n\n"
        "Oleg Gusev has been in a penal colony since 2022.\n\n"
        "A Tambov resident who insulted a pensioner has been sentenced to three years in a penal colony.",
        PUBLISHED,
    )
    assert _owners(facts, "sentences") == ["Pavel Orlin"]
    assert _roles(facts)["Oleg Gusev"] == ["defendant"]


def test_an_indefinite_description_opening_a_paragraph_is_the_person_it_goes_on_to_name() -> None:
    facts = extract_facts(
        "Pavel Orlin was denied parole, and Oleg Gusev was detained.\n\n"
        "A civic activist in Omsk convicted of ‘preparing to commit state treason’ has died in the penal "
        "colony where he was held. The cause of death of 61-year-old Ivan Karpov is not yet known.",
        PUBLISHED,
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert [(names[str(c["person"])], c["article"]) for c in facts["charges"]] == [("Ivan Karpov", "275")]
    assert _roles(facts)["Ivan Karpov"] == ["defendant"]


def test_an_indefinite_description_inside_a_paragraph_is_still_someone_new() -> None:
    facts = extract_facts(
        "Activist Pavel Orlin was detained on Monday. Police also detained a student.", PUBLISHED
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert [[names[p] for p in e["persons"]] for e in facts["events"]] == [["Pavel Orlin"]]


def test_a_russian_activist_is_no_place_to_match() -> None:
    facts = extract_facts(
        "Russian journalist Pavel Orlin was detained. Oleg Gusev, a teacher, was detained.\n\n"
        "The Russian activist has been sentenced to three years in a penal colony.",
        PUBLISHED,
    )
    assert _owners(facts, "sentences") == ["Oleg Gusev"]


def test_a_convict_denied_parole_is_a_defendant_even_after_a_place_named_with_him() -> None:
    facts = extract_facts("Pavel Orlin was fined, and Oleg Gusev from Kursk was denied parole.", PUBLISHED)
    assert _roles(facts)["Oleg Gusev"] == ["defendant"]


def test_a_name_in_a_related_link_line_is_nobody_the_story_is_about() -> None:
    facts = extract_facts(
        "Activist Pavel Orlin was detained in Omsk in July.\n"
        "Read more: Ivan Karpov, the pensioner who became a patriot\n"
        "On 7 December he was given six months suspended for vandalism.",
        PUBLISHED,
    )
    assert _owners(facts, "sentences") == ["Pavel Orlin"]
