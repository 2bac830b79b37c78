"""Russian pipeline, round seven: the official order «Фамилия Имя Отчество» of registries and Memorial's
pages.

Invented names in the shapes of court news and profile pages.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from tests.extract.views import charges, defendants, terms

from khronika.extract.facts import Facts
from khronika.extract.ru import extract_facts
from khronika.extract.ru.nlp import Entity, surname_first

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2025, 10, 6)


_charges = charges


_defendants = defendants


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


def test_a_man_described_after_someone_else_was_named_is_the_one_the_text_is_about() -> None:
    facts = extract_facts(
        "В Казани суд оштрафовал активиста Ильдуса Гарифова из-за критики властей.\n\n"
        "Протокол на мужчину составили из-за его выступления на концерте певицы Алсу Мирзиной. Тогда "
        "Гарифов заявил, что министры Арслан Валиев и Тимур Гатин обогатились.\n\n"
        "14 сентября к мужчине пришли полицейские, которые составили на него протокол по статье о "
        "возбуждении ненависти (ст. 20.3.1 КоАП).",
        datetime.date(2023, 9, 15),
    )
    assert _charges(facts) == [("Ильдус Гарифов", "RU-KoAP", "20.3.1")]
    events = [(e["type"], e["date"], e["persons"]) for e in facts["events"]]
    garifov = next(p["id"] for p in facts["persons"] if p["name"] == "Ильдус Гарифов")
    assert events == [("charge", "2023-09-14", [garifov])]


def test_wordings_that_name_an_article_and_the_words_that_make_them_criminal() -> None:
    facts = extract_facts(
        "По версии следствия, депутат Олег Гринев распространял недостоверные сведения о российских "
        "войсках.\n\nАктивиста Тимура Засеева задержали на выходе из ИК-3, где он отбывал срок по делу о "
        "хулиганстве.",
        PUBLISHED,
    )
    assert _charges(facts) == [("Олег Гринев", "RU-UK", "207.3"), ("Тимур Засеев", "RU-UK", "213")]


def _terms(facts: Facts) -> list[tuple[Any, ...]]:
    return terms(facts, "stage", "years", "months")


def test_names_with_initials_after_the_surname_or_for_the_surname() -> None:
    facts = extract_facts(
        "В день смерти Анны Гроховой у памятника задержаны четверо активистов (Сомова О.Б., Липин И.С.). "
        "Суд оштрафовал Липина И. С. на 10 тысяч рублей.\n\nНа жителя Самары Дмитрия Ч. завели дело о "
        "реабилитации нацизма.",
        PUBLISHED,
    )
    assert _defendants(facts) == ["Дмитрий Ч.", "И. С. Липин", "О. Б. Сомова"]


def test_an_appeal_against_the_verdict_of_two_upheld_in_the_next_sentence() -> None:
    facts = extract_facts(
        "В Ростове суд рассмотрел жалобу на приговор 23-летнему Владиславу Орехову и 20-летнему Яну Сизову, "
        "осужденным на 6 лет 7 месяцев и 6,5 лет колонии соответственно.\n\nСуд постановил оставить "
        "приговор без изменений.",
        PUBLISHED,
    )
    assert _terms(facts) == [
        ("Владислав Орехов", "appeal", 6, 7),
        ("Владислав Орехов", "imposed", 6, 7),
        ("Ян Сизов", "appeal", 6, 6),
        ("Ян Сизов", "imposed", 6, 6),
    ]


def test_verbless_items_after_a_decision_take_its_stage_and_day() -> None:
    facts = extract_facts(
        "Городской суд вечером 25 сентября арестовал задержанных активистов. Всех их суд признал виновными "
        "в неподчинении требованиям полиции. Петр Сомов — 3 суток ареста. Алла Лисина, Анна Гроза — 4 суток "
        "административного ареста. Игорь Дятлов — 10 суток ареста, Олег Крот — 12 суток ареста. Данил Ухов — "
        "14 суток ареста.",
        datetime.date(2017, 9, 26),
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert sorted(
        (names[str(s["person"])], s["stage"], s["days"], s["date"]) for s in facts["sentences"]
    ) == [
        ("Алла Лисина", "imposed", 4, "2017-09-25"),
        ("Анна Гроза", "imposed", 4, "2017-09-25"),
        ("Данил Ухов", "imposed", 14, "2017-09-25"),
        ("Игорь Дятлов", "imposed", 10, "2017-09-25"),
        ("Олег Крот", "imposed", 12, "2017-09-25"),
        ("Петр Сомов", "imposed", 3, "2017-09-25"),
    ]


def test_more_article_wordings_and_a_community_named_after_its_leader() -> None:
    facts = extract_facts(
        "Вскоре после задержания Олегу Ратникову предъявили обвинения по статьям о руководстве "
        "«экстремистским сообществом» Навального и участии в работе НКО, посягающей на права граждан.\n\n"
        "Арину Веткину обвиняют в вовлечении несовершеннолетних в совершение действий, опасных для жизни.\n\n"
        "Ивана Гуляева признали виновным по делу об организации работы «нежелательного» движения.",
        PUBLISHED,
    )
    assert _charges(facts) == [
        ("Арина Веткина", "RU-UK", "151.2"),
        ("Иван Гуляев", "RU-UK", "284.1"),
        ("Олег Ратников", "RU-UK", "239"),
        ("Олег Ратников", "RU-UK", "282.1"),
    ]
    assert "Навальный" not in _defendants(facts)


def test_a_live_reports_day_and_the_items_a_dash_carries_the_verb_over_to() -> None:
    facts = extract_facts(
        "В Петербурге за день задержали минимум троих активистов.\n"
        "Как сообщил Кирилл Сомов, его задержали возле Гостиного двора за плакат.\n"
        "Ранее в течение дня за антивоенные пикеты задержали еще двух пикетчиков. Александра Лисова — за "
        "пикет с плакатом «Слов нет». Антона Грача — за пикет с "
        "плакатом «Нет войне».",
        datetime.date(2022, 4, 17),
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    detained = sorted(names[p] for e in facts["events"] if e["type"] == "detention" for p in e["persons"])
    assert detained == ["Александр Лисов", "Антон Грач", "Кирилл Сомов"]
    assert all(e["date"] == "2022-04-17" for e in facts["events"])


def test_requests_listed_after_a_colon_a_spaced_article_number_and_bounds() -> None:
    facts = extract_facts(
        "Ивана Дешкова, Петра Шалина и Олега Королькова 23 апреля приговорили к условным срокам до шести с "
        "половиной лет по ч. 1 ст. 282. 2 УК.\nПрокурор запрашивал для верующих реальные сроки в колонии: "
        "Дешкову и Шалину 8 лет, Королькову — 9 лет.",
        datetime.date(2021, 4, 27),
    )
    assert _terms(facts) == [
        ("Иван Дешков", "requested", 8, 0),
        ("Олег Корольков", "requested", 9, 0),
        ("Петр Шалин", "requested", 8, 0),
    ]
    assert {c[2] for c in _charges(facts)} == {"282.2"}


def test_a_verdict_upheld_by_the_verb_alone_is_the_appeal_courts() -> None:
    facts = extract_facts(
        "В сентябре 2024 года жителю Крыма Александру Сизову утвердили приговор — 17 лет заключения.",
        datetime.date(2025, 1, 24),
    )
    assert ("Александр Сизов", "appeal", 17, 0) in _terms(facts)


def test_a_name_read_as_a_womans_is_a_mans_when_his_plain_surname_follows() -> None:
    facts = extract_facts(
        "Председателю общественного центра Рафису Кашапову предъявлено обвинение по ч. 1 ст. 282 УК РФ.\n"
        "Кашапов обвиняется в том, что опубликовал три текста.",
        datetime.date(2015, 5, 1),
    )
    assert _defendants(facts) == ["Рафис Кашапов"]


def test_a_justice_of_the_peace_named_with_her_court_district_is_the_judge() -> None:
    facts = extract_facts(
        "Судья судебного участка №370 Тверского района Екатерина Казанцева назначила по пять тысяч рублей "
        "штрафа активистам Татьяне Усовой и Александру Соломину.",
        datetime.date(2019, 5, 17),
    )
    assert _terms(facts) == [
        ("Александр Соломин", "imposed", None, None),
        ("Татьяна Усова", "imposed", None, None),
    ]
    assert _defendants(facts) == ["Александр Соломин", "Татьяна Усова"]


def test_im_after_a_group_in_its_sentence_is_the_group() -> None:
    facts = extract_facts(
        "Утром 14 апреля силовики пришли с обысками к редакторам Володе Метлину, Наташе Тышко и Армену "
        "Арамову. Кроме того, обыск прошел в редакции издания.\nПосле обысков всех троих журналистов "
        "доставили на допрос, где предъявили им обвинение по части 2 статьи 151.2 УК.",
        datetime.date(2021, 4, 14),
    )
    assert _charges(facts) == [
        ("Армен Арамов", "RU-UK", "151.2"),
        ("Володя Метлин", "RU-UK", "151.2"),
        ("Наташа Тышко", "RU-UK", "151.2"),
    ]
    # «После обысков …»: the detention and the charge are on the searches' day
    assert sorted((e["type"], e["date"], len(e["persons"])) for e in facts["events"]) == [
        ("charge", "2021-04-14", 3),
        ("detention", "2021-04-14", 3),
        ("search", "2021-04-14", 3),
    ]
