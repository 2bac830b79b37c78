"""Finding date expressions in a text and reading them as EDTF.

Each language's rules propose candidate matches; the longest ones win where they overlap; then
neighbouring pieces are joined: ranges («с марта по май 2022 года», "from 2016 to 2019"), appositions
(«в понедельник, 20 апреля», "yesterday, 20 April", where the stated day wins) and lists («летом и осенью
2022 года», where the first item takes the year of the last); last, expressions that lean on the date
before them («того же года», «через месяц», "the next day") are dated from it (`anchoring`).
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass

from khronika.dates import anchoring, english, relative, russian
from khronika.dates.grammar import Context, Found, Reading, Rule, point, windows
from khronika.dates.values import WINTER, InvalidDate, bounds, parse

_RULES: dict[str, list[Rule]] = {"ru": russian.RULES, "en": english.RULES}
_TRIGGERS: dict[str, re.Pattern[str]] = {"ru": russian.TRIGGER, "en": english.TRIGGER}
# What may stand between the two ends of a range, and the word that may open it.
_RANGE_GAP = {
    "ru": re.compile(r"\s*(?:[-–—]|по|до)\s*", re.IGNORECASE),
    "en": re.compile(r"\s*(?:[-–—]|to|until|till|through|and)\s*", re.IGNORECASE),
}
_RANGE_OPENER = {
    "ru": re.compile(r"(?<!\w)(?:с|со)\s+$", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:from|between)\s+$", re.IGNORECASE),
}
_LIST_GAP = re.compile(r"\s*(?:,|и|или|and|or)\s*(?:(?:в|во|in)\s+)?", re.IGNORECASE)
_APPOSITION_GAP = re.compile(r"\s*,?\s*(?:(?:в|во|on)\s+)?", re.IGNORECASE)
_LEADING_WORDS = re.compile(
    r"\s*(?:(?:в|во|с|со|на|до|к|по|около|on|in|at|since|by|during|from|until|till|of|around|about|the\s+year)\s+)*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a text: its EDTF value and its exact span (`text == source[start:end]`).

    `narrow` is a more precise EDTF interval when the expression names a part of its unit («в начале
    2000-х» is ``200X`` with narrow ``2000~/2003~``) or a week ("last week" is its month, narrow the week).
    """

    edtf: str
    start: int
    end: int
    text: str
    narrow: str | None = None


def _check_lang(lang: str) -> list[Rule]:
    if lang not in _RULES:
        raise ValueError(f"unsupported language {lang!r}: use 'ru' or 'en'")
    return _RULES[lang]


def _candidates(text: str, lang: str, ctx: Context) -> list[Found]:
    found = []
    stretches = windows(text, _TRIGGERS[lang])
    lowered = [text[start:end].lower() for start, end in stretches]
    for rule in _RULES[lang]:
        for (window_start, window_end), window in zip(stretches, lowered, strict=True):
            if not rule.applies(window):
                continue
            for match in rule.pattern.finditer(text, window_start, window_end):
                reading = rule.build(match, ctx)
                if reading is not None:
                    start, end = rule.span(match)
                    found.append(Found(start, end, reading))
    return found


def _longest(found: list[Found]) -> list[Found]:
    """Keep the longest candidates where they overlap (earlier first on a tie), in text order."""
    taken_starts: list[int] = []  # the chosen spans, disjoint and sorted, so one bisection finds neighbours
    taken: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        index = bisect.bisect_left(taken_starts, item.start)
        if index < len(taken) and taken[index].start < item.end:
            continue
        if index > 0 and taken[index - 1].end > item.start:
            continue
        taken_starts.insert(index, item.start)
        taken.insert(index, item)
    return taken


def _order(month: int) -> int:
    # Winter (24) opens the year it is named after (docs/dates.md), so it comes before spring (21).
    return 0 if month == WINTER else month


def _complete(first: Reading, last: Reading) -> Reading | None:
    """The first of two dates when it lacks its year («с 24 февраля по 3 марта 2022»), given the second."""
    if first.year_stated and first.edtf is not None:
        return first
    if first.month is None or last.year is None or last.month is None:
        return None
    after = (_order(first.month), first.day or 0) > (_order(last.month), last.day or 0)
    return point(last.year - 1 if after else last.year, first.month, first.day, stated=last.year_stated)


def _join_list(first: Found, second: Found, text: str) -> Found | None:
    """«летом и осенью 2022 года», "in January and March 2023": the first takes the year of the second."""
    if first.reading.year_stated or first.reading.kind != "point" or second.reading.kind != "point":
        return None
    if not second.reading.year_stated or not _LIST_GAP.fullmatch(text, first.end, second.start):
        return None
    completed = _complete(first.reading, second.reading)
    return None if completed is None or completed.edtf is None else Found(first.start, first.end, completed)


def _join_range(first: Found, last: Found, text: str, lang: str) -> Found | None:
    if first.reading.kind != "point" or last.reading.kind != "point" or last.reading.edtf is None:
        return None
    if not _RANGE_GAP[lang].fullmatch(text, first.end, last.start):
        return None
    gap = text[first.end : last.start].strip().lower()
    opener = _RANGE_OPENER[lang].search(text, max(0, first.start - 12), first.start)
    if gap not in ("-", "–", "—") and opener is None:
        return None  # «по» or "to" alone do not make a range ("moved to 2019"), a dash does
    if gap == "and" and (opener is None or not opener.group().lower().startswith("between")):
        return None
    start = _complete(first.reading, last.reading)
    if start is None or start.edtf is None or bounds(start.edtf)[0] > bounds(last.reading.edtf)[1]:
        return None
    begin = opener.start() if opener is not None else first.start
    return Found(begin, last.end, Reading(f"{start.edtf}/{last.reading.edtf}", kind="range"))


def _apposition(first: Found, second: Found, published: datetime.date | None) -> Found | None:
    """«в понедельник, 20 апреля», "yesterday, 20 April": the stated day (a weekday sets its year)."""
    kinds = (first.reading.kind, second.reading.kind)
    relative_kinds = ("weekday", "relative_day")
    if (kinds[0] in relative_kinds) == (kinds[1] in relative_kinds):
        return None
    said, stated = (first, second) if kinds[0] in relative_kinds else (second, first)
    reading = stated.reading
    if reading.day is None or reading.month is None or reading.kind != "point" or said.reading.edtf is None:
        return None
    if said.reading.kind == "weekday" and not reading.year_stated and published is not None:
        weekday = datetime.date.fromisoformat(said.reading.edtf).weekday()
        year = relative.weekday_year(published, reading.month, reading.day, weekday)
        reading = point(year, reading.month, reading.day, stated=False) if year is not None else reading
    return Found(first.start, second.end, reading)


def _join(found: list[Found], text: str, lang: str, published: datetime.date | None) -> list[Found]:
    joined: list[Found] = []
    for item in found:
        if joined:
            previous = joined[-1]
            merged = _join_range(previous, item, text, lang)
            if merged is None and _APPOSITION_GAP.fullmatch(text, previous.end, item.start):
                merged = _apposition(previous, item, published)
            if merged is not None:
                joined[-1] = merged
                continue
            joined[-1] = _join_list(previous, item, text) or previous
        joined.append(item)
    return joined


def find_dates(text: str, lang: str, published: datetime.date | None = None) -> list[DateMatch]:
    """Every date expression in `text` (language "ru" or "en"), in text order, as EDTF with exact spans.

    Relative expressions («вчера», "last year", «в феврале», "1 September") are resolved against
    `published`; without it they are left out.
    """
    _check_lang(lang)
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    if isinstance(published, datetime.datetime):  # a timestamp: the day is what relative dates need
        published = published.date()
    elif published is not None and not isinstance(published, datetime.date):
        raise TypeError(f"published must be a datetime.date or None, not {type(published).__name__}")
    ctx = Context(text, published)
    matches = []
    joined = _join(_longest(_candidates(text, lang, ctx)), text, lang, published)
    for item in anchoring.resolve(joined, published):
        edtf, narrow = item.reading.edtf, item.reading.narrow
        if lang == "ru" and _PLACE_NAMED_BY_DATE.search(text, max(0, item.start - 30), item.start):
            continue  # «на площади 1905 года», «улица 8 Марта»: a place named after a date
        if edtf is not None and _in_subset(edtf):
            narrow = narrow if narrow is not None and _in_subset(narrow) else None
            matches.append(DateMatch(edtf, item.start, item.end, text[item.start : item.end], narrow))
    return matches


_PLACE_NAMED_BY_DATE = re.compile(
    r"(?i)\b(?:площад|улиц|проспект|переул|набережн|бульвар|шоссе|завод|колхоз|совхоз|парк)\w*\s+(?:им(?:ени|\.)\s+)?$"
)


def _in_subset(edtf: str) -> bool:
    # Our own parser is enough here: the forms built by the grammars are ones the edtf library accepts
    # (tests/dates/test_finder.py checks every match with `normalize`).
    try:
        parse(edtf)
    except InvalidDate:
        return False
    return True


def parse_expression(expression: str, lang: str, published: datetime.date | None = None) -> str | None:
    """The EDTF value of one whole date expression («в октябре 2022 года», "in the mid-2010s"), or None.

    Leading prepositions and trailing punctuation may stand outside the date; anything else means the
    string is not one date expression.
    """
    matches = find_dates(expression, lang, published)
    if len(matches) != 1:
        return None
    match = matches[0]
    prefix = _LEADING_WORDS.match(expression)
    if prefix is None or prefix.end() < match.start or expression[match.end :].strip(" \t\n.,;:!?)»\"'"):
        return None
    return match.edtf
