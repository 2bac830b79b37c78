"""English pipeline, round 3: quoted names are no antecedents, calls for a death are no death, fines in
addition to a term, group mentions before a list of names, dates of unrelated relative clauses."""

from __future__ import annotations

import datetime

import pytest
from tests.extract.en.test_en_recall import _events, _names, _roles

from khronika.extract.en.pipeline import extract_facts
from khronika.extract.facts import Facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2026, 11, 21)


def _charges(facts: Facts) -> list[tuple[str, str]]:
    names = _names(facts)
    return sorted((names[c["person"]], c["article"]) for c in facts["charges"])


def test_a_name_inside_a_quotation_is_no_antecedent_of_a_later_pronoun() -> None:
    facts = extract_facts(
        "Pavel Grinev was convicted of “rehabilitating Nazism” for posting that “Boris Tarkov was the same "
        "tyrant as the others.”\n\n"
        "He was also convicted of spreading “fakes” about the Russian military.",
        PUBLISHED,
    )
    assert _roles(facts)["Boris Tarkov"] == ["other"]
    assert ("Pavel Grinev", "207.3") in _charges(facts)
    assert all(name == "Pavel Grinev" for name, _ in _charges(facts))


def test_calling_for_the_death_of_someone_is_no_death_event() -> None:
    facts = extract_facts(
        "In March, Oleg Vetrov was handed a three-year prison term for calling for the death of “occupiers”.",
        PUBLISHED,
    )
    assert _events(facts, "death") == []
    assert _events(facts, "verdict") == [("2026-03", ["Oleg Vetrov"])]


def test_dying_in_a_colony_is_still_a_death() -> None:
    facts = extract_facts(
        "Political prisoner Oleg Vetrov, jailed for calling for peace, died in a prison colony on March 3.",
        PUBLISHED,
    )
    assert _events(facts, "death") == [("2026-03-03", ["Oleg Vetrov"])]


def _sentences(facts: Facts) -> list[tuple[str, str, int | None, float | None]]:
    names = _names(facts)
    return [(names[s["person"]], s["punishment"], s["years"], s["amount"]) for s in facts["sentences"]]


def test_a_fine_in_addition_to_the_prison_sentence_is_no_main_sentence() -> None:
    facts = extract_facts(
        "A court in Tver has sentenced Anton Belkin to 9 years in a penal colony for treason.\n\n"
        "In addition to the prison sentence, the court ordered Belkin to pay a fine of 200,000 rubles.",
        PUBLISHED,
    )
    assert _sentences(facts) == [("Anton Belkin", "imprisonment", 9, None)]


def test_a_fine_on_its_own_is_still_a_sentence() -> None:
    facts = extract_facts(
        "A court in Tver has ordered Anton Belkin to pay a fine of 200,000 rubles for a post.",
        PUBLISHED,
    )
    assert _sentences(facts) == [("Anton Belkin", "fine", None, 200000)]


def test_discrediting_the_army_with_a_prison_term_in_the_paragraph_is_the_criminal_article() -> None:
    facts = extract_facts(
        "Lev Zorin remained in the country after being accused of “discrediting the Russian army” for his "
        "posts. In February, he was convicted and sentenced to two years in prison.",
        PUBLISHED,
    )
    assert _charges(facts) == [("Lev Zorin", "280.3")]


def test_discrediting_the_army_with_a_fine_in_the_paragraph_is_the_administrative_article() -> None:
    facts = extract_facts(
        "Lev Zorin was accused of “discrediting the Russian army” for his posts. "
        "In February, he was fined 30,000 rubles.",
        PUBLISHED,
    )
    assert _charges(facts) == [("Lev Zorin", "20.3.3")]


def test_discrediting_the_army_with_nothing_to_decide_it_names_no_article() -> None:
    facts = extract_facts(
        "Lev Zorin was accused of “discrediting the Russian army” for his posts.",
        PUBLISHED,
    )
    assert _charges(facts) == []


def test_a_year_in_a_whose_clause_with_a_named_noun_is_not_the_date_of_the_main_clause() -> None:
    facts = extract_facts(
        "Lev Zorin, whose foundation, Open Light, won a human rights award in 2021, was charged with "
        "treason.",
        PUBLISHED,
    )
    assert [(c["article"], c["date"]) for c in facts["charges"]] == [("275", None)]
    assert _events(facts, "charge") == []


def test_a_year_in_the_main_clause_after_a_whose_clause_still_dates_it() -> None:
    facts = extract_facts(
        "Lev Zorin, whose foundation, Open Light, won a human rights award, was charged with treason "
        "in 2021.",
        PUBLISHED,
    )
    assert [(c["article"], c["date"]) for c in facts["charges"]] == [("275", "2021")]
    assert _events(facts, "charge") == [("2021", ["Lev Zorin"])]


def test_among_those_released_after_an_exchange_gives_every_listed_person_the_exchange() -> None:
    facts = extract_facts(
        "On August 3, Russia and the West carried out a large prisoner exchange. Dozens were freed.\n"
        "Among those released by the Kremlin are three citizens: former soldier Mark Dolan, 50; "
        "journalist Irina Savelova, 41; and blogger Yuri Kostin, 33.",
        PUBLISHED,
    )
    assert _events(facts, "exchange") == [("2026-08-03", ["Irina Savelova", "Mark Dolan", "Yuri Kostin"])]
    assert _events(facts, "release") == []


def test_among_those_released_with_no_event_told_before_dates_nothing() -> None:
    facts = extract_facts(
        "Among those released are former soldier Mark Dolan and journalist Irina Savelova.",
        PUBLISHED,
    )
    assert _events(facts, "exchange") == []


def test_a_year_after_for_and_an_offence_name_dates_the_verdict() -> None:
    facts = extract_facts(
        "Mark Dolan, also sentenced to 13 years for espionage in 2019, spent years in a colony.",
        PUBLISHED,
    )
    assert _events(facts, "verdict") == [("2019", ["Mark Dolan"])]


def test_a_year_after_for_and_an_act_is_the_act_s_not_the_verdict_s() -> None:
    facts = extract_facts(
        "Mark Dolan was sentenced to 3 years for a post in 2019.",
        PUBLISHED,
    )
    assert _events(facts, "verdict") == []
