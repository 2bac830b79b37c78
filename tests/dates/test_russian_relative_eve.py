"""«Накануне»: the day before publication when it stands alone, the eve of something before a genitive."""

from __future__ import annotations

import datetime

import pytest

from khronika.dates import find_dates

PUBLISHED = datetime.date(2024, 2, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Накануне Городской суд отклонил апелляцию.",
        "Накануне суд отклонил апелляцию.",
        "Его задержали накануне.",
    ],
)
def test_the_day_before(text: str) -> None:
    assert [d.edtf for d in find_dates(text, "ru", PUBLISHED)] == ["2024-02-14"]


# «накануне Нового года» is the December before (test_russian_round5.py)
@pytest.mark.parametrize("text", ["Его задержали накануне акции.", "накануне выборов"])
def test_the_eve_of_something(text: str) -> None:
    assert find_dates(text, "ru", PUBLISHED) == []
