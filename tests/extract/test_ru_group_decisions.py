"""Russian pipeline: decisions told once for several people, and verdicts dated by the sentence beside them.

Invented names in the shapes of court reports: «X – три года, Y и Z – по два года», «Суд вынес приговор 12
ноября», counted dates («Через год»), unusual verbs («оценил в девять суток ареста»).
"""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.ru import extract_facts

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2026, 11, 20)

Row = tuple[str, str, str, tuple[int | None, int | None, int | None], int | None, str | None]


def _sentences(text: str) -> set[Row]:
    facts = extract_facts(text, PUBLISHED)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return {
        (
            names[s["person"]] if s["person"] else "?",
            s["stage"],
            s["punishment"],
            (s["years"], s["months"], s["days"]),
            s["amount"],
            s["date"],
        )
        for s in facts["sentences"]
    }


def _events(text: str) -> set[tuple[str, str | None, str]]:
    facts = extract_facts(text, PUBLISHED)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return {(e["type"], e["date"], names[p]) for e in facts["events"] for p in e["persons"]}


def test_each_item_of_a_list_of_terms_is_of_the_names_before_its_dash() -> None:
    text = (
        "Шесть подсудимых получили условные сроки: Иван Петров – три года, Олег Сидоров и Павел Кузнецов – "
        "по два года, Анна Смирнова – полтора года."
    )
    assert _sentences(text) == {
        ("Иван Петров", "imposed", "suspended", (3, 0, 0), None, None),
        ("Олег Сидоров", "imposed", "suspended", (2, 0, 0), None, None),
        ("Павел Кузнецов", "imposed", "suspended", (2, 0, 0), None, None),
        ("Анна Смирнова", "imposed", "suspended", (1, 6, 0), None, None),
    }


def test_an_item_with_a_clause_between_name_and_dash_is_not_an_item() -> None:
    # «…, которого суд признал организатором, – шесть лет»: the names do not stand alone before the dash,
    # so the term goes to whom the sentence is about, not to a list item.
    text = (
        "Суд приговорил Ивана Петрова к шести годам колонии, а Олега Сидорова, которого задержали позже, "
        "– к пяти."
    )
    rows = _sentences(text)
    assert ("Иван Петров", "imposed", "imprisonment", (6, 0, 0), None, None) in rows


def test_the_punishment_of_one_item_does_not_leak_into_the_item_before() -> None:
    text = (
        "Иван Петров получил три года колонии, Олег Сидоров — два года условно. Суд вынес приговор 12 ноября."
    )
    assert _sentences(text) == {
        ("Иван Петров", "imposed", "imprisonment", (3, 0, 0), None, "2026-11-12"),
        ("Олег Сидоров", "imposed", "suspended", (2, 0, 0), None, "2026-11-12"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Иван Петров получил три года колонии, Олег Сидоров — два года колонии. "
        "Суд вынес приговор 12 ноября.",
        "12 ноября Ленинский районный суд Самары вынес приговор по делу о «Новом величии». "
        "Иван Петров получил три года колонии, Олег Сидоров — два года колонии.",
    ],
)
def test_a_sentence_that_only_dates_the_verdict_dates_the_terms_beside_it(text: str) -> None:
    assert _events(text) == {
        ("verdict", "2026-11-12", "Иван Петров"),
        ("verdict", "2026-11-12", "Олег Сидоров"),
    }


def test_a_dated_verdict_in_another_paragraph_dates_nothing() -> None:
    text = "12 ноября суд вынес приговор по делу о «Новом величии».\n\nИван Петров получил три года колонии."
    assert _sentences(text) == {("Иван Петров", "imposed", "imprisonment", (3, 0, 0), None, None)}


def test_a_sentence_with_its_own_date_between_breaks_the_frame() -> None:
    text = (
        "Иван Петров получил три года колонии. В 2021 году его уже задерживали на акции. "
        "Суд вынес приговор 12 ноября."
    )
    rows = _sentences(text)
    assert rows == {("Иван Петров", "imposed", "imprisonment", (3, 0, 0), None, None)}


def test_a_counted_date_keeps_the_year_it_was_counted_into() -> None:
    # «Через год» after March 2023 is March 2024; the story-year rule must not move it back into 2023.
    text = (
        "В марте 2023 года Дмитрия Орлова задержали в Москве. Через год ему предъявили обвинение в госизмене."
    )
    assert ("charge", "2024-03", "Дмитрий Орлов") in _events(text)
    assert ("charge", "2023-03", "Дмитрий Орлов") not in _events(text)


def test_a_court_that_values_a_post_at_days_of_arrest_imposes_an_arrest() -> None:
    text = "Мировой судья 5 ноября оценил в девять суток ареста пост Максима Белова во «ВКонтакте»."
    assert _sentences(text) == {
        ("Максим Белов", "imposed", "administrative_arrest", (0, 0, 9), None, "2026-11-05")
    }
    assert ("verdict", "2026-11-05", "Максим Белов") in _events(text)


def test_a_fine_named_after_its_amount_and_dated_by_the_decision() -> None:
    text = (
        "Суд оценил антивоенный пост Ольги Ивановой в 30 тысяч рублей штрафа по статье 20.3.3 КоАП. "
        "Решение вынесено 3 ноября."
    )
    assert _sentences(text) == {("Ольга Иванова", "imposed", "fine", (None, None, None), 30000, "2026-11-03")}
    assert ("fine", "2026-11-03", "Ольга Иванова") in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вчера в Казани полицейские увезли на допрос активиста Игоря Фомина.", {"detention"}),
        ("Вчера активиста Игоря Фомина вызвали на допрос в Следственный комитет.", set()),
    ],
)
def test_taken_away_for_questioning_is_a_detention_a_summons_not(text: str, expected: set[str]) -> None:
    assert {kind for kind, _, _ in _events(text)} == expected


def _charges(text: str) -> set[tuple[str, str]]:
    facts = extract_facts(text, PUBLISHED)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return {(names[c["person"]], c["article"]) for c in facts["charges"] if c["person"]}


def test_a_plural_relative_clause_is_about_the_whole_list() -> None:
    text = (
        "В суде завершается рассмотрение дела журналистов Анны Листьевой, Сергея Корина и Павла Гаврина, "
        "которых обвиняют в участии в деятельности «экстремистского сообщества»."
    )
    assert _charges(text) == {(name, "282.1") for name in ("Анна Листьева", "Сергей Корин", "Павел Гаврин")}


def test_a_group_named_only_after_it_is_spoken_of_is_everyone_named_next() -> None:
    text = (
        "Судья вынес приговор фигурантам дела «Нового рассвета». Молодых людей признали виновными в создании "
        "экстремистского сообщества.\n\nРуслан Костин получил 7 лет колонии общего режима, Вячеслав Крутов — "
        "6 лет колонии общего режима."
    )
    assert _charges(text) == {("Руслан Костин", "282.1"), ("Вячеслав Крутов", "282.1")}


def test_a_group_with_one_person_named_next_stays_unattached() -> None:
    text = (
        "Молодых людей признали виновными в создании экстремистского сообщества. "
        "Адвокат Олег Лунин обжалует решение."
    )
    assert _charges(text) == set()


def test_the_latter_and_her_colleague_are_the_two_just_named() -> None:
    text = (
        "Речь идет о координаторе штаба Ксении Серовой и сотруднице Валерии Дзюбиной, которые были задержаны "
        "накануне. Последнюю арестовали на 10 суток, ее коллегу — на трое суток."
    )
    assert {(name, days) for name, _, _, (_, _, days), _, _ in _sentences(text)} == {
        ("Валерия Дзюбина", 10),
        ("Ксения Серова", 3),
    }


def test_the_last_as_an_adjective_is_nobody() -> None:
    text = "Суд арестовал Ивана Петрова. В последний раз его видели в СИЗО."
    facts = extract_facts(text, PUBLISHED)
    assert [p["name"] for p in facts["persons"]] == ["Иван Петров"]


def test_a_term_in_a_participle_phrase_takes_no_date_from_the_clause_around_it() -> None:
    text = (
        "В апреле 2024 года из СИЗО в Петербурге вывезли активистку Сашу Скорину, осужденную на семь лет за "
        "антивоенные ценники. Ксения Фомина отбывает срок в 9 лет колонии."
    )
    assert _sentences(text) == {
        ("Саша Скорина", "imposed", "imprisonment", (7, 0, 0), None, None),
        ("Ксения Фомина", "imposed", "imprisonment", (9, 0, 0), None, None),
    }


def test_a_live_report_does_not_date_what_it_recalls() -> None:
    text = (
        "Сегодня задержали активиста Вадима Кобрина. Сейчас он находится в отделе полиции. "
        "Ранее был задержан сам Алексей Навроцкий."
    )
    assert _events(text) == {("detention", "2026-11-20", "Вадим Кобрин")}


def test_a_punishment_named_before_its_term_with_a_probation_after() -> None:
    text = (
        "3 ноября суд назначил Евгении Берковой и Светлане Петренчук наказание в виде лишения свободы "
        "сроком на шесть лет каждой. 5 ноября Олегу Пронскому назначили три года условно с испытательным "
        "сроком четыре года."
    )
    assert _sentences(text) == {
        ("Евгения Беркова", "imposed", "imprisonment", (6, 0, 0), None, "2026-11-03"),
        ("Светлана Петренчук", "imposed", "imprisonment", (6, 0, 0), None, "2026-11-03"),
        ("Олег Пронский", "imposed", "suspended", (3, 0, 0), None, "2026-11-05"),
    }


def test_restriction_of_freedom_after_release_stays_out() -> None:
    text = (
        "Суд приговорил Анну Зорькину к трем годам колонии, а после освобождения ей назначили ограничение "
        "свободы сроком на полтора года."
    )
    assert _sentences(text) == {("Анна Зорькина", "imposed", "imprisonment", (3, 0, 0), None, None)}


def test_terms_that_grew_are_no_court_s_increase() -> None:
    text = "Увеличились и сроки: осенью 2022 года журналист Иван Сафонов получил 22 года колонии."
    assert _sentences(text) == {
        ("Иван Сафонов", "imposed", "imprisonment", (22, 0, 0), None, "2022-09~")
    } or {row[:4] for row in _sentences(text)} == {("Иван Сафонов", "imposed", "imprisonment", (22, 0, 0))}


def test_a_harsher_term_told_after_the_appeal_court_s_verb() -> None:
    text = (
        "Апелляционный суд ужесточил наказание социологу Борису Кагарову. Вместо штрафа ему назначили "
        "пять лет в колонии общего режима."
    )
    assert {row[:4] for row in _sentences(text)} == {
        ("Борис Кагаров", "increased", "imprisonment", (5, 0, 0))
    }


def test_a_prison_term_replaced_by_compulsory_labour() -> None:
    text = (
        "Верующего Дмитрия Должанского приговорили к трем годам лишения свободы, но суд счел возможным "
        "заменить наказание на принудительные работы на тот же срок."
    )
    assert {row[:4] for row in _sentences(text)} == {
        ("Дмитрий Должанский", "imposed", "compulsory_labour", (3, 0, 0))
    }


def test_a_list_of_reduced_terms_after_a_colon_with_units_left_out() -> None:
    text = (
        "Сроки снижены на полгода: теперь у Тимура Абдулова - 16 с половиной лет, Рустама Исмаилова - 13 с "
        "половиной, Эмиля Джамалова - 11 с половиной."
    )
    assert {row[:4] for row in _sentences(text)} == {
        ("Тимур Абдулов", "reduced", "imprisonment", (16, 6, 0)),
        ("Рустам Исмаилов", "reduced", "imprisonment", (13, 6, 0)),
        ("Эмиль Джамалов", "reduced", "imprisonment", (11, 6, 0)),
    }


def test_convicted_earlier_to_a_term_each() -> None:
    text = (
        "Еще двое фигурантов дела — Геннадий Афонин и Алексей Черный — уже были осуждены на семь лет каждый."
    )
    assert {row[:4] for row in _sentences(text)} == {
        ("Геннадий Афонин", "imposed", "imprisonment", (7, 0, 0)),
        ("Алексей Черный", "imposed", "imprisonment", (7, 0, 0)),
    }


def test_by_how_much_a_term_was_cut_is_no_term() -> None:
    text = (
        "Апелляционный суд смягчил приговор, сократив Берковой наказание на пять месяцев, Петренчук - на "
        "два месяца."
    )
    assert _sentences(text) == set()
