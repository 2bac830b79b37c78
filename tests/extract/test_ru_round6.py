"""Russian pipeline, round six: «Кроме X, обвиняют ещё троих», charges by reference in the plural, two
facts joined by «, а», and the foreign-agent law named in words.

Invented names in the shapes of court news.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from tests.extract.views import charges, defendants, terms

from khronika.extract.facts import Facts
from khronika.extract.ru import extract_facts

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2025, 10, 6)


_charges = charges


_defendants = defendants


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


def _terms(facts: Facts) -> list[tuple[Any, ...]]:
    return terms(facts, "punishment", "years", "months", "date")


def test_a_term_before_dashed_items_is_of_the_one_named_before_it() -> None:
    facts = extract_facts(
        "7 сентября Руслана Зейналова, которого следствие считало организатором ячейки, приговорили к семи "
        "годам колонии, Рустема Ваитова и Нури Приманова — к пяти годам колонии.",
        PUBLISHED,
    )
    assert [(n, y) for n, _, y, _, _ in _terms(facts)] == [
        ("Нури Приманов", 5),
        ("Руслан Зейналов", 7),
        ("Рустем Ваитов", 5),
    ]


def test_one_name_spelt_with_a_letter_doubled_and_not_is_one_person() -> None:
    facts = extract_facts(
        "Суд признал виновным Ферата Сайфулаева. Ферата Сайфуллаева приговорили к пяти годам колонии.",
        PUBLISHED,
    )
    assert len(facts["persons"]) == 1


def test_a_relative_clause_between_convicted_and_guilty() -> None:
    facts = extract_facts(
        "26 июля суд признал Александра Габова, который в январе объявил о походе на Москву, виновным в "
        "применении насилия к полицейским и в призывах к экстремизму.",
        PUBLISHED,
    )
    assert _charges(facts) == [("Александр Габов", "RU-UK", "280"), ("Александр Габов", "RU-UK", "318")]
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("verdict", "2025-07-26")]


def test_a_list_of_terms_on_lines_of_their_own_after_a_head() -> None:
    facts = extract_facts(
        "Люблинский суд Москвы 6 августа приговорил на сроки от 4 лет условно до 7 лет колонии семерых "
        "подсудимых.\n\nСудья назначил им следующие сроки:\n\nРуслан Костин – 7 лет колонии\n\n"
        "Петр Карамов – 6,5 лет колонии\n\nАнна Павлова – 4 года условно",
        PUBLISHED,
    )
    assert _terms(facts) == [
        ("Анна Павлова", "suspended", 4, 0, "2025-08-06"),
        ("Петр Карамов", "imprisonment", 6, 6, "2025-08-06"),
        ("Руслан Костин", "imprisonment", 7, 0, "2025-08-06"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд вынес приговор активисту Владимиру Балову, обвиняемому в дезорганизации работы местного ИВС "
            "из-за конфликта с начальником изолятора Александром Ткачевым.",
            [("Владимир Балов", "RU-UK", "321")],
        ),
        (
            "Весной Владимира Балова осудили на три года по обвинению в приобретении и хранении боеприпасов.",
            [("Владимир Балов", "RU-UK", "222")],
        ),
        (
            "Владимира Балова осудили на три года по обвинению в хранении взрывчатых веществ.",
            [("Владимир Балов", "RU-UK", "222.1")],
        ),
        (
            "В августе 2017 года Ивана Сафина осудили за посты, возбуждающие ненависть к президенту.",
            [("Иван Сафин", "RU-UK", "282")],
        ),
    ],
)
def test_offence_wordings_of_round_six(text: str, expected: list[tuple[str, str, str]]) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert _charges(facts) == expected
    assert _defendants(facts) == sorted({name for name, _, _ in expected})


def test_mass_detentions_and_a_counted_crowd_are_nobody_named() -> None:
    facts = extract_facts(
        "Протесты 5 мая против инаугурации Владимира Путина, инициированные Алексеем Навальным, привели к "
        "массовым задержаниям по всей стране. 5 мая по всей стране задержали порядка 1600 человек.",
        PUBLISHED,
    )
    assert _defendants(facts) == []


def test_taken_away_from_a_rally_after_a_dated_detention_of_a_group() -> None:
    facts = extract_facts(
        "На акции 26 марта задержали также и организаторов — активистов местного штаба. Михаила Бесова "
        "и Илью Ермакова увезли с митинга.",
        PUBLISHED,
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert sorted((e["type"], e["date"], tuple(names[p] for p in e["persons"])) for e in facts["events"]) == [
        ("detention", "2025-03-26", ("Михаил Бесов", "Илья Ермаков"))
    ]


def test_a_charge_in_a_list_head_is_every_listed_persons() -> None:
    facts = extract_facts(
        "Судья пришел к выводу, что подсудимые виновны в создании экстремистского сообщества и назначил им "
        "следующие сроки:\n\nРуслан Костин – 7 лет колонии\n\nАнна Павлова – 4 года условно",
        PUBLISHED,
    )
    assert _charges(facts) == [("Анна Павлова", "RU-UK", "282.1"), ("Руслан Костин", "RU-UK", "282.1")]


def test_a_name_inside_dashes_after_another_describes_that_one() -> None:
    facts = extract_facts(
        "Алексея Москина — отца школьницы Маши Москиной, нарисовавшей антивоенный рисунок, — приговорили "
        "к двум годам лишения свободы.",
        PUBLISHED,
    )
    assert [(n, y) for n, _, y, _, _ in _terms(facts)] == [("Алексей Москин", 2)]


def test_released_from_a_colony_told_place_first() -> None:
    facts = extract_facts("27 октября из колонии в Тульской области вышел Алексей Гаскин.", PUBLISHED)
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("release", "2024-10-27")]


def test_terms_each_followed_by_a_name_in_the_dative_and_upheld() -> None:
    facts = extract_facts(
        "Верховный суд РФ оставил в силе решение Верховного суда Чечни — двадцать два с половиной года "
        "Николаю Карпову, двадцать лет Игорю Клыкову.",
        PUBLISHED,
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert sorted(
        (names[str(s["person"])], s["stage"], s["years"], s["months"]) for s in facts["sentences"]
    ) == [
        ("Игорь Клыков", "appeal", 20, 0),
        ("Игорь Клыков", "imposed", 20, 0),
        ("Николай Карпов", "appeal", 22, 6),
        ("Николай Карпов", "imposed", 22, 6),
    ]


def test_a_bare_term_after_convicted_for() -> None:
    facts = extract_facts("Руслана Нагиева и Эльдара Кантова осудили на 13 лет.", PUBLISHED)
    assert [(n, y) for n, _, y, _, _ in _terms(facts)] == [("Руслан Нагиев", 13), ("Эльдар Кантов", 13)]


def test_respectively_pairs_the_terms_of_its_own_clause() -> None:
    facts = extract_facts(
        "Ленура Халова и Руслана Месова осудили на 18 лет лишения свободы в колонии строгого режима, Руслана "
        "Нагиева и Эльдара Кантова — на 13 и 12 лет соответственно.",
        PUBLISHED,
    )
    assert [(n, y) for n, _, y, _, _ in _terms(facts)] == [
        ("Ленур Халов", 18),
        ("Руслан Месов", 18),
        ("Руслан Нагиев", 13),
        ("Эльдар Кантов", 12),
    ]


def test_a_digest_of_verdicts_told_today_dates_the_undated_ones_after_it() -> None:
    facts = extract_facts(
        "Студент Егор Жаков осужден сегодня на три года условно. Безработный Павел Новов за два удара "
        "бутылкой по плечу полицейского на акции протеста 27 июля приговорен к штрафу 120 тыс. руб. Вечером "
        "также огласили приговоры Егору Лесину (три года колонии общего режима) и Максиму Мартову (два с "
        "половиной года колонии).",
        PUBLISHED,
    )
    assert _terms(facts) == [
        ("Егор Жаков", "suspended", 3, 0, "2025-10-06"),
        ("Егор Лесин", "imprisonment", 3, 0, "2025-10-06"),
        ("Максим Мартов", "imprisonment", 2, 6, "2025-10-06"),
        ("Павел Новов", "fine", None, None, "2025-10-06"),
    ]
    names = {p["id"]: p["name"] for p in facts["persons"]}
    # «приговорен к штрафу»: a criminal court's fine is a verdict
    assert ("verdict", "Павел Новов") in {(e["type"], names[e["persons"][0]]) for e in facts["events"]}


def test_suspended_written_after_deprivation_of_liberty() -> None:
    facts = extract_facts(
        "18 сентября сторона обвинения потребовала для Николая Семенова три года лишения свободы условно.",
        PUBLISHED,
    )
    assert [(s["stage"], s["punishment"], s["years"]) for s in facts["sentences"]] == [
        ("requested", "suspended", 3)
    ]


def test_the_rest_of_a_list_after_those_named() -> None:
    facts = extract_facts(
        "17 августа силовики задержали пять человек − Рустема Мурова, Рустема Таирова, Джеббара Бекова, "
        "Завура Абдулова и Раифа Фезова. Бекова и Фезова обвиняют в организации деятельности "
        "террористической организации (ч. 1 ст. 205.5 УК), а остальных — в участии в ней "
        "(ч. 2 ст. 205.5 УК).",
        PUBLISHED,
    )
    assert sorted((n, c) for n, _, c in _charges(facts)) == [
        ("Джеббар Беков", "205.5"),
        ("Завур Абдулов", "205.5"),
        ("Раиф Фезов", "205.5"),
        ("Рустем Муров", "205.5"),
        ("Рустем Таиров", "205.5"),
    ]
    parts = {
        p["name"]: c["part"] for c in facts["charges"] for p in facts["persons"] if p["id"] == c["person"]
    }
    assert parts["Рустем Муров"] == "2" and parts["Джеббар Беков"] == "1"


def test_charges_and_terms_of_two_pairs_and_all_of_them() -> None:
    facts = extract_facts(
        "Суд приговорил четверых фигурантов дела к срокам лишения свободы от 12 до 18 лет колонии.\n\n"
        "Ленура Халова и Руслана Месова осудили на 18 лет по статье об организации деятельности "
        "террористической организации (ч. 1 ст. 205.5 УК), Руслана Нагиева и Эльдара Кантова — на 13 и 12 "
        "лет соответственно по делу об участии в ней (ч. 2 ст. 205.5 УК). Также всем фигурантам вменяют "
        "подготовку к насильственному свержению власти (ч. 1 ст. 278 УК).",
        PUBLISHED,
    )
    assert [(n, y) for n, _, y, _, _ in _terms(facts)] == [
        ("Ленур Халов", 18),
        ("Руслан Месов", 18),
        ("Руслан Нагиев", 13),
        ("Эльдар Кантов", 12),
    ]
    names = {p["id"]: p["name"] for p in facts["persons"]}
    got = sorted((names[str(c["person"])], c["article"], c["part"]) for c in facts["charges"])
    assert got == sorted(
        [(n, "205.5", "1") for n in ("Ленур Халов", "Руслан Месов")]
        + [(n, "205.5", "2") for n in ("Руслан Нагиев", "Эльдар Кантов")]
        + [(n, "278", "1") for n in ("Ленур Халов", "Руслан Месов", "Руслан Нагиев", "Эльдар Кантов")]
    )


def test_a_man_named_before_an_agreeing_participle_with_its_date() -> None:
    facts = extract_facts(
        "Волонтера штаба в Саратове Станислава Вотина, задержанного 30 ноября, отпустили из отдела полиции.",
        PUBLISHED,
    )
    assert [p["name"] for p in facts["persons"]] == ["Станислав Вотин"]
    assert sorted((e["type"], e["date"]) for e in facts["events"]) == [
        ("detention", "2024-11-30"),
        ("release", "2024-11-30"),
    ]


def test_an_unknown_mans_name_after_a_masculine_title() -> None:
    facts = extract_facts("Дело возбудили на гражданского активиста Фаиля Алсова.", PUBLISHED)
    assert [p["name"] for p in facts["persons"]] == ["Фаиль Алсов"]


def test_a_list_head_with_a_change_carries_to_the_next_sentence_and_names_all() -> None:
    facts = extract_facts(
        "24 мая краевой суд сократил на два месяца сроки наказания четверым Свидетелям Иеговы: Дмитрию "
        "Малову назначили шесть лет и 10 месяцев колонии, Алексею Трофину — шесть лет и четыре месяца "
        "колонии, а Ольге Пановой — четыре года и четыре месяца колонии. Условный срок Ольге Опаловой "
        "составит четыре года 10 месяцев.",
        PUBLISHED,
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert sorted((names[str(s["person"])], s["stage"], s["punishment"]) for s in facts["sentences"]) == [
        ("Алексей Трофин", "reduced", "imprisonment"),
        ("Дмитрий Малов", "reduced", "imprisonment"),
        ("Ольга Опалова", "reduced", "suspended"),
        ("Ольга Панова", "reduced", "imprisonment"),
    ]
    appeal = [sorted(names[p] for p in e["persons"]) for e in facts["events"] if e["type"] == "appeal"]
    assert appeal == [["Алексей Трофин", "Дмитрий Малов", "Ольга Панова"]]


def test_the_speaker_of_a_long_as_reported_clause_is_no_detainee() -> None:
    facts = extract_facts(
        "Как сообщил по телефону находящийся рядом с ОВД Китай-Город активист Сергей Ожигов, к задержанным "
        "не пускают адвокатов.",
        PUBLISHED,
    )
    assert _defendants(facts) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Суд приговорил Ильми Умарова к двум годам колонии-поселения.",
            "Ильми Умаров",
        ),
        ("Суд назначил Григорию Мельконьянцу пять лет лишения свободы.", "Григорий Мельконьянц"),
    ],
)
def test_indeclinable_given_names_and_surnames_in_nc(text: str, name: str) -> None:
    assert [p["name"] for p in extract_facts(text, PUBLISHED)["persons"]] == [name]


def test_taken_off_a_plane_is_a_detention() -> None:
    facts = extract_facts(
        "Вчера бывшего директора Андрея Пивова сняли с самолета в Пулково и везут в Следственный комитет.",
        PUBLISHED,
    )
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("detention", "2025-10-05")]


def test_a_charge_quoted_in_the_words_of_the_article() -> None:
    facts = extract_facts(
        "Суд приговорил Ильми Умарова к двум годам. Ильми Умарову инкриминировали «публичные призывы к "
        "осуществлению действий, направленных на "
        "нарушение территориальной целостности России», причем обвинение просило об условном сроке.",
        PUBLISHED,
    )
    assert _charges(facts) == [("Ильми Умаров", "RU-UK", "280.1")]


def test_the_day_before_a_past_verb_and_the_year_of_a_story_told_as_last_year() -> None:
    facts = extract_facts(
        "Журналистка Алсу Курмаева накануне вышла на свободу. Она стала частью массового обмена "
        "заключенными.\n\nАлсу Курмаева в мае прошлого года приехала в Казань. В начале июня ее задержали "
        "силовики.",
        datetime.date(2024, 8, 2),
    )
    assert sorted((e["type"], e["date"]) for e in facts["events"]) == [
        ("detention", "2023-06"),
        ("release", "2024-08-01"),
    ]


def test_leaving_a_police_station_is_a_release() -> None:
    facts = extract_facts("Вчера Елена Захова вышла из ОВД «Якиманка».", PUBLISHED)
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("release", "2025-10-05")]
