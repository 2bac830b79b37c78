"""Russian pipeline: terms and fines, additional punishments, charges by wording, planned protocols.

Invented names in the grammatical shapes of news items from outlets the rules were not written on.
"""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.facts import Facts
from khronika.extract.ru import extract_facts

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2023, 3, 7)


def _sentences(facts: Facts) -> list[tuple[str, str, int | None, int | None, int | None]]:
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return [
        (names[str(s["person"])], s["punishment"], s["years"], s["months"], s["amount"])
        for s in facts["sentences"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд приговорил Марину Воронову к году и двум месяцам колонии-поселения.",
         [("Марина Воронова", "imprisonment", 1, 2, None)]),
        ("Анну Петрову задержали 5 марта. Мировой судья выписала ей штраф в 20 тысяч рублей.",
         [("Анна Петрова", "fine", None, None, 20_000)]),
        ("Суд приговорил Ивана Соколова к 6 годам колонии строгого режима и штрафу в размере "
         "200 тысяч рублей.",
         [("Иван Соколов", "imprisonment", 6, 0, None)]),
        ("Суд 7 марта приговорил Ивана Соколова к 10 годам колонии. Кроме того, после отбытия основного "
         "срока ему назначено два года ограничения свободы.",
         [("Иван Соколов", "imprisonment", 10, 0, None)]),
        ("Суд оштрафовал Ивана Соколова на 30 тысяч рублей.", [("Иван Соколов", "fine", None, None, 30_000)]),
    ],
)  # fmt: skip
def test_main_sentences_only(
    text: str, expected: list[tuple[str, str, int | None, int | None, int | None]]
) -> None:
    assert _sentences(extract_facts(text, PUBLISHED)) == expected


def test_a_fine_written_out_is_a_dated_fine() -> None:
    facts = extract_facts("Сегодня суд выписал Анне Петровой штраф в 20 тысяч рублей.", PUBLISHED)
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("fine", "2023-03-07")]


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        ("Ивана Петрова обвиняют по статье о призывах к экстремистской деятельности.", {("280", None)}),
        ("Суд признал Ивана Петрова виновным по статьям УК РФ о возбуждении ненависти, об оправдании "
         "терроризма, о фейках об армии.", {("282", None), ("205.2", None), ("207.3", None)}),
        ("Суд признал Анну Петрову виновной по ч. 1 ст. 280.3 УК РФ за повторную дискредитацию армии.",
         {("280.3", "1")}),
        ("Сегодня полиция планирует составить протоколы на задержанных Олега Зайцева и Игоря Лисина "
         "по статье о мелком хулиганстве (ст. 20.1 КоАП).", set()),
        ("Полиция составила протоколы на Олега Зайцева по статье о мелком хулиганстве (ст. 20.1 КоАП).",
         {("20.1", None)}),
    ],
)  # fmt: skip
def test_charges_of_the_sentence_defendant(text: str, articles: set[tuple[str, str | None]]) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert {(c["article"], c["part"]) for c in facts["charges"]} == articles
    assert all(c["person"] == facts["persons"][0]["id"] for c in facts["charges"])
