"""Russian seasons: a bare noun «весна» is not a date; the adverb «весной» is."""

from __future__ import annotations

import datetime

import pytest

from khronika.dates.finder import find_dates

PUBLISHED = datetime.date(2022, 9, 24)


@pytest.mark.parametrize(
    "text", ["активисты движения «Весна»", 'движения "Весна" Евгения', "В движении Весна состоял"]
)
def test_a_bare_season_noun_is_no_date(text: str) -> None:
    assert find_dates(text, "ru", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "edtf"),
    [("Весной задержали Иванова", "2022-21"), ("этой весной", "2022-21"), ("весной 2021 года", "2021-21")],
)
def test_a_season_adverb_or_a_season_with_a_year_is_a_date(text: str, edtf: str) -> None:
    assert [d.edtf for d in find_dates(text, "ru", PUBLISHED)] == [edtf]


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        ("Перед Новым годом полицейские пришли с обыском", datetime.date(2023, 1, 14), "2022-12"),
        ("под Новый год его задержали", datetime.date(2022, 12, 30), "2022-12"),
    ],
)
def test_new_years_eve_is_the_last_december(text: str, published: datetime.date, edtf: str) -> None:
    assert [d.edtf for d in find_dates(text, "ru", published)] == [edtf]


def test_a_new_year_greeting_is_no_date() -> None:
    assert find_dates("С Новым годом!", "ru", PUBLISHED) == []
