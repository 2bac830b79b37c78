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


def test_a_quoted_court_statement_gives_its_facts_and_a_later_feminine_verb_shows_her_sex() -> None:
    facts = extract_facts(
        "«Районный суд привлек к административной ответственности Александру Веретенникову за совершение "
        "правонарушения, предусмотренного ч.1 ст. 20.3 КоАП РФ. Суд назначил наказание в виде ареста сроком "
        "на 12 суток», — говорится в Telegram-канале пресс-службы.\n"
        "Отмечается, что 16 февраля Веретенникова у памятника «Жертвам политических репрессий» публично "
        "демонстрировала фото.\nЕще двое мужчин получили административные аресты на 10 и 14 суток.\n"
        "Часть 1 статьи 20.3 КоАП РФ (пропаганда либо публичное демонстрирование атрибутики или символики "
        "экстремистских организаций) влечет наложение штрафа или административный арест на срок до 15 суток.",
        PUBLISHED,
    )
    assert defendants(facts) == ["Александра Веретенникова"]
    assert charges(facts) == [("Александра Веретенникова", "RU-KoAP", "20.3")]
    # the others' arrests are nobody named; what the law provides is no charge
    assert terms(facts, "punishment", "days") == [("Александра Веретенникова", "administrative_arrest", 12)]


def test_a_year_of_birth_dates_nothing() -> None:
    facts = extract_facts(
        "«Решением областного суда за государственную измену осужден житель Воронежа Кудрявцев Артем "
        "Алексеевич, 2006 года рождения», — говорится в сообщении.",
        PUBLISHED,
    )
    assert defendants(facts) == ["Артем Алексеевич Кудрявцев"]
    assert all(e["date"] != "2006" for e in facts["events"])


def test_each_of_those_presented_is_fined_and_a_given_name_is_read_as_one() -> None:
    facts = extract_facts(
        "Суд привлек к административной ответственности трех журналистов. Речь идет об Олеге Ветрове "
        "(признан в РФ иностранным агентом), Павле Лозине (признан в РФ иностранным агентом) и Анне "
        "Журбиной.\n\n«[Они] признаны виновными в совершении административного правонарушения, "
        "предусмотренного ч. 4 ст. 19.34 КоАП РФ», — говорится в заявлении.\n\nВ нем уточняется, что каждого "
        "из журналистов обязали выплатить административный штраф в размере 45 тыс. рублей.\n\n15 июля суд "
        "оштрафовал бывшего депутата Государственной думы РФ Дмитрия Гудеева (признан в РФ иностранным "
        "агентом) на 40 тыс. рублей. Экс-парламентария признали виновным.",
        PUBLISHED,
    )
    assert defendants(facts) == ["Анна Журбина", "Дмитрий Гудеев", "Олег Ветров", "Павел Лозин"]
    assert [c for c in charges(facts) if c[2] == "19.34"] == [
        ("Анна Журбина", "RU-KoAP", "19.34"),
        ("Олег Ветров", "RU-KoAP", "19.34"),
        ("Павел Лозин", "RU-KoAP", "19.34"),
    ]
    assert terms(facts, "amount") == [
        ("Анна Журбина", 45000),
        ("Дмитрий Гудеев", 40000),
        ("Олег Ветров", 45000),
        ("Павел Лозин", 45000),
    ]


def test_the_members_of_a_circle_are_everyone_sentenced_before() -> None:
    facts = extract_facts(
        "Врач Алексей Дорохов получил 20 лет лишения свободы. Павлу Мещерину назначили 22 года, а Ринату "
        "Гарееву — 16 лет. Дмитрий Сухов получил 20 лет, а Юрий Ершов — 18 лет.\n\nПосле оглашения "
        "приговора подсудимые начали скандировать.\n\nУчастников марксистского кружка задержали в Уфе "
        "весной 2022 года.",
        PUBLISHED,
    )
    detained = [e for e in facts["events"] if e["type"] == "detention"]
    assert [len(e["persons"]) for e in detained] == [5]


def test_taken_away_after_a_search_is_a_detention() -> None:
    facts = extract_facts(
        "Утром 4 сентября силовики пришли с обыском к Нариману Джемилову, после чего его увезли.", PUBLISHED
    )
    assert sorted((e["type"], e["date"]) for e in facts["events"]) == [
        ("detention", "2025-09-04"),
        ("search", "2025-09-04"),
    ]


def test_a_lone_first_name_shares_the_plural_surname_after_it() -> None:
    facts = extract_facts(
        "Силовики пришли домой к историкам, отцу и сыну, Шукри и Сейтумеру Абдулгазиевым, и блогеру Рустему "
        "Сейтмеметову. Обыски у Сейтмеметова и Сейтумера Абдулгазиева уже закончились. Сейтмеметова и "
        "Абдулгазиева задержали.",
        PUBLISHED,
    )
    names = sorted(p["name"] for p in facts["persons"])
    assert "Шукри Абдулгазиев" in names and "Сейтумер Абдулгазиев" in names
    # «уже закончились»: the searches, and what follows them, are of the day of the report
    detained = [e for e in facts["events"] if e["type"] == "detention"]
    assert [e["date"] for e in detained] == ["2026-03-04"]


def test_participation_in_it_is_in_the_body_and_every_offence_is_each_listed() -> None:
    facts = extract_facts(
        "Осужденным Ахмеду Гучеву, Казбеку Шогенову и Теймуру Валиеву вменялись организация "
        "террористического сообщества и участие в нем, публичные призывы к терроризму и содействие "
        "террористической деятельности.",
        PUBLISHED,
    )
    assert sorted(charges(facts)) == sorted(
        (name, "RU-UK", article)
        for name in ("Ахмед Гучев", "Казбек Шогенов", "Теймур Валиев")
        for article in ("205.1", "205.2", "205.4")
    )


@pytest.mark.parametrize("opening", ["Всем им", "Им"])
def test_to_them_all_is_the_list_before(opening: str) -> None:
    facts = extract_facts(
        "Суд отправил в СИЗО Вадима Кобрина, Алексея Лисицына и Игоря Серова. "
        f"{opening} предъявлено обвинение по ч. 2 ст. 282.1 УК.",
        PUBLISHED,
    )
    assert charges(facts) == [
        ("Алексей Лисицын", "RU-UK", "282.1"),
        ("Вадим Кобрин", "RU-UK", "282.1"),
        ("Игорь Серов", "RU-UK", "282.1"),
    ]


def test_the_one_excepted_is_not_whom_they_stands_for() -> None:
    facts = extract_facts(
        "Среди задержанных: Ольга Вовчук и Денис Сабуров. Всех, кроме Игоря Шевчука, отпустили. Против них "
        "возбудили уголовное дело по ч. 2 ст. 282.2 УК.",
        PUBLISHED,
    )
    assert ("Игорь Шевчук", "RU-UK", "282.2") not in charges(facts)


def test_the_counted_detained_are_the_names_of_the_next_sentence() -> None:
    facts = extract_facts(
        "На серии одиночных пикетов в поддержку дальнобойщиков задержано 3 человека. Это Лев Лямин, Ирина "
        "Веретенникова и Василий Недокусов.\nАкция проходила на площади 1905 года, их везут в ОВД.",
        PUBLISHED,
    )
    detained = [e for e in facts["events"] if e["type"] == "detention" and e["persons"]]
    assert [(len(e["persons"]), e["date"]) for e in detained] == [(3, "2026-03-04")]


def test_the_one_honoured_and_an_unnamed_crowd_take_no_facts() -> None:
    facts = extract_facts(
        "Суды приняли решения об арестах за участие в акциях в честь скончавшегося в колонии политика "
        "Алексея Новикова. К вечеру 17 февраля более 50 лиц были привлечены к ответственности по ч. 1 ст. "
        "20.2.2 КоАП. В Москве трое задержанных у камня вечером 16 февраля также были арестованы на 15 "
        "суток.\nВ суде Матвея Клестова признали виновным в нарушении правил проведения митингов.",
        PUBLISHED,
    )
    assert defendants(facts) == ["Матвей Клестов"]
    assert charges(facts) == [("Матвей Клестов", "RU-KoAP", "20.2")]
    assert terms(facts, "days") == []


def test_a_man_read_as_a_woman_is_shown_by_his_verdict_word_and_dela_is_no_verb() -> None:
    facts = extract_facts(
        "Районный суд оштрафовал на 10 тысяч рублей депутата областной Думы Александра Гребнева.\n\n"
        "Гребнева признали виновным в нарушении порядка организации публичного мероприятия (ч. 1 ст. 20.2 "
        "КоАП).\n\n20 апреля стало известно, что на Гребнева завели два административных дела.",
        PUBLISHED,
    )
    assert defendants(facts) == ["Александр Гребнев"]


def test_a_source_cited_is_not_whom_they_stands_for_and_an_upd_line_makes_a_live_report() -> None:
    facts = extract_facts(
        "В Казани задержали волонтеров штаба политика Олега Сафронова Алексея Боярова и Илью Арефьева, "
        "передает «Idel. Реалии» со "
        "ссылкой на координатора местного штаба Эльвиру Дмитриеву.\n\nОна рассказала изданию, что "
        "задержание произошло на улице Сибирский тракт.\n\nUPD: их отпустили.",
        PUBLISHED,
    )
    assert defendants(facts) == ["Алексей Бояров", "Илья Арефьев"]
    assert sorted((e["type"], e["date"], len(e["persons"])) for e in facts["events"]) == [
        ("detention", "2026-03-04", 2),
        ("release", "2026-03-04", 2),
    ]


def test_both_parts_of_a_double_surname_decline_and_either_part_alone_is_her() -> None:
    facts = extract_facts(
        "В реестр иноагентов внесли писательницу Елизавету Александрову-Зорину. Зориной также вменили "
        "сотрудничество с иностранными изданиями.",
        PUBLISHED,
    )
    assert [p["name"] for p in facts["persons"]] == ["Елизавета Александрова-Зорина"]


def test_a_counted_group_is_the_list_that_opens_the_next_sentence() -> None:
    facts = extract_facts(
        "Сегодня на Лубянке задержали троих участников сидячей забастовки. Сергей Аксютин, Ольга Павлюк и "
        "Дмитрий Смолин в 18:00 сели у камня.",
        PUBLISHED,
    )
    detained = [e for e in facts["events"] if e["type"] == "detention" and e["persons"]]
    assert [(len(e["persons"]), e["date"]) for e in detained] == [(3, "2026-03-04")]
    # a number that does not match the names is no such list
    other = extract_facts(
        "Сегодня на Лубянке задержали троих участников забастовки. Сергей Аксютин и Ольга Павлюк сели у "
        "камня.",
        PUBLISHED,
    )
    assert [e for e in other["events"] if e["type"] == "detention" and e["persons"]] == []


@pytest.mark.parametrize("state", ["находится в неволе", "остается за решеткой"])
def test_someone_held_in_captivity_is_persecuted(state: str) -> None:
    facts = extract_facts(f"6000 дней {state} Алексей Пичужкин, бывший сотрудник охраны.", PUBLISHED)
    assert defendants(facts) == ["Алексей Пичужкин"]


def test_an_administrative_fine_with_a_guilty_finding_is_a_fine_event() -> None:
    facts = extract_facts(
        "В марте районный суд оштрафовал Тимофея Городова и Романа Максина на 20 тысяч рублей, признав их "
        "виновными в нарушении правил публичных мероприятий (часть 2 статьи 20.2 КоАП).",
        PUBLISHED,
    )
    assert sorted({e["type"] for e in facts["events"]}) == ["fine"]
