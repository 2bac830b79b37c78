"""Resolving dates that lean on the publication date: «в феврале», «вчера», "last week", "two years ago".

The rules (docs/dates.md, and the devset README's "Events" rules): a day or month without a year is the
most recent one on or before publication; a weekday is the most recent such day on or before publication;
"last week" is dated to the month that holds most of that week; "N years ago" is an approximate year.
"""

from __future__ import annotations

import calendar
import datetime

from khronika.dates.grammar import Unit
from khronika.dates.values import SEASON_MONTHS, WINTER

# A newsroom update stamp («14 апреля Журналисту…») may come after the item's publication date: the
# devset has updates up to five days later. Allow a month forward for stamps. A deadline («арест
# продлили до 10 мая») looks further ahead: custody is extended by up to three months at a time.
STAMP_DAYS_AHEAD = 31
DEADLINE_DAYS_AHEAD = 92


def day_iso(day: datetime.date) -> str:
    """The EDTF form of one day."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def month_iso(year: int, month: int) -> str:
    """The EDTF form of one month."""
    return f"{year:04d}-{month:02d}"


def recent_day(published: datetime.date, month: int, day: int, days_ahead: int = 0) -> datetime.date | None:
    """The most recent `day` of `month` on or before `published`, or up to `days_ahead` days after it."""
    for year in range(published.year + (1 if days_ahead else 0), published.year - 9, -1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:  # 29 February of a common year, 31 April: try an earlier year
            continue
        limit = published + datetime.timedelta(days=days_ahead)
        if candidate <= limit:
            return candidate
    return None


def recent_month(published: datetime.date, month: int) -> str:
    """The most recent `month` that has begun on or before `published` (February in February is this one)."""
    year = published.year if month <= published.month else published.year - 1
    return month_iso(year, month)


def year_of_month(published: datetime.date, month: int) -> int:
    """The year of the most recent `month` on or before `published`."""
    return published.year if month <= published.month else published.year - 1


def recent_weekday(published: datetime.date, weekday: int) -> datetime.date:
    """The most recent `weekday` (Monday = 0) on or before `published`.

    News reports name today's events by their weekday ("a Moscow court on Tuesday sentenced…" in a story
    published that Tuesday), so the publication day itself counts.
    """
    back = (published.weekday() - weekday) % 7
    return published - datetime.timedelta(days=back)


def _season_start(year: int, season: int) -> datetime.date:
    first, last = SEASON_MONTHS[season]
    return datetime.date(year - 1 if first > last else year, first, 1)


def _season_end(year: int, season: int) -> datetime.date:
    last = SEASON_MONTHS[season][1]
    return datetime.date(year, last, calendar.monthrange(year, last)[1])


def recent_season(published: datetime.date, season: int) -> str:
    """The most recent `season` that has begun on or before `published` («весной», "in the spring")."""
    year = published.year + (1 if season == WINTER and published.month == 12 else 0)
    while _season_start(year, season) > published:
        year -= 1
    return f"{year:04d}-{season}"


def previous_season(published: datetime.date, season: int) -> str:
    """The most recent `season` that ended before `published` («прошлой весной», "last spring")."""
    year = published.year + 1
    while _season_end(year, season) >= published:
        year -= 1
    return f"{year:04d}-{season}"


def current_season(published: datetime.date, season: int) -> str:
    """The `season` of the publication's year («этой весной», "this summer")."""
    year = published.year + (1 if season == WINTER and published.month == 12 else 0)
    return f"{year:04d}-{season}"


def week_of(published: datetime.date, weeks_back: int) -> tuple[str, str]:
    """A Monday-to-Sunday week (0: the publication's week, 1: the week before) as (month, interval).

    The month is that of the week's Thursday, so a week is dated to the month that holds most of it.
    """
    monday = published - datetime.timedelta(days=published.weekday() + 7 * weeks_back)
    thursday = monday + datetime.timedelta(days=3)
    sunday = monday + datetime.timedelta(days=6)
    return month_iso(thursday.year, thursday.month), f"{day_iso(monday)}/{day_iso(sunday)}"


def shift_months(published: datetime.date, months: int) -> tuple[int, int]:
    """(year, month) `months` calendar months before the publication month."""
    index = published.year * 12 + published.month - 1 - months
    return index // 12, index % 12 + 1


def ago(published: datetime.date, count: int | None, unit: Unit) -> str | None:
    """EDTF for "`count` `unit`s ago" (`count` None: "several"); `unit` is day, week, month or year.

    An exact count of days is a day; weeks give an approximate day; months an approximate month; years an
    approximate year. "Several" widens one step: several days → approximate month, several months →
    approximate year. "Several years" is too vague to date.
    """
    if unit == "day":
        if count is None:
            back = published - datetime.timedelta(days=3)
            return f"{month_iso(back.year, back.month)}~"
        return day_iso(published - datetime.timedelta(days=count))
    if unit == "week":
        if count is None:
            back = published - datetime.timedelta(days=14)
            return f"{month_iso(back.year, back.month)}~"
        return f"{day_iso(published - datetime.timedelta(days=7 * count))}~"
    if unit == "month":
        if count is None:
            return f"{shift_months(published, 3)[0]:04d}~"
        return f"{month_iso(*shift_months(published, count))}~"
    if unit == "year" and count is not None:
        return f"{published.year - count:04d}~"
    return None


def weekday_year(published: datetime.date, month: int, day: int, weekday: int) -> int | None:
    """The year, within a year of publication, in which `day` `month` falls on `weekday` (nearest first).

    «в понедельник, 20 апреля» names a date that the weekday pins down, even when it lies ahead.
    """
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            candidates.append((abs((candidate - published).days), year))
    return min(candidates)[1] if candidates else None
