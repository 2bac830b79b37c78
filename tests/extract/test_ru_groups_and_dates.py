"""Russian pipeline: groups spoken of in the plural, and dates a fact gets from outside its own sentence.

Invented names in the grammatical shapes of news items from outlets the rules were not written on.
"""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.facts import Facts
from khronika.extract.ru import extract_facts

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2023, 3, 7)


def _events(facts: Facts) -> set[tuple[str, str | None, tuple[str, ...]]]:
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return {(e["type"], e["date"], tuple(sorted(names[p] for p in e["persons"]))) for e in facts["events"]}


def _charged(facts: Facts) -> set[tuple[str, str, str | None]]:
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return {(names[str(c["person"])], c["article"], c["part"]) for c in facts["charges"]}


THREE = ("Валерия Зинова", "Леонид Марков", "Роман Зотов")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Сегодня задержаны: Роман Зотов, Валерия Зинова и Леонид Марков. "
         "Сегодня полиция отпустила задержанных после составления протоколов по ч. 5 ст. 20.2 КоАП.",
         "2023-03-07"),
        # an update stamped in the night is of the night after the day of publication
        ("Задержаны: Роман Зотов, Валерия Зинова и Леонид Марков. Задержанные находятся в ОВД.\n\n"
         "UPD (01:20): Полиция отпускает всех задержанных после составления протоколов "
         "по ч. 5 ст. 20.2 КоАП.",
         "2023-03-08"),
        ("Сегодня полиция задержала Романа Зотова, Валерию Зинову и Леонида Маркова.\n"
         "18:40 Полиция отпустила задержанных после составления протоколов по ч. 5 ст. 20.2 КоАП.",
         "2023-03-07"),
    ],
)  # fmt: skip
def test_the_detained_spoken_of_as_a_group(text: str, day: str) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert _charged(facts) == {(name, "20.2", "5") for name in THREE}
    events = _events(facts)
    assert ("release", day, THREE) in events
    assert ("charge", day, THREE) in events
    assert all(p["roles"] == ["defendant"] for p in facts["persons"])


def test_a_group_word_before_names_is_their_attribute() -> None:
    text = "Сегодня полиция составила протоколы на задержанных Олега Зайцева и Игоря Лисина по ст. 20.1 КоАП."
    facts = extract_facts(text, PUBLISHED)
    assert _charged(facts) == {("Олег Зайцев", "20.1", None), ("Игорь Лисин", "20.1", None)}


def test_a_group_with_no_detention_before_it_is_nobody() -> None:
    text = "Иван Петров выступил на митинге. Полиция отпустила задержанных вечером 7 марта."
    facts = extract_facts(text, PUBLISHED)
    assert all(not e["persons"] for e in facts["events"]) and facts["persons"][0]["roles"] == ["other"]


def test_the_person_a_protest_supports_is_not_detained() -> None:
    text = "Во Владивостоке 7 марта полиция задержала участников акции в поддержку политика Алексея Носова."
    facts = extract_facts(text, PUBLISHED)
    assert [p["roles"] for p in facts["persons"]] == [["other"]]
    assert all(not e["persons"] for e in facts["events"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Полицейские задержали Петра Сомова.\n\nUPD 18:12 Полицейские задержали Ивана Морова.",
         ("detention", "2023-03-07", ("Иван Моров",))),
        ("Полицейские задержали Петра Сомова.\n\nUPD (01:20): Полицейские задержали Ивана Морова.",
         ("detention", "2023-03-08", ("Иван Моров",))),
        ("Полицейские задержали Петра Сомова.\n\n3:12 В отдел доставили также Ивана Морова.",
         ("detention", "2023-03-08", ("Иван Моров",))),
        ("Полицейские задержали Петра Сомова.\n\nОбновлено 18:12. Полицейские задержали Ивана Морова.",
         ("detention", "2023-03-07", ("Иван Моров",))),
        ("МОСКВА, 2 марта. /ТАСС/. Минюст включил в реестр иностранных агентов журналиста Павла Носова.",
         ("designation", "2023-03-02", ("Павел Носов",))),
        ("Ивана Соколова приговорили к 2,5 годам колонии. Об этом сегодня, 7 марта, сообщили в суде.",
         ("verdict", "2023-03-07", ("Иван Соколов",))),
        ("Участников акции 7 марта задержали в Москве. А в Казани задержали Олега Зайцева, Игоря Лисина "
         "и Павла Носова.", ("detention", "2023-03-07", ("Игорь Лисин", "Олег Зайцев", "Павел Носов"))),
        ("Сегодня в отдел полиции доставили также Никиту Овчинова.",
         ("detention", "2023-03-07", ("Никита Овчинов",))),
    ],
)  # fmt: skip
def test_dates_from_outside_the_sentence(text: str, expected: tuple[str, str, tuple[str, ...]]) -> None:
    per_person = {(t, d, name) for t, d, names in _events(extract_facts(text, PUBLISHED)) for name in names}
    kind, date, names = expected
    assert {(kind, date, name) for name in names} <= per_person


@pytest.mark.parametrize(
    "text",
    [
        "Полицейские задержали Петра Сомова.\n\nПетр Сомов родился в 1990 году. Его снова задержали.",
        "Ивана Соколова приговорили к 2,5 годам колонии. Об этом сообщили в суде.",
        "Поводом для составления протокола на Ивана Соколова стал митинг 1 марта.",
    ],
)
def test_no_date_is_carried_without_a_reason(text: str) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert [e for e in facts["events"] if e["type"] != "other"] == []


@pytest.mark.parametrize(
    ("text", "designated"),
    [
        ("Сегодня Минюст внес в реестр иноагентов журналиста Павла Носова. "
         "В список также попали правозащитник Тимур Ковалев и блогер Олег Лисин.",
         {"Павел Носов", "Тимур Ковалев", "Олег Лисин"}),
        ("МОСКВА, 2 марта. /ТАСС/. Минюст включил в реестр иностранных агентов журналиста Павла Носова.\n\n"
         "\"П. А. Носов распространял недостоверную информацию\", - говорится в сообщении.\n\n"
         "Также в реестр попали юрист Елена Лукина и блогер Олег Лисин.",
         {"Павел Носов", "Елена Лукина", "Олег Лисин"}),
        ("Минюст 7 марта объявил «иноагентами»:\n"
         "- журналиста Максима Кузина — за высказывания против «СВО»;\n"
         "- политолога Дмитрия Орлова — за сотрудничество с иностранными СМИ.",
         {"Максим Кузин", "Дмитрий Орлов"}),
        ("7 марта Павел Носов был внесен в реестр физлиц-иноагентов.", {"Павел Носов"}),
    ],
)  # fmt: skip
def test_designations_reach_every_listed_person(text: str, designated: set[str]) -> None:
    facts = extract_facts(text, PUBLISHED)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    dated = {names[p] for e in facts["events"] if e["type"] == "designation" for p in e["persons"]}
    assert dated == designated
    assert {p["name"] for p in facts["persons"] if p["roles"] == ["defendant"]} == designated
    assert len({e["date"] for e in facts["events"]}) == 1


def test_a_list_after_a_head_without_a_date_gives_defendants_but_no_event() -> None:
    text = "Минюст объявил «иноагентами»:\n- журналиста Максима Кузина;\n- политолога Дмитрия Орлова."
    facts = extract_facts(text, PUBLISHED)
    assert [p["roles"] for p in facts["persons"]] == [["defendant"], ["defendant"]]
    assert facts["events"] == []


def test_a_live_report_dates_its_undated_detentions_on_the_day() -> None:
    text = (
        "На площади полицейские начали задерживать участников акции.\n\n"
        "Активистка Ирина Белова сообщила, что задержали Олега Зайцева и Игоря Лисина.\n\n"
        "UPD 18:12 В отдел полиции № 5 доставили также Никиту Орлова, сообщил Вячеслав Симаков."
    )
    facts = extract_facts(text, PUBLISHED)
    assert ("detention", "2023-03-07", ("Игорь Лисин", "Олег Зайцев")) in _events(facts)
    assert ("detention", "2023-03-07", ("Никита Орлов",)) in _events(facts)
    assert {p["name"]: p["roles"] for p in facts["persons"]}["Ирина Белова"] == ["commentator"]


def test_an_undated_detention_outside_a_live_report_gives_no_event() -> None:
    text = "Активистка Ирина Белова сообщила, что задержали Олега Зайцева и Игоря Лисина."
    assert extract_facts(text, PUBLISHED)["events"] == []


def test_a_fact_told_twice_is_one_event() -> None:
    text = "Сегодня задержали Олега Зайцева.\n\n12:30 Олега Зайцева задержали у метро, сообщают очевидцы."
    events = [e for e in extract_facts(text, PUBLISHED)["events"] if e["type"] == "detention"]
    assert len(events) == 1


@pytest.mark.parametrize(
    "text",
    [
        "До этого Олег Зайцев дважды привлекался к административной ответственности и был оштрафован "
        "за дискредитацию армии.",
        "Сегодня суд завершил процесс. Анну Петрову оштрафовали на 30 тысяч рублей по составленному вчера "
        "протоколу о дискредитации армии.",
    ],
)
def test_no_fine_event_from_a_past_participle_or_the_date_of_another_act(text: str) -> None:
    assert [e for e in extract_facts(text, PUBLISHED)["events"] if e["type"] == "fine"] == []


def test_a_known_since_report_dates_a_past_participle() -> None:
    text = "Писатель Иван Петров был заочно арестован судом. Об этом стало известно 2 марта."
    assert ("pretrial_detention", "2023-03-02", ("Иван Петров",)) in _events(extract_facts(text, PUBLISHED))
