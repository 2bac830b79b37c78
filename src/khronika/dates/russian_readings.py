"""What the Russian expressions mean: one function per kind of expression, from its match to a `Reading`.

The patterns that produce the matches are in `russian`.
"""

from __future__ import annotations

import datetime
import re

from khronika.dates import relative
from khronika.dates.grammar import Context, Kind, Reading, Unit, decade_start, plausible_year, point
from khronika.dates.parts import Part, decade_part, month_part, year_part
from khronika.dates.vocabulary import (
    RU_COUNT_WORDS,
    RU_MONTH_ABBREVIATIONS,
    RU_MONTH_WORDS,
    RU_SEASON_WORDS,
    RU_WEEKDAY_WORDS,
)

_REL_YEAR = {"прошл": -1, "минувш": -1, "прошедш": -1, "позапрошл": -2, "эт": 0, "текущ": 0, "нынешн": 0}
_REL_YEAR.update({"следующ": 1, "будущ": 1})
DECADE_WORDS = {"двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60}
DECADE_WORDS.update({"семидесят": 70, "восьмидесят": 80, "девяност": 90, "нулев": 0, "двухтысячн": 0})


def _part(text: str) -> Part:
    text = text.lower()
    if text.startswith("перв"):
        return "first_half"
    if text.startswith("втор"):
        return "second_half"
    if text.startswith("нач"):
        return "early"
    return "mid" if text.startswith("сер") else "late"


def _month_number(text: str) -> int:
    word = text.lower()
    return RU_MONTH_ABBREVIATIONS[word[:-1]] if word.endswith(".") else RU_MONTH_WORDS[word]


def _rel_year(match: re.Match[str], ctx: Context) -> int | None:
    if ctx.published is None:
        return None
    word = match["rel"].lower()
    return ctx.published.year + next(shift for stem, shift in _REL_YEAR.items() if word.startswith(stem))


def day_month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """«24 февраля 2022 года», «1-го сентября 2021 г.»."""
    year = plausible_year(m["y"])
    return None if year is None else point(year, _month_number(m["mon"]), int(m["day"]))


def numeric(m: re.Match[str], ctx: Context) -> Reading | None:
    """«24.02.2022», «2022-02-24»."""
    year, month = plausible_year(m["y"]), int(m["mon"])
    return None if year is None or not 1 <= month <= 12 else point(year, month, int(m["day"]))


def day_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """«1 сентября»: the most recent one (a paragraph-initial update stamp or «до …» may lie ahead)."""
    month, day = _month_number(m["mon"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    if ctx.published is None:
        return Reading(None, month=month, day=day, year_stated=False)
    after = ctx.text[m.end() : m.end() + 2].lstrip()
    stamp = ctx.at_paragraph_start(m.start()) and after[:1].isupper()
    # «до 13 марта» (a deadline) may lie ahead of publication, like an update stamp.
    deadline = re.search(r"(?:^|\s)до\s+$", ctx.text[max(0, m.start() - 4) : m.start()], re.IGNORECASE)
    ahead = relative.DEADLINE_DAYS_AHEAD if deadline else relative.STAMP_DAYS_AHEAD if stamp else 0
    found = relative.recent_day(ctx.published, month, day, ahead)
    return None if found is None else point(found.year, month, day, stated=False)


def listed_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """«1» in «1 и 2 марта 2022 года»: a day that takes its month and year from the end of the list."""
    return day_month_year(m, ctx) if m["y"] else day_month(m, ctx)


def day_range(m: re.Match[str], ctx: Context) -> Reading | None:
    """«24–28 февраля 2022 года», «с 1 по 5 марта»."""
    if m["sep"].lower() == "по" and not m["from"]:
        return None
    first, last, month = int(m["day"]), int(m["day2"]), _month_number(m["mon"])
    if m["y"]:
        year = plausible_year(m["y"])
    elif m["rel"]:
        year = _rel_year(m, ctx)
    else:
        found = None if ctx.published is None else relative.recent_day(ctx.published, month, first)
        year = None if found is None else found.year
    if year is None or not 1 <= first < last <= 31:
        return None
    start, end = point(year, month, first), point(year, month, last)
    if start.edtf is None or end.edtf is None:
        return None
    return Reading(f"{start.edtf}/{end.edtf}", kind="range")


def day_month_rel(m: re.Match[str], ctx: Context) -> Reading | None:
    """«10 января прошлого года»."""
    year = _rel_year(m, ctx)
    return None if year is None else point(year, _month_number(m["mon"]), int(m["day"]))


def month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """«в октябре 2022 года», «в мае 2025», «в декабре прошлого года»."""
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    return None if year is None else point(year, _month_number(m["mon"]))


def bare_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """«в феврале», «с сентября»: the most recent such month (this one, if publication is in it)."""
    if m["mon"][0].isupper():  # «к Марте», «у Мая»: after a preposition a capital is a name, not a month
        return None
    month = _month_number(m["mon"])
    if ctx.published is None:
        return Reading(None, month=month, year_stated=False)
    return point(relative.year_of_month(ctx.published, month), month, stated=False)


def same_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """«в сентябре того же года», «в том же году»: the year comes from the date before (`finder`)."""
    month = _month_number(m["mon"]) if m["mon"] else None
    day = int(m["day"]) if m["day"] else None
    return Reading(None, kind="same_year", month=month, day=day, year_stated=False)


def part_of_the_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """«в конце года», «в начале того же года»: a part of the year the story is in (`finder`)."""
    kind: Kind = "same_year" if " же " in m.group() else "story_year"
    return Reading(None, kind=kind, year_stated=False, part=_part(m["part"]))


def year(m: re.Match[str], ctx: Context) -> Reading | None:
    """«в 2014 году», «2023-м», «2016 г.»."""
    year = plausible_year(m["y"])
    return None if year is None else point(year)


def bare_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """«в 2014», «с 2019»: a year after a preposition, 1900-2099 only."""
    year = int(m["y"])
    return point(year) if 1900 <= year <= 2099 else None


def year_range(m: re.Match[str], ctx: Context) -> Reading | None:
    """«2016–2019 годах», «с 2016 по 2019 год»."""
    first = plausible_year(m["y"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else (int(m["y"]) // 100 * 100 + int(m["y2"]))
    if first is None or plausible_year(str(last)) is None or last <= first:
        return None
    return Reading(f"{first:04d}/{last:04d}", kind="range")


def decade(m: re.Match[str], ctx: Context) -> Reading | None:
    """«2000-х», «90-е», «в девяностые», «в начале 2000-х» (a part gives the narrow interval)."""
    if m["word"]:
        word = m["word"].lower()
        number = next(value for stem, value in DECADE_WORDS.items() if word.startswith(stem))
        start = decade_start(f"{number:02d}", ctx.published)
    else:
        start = decade_start(m["y"], ctx.published)
    if start is None:
        return None
    narrow = decade_part(start, _part(m["part"])) if m["part"] else None
    return Reading(f"{start // 10:03d}X", narrow=narrow)


def part_of_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """«в начале 2023 года», «в конце прошлого года»: the year, narrowed to its part."""
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    if year is None:
        return None
    return Reading(f"{year:04d}", narrow=year_part(year, _part(m["part"])), year=year)


def part_of_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """«в конце мая», «в середине марта 2022 года»: the month, narrowed to its part."""
    month = _month_number(m["mon"])
    if m["y"]:
        year = plausible_year(m["y"])
    elif m["rel"]:
        year = _rel_year(m, ctx)
    else:
        year = None if ctx.published is None else relative.year_of_month(ctx.published, month)
    if year is None:
        return None
    return Reading(relative.month_iso(year, month), narrow=month_part(year, month, _part(m["part"])))


def season(m: re.Match[str], ctx: Context) -> Reading | None:
    """«весной 2022 года», «летом прошлого года», «зимой 2021/2022»."""
    season = RU_SEASON_WORDS[m["s"].lower()]
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    if year is not None and m["y2"] and season == 24:  # «зимой 2021/2022» is the winter of January 2022
        year = year // 100 * 100 + int(m["y2"][-2:])
    return None if year is None else point(year, season)


# The seasons as adverbs of time («весной», «летом»); other forms need a year or «этой», «прошлой».
_SEASON_ADVERBS = frozenset({"весной", "весною", "летом", "осенью", "зимой", "зимою"})


def relative_season(m: re.Match[str], ctx: Context) -> Reading | None:
    """«прошлой осенью», «этой весной», «летом»: seasons counted from publication."""
    season = RU_SEASON_WORDS[m["s"].lower()]
    if not m["rel"] and (
        m["s"].lower() not in _SEASON_ADVERBS or (m.start("s") > 0 and m.string[m.start("s") - 1] in '«"„“')
    ):
        return None  # a bare «весна» is a noun, not a date: the movement «Весна», «весна и лето 2022 года»
    if ctx.published is None:  # a bare season may still take the year of the next one («летом и осенью 2022»)
        return None if m["rel"] else Reading(None, month=season, year_stated=False)
    word = (m["rel"] or "").lower()
    if word.startswith(("прошл", "минувш", "прошедш")):
        return Reading(relative.previous_season(ctx.published, season))
    if word:
        return Reading(relative.current_season(ctx.published, season))
    recent = relative.recent_season(ctx.published, season)
    return Reading(recent, year=int(recent[:4]), month=season, year_stated=False)


def relative_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """«сегодня», «вчера», «позавчера», «с сегодняшнего дня», «Накануне» (the day before publication)."""
    if ctx.published is None:
        return None
    word = (m["w"] or "").lower()  # «час назад» (group h): the day of the report
    back = 2 if word.startswith("позавчера") else 1 if word.startswith(("вчера", "накануне")) else 0
    back = -1 if word.startswith("завтра") else back
    day = ctx.published - datetime.timedelta(days=back)
    return Reading(relative.day_iso(day), kind="relative_day")


def week(m: re.Match[str], ctx: Context) -> Reading | None:
    """«на прошлой неделе»: the month of that week, narrowed to the week."""
    if ctx.published is None:
        return None
    word = (m["w"] or "").lower()
    back = 2 if word.startswith("позапрошл") else 1 if word.startswith(("прошл", "минувш", "прошедш")) else 0
    month, week = relative.week_of(ctx.published, back)
    return Reading(month, narrow=week)


def relative_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    """«в прошлом году», «в этом месяце»."""
    year = _rel_year(m, ctx)
    if year is None or ctx.published is None:
        return None
    if m["unit"].lower().startswith("год"):
        return point(year)
    shift = year - ctx.published.year
    return Reading(relative.month_iso(*relative.shift_months(ctx.published, -shift)))


def new_year_eve(m: re.Match[str], ctx: Context) -> Reading | None:
    """«перед Новым годом», «под Новый год»: the last December on or before publication."""
    if ctx.published is None:
        return None
    year = ctx.published.year if ctx.published.month == 12 else ctx.published.year - 1
    return Reading(f"{year}-12", year=year, month=12, year_stated=False)


def weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    """«в понедельник», «в прошлую пятницу»: the most recent such day before publication."""
    if ctx.published is None:
        return None
    day = relative.recent_weekday(ctx.published, RU_WEEKDAY_WORDS[m["wd"].lower()])
    return Reading(relative.day_iso(day), kind="weekday")


def _amount(m: re.Match[str]) -> tuple[int | None, Unit]:
    """The count and unit of «два года», «несколько дней», «полгода» (None: «несколько»)."""
    unit = m["u"].lower()
    if unit.startswith("пол"):
        return (6 if unit == "полгода" else 18), "month"
    count = (int(m["n"]) if m["n"].isdigit() else RU_COUNT_WORDS[m["n"].lower()]) if m["n"] else 1
    stems: dict[str, Unit] = {"д": "day", "с": "day", "н": "week", "м": "month"}
    return count, stems.get(unit[0], "year")


def ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """«два года назад», «несколько дней назад», «полгода назад»."""
    if ctx.published is None:
        return None
    edtf = relative.ago(ctx.published, *_amount(m))
    return None if edtf is None else Reading(edtf)


def later(m: re.Match[str], ctx: Context) -> Reading | None:
    """«через месяц», «спустя два года», «три года спустя»: after the date before (`anchoring`)."""
    return Reading(None, kind="later", offset=_amount(m))


def next_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """«на следующий день», «в тот же день»: the day after, or the day of, the date before."""
    return Reading(None, kind="later", offset=(0 if "же" in m["w"].lower() else 1, "day"))
