"""EDTF dates on records: validated with a clear message, bounds stored, lists ordered by them."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from khronika.records.models import Event, Person, Source

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.mark.parametrize(
    ("edtf", "lower", "upper"),
    [
        ("2022-02-24", D(2022, 2, 24), D(2022, 2, 24)),
        ("2022-10", D(2022, 10, 1), D(2022, 10, 31)),
        ("2023", D(2023, 1, 1), D(2023, 12, 31)),
        ("201X", D(2010, 1, 1), D(2019, 12, 31)),
        ("2022-21", D(2022, 3, 1), D(2022, 5, 31)),
        ("2016/2019", D(2016, 1, 1), D(2019, 12, 31)),
        ("2022-02-24~", D(2022, 2, 24), D(2022, 2, 24)),
        ("", None, None),
    ],
)
def test_bounds_are_stored_on_save(edtf: str, lower: Any, upper: Any) -> None:
    event = Event.objects.create(type="detention", date=edtf)
    event.refresh_from_db()
    assert (event.date_lower, event.date_upper) == (lower, upper)


def test_bounds_follow_update_fields() -> None:
    event = Event.objects.create(type="trial", date="2023")
    event.date = "2023-05-23"
    event.save(update_fields=["date"])
    event.refresh_from_db()
    assert event.date_lower == event.date_upper == D(2023, 5, 23)


def test_every_partial_date_field_has_bounds() -> None:
    person = Person.objects.create(birth_date="1964-02")
    source = Source.objects.create(title="t", original=b"x", content_hash="0" * 64, published="2023-06-23")
    assert (person.birth_date_lower, person.birth_date_upper) == (D(1964, 2, 1), D(1964, 2, 29))
    assert source.published_lower == D(2023, 6, 23)


@pytest.mark.parametrize("bad", ["24.02.2022", "2022-13", "spring", "2019/2016"])
def test_invalid_dates_give_a_field_error_naming_the_value(bad: str) -> None:
    event = Event(type="search", date=bad)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    message = " ".join(error.value.message_dict["date"])
    assert repr(bad) in message and "EDTF" in message


def test_saving_an_invalid_date_without_clean_is_refused() -> None:
    with pytest.raises(ValidationError):
        Event.objects.create(type="search", date="not a date")
    assert not Event.objects.exists()


def test_clean_normalizes_whitespace() -> None:
    event = Event(type="search", date=" 2022-02-24 ")
    event.full_clean()
    assert event.date == "2022-02-24"


def test_events_order_by_earliest_day() -> None:
    dates = ["2023-05", "200X", "2022-02-24", "201X", "2022-10", "2021"]
    for edtf in dates:
        Event.objects.create(type="other", date=edtf)
    ordered = list(Event.objects.order_by("date_lower", "date_upper").values_list("date", flat=True))
    assert ordered == ["200X", "201X", "2021", "2022-02-24", "2022-10", "2023-05"]
    in_2022 = Event.objects.filter(date_lower__lte=D(2022, 12, 31), date_upper__gte=D(2022, 1, 1))
    assert sorted(in_2022.values_list("date", flat=True)) == ["2022-02-24", "2022-10"]
