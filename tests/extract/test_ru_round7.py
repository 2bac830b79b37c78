"""Russian pipeline, round seven: the official order «Фамилия Имя Отчество» of registries and Memorial's
pages.

Invented names in the shapes of court news and profile pages.
"""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.facts import Facts
from khronika.extract.ru import extract_facts
from khronika.extract.ru.nlp import Entity, surname_first

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2025, 10, 6)


def _charges(facts: Facts) -> list[tuple[str, str, str]]:
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return sorted((names[str(c["person"])], c["code"], c["article"]) for c in facts["charges"])


def _defendants(facts: Facts) -> list[str]:
    return sorted(p["name"] for p in facts["persons"] if "defendant" in p["roles"])


def test_a_profile_page_headed_by_the_surname_first_is_that_persons() -> None:
    facts = extract_facts(
        "Штольц Аркадий Вениаминович\n\nШтольц Аркадий Вениаминович родился 2 марта 1971 года, инженер. "
        "По обвинению в совершении преступления, предусмотренного ч. 2 ст. 205.2 УК РФ, приговорён к "
        "6 годам колонии общего режима.",
        PUBLISHED,
    )
    assert _defendants(facts) == ["Аркадий Вениаминович Штольц"]
    assert _charges(facts) == [("Аркадий Вениаминович Штольц", "RU-UK", "205.2")]


def test_the_surname_is_taken_only_when_it_is_no_dictionary_word() -> None:
    text = "Гражданин Аркадий Вениаминович и Штольц Аркадий Вениаминович"
    given = [Entity("PER", 10, 30, text[10:30]), Entity("PER", 40, 60, text[40:60])]
    assert [e.text for e in surname_first(text, given)] == [
        "Аркадий Вениаминович",
        "Штольц Аркадий Вениаминович",
    ]
