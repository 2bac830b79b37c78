"""Russian pipeline, round six: «Кроме X, обвиняют ещё троих», charges by reference in the plural, two
facts joined by «, а», and the foreign-agent law named in words.

Invented names in the shapes of court news.
"""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.facts import Facts
from khronika.extract.ru import extract_facts

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2025, 10, 6)


def _charges(facts: Facts) -> list[tuple[str, str, str]]:
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return sorted((names[str(c["person"])], c["code"], c["article"]) for c in facts["charges"])


def _defendants(facts: Facts) -> list[str]:
    return sorted(p["name"] for p in facts["persons"] if "defendant" in p["roles"])


def test_besides_x_the_fact_is_the_others_and_with_also_his_too() -> None:
    facts = extract_facts(
        "Кроме Ильдара Петрова, по статье 212.1 УК обвиняют еще троих активистов – Владимира Ионина, "
        "Марка Гальского и Ирину Калмыкину.",
        PUBLISHED,
    )
    assert _defendants(facts) == ["Владимир Ионин", "Ильдар Петров", "Ирина Калмыкина", "Марк Гальский"]
    assert len(_charges(facts)) == 4


def test_besides_x_without_also_is_the_others_only() -> None:
    facts = extract_facts("Кроме Ильдара Петрова, по статье 212.1 УК обвиняют Владимира Ионина.", PUBLISHED)
    assert _charges(facts) == [("Владимир Ионин", "RU-UK", "212.1")]


def test_similar_charges_in_the_plural_copy_the_charges_before() -> None:
    facts = extract_facts(
        "Суд заочно арестовал журналиста Тихона Дзюбу. Его обвиняют по двум статьям - о распространении "
        'фейков об армии и о несоблюдении закона об "иностранных агентах". На прошлой неделе по аналогичным '
        "обвинениям были заочно арестованы ещё две журналистки Валерия Ратова и Екатерина Котова.",
        PUBLISHED,
    )
    assert _charges(facts) == [
        ("Валерия Ратова", "RU-UK", "207.3"),
        ("Валерия Ратова", "RU-UK", "330.1"),
        ("Екатерина Котова", "RU-UK", "207.3"),
        ("Екатерина Котова", "RU-UK", "330.1"),
        ("Тихон Дзюба", "RU-UK", "207.3"),
        ("Тихон Дзюба", "RU-UK", "330.1"),
    ]


def test_the_foreign_agent_law_in_an_administrative_report_is_koap() -> None:
    facts = extract_facts(
        "На Ивана Петрова составили протокол о несоблюдении закона об иноагентах.", PUBLISHED
    )
    assert _charges(facts) == [("Иван Петров", "RU-KoAP", "19.34")]


def test_a_custody_order_and_a_verdict_in_two_clauses_are_two_facts() -> None:
    facts = extract_facts(
        "На прошлой неделе были заочно арестованы журналистки Валерия Ратова и Екатерина Котова, а Анна "
        "Монина была осуждена заочно на 5 лет лишения свободы.",
        PUBLISHED,
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    events = sorted((e["type"], names[e["persons"][0]], len(e["persons"])) for e in facts["events"])
    assert events == [("pretrial_detention", "Валерия Ратова", 2), ("verdict", "Анна Монина", 1)]


def test_taken_into_custody_in_the_courtroom_is_part_of_the_verdict() -> None:
    facts = extract_facts(
        "3 октября суд приговорил Анну Монину к 5 годам колонии, ее взяли под стражу в зале суда.", PUBLISHED
    )
    assert [e["type"] for e in facts["events"]] == ["verdict"]


def test_a_charge_of_a_man_not_named_is_not_the_person_named_later() -> None:
    facts = extract_facts(
        "Возбуждено уголовное дело о «фейках» (ч. 1 ст. 207.3 УК) против 48-летнего жителя Челнов. "
        "Помимо статьи о «фейках», мужчине вменяют возбуждение ненависти (ч. 2 ст. 282 УК).\n\n"
        "Петра Мыльцева также обвиняют в распространении ложной информации. По мнению следствия, Мыльцев "
        "дважды разместил фейки о российской армии.",
        PUBLISHED,
    )
    assert _charges(facts) == [("Петр Мыльцев", "RU-UK", "207.3")]


def test_a_decision_in_a_stamped_update_is_dated_by_the_stamp() -> None:
    facts = extract_facts(
        "19:00 Ксению Середину снова задержали.\n\n23:00 Серединой присудили 8 суток ареста.", PUBLISHED
    )
    assert [(s["days"], s["date"]) for s in facts["sentences"]] == [(8, "2025-10-06")]
    assert sorted((e["type"], e["date"]) for e in facts["events"]) == [
        ("detention", "2025-10-06"),
        ("verdict", "2025-10-06"),
    ]
