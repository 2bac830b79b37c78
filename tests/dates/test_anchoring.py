"""Dates that lean on the date before them: «через месяц», «на следующий день», "two months later"."""

import datetime

import pytest

from khronika.dates import find_dates
from khronika.dates.anchoring import after

PUBLISHED = datetime.date(2026, 4, 22)


@pytest.mark.parametrize(
    ("anchor", "count", "unit", "edtf"),
    [
        ("2022-02-24", 1, "day", "2022-02-25"),
        ("2022-02-28", 1, "day", "2022-03-01"),
        ("2022-02-24", 0, "day", "2022-02-24"),
        ("2022-02-24", 2, "week", "2022-03-10~"),
        ("2022-02-24", 1, "month", "2022-03"),
        ("2022-01-31", 1, "month", "2022-02"),
        ("2022-02-24", 1, "year", "2023-02"),
        ("2022-02-24", None, "day", "2022-02~"),
        ("2022-02-27", None, "day", "2022-03~"),
        ("2022-02-24", None, "month", "2022~"),
        ("2022-02-24", None, "year", None),
        ("2025-06", 1, "month", "2025-07"),
        ("2025-12", 2, "month", "2026-02"),
        ("2025-06", 3, "day", "2025-06~"),
        ("2025-06", 0, "day", "2025-06~"),
        ("2025-06", 2, "year", "2027-06"),
        ("2022-04", None, "month", "2022~"),
        ("2022", 2, "year", "2024"),
        ("2022", None, "month", "2022~"),
        ("2022", 8, "month", "2023~"),
        ("2016/2019", 1, "year", "2020"),
        ("201X", 1, "year", None),
        ("2022-21", 1, "month", None),
        ("2022-03-10~", 0, "day", "2022-03-10~"),
        ("2024~", 1, "year", "2025~"),
    ],
)
def test_after(anchor: str, count: int | None, unit: str, edtf: str | None) -> None:
    assert after(anchor, count, unit) == edtf  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang", "dates"),
    [
        ("В июне 2025 года суд приговорил его. Через месяц краевой суд отменил приговор.", "ru",
         [("2025-06", "июне 2025 года"), ("2025-07", "Через месяц")]),
        ("Его задержали 24 февраля 2022 года, а на следующий день суд арестовал его.", "ru",
         [("2022-02-24", "24 февраля 2022 года"), ("2022-02-25", "следующий день")]),
        ("В апреле 2022 года он уехал. Через несколько месяцев его задержали.", "ru",
         [("2022-04", "апреле 2022 года"), ("2022~", "Через несколько месяцев")]),
        ("В 2017 году она стала адвокатом, а спустя шесть лет получила премию.", "ru",
         [("2017", "2017 году"), ("2023", "спустя шесть лет")]),
        ("5 марта 2022 года его задержали. Три дня спустя суд его арестовал.", "ru",
         [("2022-03-05", "5 марта 2022 года"), ("2022-03-08", "Три дня спустя")]),
        ("Вчера его задержали, в тот же день суд арестовал его.", "ru",
         [("2026-04-21", "Вчера"), ("2026-04-21", "тот же день")]),
        ("He was detained on 24 February 2022. The next day a court arrested him.", "en",
         [("2022-02-24", "24 February 2022"), ("2022-02-25", "The next day")]),
        ("In April 2022 he left Russia. Several months later he was detained.", "en",
         [("2022-04", "April 2022"), ("2022~", "Several months later")]),
        ("He was charged in 2019. Two years later he was sentenced.", "en",
         [("2019", "2019"), ("2021", "Two years later")]),
        ("He was fined on 3 March 2022; a week later he was detained, and the same day released.", "en",
         [("2022-03-03", "3 March 2022"), ("2022-03-10~", "a week later"), ("2022-03-10~", "the same day")]),
    ],
)  # fmt: skip
def test_in_text(text: str, lang: str, dates: list[tuple[str, str]]) -> None:
    assert [(m.edtf, m.text) for m in find_dates(text, lang, PUBLISHED)] == dates


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Через месяц суд рассмотрит дело.", "ru"),
        ("На следующий день его отпустили.", "ru"),
        ("Two years later he was released.", "en"),
        ("The next day he was released.", "en"),
    ],
)
def test_nothing_to_lean_on(text: str, lang: str) -> None:
    assert find_dates(text, lang, PUBLISHED) == []
