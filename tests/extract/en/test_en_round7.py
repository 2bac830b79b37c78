"""English pipeline, round 7: facts told inside a relative clause stay with its antecedent."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from tests.extract.en.test_en_recall import _names
from tests.extract.views import charges, terms

from khronika.extract.en.pipeline import extract_facts
from khronika.extract.facts import Facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2024, 9, 2)


def _terms(facts: Facts) -> list[tuple[Any, ...]]:
    return terms(facts, "stage", "years", "date")


def test_a_term_in_a_relative_clause_is_not_shared_with_the_companions_after_it() -> None:
    facts = extract_facts(
        "The painter Vera Kolosova, who was sentenced to seven years in November 2023, was freed in the "
        "August 1 prisoner exchange along with Pavel Dremin and Oleg Sutyagin.",
        PUBLISHED,
    )
    assert _terms(facts) == [("Vera Kolosova", "imposed", 7, "2023-11")]
    names = _names(facts)
    freed = [sorted(names[p] for p in e["persons"]) for e in facts["events"] if e["type"] == "exchange"]
    assert freed == [["Oleg Sutyagin", "Pavel Dremin", "Vera Kolosova"]]


def test_a_designation_of_an_outlet_along_with_a_person_is_also_that_persons() -> None:
    facts = extract_facts(
        'The Severny Vestnik outlet was added to the registry of "foreign-agent media" on Friday, along with '
        "its founder Anna Morozova.",
        datetime.date(2021, 10, 1),
    )
    names = _names(facts)
    assert [(sorted(names[p] for p in e["persons"]), e["date"]) for e in facts["events"]] == [
        (["Anna Morozova"], "2021-10-01")
    ]


_charges = charges


def test_a_group_convicted_in_one_paragraph_is_the_people_sentenced_in_the_next() -> None:
    facts = extract_facts(
        "On May 11, a court found three activists guilty of vandalism and sentenced them to restrictions "
        "on freedom.\nHer fellow activists, Ivan Dorokhov and Petr Sanin, were sentenced to restrictions on "
        "freedom for one year and nine months. The longest sentence — two years in a penal colony — was "
        "handed to 20-year-old Gleb Lisitsyn.",
        datetime.date(2021, 5, 11),
    )
    assert _charges(facts) == [
        ("Gleb Lisitsyn", "RU-UK", "214"),
        ("Ivan Dorokhov", "RU-UK", "214"),
        ("Petr Sanin", "RU-UK", "214"),
    ]
    assert ("Gleb Lisitsyn", "imposed", 2, None) in _terms(facts)


def test_assaulting_the_national_guard_and_civil_unrest_name_their_articles() -> None:
    facts = extract_facts(
        "Actor Pavel Gusin was found guilty of assaulting members of the National Guard. In Rostov, "
        'Yan Sorokin was convicted of attempting to orchestrate "civil unrest".',
        datetime.date(2019, 10, 5),
    )
    assert _charges(facts) == [("Pavel Gusin", "RU-UK", "318"), ("Yan Sorokin", "RU-UK", "212")]


def test_months_spent_in_pretrial_detention_are_a_custody_order() -> None:
    facts = extract_facts(
        "Ivan Petrov was detained in 2018. He was arrested again in April 2020 and spent four months in "
        "pretrial detention.",
        datetime.date(2021, 9, 10),
    )
    assert sorted((e["type"], e["date"]) for e in facts["events"]) == [
        ("detention", "2018"),
        ("detention", "2020-04"),
        ("pretrial_detention", "2020-04"),
    ]


def test_a_critic_of_someone_is_the_one_accused_not_the_one_criticised() -> None:
    for text in (
        "Ilya Sorin, a fierce critic of Vladimir Putin, was accused of spreading fakes about the army.",
        "The prosecutor demanded nine years for Ilya Sorin, a politician and Putin’s critic accused of "
        "“spreading false information” about the Russian army.",
    ):
        facts = extract_facts(text, datetime.date(2022, 12, 5))
        assert _charges(facts) == [("Ilya Sorin", "RU-UK", "207.3")], text


def test_the_title_of_the_terrorist_organisation_article_and_explosives_transport() -> None:
    facts = extract_facts(
        "The court found Rustem Vaitov guilty under Part 2 of the Article ('Participation in activity of an "
        "organization that under Russian law has been found to be terrorist'). Ivan Yesin was found guilty "
        "of illegal possession and transport of explosives.",
        datetime.date(2016, 7, 18),
    )
    assert ("Ivan Yesin", "RU-UK", "222.1") in _charges(facts)
    assert ("Rustem Vaitov", "RU-UK", "205.5") in _charges(facts)


def test_the_members_of_a_group_freed_in_a_swap_named_after_it() -> None:
    facts = extract_facts(
        "A large-scale prisoner swap has finally happened. Among those who arrived in Kyiv this Saturday, "
        "newly released from Russian custody, are 35 people. That number includes 11 prisoners – among them "
        "Pavlo Hrynko, Oleg Sentin and Roman Sushko.",
        datetime.date(2019, 9, 7),
    )
    names = _names(facts)
    assert sorted((names[p], e["type"], e["date"]) for e in facts["events"] for p in e["persons"]) == [
        ("Oleg Sentin", "exchange", "2019-09-07"),
        ("Pavlo Hrynko", "exchange", "2019-09-07"),
        ("Roman Sushko", "exchange", "2019-09-07"),
    ]


def test_a_date_before_and_is_the_act_before_it_when_the_next_has_its_own() -> None:
    facts = extract_facts(
        "Russian authorities detained Oleg Sentin in May 2014 and sentenced him to 20 years in jail on bogus "
        "terrorism charges in August 2015.",
        datetime.date(2019, 9, 7),
    )
    assert sorted((e["type"], e["date"]) for e in facts["events"]) == [
        ("detention", "2014-05"),
        ("verdict", "2015-08"),
    ]


def test_the_other_defendants_are_the_rest_of_those_named_before() -> None:
    facts = extract_facts(
        "Memorial considers them political prisoners: Ruslan Zeitov, Ferat Saifov and Rustem Vaikov. The "
        "court sentenced Zeitov to seven years in a prison colony, and sentenced the other defendants to "
        "five years in a prison colony.",
        datetime.date(2016, 7, 18),
    )
    assert _terms(facts) == [
        ("Ferat Saifov", "imposed", 5, None),
        ("Ruslan Zeitov", "imposed", 7, None),
        ("Rustem Vaikov", "imposed", 5, None),
    ]


def test_a_lawyer_fined_is_the_one_fined_and_a_fine_ordered_by_a_court() -> None:
    facts = extract_facts(
        "A court has fined human rights activist and lawyer Nadia Nizova 5,000 rubles ($56) for a comment. "
        "This is the first known case of a fine being imposed for a comment.\n\nIn December, Boris Kagin was "
        "ordered by a Moscow military court to pay 600,000 rubles ($6,600) for “justifying terrorism.”",
        datetime.date(2024, 2, 13),
    )
    names = _names(facts)
    fines = sorted((names[s["person"]], s["amount"]) for s in facts["sentences"])
    assert fines == [("Boris Kagin", 600000), ("Nadia Nizova", 5000)]


def test_the_people_added_to_the_registry_with_an_outlet_are_designated_undated() -> None:
    facts = extract_facts(
        "The Russian Justice Ministry has added The Moscow Times to its registry of “foreign agents,” along "
        "with a range of other organizations and people.\n\nOther new additions to the list include "
        "political scientist Alexander Morin and journalist Ilya Berg.",
        datetime.date(2023, 11, 17),
    )
    assert sorted(p["name"] for p in facts["persons"] if "defendant" in p["roles"]) == [
        "Alexander Morin",
        "Ilya Berg",
    ]
    assert facts["events"] == []


def test_mourners_at_memorials_to_someone_are_detained_not_the_one_mourned() -> None:
    facts = extract_facts(
        "Police in Moscow have detained at least four people who were previously arrested at memorials to "
        "the late Kremlin critic Alexei Navalny, the rights group OVD-Info reported Tuesday.\n\nOVD-Info "
        "said Mikhail Gradin, Artyom Gusev, Sofia Strukina and Vladislav Mazin were taken into police "
        "custody in Moscow on Tuesday morning.\n\nAll four had been detained at memorials to Navalny and "
        "released with warnings on Feb. 17.",
        datetime.date(2024, 2, 27),
    )
    names = _names(facts)
    told = sorted((e["type"], e["date"], sorted(names[p] for p in e["persons"])) for e in facts["events"])
    four = ["Artyom Gusev", "Mikhail Gradin", "Sofia Strukina", "Vladislav Mazin"]
    assert told == [
        ("detention", "2024-02-17", four),
        ("detention", "2024-02-27", four),
        ("release", "2024-02-17", four),
    ]
    assert "Alexei Navalny" in names.values()


def test_a_described_executive_charged_under_a_law_against_something() -> None:
    facts = extract_facts(
        "The prosecution has petitioned a Moscow court to arrest the former publisher Ilya Krasov in "
        "absentia. The media executive has been charged with “spreading fakes” about the Russian army "
        "under the new Russian law against military disinformation.",
        datetime.date(2023, 3, 15),
    )
    assert _charges(facts) == [("Ilya Krasov", "RU-UK", "207.3")]


def test_a_name_ending_a_sentence_is_not_part_of_the_court_named_next() -> None:
    facts = extract_facts(
        "Memorial considers four people to be political prisoners: Ruslan Zeitov, Ferat Saifov, Rustem "
        "Vaikov and Yury Primakov. The North-Caucasus Military Court sentenced Zeitov to seven years.",
        datetime.date(2016, 7, 18),
    )
    assert "Yury Primakov" in _names(facts).values()
    assert [o["name"] for o in facts["organizations"]] == ["Memorial", "North-Caucasus Military Court"]
