"""Russian pipeline, round five: requests with «попросил», the dative after «назначил», extended custody,
terms given as a difference, and the story going back to a first verdict.

Invented names in the shapes of court news.
"""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.facts import Facts
from khronika.extract.ru import extract_facts

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2025, 6, 1)


def _sentences(facts: Facts) -> list[tuple[str, str, str, int | None, int | None, str | None]]:
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return sorted(
        (names[str(s["person"])], s["stage"], s["punishment"], s["years"], s["months"], s["date"])
        for s in facts["sentences"]
    )


def _defendants(facts: Facts) -> list[str]:
    return sorted(p["name"] for p in facts["persons"] if "defendant" in p["roles"])


@pytest.mark.parametrize(
    "text",
    [
        "Прокурор попросил приговорить Марию Белову к 7 годам лишения свободы.",
        "Гособвинение попросило назначить Марии Беловой семь лет колонии.",
        "Сторона обвинения попросила для Марии Беловой семь лет колонии общего режима.",
    ],
)
def test_a_request_with_poprosil_is_a_requested_term(text: str) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert _sentences(facts) == [("Мария Белова", "requested", "imprisonment", 7, 0, None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Суд назначил Петру Кузнецову 4 года колонии.", "Петр Кузнецов"),
        ("Следователи предъявили Петру Кузнецову обвинение.", "Петр Кузнецов"),
        ("Суд назначил Марине Кузнецовой 4 года колонии.", "Марина Кузнецова"),
        ("Суд приговорил Юлию Иванову к 4 годам колонии.", "Юлия Иванова"),
    ],
)
def test_the_person_a_term_is_given_to_is_in_the_dative(text: str, name: str) -> None:
    # «Петру Кузнецову» also reads as the accusative of a woman «Петра Кузнецова»; after «назначил» the
    # term is the object and the person its recipient
    assert _defendants(extract_facts(text, PUBLISHED)) == [name]


def test_an_extended_custody_marks_a_defendant() -> None:
    facts = extract_facts("Суд продлил арест Петру Кузнецову до 5 августа.", PUBLISHED)
    assert _defendants(facts) == ["Петр Кузнецов"]


def test_a_reduction_by_an_amount_gives_the_reduced_term() -> None:
    facts = extract_facts(
        "В марте 2025 года Мещанский суд приговорил Ивана Сидорова к шести годам колонии общего режима. "
        "20 мая апелляционный суд смягчил приговор, сократив срок на пять месяцев.",
        PUBLISHED,
    )
    assert _sentences(facts) == [
        ("Иван Сидоров", "imposed", "imprisonment", 6, 0, "2025-03"),
        ("Иван Сидоров", "reduced", "imprisonment", 5, 7, "2025-05-20"),
    ]


def test_an_increase_by_a_year_gives_the_increased_term() -> None:
    facts = extract_facts(
        "Суд приговорил Петра Кузнецова к 4 годам колонии. Апелляционный суд ужесточил наказание на год.",
        PUBLISHED,
    )
    assert ("Петр Кузнецов", "increased", "imprisonment", 5, 0, None) in _sentences(facts)


def test_a_reduction_with_two_terms_told_before_is_not_computed() -> None:
    # which of the two terms was cut is not said: nothing is subtracted
    facts = extract_facts(
        "Суд приговорил Петра Кузнецова к 4 годам колонии, а позже по второму делу — к 6 годам колонии. "
        "Апелляционный суд сократил ему срок на год.",
        PUBLISHED,
    )
    assert all(s[1] != "reduced" for s in _sentences(facts))


def test_a_term_told_against_the_request_gives_the_request() -> None:
    facts = extract_facts(
        "Суд назначил Петру Кузнецову 4 года колонии — на полгода меньше, чем просило обвинение.", PUBLISHED
    )
    assert _sentences(facts) == [
        ("Петр Кузнецов", "imposed", "imprisonment", 4, 0, None),
        ("Петр Кузнецов", "requested", "imprisonment", 4, 6, None),
    ]


def test_a_first_verdict_told_after_the_appeal_is_imposed() -> None:
    facts = extract_facts(
        "Апелляционный суд смягчил приговор Ивану Сидорову. "
        "В марте 2025 года Мещанский суд приговорил его к шести годам колонии общего режима.",
        PUBLISHED,
    )
    assert _sentences(facts) == [("Иван Сидоров", "imposed", "imprisonment", 6, 0, "2025-03")]


def test_an_undated_term_after_a_harsher_decision_is_the_harsher_term() -> None:
    facts = extract_facts(
        "Суд ужесточил наказание Борису Кагарлицкому. Вместо штрафа ему назначили пять лет колонии.",
        PUBLISHED,
    )
    assert _sentences(facts) == [("Борис Кагарлицкий", "increased", "imprisonment", 5, 0, None)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # past a genitive noun and a quoted title, the name is in apposition to «активистов»
        ("Также обыски прошли у активистов движения «Весна» Евгения Затеева и Валентина Хорошенина.",
         ["Валентин Хорошенин", "Евгений Затеев"]),
        # past a genitive adjunct and a capitalised word, the head «член» is in the nominative
        ("По делу задержаны активист Дмитрий Мартыничев и член Правозащитного совета Евгения Литвинова.",
         ["Дмитрий Мартыничев", "Евгения Литвинова"]),
        ("В квартире журналистки издания Виктории Арефьевой прошел обыск.", ["Виктория Арефьева"]),
    ],
)  # fmt: skip
def test_the_head_of_the_noun_phrase_decides_the_case_of_a_name(text: str, names: list[str]) -> None:
    assert _defendants(extract_facts(text, PUBLISHED)) == names


def test_a_movement_called_spring_is_no_date() -> None:
    facts = extract_facts("Вчера задержали активиста движения «Весна» Евгения Затеева.", PUBLISHED)
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("detention", "2025-05-31")]


def _events(facts: Facts) -> list[tuple[str, str, str | None]]:
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return sorted((names[pid], e["type"], e["date"]) for e in facts["events"] for pid in e["persons"])


def test_a_speaker_after_the_outlet_told_is_a_source() -> None:
    facts = extract_facts(
        "Как рассказал «Медиазоне» юрист Арсений Левинсон, обыски проходят у семи человек.", PUBLISHED
    )
    assert [(p["name"], p["roles"]) for p in facts["persons"]] == [("Арсений Левинсон", ["commentator"])]


def test_a_group_named_in_the_next_sentence_shares_the_fact() -> None:
    facts = extract_facts(
        "Обыски проходят у семи человек. Среди них глава совета «Мемориала» Олег Орлов и председатель "
        "правления Ян Рачинский.",
        PUBLISHED,
    )
    assert _events(facts) == [
        ("Олег Орлов", "search", "2025-06-01"),
        ("Ян Рачинский", "search", "2025-06-01"),
    ]


def test_a_group_named_later_in_the_text_does_not_share_the_fact() -> None:
    facts = extract_facts(
        "Вчера в Москве задержали 11 человек. Акция прошла спокойно. Среди них были журналист Олег Петров.",
        PUBLISHED,
    )
    assert _events(facts) == []


@pytest.mark.parametrize(
    ("verb", "who"),
    [("отпустили из отдела полиции с протоколом", "Елена Котенова"), ("назначили штраф", "Иван Котенов")],
)
def test_a_lone_surname_shared_by_a_couple_goes_to_the_one_its_case_shows(verb: str, who: str) -> None:
    facts = extract_facts(
        f"Вчера задержали активистов Елену и Ивана Котеновых. Котенову {verb} по ч. 5 ст. 20.2 КоАП.",
        PUBLISHED,
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert [names[str(c["person"])] for c in facts["charges"]] == [who]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Суд назначил штраф в размере 35 тысяч рублей Ифрату Хабибулину из-за комментариев.",
            "Ифрат Хабибулин",
        ),
        ("Суд назначил штраф в размере 35 тысяч рублей Анне Хабибулиной.", "Анна Хабибулина"),
        ("Полиция задержала Дмитрия Дыбу.", "Дмитрий Дыба"),
    ],
)
def test_the_recipient_of_a_fine_told_before_the_name_is_in_the_dative(text: str, name: str) -> None:
    assert _defendants(extract_facts(text, PUBLISHED)) == [name]


def test_a_mans_surname_ending_in_a_consonant_is_put_in_the_nominative() -> None:
    facts = extract_facts(
        "Суд арестовал на 10 суток крымскотатарского активиста Энвера Кроша. Суд признал Кроша виновным "
        "по части 1 статьи 20.3 КоАП. Еще один активист Эбазер Ислямов по тому же составу оштрафован "
        "на 2 тысячи рублей.",
        PUBLISHED,
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert sorted((names[str(c["person"])], c["article"]) for c in facts["charges"]) == [
        ("Эбазер Ислямов", "20.3"),  # «по тому же составу»: the offence told just before
        ("Энвер Крош", "20.3"),
    ]


def test_a_lawyer_of_political_prisoners_is_a_lawyer() -> None:
    facts = extract_facts(
        "Адвокат политзаключенных Билан Дзугаев объяснил, почему суд изменил решение.", PUBLISHED
    )
    assert [(p["name"], p["roles"]) for p in facts["persons"]] == [("Билан Дзугаев", ["lawyer"])]


def test_custody_ordered_by_a_change_of_measure_told_before_has_its_date() -> None:
    facts = extract_facts(
        "10 марта суд поменял меру пресечения Зарифе Саутиевой, единственной женщине, задержанной после "
        "митингов. Из СИЗО ее перевели под домашний арест.",
        PUBLISHED,
    )
    # the attributive «задержанной после митингов» is no detention of 10 March
    assert _events(facts) == [("Зарифа Саутиева", "house_arrest", "2025-03-10")]


def test_a_return_to_the_detention_centre_is_custody() -> None:
    facts = extract_facts("12 марта краевой суд вернул Зарифу Саутиеву в следственный изолятор.", PUBLISHED)
    assert _events(facts) == [("Зарифа Саутиева", "pretrial_detention", "2025-03-12")]


def test_the_span_of_the_acts_charged_does_not_date_the_charge() -> None:
    facts = extract_facts(
        "События, которые вменяют в вину Дмитрию Надеину, произошли с 26 июля 2019 года "
        "по 20 ноября 2020 года. Уголовное дело возбудили только сейчас.",
        PUBLISHED,
    )
    assert _events(facts) == [("Дмитрий Надеин", "charge", "2025-06-01")]


def test_a_search_of_a_place_of_worship_is_no_search_of_the_person() -> None:
    facts = extract_facts(
        "Деннис Кристенсен был арестован 26 мая 2017 года прямо после обысков "
        "в так называемом «Зале царства».",
        PUBLISHED,
    )
    assert _events(facts) == [("Деннис Кристенсен", "pretrial_detention", "2017-05-26")]


def test_a_case_against_two_named_and_a_plural_title_after_them() -> None:
    facts = extract_facts(
        "Уголовное дело против Петра Иванова и Руслана Терехова возбудили в 2025 году. Журналистов Sota "
        "обвинили в незаконном пересечении границы России (статья 322 УК) из-за того, что в августе "
        "2024 года они съездили в Суджу.",
        PUBLISHED,
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert sorted(names[str(c["person"])] for c in facts["charges"]) == ["Петр Иванов", "Руслан Терехов"]
    # the reason's date («из-за того, что в августе 2024 года…») is of the trip, not of the charge
    assert _events(facts) == [("Петр Иванов", "charge", "2025"), ("Руслан Терехов", "charge", "2025")]


def test_a_plural_title_does_not_reach_back_to_persons_named_apart() -> None:
    facts = extract_facts(
        "После прихода к власти Путина «Мемориал» стали преследовать. Одним из методов стали уголовные дела "
        "против руководителей организации и правозащитников.",
        PUBLISHED,
    )
    assert _defendants(facts) == []


def test_the_items_under_a_name_on_its_own_line_are_that_persons() -> None:
    facts = extract_facts(
        "А кто-то, как, например, недавно осужденный на 22 года Иван Сафронов, еще не успел прислать ответ.\n"
        "Илья Яшин*\n- Политик, 39 лет.\n- Местонахождение: В СИЗО «Бутырка» (Москва) сидит уже два месяца "
        "по делу «о фейках о Вооруженных силах РФ».\n- Стадия: идет следствие.",
        datetime.date(2022, 9, 28),
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert [(names[str(c["person"])], c["article"]) for c in facts["charges"]] == [("Илья Яшин", "207.3")]
    # custody «уже два месяца» before the item: since about July
    assert ("Илья Яшин", "pretrial_detention", "2022-07~") in _events(facts)


def test_the_rest_of_a_list_item_opened_by_a_name_is_that_persons() -> None:
    facts = extract_facts(
        "- Айвазов Раим Халилович родился 30 января 1994 года, житель Симферополя. По обвинению по ч. 1 ст. "
        "205.5 УК РФ приговорён к 17 годам лишения свободы. Под стражей с 17 апреля 2019 года.\n"
        "- Базаров Фарход Эгамбердиевич родился 22 августа 1986 года.",
        PUBLISHED,
    )
    assert _defendants(facts) == ["Раим Халилович Айвазов"]
    assert _sentences(facts) == [("Раим Халилович Айвазов", "imposed", "imprisonment", 17, 0, None)]


def test_yo_is_read_as_ye_and_kept_in_names_and_quotes() -> None:
    facts = extract_facts("Судья Ольга Сочинёва приговорила Петра Сёмина к 5 годам колонии.", PUBLISHED)
    assert [(p["name"], p["roles"]) for p in facts["persons"]] == [
        ("Ольга Сочинёва", ["judge"]),
        ("Петр Сёмин", ["defendant"]),
    ]
    assert facts["sentences"][0]["evidence"]["text"].startswith("Судья Ольга Сочинёва")


def test_a_reduction_from_one_term_to_another() -> None:
    facts = extract_facts(
        "Апелляционный суд на полгода смягчил приговор — с пяти с половиной до пяти лет колонии общего "
        "режима — для учителя из Коми Никиты Тушканова.",
        PUBLISHED,
    )
    assert _sentences(facts) == [
        ("Никита Тушканов", "imposed", "imprisonment", 5, 6, None),
        ("Никита Тушканов", "reduced", "imprisonment", 5, 0, None),
    ]


def test_the_range_after_an_article_title_and_a_fine_replaced_by_prison() -> None:
    facts = extract_facts(
        "12 декабря 2023 года Борис Кагарлицкий приговорён к штрафу в размере 600 тысяч рублей по ч. 2 "
        "ст. 205.2 УК РФ («Публичное оправдание терроризма», до 7 лет лишения свободы). Суд апелляционной "
        "инстанции заменил штраф на 5 лет колонии общего режима.",
        PUBLISHED,
    )
    names = {p["id"]: p["name"] for p in facts["persons"]}
    assert sorted(
        (names[str(s["person"])], s["stage"], s["punishment"], s["years"], s["amount"])
        for s in facts["sentences"]
    ) == [
        ("Борис Кагарлицкий", "imposed", "fine", None, 600_000),
        ("Борис Кагарлицкий", "increased", "imprisonment", 5, None),
    ]


def test_the_first_years_in_prison_are_part_of_the_term() -> None:
    facts = extract_facts(
        "Раим Айвазов приговорён к 17 годам лишения свободы в колонии строгого режима с отбыванием первых "
        "пяти лет в тюрьме.",
        PUBLISHED,
    )
    assert _sentences(facts) == [("Раим Айвазов", "imposed", "imprisonment", 17, 0, None)]


def test_all_three_named_before_share_custody_and_a_listing() -> None:
    facts = extract_facts(
        "Троих адвокатов — Вадима Кобзева, Алексея Липцера и Игоря Сергунина — обвиняют по делу. В СИЗО "
        "они находятся с 13 октября 2023 года. В ноябре того же года всех троих внесли в «перечень "
        "экстремистов и террористов» Росфинмониторинга.",
        PUBLISHED,
    )
    who = ["Алексей Липцер", "Вадим Кобзев", "Игорь Сергунин"]
    assert _events(facts) == sorted(
        [(n, "pretrial_detention", "2023-10-13") for n in who] + [(n, "designation", "2023-11") for n in who]
    )


def test_sent_to_a_detention_centre_for_days_is_an_administrative_arrest() -> None:
    facts = extract_facts(
        "В первый раз Всеволода Королёва задержали у Гостиного двора 24 февраля и отправили в ИВС на 10 "
        "суток. Во второй раз Королёва забрали в отдел полиции 2 апреля.",
        PUBLISHED,
    )
    assert _sentences(facts) == [("Всеволод Королёв", "imposed", "administrative_arrest", 0, 0, "2025-02-24")]
    assert _events(facts) == [
        ("Всеволод Королёв", "detention", "2025-02-24"),
        ("Всеволод Королёв", "detention", "2025-04-02"),
        ("Всеволод Королёв", "verdict", "2025-02-24"),
    ]


def test_new_years_eve_and_a_year_that_dates_a_noun() -> None:
    facts = extract_facts(
        "Перед Новым годом полицейские пришли с обыском в московскую квартиру математика и участника думских "
        "выборов 2021 года Михаила Лобанова.",
        datetime.date(2023, 1, 14),
    )
    assert _events(facts) == [("Михаил Лобанов", "search", "2022-12")]


def test_custody_after_dated_searches_is_of_their_month() -> None:
    facts = extract_facts(
        "В Челябинске 8 сентября прошли обыски в 13 домах. Одного из верующих, Дмитрия Должикова, увезли в "
        "Новосибирск и там поместили под арест.",
        PUBLISHED,
    )
    assert _events(facts) == [("Дмитрий Должиков", "pretrial_detention", "2024-09")]


def test_every_event_label_has_its_key_words() -> None:
    # the pre-check in events._cues skips a label whose key words a sentence lacks; a label without keys
    # would silently never be searched
    from khronika.extract.ru.cues import EVENT_CUES, EVENT_KEYS

    assert {label for label, _ in EVENT_CUES} == set(EVENT_KEYS)
    for label, pattern in EVENT_CUES:
        for text in _EXAMPLES[label]:
            assert pattern.search(text), (label, text)
            assert any(key in text.lower() for key in EVENT_KEYS[label]), (label, text)


_EXAMPLES = {
    "search": ["у него прошли обыски", "провели осмотр квартиры"],
    "detention": ["его задержали", "доставили в отдел полиции", "увезли в отдел", "забрали на допрос"],
    "pretrial_detention": ["суд арестовал его", "взяли под стражу", "находится в СИЗО с марта"],
    "house_arrest": ["отправили под домашний арест"],
    "charge": [
        "ему вменили",
        "возбудили уголовное дело",
        "составили протокол",
        "предъявили обвинение",
        "дело против него было возбуждено",
    ],
    "trial": ["начался процесс", "дело рассматривает суд"],
    "verdict": ["суд приговорил", "признал виновным", "отправили в ИВС на 10 суток"],
    "appeal": ["апелляционный суд", "оставил приговор в силе", "смягчил приговор"],
    "fine": ["суд оштрафовал"],
    "release": ["его отпустили", "вышел на свободу", "покинула спецприемник"],
    "exchange": ["его обменяли"],
    "designation": ["внесли в реестр иноагентов", "признали иноагентом", "в список попали"],
    "citizenship": ["лишили гражданства"],
    "emigration": ["уехал из России", "эмигрировал"],
    "death": ["умер в колонии", "нашли мертвым"],
    "liquidation": ["ликвидировали организацию"],
}


def test_decisions_only_counted_are_undated_entries() -> None:
    facts = extract_facts(
        "Ольга Меньших «увлеклась оппозиционными взглядами» еще в 2020 году: критиковала власти в соцсетях, "
        "ходила на протестные акции, получала за это штрафы и административные аресты.",
        PUBLISHED,
    )
    assert _sentences(facts) == [
        ("Ольга Меньших", "imposed", "administrative_arrest", None, None, None),
        ("Ольга Меньших", "imposed", "fine", None, None, None),
    ]
    assert facts["events"] == []


def test_a_passive_case_opening_and_a_span_of_months_of_acts() -> None:
    facts = extract_facts(
        "Дело против Ильи Чугаева было возбуждено в августе 2024 года. Сообщая о вынесении приговора, "
        "пресс-служба сообщила, что с августа 2023 по август 2024 Чугаев опубликовал 7 комментариев.",
        PUBLISHED,
    )
    assert _events(facts) == [("Илья Чугаев", "charge", "2024-08")]


def test_a_name_only_inside_quotes_is_no_defendant() -> None:
    facts = extract_facts(
        "В комментариях, ставших причиной для преследования Никиты Тушканова, взрыв на мосту назвали "
        "«подарочком на день рождения Путлеру».",
        PUBLISHED,
    )
    assert _defendants(facts) == ["Никита Тушканов"]


def test_a_noun_cue_with_a_described_object_is_not_the_named_subjects() -> None:
    facts = extract_facts(
        "Евгения Ройзмана задержали накануне. Постоянный оппонент Ройзмана, свердловский губернатор Евгений "
        "Куйвашев после задержания политика выступил в его поддержку.",
        PUBLISHED,
    )
    assert _defendants(facts) == ["Евгений Ройзман"]


def test_a_search_of_five_listed_after_a_colon() -> None:
    facts = extract_facts(
        "5 мая силовики пришли с обыском к пятерым участникам группы «Мирное сопротивление»: Ольге "
        "Смирновой, Асану Мумджи и Илье Ткаченко.",
        PUBLISHED,
    )
    assert _events(facts) == [
        ("Асан Мумджи", "search", "2025-05-05"),
        ("Илья Ткаченко", "search", "2025-05-05"),
        ("Ольга Смирнова", "search", "2025-05-05"),
    ]


def test_searches_of_a_community_and_one_more_of_a_list() -> None:
    facts = extract_facts(
        "20 мая прошли массовые обыски и допросы у Свидетелей Иеговы, силовики задержали 27-летнего Кирилла "
        "Тарасова.",
        PUBLISHED,
    )
    assert _events(facts) == [("Кирилл Тарасов", "detention", "2025-05-20")]
    facts = extract_facts(
        "Задержанных утром активистов привезли в СК. Как сообщил ОВД-Инфо, Наталья Федорова, Борис Федоров "
        "и еще один задержанный активист Сергей Макаркин доставлены в СК.",
        PUBLISHED,
    )
    assert _events(facts) == [
        ("Борис Федоров", "detention", "2025-06-01"),
        ("Наталья Федорова", "detention", "2025-06-01"),
        ("Сергей Макаркин", "detention", "2025-06-01"),
    ]


def test_an_upheld_verdict_gives_the_term_as_the_appeal_courts() -> None:
    facts = extract_facts(
        "Апелляционный военный суд утвердил приговор, который ранее вынесли жителю Воронежа Андрею Бирюкову. "
        "В ноябре суд назначил Бирюкову 3,5 года колонии.",
        PUBLISHED,
    )
    assert _sentences(facts) == [
        ("Андрей Бирюков", "appeal", "imprisonment", 3, 6, None),
        ("Андрей Бирюков", "imposed", "imprisonment", 3, 6, "2024-11"),
    ]


def test_an_imperfective_arrest_and_the_day_of_a_rally() -> None:
    facts = extract_facts(
        "11 апреля мировой судья уже арестовывал Александра Зыкова на двое суток. Обязательные работы Зыкову "
        "назначили за участие в митинге «Забастовка избирателей» 28 января.",
        PUBLISHED,
    )
    assert ("Александр Зыков", "imposed", "administrative_arrest", 0, 0, "2025-04-11") in _sentences(facts)
    assert ("Александр Зыков", "verdict", "2025-01-28") not in _events(facts)
    assert ("Александр Зыков", "verdict", "2025-04-11") in _events(facts)


def test_an_adjectival_womans_surname_makes_the_given_name_hers() -> None:
    # listed before men's names in the dative, «Антонине» was read as the man's name Антонин
    facts = extract_facts(
        "Суд вынес приговор журналистам, обвиняемым в участии в деятельности «экстремистского сообщества», — "
        "Антонине Фаворской (Кравцовой), Артему Кригеру и Сергею Карелину.",
        PUBLISHED,
    )
    assert "Антонина Фаворская" in [p["name"] for p in facts["persons"]]


def test_a_second_name_in_brackets_does_not_break_a_list() -> None:
    facts = extract_facts(
        "15 апреля суд вынес приговор журналистам — Антонине Фаворской (Кравцовой), Артему Кригеру и Сергею "
        "Карелину. Каждый из них получил по 5,5 года колонии общего режима.",
        PUBLISHED,
    )
    assert [s[0] for s in _sentences(facts)] == ["Антонина Фаворская", "Артем Кригер", "Сергей Карелин"]


def test_the_day_of_the_telling_is_not_the_day_of_the_verdict_told() -> None:
    facts = extract_facts(
        "Сегодня Елизавета Нестерова рассказывает о Михаиле Симонове, 64-летнем железнодорожнике, которого "
        "осудили на 6,5 лет колонии всего за два поста.",
        PUBLISHED,
    )
    assert _sentences(facts) == [("Михаил Симонов", "imposed", "imprisonment", 6, 6, None)]
    assert facts["events"] == []


def test_the_author_who_will_tell_is_no_defendant() -> None:
    facts = extract_facts(
        "Сегодня Елизавета Нестерова расскажет о 60-летней медсестре Ольге Меньших, которую осудили "
        "за посты.",
        PUBLISHED,
    )
    assert _defendants(facts) == ["Ольга Меньших"]
    assert facts["events"] == []


def test_a_journalist_who_reports_after_his_outlet_is_a_source() -> None:
    facts = extract_facts(
        "В доме Марлена Мустафаева прошел обыск, после чего он был задержан, сообщает журналист «Радио "
        "Свобода» Антон Наумлюк.",
        PUBLISHED,
    )
    assert [(p["name"], p["roles"]) for p in facts["persons"]] == [
        ("Марлен Мустафаев", ["defendant"]),
        ("Антон Наумлюк", ["commentator"]),
    ]
