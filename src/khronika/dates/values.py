"""EDTF values: validation, bounds, sorting, precision.

Khronika stores partial and uncertain dates as EDTF level 1 strings (see docs/dates.md). The `edtf`
library checks the syntax; the structure below is our own, because the library's bounds are wrong for
a few level 1 forms we need (``2019/`` and ``/2019``, winter, 29 February of a common year).
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from edtf.parser.grammar import level0Expression, level1Expression

Precision = Literal["day", "month", "season", "year", "decade", "century", "interval"]

SPRING, SUMMER, AUTUMN, WINTER = 21, 22, 23, 24
# Northern-hemisphere meteorological seasons (first month, last month). Winter YYYY is the winter that
# contains January of YYYY: December of the year before to February (docs/dates.md explains why).
SEASON_MONTHS = {SPRING: (3, 5), SUMMER: (6, 8), AUTUMN: (9, 11), WINTER: (12, 2)}

_POINT = re.compile(
    r"(?P<year>\d{4}|\d{3}X|\d{2}XX)"
    r"(?:-(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?)?"
    r"(?P<qualifier>[~?%]?)"
)
OPEN, UNKNOWN = "..", ""


class InvalidDate(ValueError):
    """A string that is not a date in the EDTF subset Khronika stores."""


@dataclass(frozen=True)
class Point:
    """One EDTF date (not an interval), taken apart."""

    year: str
    month: str | None
    day: str | None
    qualifier: str

    @property
    def precision(self) -> Precision:
        if self.year.endswith("XX"):
            return "century"
        if self.year.endswith("X"):
            return "decade"
        if self.month is None or self.month == "XX":
            return "year"
        if int(self.month) > 12:
            return "season"
        if self.day is None or self.day == "XX":
            return "month"
        return "day"

    @property
    def bounds(self) -> tuple[datetime.date, datetime.date]:
        year = int(self.year.replace("X", "0"))
        precision = self.precision
        if precision == "century":
            return datetime.date(year, 1, 1), datetime.date(year + 99, 12, 31)
        if precision == "decade":
            return datetime.date(year, 1, 1), datetime.date(year + 9, 12, 31)
        if precision == "year":
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        month = int(str(self.month))
        if precision == "season":
            first, last = SEASON_MONTHS[month]
            first_year = year - 1 if first > last else year
            return datetime.date(first_year, first, 1), _month_end(year, last)
        if precision == "month":
            return datetime.date(year, month, 1), _month_end(year, month)
        day = datetime.date(year, month, int(str(self.day)))
        return day, day


@dataclass(frozen=True)
class Value:
    """A parsed EDTF value: a single point, or an interval whose ends may be open or unknown."""

    text: str
    start: Point | str
    end: Point | str | None  # None: not an interval

    @property
    def is_interval(self) -> bool:
        return self.end is not None

    @property
    def points(self) -> tuple[Point, ...]:
        return tuple(p for p in (self.start, self.end) if isinstance(p, Point))


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _parse_point(text: str, whole: str) -> Point:
    match = _POINT.fullmatch(text)
    if match is None:
        raise InvalidDate(f"not a date in Khronika's EDTF subset: {whole!r}")
    point = Point(match["year"], match["month"], match["day"], match["qualifier"])
    if point.month not in (None, "XX") and not (1 <= int(point.month) <= 12 or 21 <= int(point.month) <= 24):
        raise InvalidDate(f"month must be 01-12 or a season 21-24: {whole!r}")
    if point.precision == "season" and point.day is not None:
        raise InvalidDate(f"a season takes no day: {whole!r}")
    if "X" in point.year and point.month is not None:
        raise InvalidDate(f"a decade or century takes no month: {whole!r}")
    if point.month == "XX" and point.day not in (None, "XX"):
        raise InvalidDate(f"a day needs a month: {whole!r}")
    if int(point.year.replace("X", "0")) < 1 and point.precision not in ("decade", "century"):
        raise InvalidDate(f"year 0000 is outside the supported range 0001-9999: {whole!r}")
    try:
        point.bounds  # noqa: B018 -- computing the bounds checks the calendar (30 February, 29 February)
    except ValueError as error:
        raise InvalidDate(f"no such calendar date: {whole!r}") from error
    return point


def parse(edtf: str) -> Value:
    """Take apart an EDTF string of the supported subset; raise `InvalidDate` with the reason otherwise.

    This is our own parser for the subset (fast, and right about calendar dates); `normalize` also has
    the `edtf` library confirm the syntax.
    """
    if not isinstance(edtf, str):
        raise InvalidDate(f"an EDTF date must be a string, not {type(edtf).__name__}")
    return _parse(edtf)


@lru_cache(maxsize=65536)
def _parse(edtf: str) -> Value:
    text = edtf.strip()
    if not text:
        raise InvalidDate("empty date: an EDTF string such as '2022-10' is expected")
    if "/" in text:
        left, _, right = text.partition("/")
        if "/" in right:
            raise InvalidDate(f"an interval has exactly one '/': {edtf!r}")
        start: Point | str = left if left in (OPEN, UNKNOWN) else _parse_point(left, edtf)
        end: Point | str = right if right in (OPEN, UNKNOWN) else _parse_point(right, edtf)
        if isinstance(start, str) and isinstance(end, str):
            raise InvalidDate(f"an interval needs at least one known end: {edtf!r}")
        if isinstance(start, Point) and isinstance(end, Point) and start.bounds[0] > end.bounds[1]:
            raise InvalidDate(f"interval ends before it starts: {edtf!r}")
        value = Value(text, start, end)
    else:
        value = Value(text, _parse_point(text, edtf), None)
    return value


def normalize(edtf: str) -> str:
    """Return the canonical form of an EDTF date; raise `InvalidDate` with a one-line reason if invalid.

    Our parser checks the values (months, seasons, calendar days, the order of an interval's ends); the
    `edtf` library confirms the form is EDTF level 0 or 1. The library takes milliseconds a call, so it
    sees one representative per form (``2022-02-24~`` is checked as ``2000-01-01~``), cached: a new value
    costs microseconds, which matters when a million events are imported.
    """
    value = parse(edtf)
    _confirmed(_form(value))
    return value.text


def _form(value: Value) -> str:
    """A representative of the value's form: same shape and qualifiers, standard digits."""

    def point(end: Point | str) -> str:
        if isinstance(end, str):
            return end
        year = "2000"[: 4 - end.year.count("X")] + "X" * end.year.count("X")
        text = year
        if end.month is not None:
            text += "-" + (end.month if end.month == "XX" or int(end.month) > 12 else "01")
        if end.day is not None:
            text += "-" + ("XX" if end.day == "XX" else "01")
        return text + end.qualifier

    if value.end is None:
        return point(value.start)
    return f"{point(value.start)}/{point(value.end)}"


# Level 0 and level 1 only: Khronika stores level 1, and the level 2 grammar makes the library slower.
_LEVEL_0_OR_1 = level0Expression ^ level1Expression


@lru_cache(maxsize=1024)
def _confirmed(form: str) -> None:
    try:
        _LEVEL_0_OR_1.parse_string(form, parse_all=True)
    except Exception as error:  # pyparsing's ParseException and whatever the library raises inside
        raise InvalidDate(f"not a valid EDTF level 1 date: {form!r}") from error


def is_valid(edtf: str) -> bool:
    """Tell whether `edtf` is a date in the supported EDTF subset (the same test as `normalize`)."""
    try:
        normalize(edtf)
    except InvalidDate:
        return False
    return True


def bounds(edtf: str) -> tuple[datetime.date, datetime.date]:
    """Inclusive earliest and latest day the date can mean (open or unknown interval ends give date.min/max).

    An approximate or uncertain date has the bounds of the date itself: the flag is kept apart
    (`is_approximate`), so "2022~" spans 2022-01-01..2022-12-31.
    """
    value = parse(edtf)
    if not value.is_interval:
        assert isinstance(value.start, Point)
        return value.start.bounds
    lower = value.start.bounds[0] if isinstance(value.start, Point) else datetime.date.min
    upper = value.end.bounds[1] if isinstance(value.end, Point) else datetime.date.max
    return lower, upper


def sort_key(edtf: str) -> tuple[datetime.date, datetime.date, str]:
    """A key that sorts dates chronologically: by earliest day, then latest day, then the text."""
    lower, upper = bounds(edtf)
    return lower, upper, parse(edtf).text


def is_approximate(edtf: str) -> bool:
    """True when the date, or an end of the interval, is marked approximate (``~``) or both (``%``)."""
    return any(point.qualifier in "~%" and point.qualifier for point in parse(edtf).points)


def is_uncertain(edtf: str) -> bool:
    """True when the date, or an end of the interval, is marked uncertain (``?``) or both (``%``)."""
    return any(point.qualifier in "?%" and point.qualifier for point in parse(edtf).points)


def precision(edtf: str) -> Precision:
    """The unit the date is given in: day, month, season, year, decade, century, or interval."""
    value = parse(edtf)
    if value.is_interval:
        return "interval"
    assert isinstance(value.start, Point)
    return value.start.precision
