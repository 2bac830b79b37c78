"""Russian date expressions, resolved against a fixed publication date (Wednesday 22 April 2026)."""

import datetime

import pytest

from khronika.dates import find_dates, parse_expression

PUBLISHED = datetime.date(2026, 4, 22)


@pytest.mark.parametrize(
    ("expression", "edtf"),
    [
        ("24 февраля 2022 года", "2022-02-24"),
        ("24 февраля 2022 г.", "2022-02-24"),
        ("1-го сентября 2021 года", "2021-09-01"),
        ("24 фев. 2022", "2022-02-24"),
        ("24.02.2022", "2022-02-24"),
        ("2022-02-24", "2022-02-24"),
        ("в октябре 2022 года", "2022-10"),
        ("в октябре 2022-го", "2022-10"),
        ("в мае 2025", "2025-05"),
        ("Октябрь 2022 года", "2022-10"),
        ("в 2014 году", "2014"),
        ("в 2023-м", "2023"),
        ("в 2023-м году", "2023"),
        ("2016 г.", "2016"),
        ("с 2022 года", "2022"),
        ("в 2014", "2014"),
        ("в начале 2000-х", "200X"),
        ("в середине 2010-х", "201X"),
        ("в конце 1990-х", "199X"),
        ("во второй половине 2010-х", "201X"),
        ("в первой половине 2000-х годов", "200X"),
        ("в 1990-х годах", "199X"),
        ("в 90-е", "199X"),
        ("в девяностые", "199X"),
        ("в нулевых", "200X"),
        ("весной 2022 года", "2022-21"),
        ("летом 2021-го", "2021-22"),
        ("осенью 2020", "2020-23"),
        ("зимой 2021/2022", "2022-24"),
        ("в начале 2023 года", "2023"),
        ("в конце 2023-го", "2023"),
        ("в конце мая", "2025-05"),
        ("в начале апреля", "2026-04"),
        ("в середине марта 2022 года", "2022-03"),
        ("с 2016 по 2019 год", "2016/2019"),
        ("с 2016 года по 2019 год", "2016/2019"),
        ("в 2016–2019 годах", "2016/2019"),
        ("2016-2019 гг.", "2016/2019"),
        ("в 2016–2019", "2016/2019"),
        ("с марта по май 2022 года", "2022-03/2022-05"),
        ("с 24 февраля по 3 марта 2022 года", "2022-02-24/2022-03-03"),
        ("с ноября 2024 по февраль 2025 года", "2024-11/2025-02"),
        ("с января по март", "2026-01/2026-03"),
        ("с ноября по февраль", "2025-11/2026-02"),
        ("24–28 февраля 2022 года", "2022-02-24/2022-02-28"),
        ("с 1 по 5 марта", "2026-03-01/2026-03-05"),
        ("1 сентября", "2025-09-01"),
        ("22 апреля", "2026-04-22"),
        ("23 апреля", "2025-04-23"),
        ("29 февраля", "2024-02-29"),
        ("в феврале", "2026-02"),
        ("в апреле", "2026-04"),
        ("в мае", "2025-05"),
        ("с сентября", "2025-09"),
        ("в декабре прошлого года", "2025-12"),
        ("в марте этого года", "2026-03"),
        ("10 января прошлого года", "2025-01-10"),
        ("сегодня", "2026-04-22"),
        ("Сегодня", "2026-04-22"),
        ("вчера", "2026-04-21"),
        ("позавчера", "2026-04-20"),
        ("с сегодняшнего дня", "2026-04-22"),
        ("за день", "2026-04-22"),  # «В Петербурге за день задержали троих»: the live report's day
        ("в течение дня", "2026-04-22"),
        ("Около двадцати минут назад", "2026-04-22"),  # a live report: minutes or hours before it
        ("час назад", "2026-04-22"),
        ("несколько часов назад", "2026-04-22"),
        ("на прошлой неделе", "2026-04"),
        ("на этой неделе", "2026-04"),
        ("в прошлом году", "2025"),
        ("в позапрошлом году", "2024"),
        ("в этом году", "2026"),
        ("в прошлом месяце", "2026-03"),
        ("в понедельник", "2026-04-20"),
        ("в среду", "2026-04-22"),  # published on a Wednesday: that day
        ("во вторник", "2026-04-21"),
        ("в прошлую пятницу", "2026-04-17"),
        ("два года назад", "2024~"),
        ("год назад", "2025~"),
        ("почти год назад", "2025~"),
        ("три дня назад", "2026-04-19"),
        ("неделю назад", "2026-04-15~"),
        ("несколько дней назад", "2026-04~"),
        ("полгода назад", "2025-10~"),
        ("несколько месяцев назад", "2026~"),
        ("прошлой осенью", "2025-23"),
        ("этой весной", "2026-21"),
        ("весной", "2026-21"),
        ("летом", "2025-22"),
        ("осенью прошлого года", "2025-23"),
        ("в конце прошлого года", "2025"),
        ("в понедельник, 20 апреля", "2026-04-20"),
        ("вчера, 21 апреля", "2026-04-21"),
    ],
)
def test_expression(expression: str, edtf: str) -> None:
    assert parse_expression(expression, "ru", PUBLISHED) == edtf


@pytest.mark.parametrize(
    ("expression", "narrow"),
    [
        ("в начале 2000-х", "2000~/2003~"),
        ("в середине 2010-х", "2014~/2016~"),
        ("в конце 1990-х", "1997~/1999~"),
        ("во второй половине 2010-х", "2015~/2019~"),
        ("в начале 2023 года", "2023-01~/2023-04~"),
        ("в конце мая 2023 года", "2023-05-21~/2023-05-31~"),
        ("на прошлой неделе", "2026-04-13/2026-04-19"),
        ("в 2014 году", None),
    ],
)
def test_narrow_interval_of_a_part(expression: str, narrow: str | None) -> None:
    [match] = find_dates(expression, "ru", PUBLISHED)
    assert match.narrow == narrow


@pytest.mark.parametrize(
    "text",
    [
        "осуждён по ч. 2 ст. 205.2 УК РФ",
        "по статье 20.3.3 КоАП",
        "штраф 200 000 рублей",
        "штраф в 2000 рублей",
        "приговорили к 8 годам колонии",
        "на 8 лет",
        "на 2 года",
        "в 11:32 его задержали",
        "19-летний студент",
        "т. 2, с. 2014",
        "стр. 2019",
        "тел. +7 (495) 123-45-67",
        "дело № 1-2022/2023",
        "ИК-29",
        "СИЗО-2",
        "15 суток ареста",
        "около 2000 человек",
        "Мая Иванова",
        "Дмитрий Мартынов",
        "в течение 48 часов",
        "письмо к Марте Ивановой",
        "приговорили к 3 годам и 6 месяцам",
        "60-летняя пенсионерка",
        "в возрасте 60 лет",
        "в 2 раза больше",
        "за день до акции",
        "на площади 1905 года",  # a place named after a date
        "по улице 8 Марта",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text, "ru", PUBLISHED) == []


def test_spans_and_text_order() -> None:
    text = "Его задержали 24 февраля 2022 года, а в начале 2000-х он уже был осуждён. В мае 2023-го приговор."
    matches = find_dates(text, "ru", PUBLISHED)
    assert [(m.edtf, m.text) for m in matches] == [
        ("2022-02-24", "24 февраля 2022 года"),
        ("200X", "начале 2000-х"),
        ("2023-05", "мае 2023-го"),
    ]
    assert all(text[m.start : m.end] == m.text for m in matches)


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("вчера в феврале 1 сентября", "ru") == []
    assert parse_expression("24 февраля 2022 года", "ru") == "2022-02-24"


def test_update_stamp_may_follow_publication() -> None:
    text = "Суд арестовал журналиста.\n\n14 апреля Журналисту предъявили обвинение."
    [match] = find_dates(text, "ru", datetime.date(2026, 4, 10))
    assert (match.edtf, match.text) == ("2026-04-14", "14 апреля")


def test_day_without_year_mid_sentence_is_in_the_past() -> None:
    [match] = find_dates("Его задержали 14 апреля в Москве.", "ru", datetime.date(2026, 4, 10))
    assert match.edtf == "2025-04-14"


def test_weekday_apposition_fixes_the_year() -> None:
    # 20 April 2026 is a Monday: the stated date is ahead of publication, and the weekday confirms it.
    text = "попросил приехать в понедельник, 20 апреля, за телом"
    [match] = find_dates(text, "ru", datetime.date(2026, 4, 17))
    assert (match.edtf, match.text) == ("2026-04-20", "понедельник, 20 апреля")


def test_same_year_refers_to_the_date_before() -> None:
    text = "В феврале 2022 года она вышла на пикет. В сентябре того же года её задержали."
    assert [m.edtf for m in find_dates(text, "ru")] == ["2022-02", "2022-09"]


def test_days_in_a_list() -> None:
    matches = find_dates("задерживали 1, 5 и 9 марта 2022 года", "ru")
    assert [(m.edtf, m.text) for m in matches] == [
        ("2022-03-01", "1"),
        ("2022-03-05", "5"),
        ("2022-03-09", "9 марта 2022 года"),
    ]
    assert [m.edtf for m in find_dates("1 и 2 мая", "ru", PUBLISHED)] == ["2025-05-01", "2025-05-02"]


def test_a_range_needs_its_opening_word_not_letters_of_another() -> None:
    text = "пресс {}24 февраля по 3 марта 2022 года"
    assert [m.edtf for m in find_dates(text.format(""), "ru", PUBLISHED)] == ["2026-02-24", "2022-03-03"]
    assert [m.edtf for m in find_dates(text.format("с "), "ru", PUBLISHED)] == ["2022-02-24/2022-03-03"]


def test_lists_share_the_year_of_their_last_item() -> None:
    matches = find_dates("летом и осенью 2022 года, зимой и весной 2023-го", "ru")
    assert [m.edtf for m in matches] == ["2022-22", "2022-23", "2023-24", "2023-21"]
    assert [m.edtf for m in find_dates("в январе и марте 2023 года", "ru")] == ["2023-01", "2023-03"]
    # A bare month before a year is not completed by it.
    assert [m.edtf for m in find_dates("в феврале и в 2023 году", "ru", PUBLISHED)] == ["2026-02", "2023"]


def test_part_of_the_year_of_the_story() -> None:
    text = "В 2021 году его арестовали. В конце года суд вынес приговор."
    matches = find_dates(text, "ru", PUBLISHED)
    assert [(m.edtf, m.text, m.narrow) for m in matches] == [
        ("2021", "2021 году", None),
        ("2021", "конце года", "2021-09~/2021-12~"),
    ]
    # No date before it: a news item's «в начале года» is the year of publication …
    assert [m.edtf for m in find_dates("В начале года его задержали.", "ru", PUBLISHED)] == ["2026"]
    # … but «того же года» needs a date to refer to.
    assert find_dates("В начале того же года его задержали.", "ru", PUBLISHED) == []


def test_years_in_a_list() -> None:
    assert [m.edtf for m in find_dates("в 2016, 2017 и 2019 годах", "ru")] == ["2016", "2017", "2019"]


def test_parse_expression_rejects_more_than_a_date() -> None:
    assert parse_expression("суд 24 февраля 2022 года", "ru") is None
    assert parse_expression("в 2016 и 2019 годах", "ru") is None
    assert parse_expression("", "ru") is None


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="'de'"):
        find_dates("heute", "de")


@pytest.mark.parametrize(
    ("expression", "published", "edtf"),
    [
        ("в 10-х", datetime.date(2026, 4, 22), "201X"),
        ("в 20-х", datetime.date(2026, 4, 22), "192X"),
        ("в 20-х", datetime.date(2031, 1, 1), "202X"),
        ("в 90-х", None, "199X"),
        ("в 00-х", None, "200X"),
        # Published on a Monday: «в понедельник» is the Monday before.
        ("в понедельник", datetime.date(2026, 4, 20), "2026-04-20"),
        # February in a February item is that February; in January it is last year's.
        ("в феврале", datetime.date(2026, 2, 10), "2026-02"),
        ("в феврале", datetime.date(2026, 1, 10), "2025-02"),
        # The week of Monday 26 January – Sunday 1 February 2026 is mostly January.
        ("на прошлой неделе", datetime.date(2026, 2, 4), "2026-01"),
        ("29 февраля", datetime.date(2026, 4, 22), "2024-02-29"),
        ("зимой", datetime.date(2025, 12, 15), "2026-24"),
        ("прошлой зимой", datetime.date(2026, 4, 22), "2026-24"),
    ],
)
def test_relative_rules(expression: str, published: datetime.date | None, edtf: str) -> None:
    assert parse_expression(expression, "ru", published) == edtf


def test_vague_years_ago_are_not_dated() -> None:
    assert find_dates("несколько лет назад", "ru", PUBLISHED) == []
    assert find_dates("many years ago", "en", PUBLISHED) == []


def test_update_stamps_reach_a_month_ahead_only() -> None:
    published = datetime.date(2026, 3, 5)
    text = "Новость.\n\n{} Суд продлил арест."
    assert [m.edtf for m in find_dates(text.format("3 апреля"), "ru", published)] == ["2026-04-03"]
    assert [m.edtf for m in find_dates(text.format("10 апреля"), "ru", published)] == ["2025-04-10"]


def test_deadlines_reach_three_months_ahead() -> None:
    published = datetime.date(2026, 3, 10)
    assert parse_expression("до 10 мая", "ru", published) == "2026-05-10"
    assert parse_expression("до 10 сентября", "ru", published) == "2025-09-10"
    assert parse_expression("10 мая", "ru", published) == "2025-05-10"
