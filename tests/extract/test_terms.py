"""Russian terms and amounts, in words and in digits."""

from __future__ import annotations

import pytest

from khronika.extract.ru.terms import find_amounts, find_terms


@pytest.mark.parametrize(
    ("text", "years", "months", "days"),
    [
        ("к восьми годам колонии", 8, 0, 0),
        ("к 14 годам колонии строгого режима", 14, 0, 0),
        ("8,5 года", 8, 6, 0),
        ("к 13,5 годам", 13, 6, 0),
        ("к шести годам и восьми месяцам", 6, 8, 0),
        ("2 годам и 10 месяцам", 2, 10, 0),
        ("полтора года", 1, 6, 0),
        ("к полутора годам принудительных работ", 1, 6, 0),
        ("к пяти с половиной годам", 5, 6, 0),
        ("к трем с половиной годам", 3, 6, 0),
        ("двадцати одному году", 21, 0, 0),
        ("запросил 21 год", 21, 0, 0),
        ("на 15 суток", 0, 0, 15),
        ("на полгода", 0, 6, 0),
    ],
)
def test_terms(text: str, years: int, months: int, days: int) -> None:
    (term,) = find_terms(text)
    assert (term.years, term.months, term.days) == (years, months, days)
    assert (
        text[term.start : term.end].split()[-1].startswith(("год", "лет", "месяц", "сут", "полгода", "года"))
    )


@pytest.mark.parametrize("text", ["в 2023 году", "в 1995 году", "около 20 человек", "письмо"])
def test_not_terms(text: str) -> None:
    assert find_terms(text) == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("штраф в размере 200 тысяч рублей", 200_000),
        ("на 250 тысяч рублей", 250_000),
        ("1,5 млн рублей", 1_500_000),
        ("50 тыс. руб.", 50_000),
        ("200 000 рублей", 200_000),
        ("в размере двухсот тысяч рублей", 200_000),
    ],
)
def test_amounts(text: str, value: int) -> None:
    (amount,) = find_amounts(text)
    assert amount.value == value


def test_numbers_listed_before_one_unit() -> None:
    terms = find_terms("к 5, 6 и 7 годам колонии")
    assert [t.years for t in terms] == [5, 6, 7]
    assert find_terms("в 2023 и 2024 годах") == ()
