"""English date expressions, resolved against a fixed publication date (Wednesday 22 April 2026)."""

import datetime

import pytest

from khronika.dates import find_dates, parse_expression

PUBLISHED = datetime.date(2026, 4, 22)


@pytest.mark.parametrize(
    ("expression", "edtf"),
    [
        ("February 24, 2022", "2022-02-24"),
        ("24 February 2022", "2022-02-24"),
        ("February 24th, 2022", "2022-02-24"),
        ("the 24th of February 2022", "2022-02-24"),
        ("Feb. 24, 2022", "2022-02-24"),
        ("Sept 1, 2021", "2021-09-01"),
        ("on 24.02.2022", "2022-02-24"),
        ("on 2022-02-24", "2022-02-24"),
        ("in October 2022", "2022-10"),
        ("October of 2022", "2022-10"),
        ("in 2014", "2014"),
        ("since 2019", "2019"),
        ("in the year 2014", "2014"),
        ("in the early 2000s", "200X"),
        ("in the mid-2010s", "201X"),
        ("in the late 1990s", "199X"),
        ("the 2010s", "201X"),
        ("the 1990s", "199X"),
        ("the early 90s", "199X"),
        ("the '90s", "199X"),
        ("in the second half of the 2010s", "201X"),
        ("in the first half of the 2000s", "200X"),
        ("in late 2023", "2023"),
        ("in early 2023", "2023"),
        ("in mid-2023", "2023"),
        ("at the end of 2023", "2023"),
        ("at the beginning of 2022", "2022"),
        ("in the second half of 2022", "2022"),
        ("in spring 2021", "2021-21"),
        ("in the spring of 2021", "2021-21"),
        ("summer 2021", "2021-22"),
        ("in the autumn of 2020", "2020-23"),
        ("winter 2021/22", "2022-24"),
        ("from 2016 to 2019", "2016/2019"),
        ("between 2016 and 2019", "2016/2019"),
        ("in 2016–2019", "2016/2019"),
        ("2016-2019", "2016/2019"),
        ("from March to May 2022", "2022-03/2022-05"),
        ("from January to March", "2026-01/2026-03"),
        ("from 24 February to 3 March 2022", "2022-02-24/2022-03-03"),
        ("24–28 February 2022", "2022-02-24/2022-02-28"),
        ("February 24–28, 2022", "2022-02-24/2022-02-28"),
        ("At the end of May", "2025-05"),
        ("in late May", "2025-05"),
        ("in early April", "2026-04"),
        ("in mid-March 2022", "2022-03"),
        ("in February", "2026-02"),
        ("in May", "2025-05"),
        ("since September", "2025-09"),
        ("last March", "2026-03"),
        ("last April", "2025-04"),
        ("1 September", "2025-09-01"),
        ("September 1", "2025-09-01"),
        ("on April 22", "2026-04-22"),
        ("in March last year", "2025-03"),
        ("on Tuesday", "2026-04-21"),
        ("on Monday", "2026-04-20"),
        ("on Wednesday", "2026-04-22"),  # the publication day itself
        ("last Friday", "2026-04-17"),
        ("today", "2026-04-22"),
        ("yesterday", "2026-04-21"),
        ("the day before yesterday", "2026-04-20"),
        ("an hour ago", "2026-04-22"),  # a live report: minutes or hours before it
        ("20 minutes ago", "2026-04-22"),
        ("last week", "2026-04"),
        ("this week", "2026-04"),
        ("last month", "2026-03"),
        ("this month", "2026-04"),
        ("earlier this month", "2026-04"),
        ("last year", "2025"),
        ("this year", "2026"),
        ("earlier this year", "2026"),
        ("late last year", "2025"),
        ("two years ago", "2024~"),
        ("a year ago", "2025~"),
        ("nearly a year ago", "2025~"),
        ("three days ago", "2026-04-19"),
        ("a week ago", "2026-04-15~"),
        ("a few days ago", "2026-04~"),
        ("several months ago", "2026~"),
        ("half a year ago", "2025-10~"),
        ("two months ago", "2026-02~"),
        ("last spring", "2025-21"),
        ("this summer", "2026-22"),
        ("in the winter", "2026-24"),
        ("on Monday, 20 April", "2026-04-20"),
        ("yesterday, April 21", "2026-04-21"),
    ],
)
def test_expression(expression: str, edtf: str) -> None:
    assert parse_expression(expression, "en", PUBLISHED) == edtf


@pytest.mark.parametrize(
    ("expression", "narrow"),
    [
        ("in the early 2000s", "2000~/2003~"),
        ("in the mid-2010s", "2014~/2016~"),
        ("in the second half of the 2010s", "2015~/2019~"),
        ("in late 2023", "2023-09~/2023-12~"),
        ("At the end of May 2023", "2023-05-21~/2023-05-31~"),
        ("last week", "2026-04-13/2026-04-19"),
        ("in October 2022", None),
    ],
)
def test_narrow_interval_of_a_part(expression: str, narrow: str | None) -> None:
    [match] = find_dates(expression, "en", PUBLISHED)
    assert match.narrow == narrow


@pytest.mark.parametrize(
    "text",
    [
        "under Part 2 of Article 205.2 of the Criminal Code",
        "fined 200,000 rubles",
        "a fine of 2000 rubles",
        "sentenced to 8 years in prison",
        "for 14 years",
        "at 11:32 he was detained",
        "a 19-year-old student",
        "page 2019",
        "case No. 1-2022/2023",
        "call +7 (495) 123-45-67",
        "in his 40s",
        "in their 80s",
        "May I ask",
        "they march on",
        "Penal Colony No. 29",
        "15 days of arrest",
        "about 2000 people",
        "the pre-trial detention centre",
        "Article 280.3",
        "she may appeal",
        "in the fall of the Soviet Union",
        "in the winter of discontent",
        "March on, comrades",
        "a sentence of 3 years and 6 months",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text, "en", PUBLISHED) == []


def test_spans_in_a_sentence() -> None:
    text = "On the morning of February 24th, 2022, police came. In the early 2000s he was jailed."
    matches = find_dates(text, "en", PUBLISHED)
    assert [(m.edtf, m.text) for m in matches] == [
        ("2022-02-24", "February 24th, 2022"),
        ("200X", "the early 2000s"),
    ]
    assert all(text[m.start : m.end] == m.text for m in matches)


def test_same_year_refers_to_the_date_before() -> None:
    text = "She was fined in February 2022. In September of the same year, she was detained."
    assert [m.edtf for m in find_dates(text, "en")] == ["2022-02", "2022-09"]


def test_lists_share_the_year_of_their_last_item() -> None:
    matches = find_dates("in the summer and autumn of 2022, and on 5 and 6 May 2023", "en")
    assert [(m.edtf, m.text) for m in matches] == [
        ("2022-22", "the summer"),
        ("2022-23", "autumn of 2022"),
        ("2023-05-05", "5"),
        ("2023-05-06", "6 May 2023"),
    ]
    assert [m.edtf for m in find_dates("in 2016, 2017 and 2019", "en")] == ["2016", "2017", "2019"]
    assert [m.edtf for m in find_dates("in January and March 2023", "en")] == ["2023-01", "2023-03"]


def test_part_of_the_year_of_the_story() -> None:
    text = "He was detained in March 2021. Later that year he was tried. At the end of the year he appealed."
    matches = find_dates(text, "en", PUBLISHED)
    assert [(m.edtf, m.text, m.narrow) for m in matches] == [
        ("2021-03", "March 2021", None),
        ("2021", "Later that year", None),
        ("2021", "the end of the year", "2021-09~/2021-12~"),
    ]
    assert [m.edtf for m in find_dates("At the end of the year he appealed.", "en", PUBLISHED)] == ["2026"]
    assert find_dates("Later that year he appealed.", "en", PUBLISHED) == []


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("yesterday, last week, in May, two years ago", "en") == []


def test_parse_expression_rejects_more_than_a_date() -> None:
    assert parse_expression("the court ruled on 24 February 2022", "en") is None
    assert parse_expression("in 2016 and in 2019", "en") is None
