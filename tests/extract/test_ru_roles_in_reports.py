"""Russian pipeline: who reports a detention, who defends whom, who judges, and whom a protest supports.

Invented names in the grammatical shapes of news items from outlets the rules were not written on.
"""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.ru import extract_facts

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2023, 3, 7)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Активист Александр Гудов рассказал о задержании еще одного участника движения.",
         {"Александр Гудов": ["commentator"]}),
        ("Сегодня активист Сергей Лямин сообщил, что полицейские задержали еще одного участника акции — "
         "Алексея Михеева.", {"Сергей Лямин": ["commentator"], "Алексей Михеев": ["defendant"]}),
        ("Сегодня в отдел полиции доставили также Никиту Овчинова, сообщил Вячеслав Симаков.",
         {"Никита Овчинов": ["defendant"], "Вячеслав Симаков": ["commentator"]}),
        ("Адвокат Соколова Дмитрий Катин заявил, что приговор обжалуют. "
         "Суд приговорил Ивана Соколова к 5 годам колонии.",
         {"Иван Соколов": ["defendant"], "Дмитрий Катин": ["lawyer"]}),
        ("Судья Ленинского районного суда Усенко признала виновной Марину Воронову.",
         {"Усенко": ["judge"], "Марина Воронова": ["defendant"]}),
        ("Иван Петров, которого задержали 5 марта, рассказал об этом журналистам.",
         {"Иван Петров": ["defendant"]}),
        ("Иван Петров сообщил о своем задержании.", {"Иван Петров": ["defendant"]}),
    ],
)  # fmt: skip
def test_roles_in_reports(text: str, roles: dict[str, list[str]]) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert {p["name"]: p["roles"] for p in facts["persons"]} == roles


def test_the_detention_goes_to_the_dash_apposition_not_the_reporter() -> None:
    text = (
        "Сегодня активист Сергей Лямин сообщил, что полицейские задержали участника акции — Алексея Михеева."
    )
    facts = extract_facts(text, PUBLISHED)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert [(e["type"], e["date"], [names[p] for p in e["persons"]]) for e in facts["events"]] == [
        ("detention", "2023-03-07", ["Алексей Михеев"])
    ]


def test_a_pronoun_does_not_point_back_to_the_judge() -> None:
    text = "Марину Воронову задержали 1 марта. Судья Ленинского районного суда Усенко арестовала её 3 марта."
    facts = extract_facts(text, PUBLISHED)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert {(e["type"], names[p]) for e in facts["events"] for p in e["persons"]} == {
        ("detention", "Марина Воронова"),
        ("pretrial_detention", "Марина Воронова"),
    }


def test_an_alias_is_not_another_defendant() -> None:
    text = (
        "Суд приговорил Марину Воронову к двум годам колонии. По версии следствия, Воронова под псевдонимом "
        '"Олеся Белая" опубликовала пост. Суд также запретил ей администрировать сайты.'
    )
    roles = {p["name"]: p["roles"] for p in extract_facts(text, PUBLISHED)["persons"]}
    assert roles["Марина Воронова"] == ["defendant"] and roles["Олеся Белая"] == ["other"]


def test_short_straight_quotes_pair_up_and_do_not_hide_the_text_between() -> None:
    text = (
        'Суд приговорил Марину Воронову к году колонии из-за поста со словами "Смерть империям!".\n'
        "Ее признали виновной по статье о призывах к экстремистской деятельности в интернете.\n"
        'По версии следствия, Воронова под псевдонимом "Олеся Белая" опубликовала пост.'
    )
    facts = extract_facts(text, PUBLISHED)
    assert [(c["article"], c["status"]) for c in facts["charges"]] == [("280", "convicted")]
