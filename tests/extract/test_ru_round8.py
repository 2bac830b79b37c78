"""Russian pipeline, round eight: shapes found in the blind sets V1–V8 and in the committed set.

Invented names in the shapes of court news, chronicles and digests.
"""

from __future__ import annotations

import datetime

import pytest
from tests.extract.views import charges, defendants, terms

from khronika.extract.ru import extract_facts

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2026, 3, 4)


def test_a_plural_pronoun_is_the_list_that_opens_the_sentence_before_it() -> None:
    facts = extract_facts(
        "Ирина Лаптева, Зоя Мишурина и Глеб Ордынцев, задержанные на пикетах в поддержку Тараса Вьюгина, "
        "вышли из ОВД. На них были составлены протоколы по ч. 5 ст. 20.2 КоАП.",
        PUBLISHED,
    )
    assert defendants(facts) == ["Глеб Ордынцев", "Зоя Мишурина", "Ирина Лаптева"]
    assert charges(facts) == [
        ("Глеб Ордынцев", "RU-KoAP", "20.2"),
        ("Зоя Мишурина", "RU-KoAP", "20.2"),
        ("Ирина Лаптева", "RU-KoAP", "20.2"),
    ]


def test_a_list_inside_the_sentence_is_not_what_a_plural_pronoun_stands_for() -> None:
    facts = extract_facts(
        "Это коснулось не только Тараса Вьюгина, который провел в ШИЗО уже 200 дней, но и депутата Глеба "
        "Ордынцева, левой активистки Зои Мишуриной, отца Ирины Лаптевой Олега и других осужденных.\n\n"
        "Адвокаты бьют тревогу. Рассказываем, сколько они провели в штрафных изоляторах.",
        PUBLISHED,
    )
    assert "Ирина Лаптева" not in defendants(facts)  # the daughter named to say whose father he is


def test_a_fine_before_the_names_is_each_of_those_joined_after_it() -> None:
    facts = extract_facts(
        "Суд постановил оштрафовать на 10 тысяч рублей Анастасию Ветрову и Ивана Лозова, вышедших с "
        "пикетами.\nШтраф назначили по статье о нарушении правил пикетирования (ч. 5 ст. 20.2 КоАП).",
        PUBLISHED,
    )
    assert terms(facts, "punishment", "amount") == [
        ("Анастасия Ветрова", "fine", 10000),
        ("Иван Лозов", "fine", 10000),
    ]
    # the sentence that names nobody gives its article to those listed together just before
    assert charges(facts) == [("Анастасия Ветрова", "RU-KoAP", "20.2"), ("Иван Лозов", "RU-KoAP", "20.2")]


def test_a_detention_minutes_before_a_live_report_is_of_its_day() -> None:
    facts = extract_facts(
        "Около двадцати минут назад на Манежной площади были задержаны Олег Ветров и Анна Лозова.", PUBLISHED
    )
    assert sorted(e["date"] for e in facts["events"] if e["type"] == "detention") == ["2026-03-04"]
