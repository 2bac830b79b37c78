"""EDTF values: validation, bounds, precision, approximation, chronological order."""

import datetime

import pytest
from edtf import parse_edtf
from hypothesis import given, settings
from hypothesis import strategies as st

from khronika.dates import InvalidDate, bounds, is_approximate, is_valid, normalize, precision, sort_key
from khronika.dates.values import is_uncertain

D = datetime.date


@pytest.mark.parametrize(
    ("edtf", "lower", "upper", "kind"),
    [
        ("2022-02-24", D(2022, 2, 24), D(2022, 2, 24), "day"),
        ("2022-10", D(2022, 10, 1), D(2022, 10, 31), "month"),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
        ("2023-02", D(2023, 2, 1), D(2023, 2, 28), "month"),
        ("2022", D(2022, 1, 1), D(2022, 12, 31), "year"),
        ("200X", D(2000, 1, 1), D(2009, 12, 31), "decade"),
        ("201X", D(2010, 1, 1), D(2019, 12, 31), "decade"),
        ("19XX", D(1900, 1, 1), D(1999, 12, 31), "century"),
        ("2022-21", D(2022, 3, 1), D(2022, 5, 31), "season"),
        ("2022-22", D(2022, 6, 1), D(2022, 8, 31), "season"),
        ("2022-23", D(2022, 9, 1), D(2022, 11, 30), "season"),
        ("2022-24", D(2021, 12, 1), D(2022, 2, 28), "season"),
        ("2016/2019", D(2016, 1, 1), D(2019, 12, 31), "interval"),
        ("2022-02-24/2022-03", D(2022, 2, 24), D(2022, 3, 31), "interval"),
        ("2022~", D(2022, 1, 1), D(2022, 12, 31), "year"),
        ("2022?", D(2022, 1, 1), D(2022, 12, 31), "year"),
        ("2022-02-24%", D(2022, 2, 24), D(2022, 2, 24), "day"),
        ("2019/..", D(2019, 1, 1), D.max, "interval"),
        ("../2019", D.min, D(2019, 12, 31), "interval"),
        ("2019/", D(2019, 1, 1), D.max, "interval"),
        ("/2019-05", D.min, D(2019, 5, 31), "interval"),
        ("2000~/2003~", D(2000, 1, 1), D(2003, 12, 31), "interval"),
        ("2022-XX", D(2022, 1, 1), D(2022, 12, 31), "year"),
        ("2022-02-XX", D(2022, 2, 1), D(2022, 2, 28), "month"),
    ],
)
def test_bounds_and_precision(edtf: str, lower: datetime.date, upper: datetime.date, kind: str) -> None:
    assert bounds(edtf) == (lower, upper)
    assert precision(edtf) == kind
    assert normalize(edtf) == edtf
    assert is_valid(edtf)


@pytest.mark.parametrize(
    ("edtf", "approximate", "uncertain"),
    [
        ("2022", False, False),
        ("2022~", True, False),
        ("2022?", False, True),
        ("2022%", True, True),
        ("2022-10~", True, False),
        ("2000~/2003~", True, False),
        ("2016/2019?", False, True),
    ],
)
def test_qualifiers(edtf: str, approximate: bool, uncertain: bool) -> None:
    assert is_approximate(edtf) is approximate
    assert is_uncertain(edtf) is uncertain


def test_normalize_strips_whitespace() -> None:
    assert normalize(" 2022-10 \n") == "2022-10"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("2022-13", "month"),
        ("2022-00", "month"),
        ("2022-02-30", "calendar"),
        ("2023-02-29", "calendar"),
        ("2022/2016", "before it starts"),
        ("../..", "known end"),
        ("2016/2019/2020", "one '/'"),
        ("24.02.2022", "subset"),
        ("February 2022", "subset"),
        ("2022-02-24T10:00:00", "subset"),
        ("Y170000", "subset"),
        ("0000", "0001-9999"),
        ("19XX-05", "decade or century"),
        ("2022-21-01", "season"),
        ("2022-XX-05", "day needs a month"),
        (2022, "string"),
        (None, "string"),
    ],
)
def test_invalid_dates_raise_a_clear_error(value: object, reason: str) -> None:
    with pytest.raises(InvalidDate, match=reason) as error:
        normalize(value)  # type: ignore[arg-type]
    assert "\n" not in str(error.value)
    assert not is_valid(value)  # type: ignore[arg-type]
    with pytest.raises(InvalidDate):
        bounds(value)  # type: ignore[arg-type]


def test_invalid_date_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="month"):
        precision("2022-13")


def test_sort_key_gives_chronological_order() -> None:
    chronological = [
        "19XX",
        "1990/1995",
        "199X",
        "1997~/1999~",
        "200X",
        "2016",
        "2016/2019",
        "2021-24",
        "2022",
        "2022-01-15",
        "2022-02-24",
        "2022-21",
        "2022-10-01",
        "2022-10",
        "2023",
        "2023/..",
    ]
    shuffled = sorted(chronological, key=lambda value: (len(value) * 7919) % 13)
    assert shuffled != chronological
    assert sorted(shuffled, key=sort_key) == chronological


def test_sort_key_orders_by_lower_then_upper_bound() -> None:
    values = ["2022", "2022-01", "2022-01-01", "2021-24"]
    keys = [sort_key(value) for value in values]
    assert sorted(values, key=sort_key) == ["2021-24", "2022-01-01", "2022-01", "2022"]
    assert all(isinstance(key[0], datetime.date) for key in keys)


_YEARS = st.integers(1, 9999).map(lambda year: f"{year:04d}")
_POINTS = st.one_of(
    _YEARS,
    st.tuples(_YEARS, st.integers(1, 12)).map(lambda p: f"{p[0]}-{p[1]:02d}"),
    st.tuples(_YEARS, st.integers(1, 12), st.integers(1, 31)).map(lambda p: f"{p[0]}-{p[1]:02d}-{p[2]:02d}"),
    st.tuples(_YEARS, st.integers(21, 24)).map(lambda p: f"{p[0]}-{p[1]}"),
    st.integers(100, 999).map(lambda d: f"{d}X"),
    st.integers(10, 99).map(lambda c: f"{c}XX"),
    st.tuples(_YEARS, st.integers(1, 12)).map(lambda p: f"{p[0]}-{p[1]:02d}-XX"),
)
_QUALIFIED = st.tuples(_POINTS, st.sampled_from(["", "", "~", "?", "%"])).map("".join)
_VALUES = st.one_of(
    _QUALIFIED,
    st.tuples(_QUALIFIED, _QUALIFIED).map("/".join),
    _QUALIFIED.map(lambda p: f"{p}/.."),
    _QUALIFIED.map(lambda p: f"../{p}"),
    _QUALIFIED.map(lambda p: f"{p}/"),
)


@settings(max_examples=150, deadline=None)
@given(_VALUES)
def test_what_we_accept_the_edtf_library_accepts_unchanged(value: str) -> None:
    """normalize checks one representative per form; the library must agree on the value itself."""
    if is_valid(value):
        assert str(parse_edtf(value)) == normalize(value) == value


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_any_string_is_valid_or_raises_invalid_date(value: str) -> None:
    try:
        normalize(value)
    except InvalidDate as error:
        assert "\n" not in str(error)
    else:
        lower, upper = bounds(value)
        assert lower <= upper
