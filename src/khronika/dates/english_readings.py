"""What the English expressions mean: one function per kind of expression, from its match to a `Reading`.

The patterns that produce the matches are in `english`.
"""

from __future__ import annotations

import datetime
import re

from khronika.dates import relative
from khronika.dates.grammar import Context, Kind, Reading, Unit, decade_start, plausible_year, point
from khronika.dates.parts import Part, decade_part, month_part, year_part
from khronika.dates.vocabulary import EN_COUNT_WORDS, EN_MONTH_WORDS, EN_SEASON_WORDS, EN_WEEKDAY_WORDS

_REL_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1}
_POSSESSIVES = ("his", "her", "their", "my", "your", "our", "its")


def _part(m: re.Match[str]) -> Part:
    text = (m["part"] or m["part2"]).lower()
    if text.startswith("first"):
        return "first_half"
    if text.startswith(("second", "latter")):
        return "second_half"
    if text.startswith(("early", "beginning", "start")):
        return "early"
    return "mid" if text.startswith("mid") else "late"


def _month_number(text: str) -> int:
    return EN_MONTH_WORDS[text.lower().rstrip(".")]


def _rel_year(m: re.Match[str], ctx: Context) -> int | None:
    if ctx.published is None or not m["rel"]:
        return None
    return ctx.published.year + _REL_SHIFT[m["rel"].lower()]


def full_date(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "February 24th, 2022", "24 February 2022", "24.02.2022", "2022-02-24"."""
    year = plausible_year(m["y"])
    month = _month_number(m["mon"]) if not m["mon"].isdigit() else int(m["mon"])
    return None if year is None or not 1 <= month <= 12 else point(year, month, int(m["day"]))


def listed_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "5" in "on 5 and 6 May 2022": a day that takes its month and year from the end of the list."""
    return full_date(m, ctx) if m["y"] else day_month(m, ctx)


def day_range(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "24–28 February 2022", "February 24–28, 2022"."""
    first, last = full_date(m, ctx), point(int(m["y"]), _month_number(m["mon"]), int(m["day2"]))
    if first is None or first.edtf is None or last.edtf is None or int(m["day2"]) <= int(m["day"]):
        return None
    return Reading(f"{first.edtf}/{last.edtf}", kind="range")


def day_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "1 September", "September 1": the most recent (a stamp or "until …" may lie ahead)."""
    month, day = _month_number(m["mon"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    if ctx.published is None:
        return Reading(None, month=month, day=day, year_stated=False)
    # An update stamp at a paragraph start, or a deadline ("until 13 March"), may lie after publication.
    deadline = re.search(
        r"\b(?:until|till|by)\s+(?:the\s+)?$", ctx.text[max(0, m.start() - 10) : m.start()], re.I
    )
    stamp = ctx.at_paragraph_start(m.start())
    ahead = relative.DEADLINE_DAYS_AHEAD if deadline else relative.STAMP_DAYS_AHEAD if stamp else 0
    found = relative.recent_day(ctx.published, month, day, ahead)
    return None if found is None else point(found.year, month, day, stated=False)


def month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "October 2022", "March last year"."""
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    return None if year is None else point(year, _month_number(m["mon"]))


def bare_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "in February", "since September", "last March": the most recent such month."""
    month = _month_number(m["mon"])
    if ctx.published is None:
        return Reading(None, month=month, year_stated=False)
    year = relative.year_of_month(ctx.published, month)
    if m["rel"] and m["rel"].lower() in ("last", "past") and month == ctx.published.month:
        year -= 1  # "last May", said in May, is the May of the year before
    elif m["rel"] and m["rel"].lower() == "this":
        year = ctx.published.year
    return point(year, month, stated=bool(m["rel"]))


def same_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "in September of the same year": the year comes from the date before (`finder`)."""
    month = _month_number(m["mon"]) if m["mon"] else None
    day = int(m["day"]) if m["day"] else None
    return Reading(None, kind="same_year", month=month, day=day, year_stated=False)


def part_of_the_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "at the end of the year", "early in the year", "later that year" (the year: `finder`)."""
    part = None if m["later"] else _part(m)
    kind: Kind = "same_year" if "that year" in m.group().lower() else "story_year"
    return Reading(None, kind=kind, year_stated=False, part=part)


def year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "in 2014", "since 2019": a year after a preposition, 1900-2099 only."""
    year = int(m["y"])
    return point(year) if 1900 <= year <= 2099 else None


def year_range(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "from 2016 to 2019", "between 2016 and 2019", "2016–2019"."""
    first = plausible_year(m["y"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else (int(m["y"]) // 100 * 100 + int(m["y2"]))
    if first is None or plausible_year(str(last)) is None or not first < last <= first + 60:
        return None
    return Reading(f"{first:04d}/{last:04d}", kind="range")


def decade(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "the 2010s", "the early 90s", "the second half of the 2010s" (a part gives `narrow`)."""
    before = ctx.text[max(0, m.start() - 8) : m.start()].split()
    if before and before[-1].lower() in _POSSESSIVES:  # "in his 40s" is an age
        return None
    if len(m["y"]) == 2 and not (m["the"] or m["part"] or m["part2"] or m["apo"]):
        return None
    start = decade_start(m["y"], ctx.published)
    if start is None:
        return None
    narrow = decade_part(start, _part(m)) if (m["part"] or m["part2"]) else None
    return Reading(f"{start // 10:03d}X", narrow=narrow)


def part_of_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "in late 2023", "at the beginning of 2022", "late last year"."""
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    if year is None:
        return None
    return Reading(f"{year:04d}", narrow=year_part(year, _part(m)), year=year)


def part_of_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "at the end of May", "in mid-March 2022"."""
    month = _month_number(m["mon"])
    if m["y"]:
        year = plausible_year(m["y"])
    else:
        year = None if ctx.published is None else relative.year_of_month(ctx.published, month)
    if year is None:
        return None
    return Reading(relative.month_iso(year, month), narrow=month_part(year, month, _part(m)))


def season(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "in spring 2021", "the winter of 2021/22", "summer last year"."""
    season = EN_SEASON_WORDS[m["s"].lower()]
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    if year is not None and m["y2"] and season == 24:  # "winter 2021/22" is the winter of January 2022
        year = year // 100 * 100 + int(m["y2"][-2:])
    return None if year is None else point(year, season)


def relative_season(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "last spring", "this summer", "in the winter": seasons counted from publication."""
    season = EN_SEASON_WORDS[m["s"].lower()]
    if ctx.published is None:  # a bare season may still take the year of the next one («летом и осенью 2022»)
        return None if m["rel"] else Reading(None, month=season, year_stated=False)
    word = (m["rel"] or "").lower()
    if word in ("last", "past"):
        return Reading(relative.previous_season(ctx.published, season))
    if word == "this":
        return Reading(relative.current_season(ctx.published, season))
    recent = relative.recent_season(ctx.published, season)
    return Reading(recent, year=int(recent[:4]), month=season, year_stated=False)


def relative_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "today", "yesterday", "the day before yesterday"."""
    if ctx.published is None:
        return None
    word = " ".join(m["w"].lower().split())
    back = {"today": 0, "yesterday": 1, "the day before yesterday": 2, "tomorrow": -1}.get(word, 0)
    return Reading(relative.day_iso(ctx.published - datetime.timedelta(days=back)), kind="relative_day")


def relative_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "last week" (its month, narrowed to the week), "this month", "last year"."""
    if ctx.published is None:
        return None
    shift = _REL_SHIFT[m["rel"].lower().split()[-1]]
    unit = m["unit"].lower()
    if unit == "year":
        return point(ctx.published.year + shift)
    if unit == "month":
        return Reading(relative.month_iso(*relative.shift_months(ctx.published, -shift)))
    month, week = relative.week_of(ctx.published, -shift)
    return Reading(month, narrow=week)


def weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "on Tuesday", "last Friday": the most recent such day before publication."""
    if ctx.published is None:
        return None
    day = relative.recent_weekday(ctx.published, EN_WEEKDAY_WORDS[m["wd"].lower()])
    return Reading(relative.day_iso(day), kind="weekday")


def _amount(m: re.Match[str]) -> tuple[int | None, Unit]:
    """The count and unit of "two years", "a few days", "half a year" (None: "a few", "several")."""
    if m["half"]:
        return (6 if m["half"].lower().startswith("half") else 18), "month"
    words = " ".join(m["n"].lower().split())
    units: dict[str, Unit] = {"day": "day", "week": "week", "month": "month", "year": "year"}
    return (int(words) if words.isdigit() else EN_COUNT_WORDS[words]), units[m["u"].lower().rstrip("s")]


def ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "two years ago", "a few days ago", "half a year ago"."""
    if ctx.published is None:
        return None
    edtf = relative.ago(ctx.published, *_amount(m))
    return None if edtf is None else Reading(edtf)


def later(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "a month later", "two years after that": after the date before (`anchoring`)."""
    return Reading(None, kind="later", offset=_amount(m))


def next_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "the next day", "the following week", "the same day": after, or on, the date before."""
    units: dict[str, Unit] = {"day": "day", "week": "week", "month": "month", "year": "year"}
    unit = units[m["u"].lower()] if m["u"] else "day"
    return Reading(None, kind="later", offset=(0 if m["same"] else 1, unit))
