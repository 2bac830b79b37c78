"""Dates that lean on the date before them in the text: «того же года», «через месяц», "the next day".

Stories run in order, so the nearest date before such an expression is what it refers to: «В июне 2025
года суд приговорил… Через месяц краевой суд отменил приговор» puts the appeal in July 2025. Without a
date before, these expressions are left out, except a part of the year («в конце года»), which in a news
item is the year of publication.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

from khronika.dates.grammar import Found, Unit, point
from khronika.dates.parts import year_part
from khronika.dates.relative import day_iso, month_iso, shift_months
from khronika.dates.values import InvalidDate, Point, bounds, parse


def resolve(found: list[Found], published: datetime.date | None) -> list[Found]:
    """Date the anchored readings in `found` (in text order) from the date before each; drop the rest."""
    resolved: list[Found] = []
    anchor: str | None = None
    for item in found:
        reading = item.reading
        if reading.kind in ("same_year", "story_year"):
            year = _year_of(anchor)
            if year is None and reading.kind == "story_year" and published is not None:
                year = published.year
            if year is None:
                continue
            narrow = year_part(year, reading.part) if reading.part is not None else None
            dated = replace(point(year, reading.month, reading.day), narrow=narrow)
            item = Found(item.start, item.end, dated)
        elif reading.kind == "later":
            assert reading.offset is not None
            edtf = None if anchor is None else after(anchor, *reading.offset)
            if edtf is None:
                continue
            item = Found(item.start, item.end, replace(reading, edtf=edtf, kind="point"))
        if item.reading.edtf is not None and _usable(item.reading.edtf):
            anchor = item.reading.edtf
        resolved.append(item)
    return resolved


def _usable(edtf: str) -> bool:
    try:
        parse(edtf)
    except InvalidDate:
        return False
    return True


def _year_of(anchor: str | None) -> int | None:
    if anchor is None:
        return None
    lower, upper = bounds(anchor)
    return lower.year if lower.year == upper.year else None


def after(anchor: str, count: int | None, unit: Unit) -> str | None:
    """EDTF for `count` `unit`s after the date `anchor` (`count` None: "several"; 0: the same day).

    The result is no finer than the anchor: a month after June 2025 is July 2025, three days after it
    is about June. An exact count keeps the anchor's precision; "several", or a unit finer than the
    anchor, gives an approximate date one step coarser.
    """
    value = parse(anchor)
    end = value.end if value.is_interval else value.start  # after an interval: after its end
    if not isinstance(end, Point) or end.precision not in ("day", "month", "year"):
        return None
    start = end.bounds[0]
    if end.precision == "day":
        result = _after_day(start, count, unit)
    elif end.precision == "month":
        result = _after_month(start, count, unit)
    elif unit == "year":
        result = None if count is None else f"{start.year + count:04d}"
    else:
        middle = datetime.date(start.year, 7, 1)  # of the year: which half the result lies in is unknown
        result = f"{_moved(middle, count or 3, unit).year:04d}~"
    if result is not None and end.qualifier and not result.endswith("~"):
        result += "~"  # a date counted from an approximate one is approximate too
    return result


def _moved(day: datetime.date, count: int, unit: Unit) -> datetime.date:
    if unit in ("day", "week"):
        return day + datetime.timedelta(days=count * (7 if unit == "week" else 1))
    months = count * (12 if unit == "year" else 1)
    year, month = shift_months(day, -months)
    return datetime.date(year, month, min(day.day, 28))


def _after_day(start: datetime.date, count: int | None, unit: Unit) -> str | None:
    if count is None:  # "several days / weeks / months later": one step coarser, approximate
        if unit == "year":
            return None
        if unit == "month":
            return f"{_moved(start, 3, 'month').year:04d}~"
        later = _moved(start, 3 if unit == "day" else 2, unit)
        return f"{month_iso(later.year, later.month)}~"
    later = _moved(start, count, unit)
    if unit == "day":
        return day_iso(later)
    if unit == "week":
        return f"{day_iso(later)}~"
    return month_iso(later.year, later.month)


def _after_month(start: datetime.date, count: int | None, unit: Unit) -> str | None:
    if unit in ("day", "week"):
        later = _moved(start.replace(day=15), count if count is not None else 3, unit)
        return f"{month_iso(later.year, later.month)}~"
    if count is None:
        return None if unit == "year" else f"{_moved(start, 3, 'month').year:04d}~"
    later = _moved(start, count, unit)
    return month_iso(later.year, later.month)
