"""English date expressions: "February 24th, 2022", "in the mid-2010s", "in late 2023", "last week".

Month and weekday names must be capitalised ("May", "March" are also an auxiliary and a verb); the
other words match in any case.
"""

from __future__ import annotations

import datetime
import re

from khronika.dates import relative
from khronika.dates.grammar import (
    Context,
    Reading,
    Rule,
    compile_rules,
    decade_start,
    plausible_year,
    point,
    trigger_pattern,
)
from khronika.dates.parts import Part, decade_part, month_part, year_part
from khronika.dates.vocabulary import (
    EN_COUNT_WORDS,
    EN_MONTH_WORDS,
    EN_SEASON_WORDS,
    EN_WEEKDAY_WORDS,
    MONTHS_EN,
    alternation,
)

_ABBREVIATED = alternation(word.capitalize() for word in EN_MONTH_WORDS if len(word) <= 4 and word != "may")
MONTH = rf"(?P<mon>(?:{alternation(MONTHS_EN)})(?![A-Za-z])|(?:{_ABBREVIATED})(?:\.|(?![A-Za-z.])))"
WEEKDAY = rf"(?P<wd>{alternation(name.capitalize() for name in EN_WEEKDAY_WORDS)})(?![a-z])"
YEAR = r"(?<![\d.,/#№])(?P<y>\d{4})(?!\d|[.,]\d)"
ORDINAL = r"(?:st|nd|rd|th)?"
REL_YEAR = r"(?P<rel>last|this|next)\s+year"
_REL_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1}
PART = (
    r"(?:(?P<part>early|mid|late)[\s-]+|(?:the\s+)?(?P<part2>beginning|start|middle|end|"
    r"first\s+half|second\s+half|latter\s+half)\s+of\s+(?:the\s+year\s+)?)"
)
SEASON = r"(?P<s>spring|summer|autumn|fall|winter)"
UNITS = (
    r"rubles|roubles|RUB|dollars|euros|USD|EUR|%|percent|per\s+cent|people|persons|km|kilometres|"
    r"times|posts|signatures|pages|copies|hours|followers|subscribers|members"
)
_POSSESSIVES = ("his", "her", "their", "my", "your", "our", "its")
_B = r"(?<![\w.])"


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


def _full_date(m: re.Match[str], ctx: Context) -> Reading | None:
    year = plausible_year(m["y"])
    month = _month_number(m["mon"]) if not m["mon"].isdigit() else int(m["mon"])
    return None if year is None or not 1 <= month <= 12 else point(year, month, int(m["day"]))


def _day_range(m: re.Match[str], ctx: Context) -> Reading | None:
    first, last = _full_date(m, ctx), point(int(m["y"]), _month_number(m["mon"]), int(m["day2"]))
    if first is None or first.edtf is None or last.edtf is None or int(m["day2"]) <= int(m["day"]):
        return None
    return Reading(f"{first.edtf}/{last.edtf}", kind="range")


def _day_month(m: re.Match[str], ctx: Context) -> Reading | None:
    month, day = _month_number(m["mon"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    if ctx.published is None:
        return Reading(None, month=month, day=day, year_stated=False)
    # An update stamp at a paragraph start, or a deadline ("until 13 March"), may lie after publication.
    deadline = re.search(
        r"\b(?:until|till|by)\s+(?:the\s+)?$", ctx.text[max(0, m.start() - 10) : m.start()], re.I
    )
    forward = ctx.at_paragraph_start(m.start()) or deadline is not None
    found = relative.recent_day(ctx.published, month, day, forward=forward)
    return None if found is None else point(found.year, month, day, stated=False)


def _month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    return None if year is None else point(year, _month_number(m["mon"]))


def _bare_month(m: re.Match[str], ctx: Context) -> Reading | None:
    month = _month_number(m["mon"])
    if ctx.published is None:
        return Reading(None, month=month, year_stated=False)
    year = relative.year_of_month(ctx.published, month)
    if m["rel"] and m["rel"].lower() in ("last", "past") and month == ctx.published.month:
        year -= 1  # "last May", said in May, is the May of the year before
    elif m["rel"] and m["rel"].lower() == "this":
        year = ctx.published.year
    return point(year, month, stated=bool(m["rel"]))


def _same_year(m: re.Match[str], ctx: Context) -> Reading | None:
    month = _month_number(m["mon"]) if m["mon"] else None
    day = int(m["day"]) if m["day"] else None
    return Reading(None, kind="same_year", month=month, day=day, year_stated=False)


def _year(m: re.Match[str], ctx: Context) -> Reading | None:
    year = int(m["y"])
    return point(year) if 1900 <= year <= 2099 else None


def _year_range(m: re.Match[str], ctx: Context) -> Reading | None:
    first = plausible_year(m["y"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else (int(m["y"]) // 100 * 100 + int(m["y2"]))
    if first is None or plausible_year(str(last)) is None or not first < last <= first + 60:
        return None
    return Reading(f"{first:04d}/{last:04d}", kind="range")


def _decade(m: re.Match[str], ctx: Context) -> Reading | None:
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


def _year_part(m: re.Match[str], ctx: Context) -> Reading | None:
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    if year is None:
        return None
    return Reading(f"{year:04d}", narrow=year_part(year, _part(m)), year=year)


def _month_part(m: re.Match[str], ctx: Context) -> Reading | None:
    month = _month_number(m["mon"])
    if m["y"]:
        year = plausible_year(m["y"])
    else:
        year = None if ctx.published is None else relative.year_of_month(ctx.published, month)
    if year is None:
        return None
    return Reading(relative.month_iso(year, month), narrow=month_part(year, month, _part(m)))


def _season(m: re.Match[str], ctx: Context) -> Reading | None:
    season = EN_SEASON_WORDS[m["s"].lower()]
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    if year is not None and m["y2"] and season == 24:  # "winter 2021/22" is the winter of January 2022
        year = year // 100 * 100 + int(m["y2"][-2:])
    return None if year is None else Reading(f"{year:04d}-{season}")


def _relative_season(m: re.Match[str], ctx: Context) -> Reading | None:
    if ctx.published is None:
        return None
    season = EN_SEASON_WORDS[m["s"].lower()]
    word = (m["rel"] or "").lower()
    if word in ("last", "past"):
        return Reading(relative.previous_season(ctx.published, season))
    if word == "this":
        return Reading(relative.current_season(ctx.published, season))
    return Reading(relative.recent_season(ctx.published, season))


def _relative_day(m: re.Match[str], ctx: Context) -> Reading | None:
    if ctx.published is None:
        return None
    word = " ".join(m["w"].lower().split())
    back = {"today": 0, "yesterday": 1, "the day before yesterday": 2, "tomorrow": -1}.get(word, 0)
    return Reading(relative.day_iso(ctx.published - datetime.timedelta(days=back)), kind="relative_day")


def _relative_unit(m: re.Match[str], ctx: Context) -> Reading | None:
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


def _weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    if ctx.published is None:
        return None
    day = relative.recent_weekday(ctx.published, EN_WEEKDAY_WORDS[m["wd"].lower()])
    return Reading(relative.day_iso(day), kind="weekday")


def _ago(m: re.Match[str], ctx: Context) -> Reading | None:
    if ctx.published is None:
        return None
    if m["half"]:
        months = 6 if m["half"].lower().startswith("half") else 18
        return Reading(f"{relative.month_iso(*relative.shift_months(ctx.published, months))}~")
    words = " ".join(m["n"].lower().split())
    count = int(words) if words.isdigit() else EN_COUNT_WORDS[words]
    edtf = relative.ago(ctx.published, count, m["u"].lower().rstrip("s"))
    return None if edtf is None else Reading(edtf)


# Cheap substring tests that decide whether a rule is worth running on a window (see `Rule.needs`).
_MONTH_NEEDS = tuple(name[:3].lower() for name in MONTHS_EN)
_SEASON_NEEDS = ("spring", "summer", "autumn", "fall", "winter")
_WEEKDAY_NEEDS = tuple(EN_WEEKDAY_WORDS)
_SAME = r"(?i:the\s+same\s+year|that\s+(?:same\s+)?year)"
_COUNT = rf"(?P<n>\d{{1,2}}|{alternation(EN_COUNT_WORDS)})"
_QUALIFIER = r"(?:(?:almost|nearly|about|around|some|more\s+than|over|just|only|roughly)\s+)?"

RULES: list[Rule] = compile_rules(
    [
        ("month day year", rf"\b{MONTH}\s+(?P<day>\d{{1,2}}){ORDINAL},?\s+{YEAR}", _full_date, _MONTH_NEEDS),
        (
            "day month year",
            rf"(?<![\d.,])(?P<day>\d{{1,2}}){ORDINAL}\s+(?i:of\s+)?{MONTH},?\s+{YEAR}",
            _full_date,
            _MONTH_NEEDS,
        ),
        (
            "numeric date",
            r"(?<![\d.,/])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<y>\d{4})(?!\d|[.,]\d)",
            _full_date,
            (),
        ),
        ("iso date", r"(?<![\d.,/-])(?P<y>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?![\d-])", _full_date, ()),
        (
            "day range",
            rf"(?<![\d.,])(?P<day>\d{{1,2}}){ORDINAL}\s*[-–—]\s*(?P<day2>\d{{1,2}}){ORDINAL}\s+(?i:of\s+)?{MONTH},?\s+{YEAR}",
            _day_range,
            _MONTH_NEEDS,
        ),
        (
            "month day range",
            rf"\b{MONTH}\s+(?P<day>\d{{1,2}}){ORDINAL}\s*[-–—]\s*(?P<day2>\d{{1,2}}){ORDINAL},?\s+{YEAR}",
            _day_range,
            _MONTH_NEEDS,
        ),
        ("month day", rf"\b{MONTH}\s+(?P<day>\d{{1,2}}){ORDINAL}(?![\d:.,]\d)", _day_month, _MONTH_NEEDS),
        (
            "day month",
            rf"(?<![\d.,])(?:(?i:the)\s+)?(?P<day>\d{{1,2}}){ORDINAL}\s+(?i:of\s+)?{MONTH}",
            _day_month,
            _MONTH_NEEDS,
        ),
        (
            "month year",
            rf"\b{MONTH},?\s+(?:(?i:of)\s+)?(?:{YEAR}|(?i:{REL_YEAR}))",
            _month_year,
            _MONTH_NEEDS,
        ),
        (
            "same year",
            rf"(?:(?<![\d.,])(?P<day>\d{{1,2}}){ORDINAL}\s+(?i:of\s+)?)?\b{MONTH},?\s+(?i:of\s+)?{_SAME}"
            rf"|(?i:\b(?:in|during)\s+)(?P<d>{_SAME})",
            _same_year,
            ("same year", "that year"),
        ),
        (
            "month",
            rf"(?i:\b(?:in|since|by|until|till|from|during|through|before|after)\s+|(?P<rel>\blast|\bthis|\bpast)\s+)(?P<d>{MONTH})",
            _bare_month,
            _MONTH_NEEDS,
        ),
        (
            "year",
            rf"(?i:\b(?:in|since|by|until|till|from|during|before|after|around|circa|c\.|of|in\s+the\s+year|throughout)\s+)(?P<d>{YEAR})(?!\s*[-–—]\s*\d|\s*(?:{UNITS})\b)",
            _year,
            (),
        ),
        (
            "from year to year",
            rf"(?i:\b(?:from|between)\s+){YEAR}\s+(?i:to|until|till|through|and)\s+(?P<y2>\d{{4}})(?!\d)",
            _year_range,
            (),
        ),
        ("year range", rf"(?<![\w.,/#№-]){YEAR}\s*[-–—]\s*(?P<y2>\d{{4}}|\d{{2}})(?![\d-])", _year_range, ()),
        (
            "decade",
            rf"(?<![\w'’])(?P<the>(?i:the)\s+)?(?i:{PART}(?:the\s+)?)?(?P<apo>['’])?(?P<y>\d{{4}}|\d{{2}})['’]?s(?!\w)",
            _decade,
            (),
        ),
        ("part of year", rf"(?i:\b{PART}(?:{YEAR}|{REL_YEAR}))", _year_part, ()),
        ("part of month", rf"(?i:\b{PART}){MONTH}(?:,?\s+{YEAR})?", _month_part, _MONTH_NEEDS),
        (
            "season year",
            rf"(?i:\b(?:the\s+)?{SEASON}(?:\s+of)?\s+(?:{YEAR}(?:\s*[/–-]\s*(?P<y2>\d{{4}}|\d{{2}})(?!\d))?|{REL_YEAR}))",
            _season,
            _SEASON_NEEDS,
        ),
        (
            "relative season",
            rf"(?i:\b(?:(?P<rel>last|this|past)\s+|(?:in|during)\s+the\s+){SEASON}\b)(?!\s+(?:of\s+)?\d)",
            _relative_season,
            _SEASON_NEEDS,
        ),
        (
            "relative day",
            r"(?i:\b(?P<w>today|yesterday|the\s+day\s+before\s+yesterday|tomorrow)\b)",
            _relative_day,
            ("today", "yesterday", "tomorrow"),
        ),
        (
            "relative unit",
            r"(?i:\b(?P<d>(?:earlier\s+|later\s+)?(?P<rel>last|this|past|earlier\s+this)\s+(?P<unit>week|month|year))\b)",
            _relative_unit,
            ("week", "month", "year"),
        ),
        ("weekday", rf"(?i:\bon\s+)?(?P<d>(?i:(?:last|this\s+past)\s+)?{WEEKDAY})", _weekday, _WEEKDAY_NEEDS),
        (
            "ago",
            rf"(?i:\b(?P<d>{_QUALIFIER}(?:(?P<half>half\s+a\s+year|a\s+year\s+and\s+a\s+half)|{_COUNT}\s+(?P<u>days?|weeks?|months?|years?))\s+ago)\b)",
            _ago,
            ("ago",),
        ),
    ]
)

# Word beginnings at least one of which every rule above contains (see `grammar.windows`).
TRIGGER = trigger_pattern(
    frozenset(name[:3].lower() for name in MONTHS_EN)
    | frozenset(name[:3] for name in EN_WEEKDAY_WORDS)
    | {"today", "yesterday", "tomorrow", "week", "month", "year", "ago", "spring", "summer", "autumn"}
    | {"fall", "winter"}
)
