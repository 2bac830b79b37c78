"""The year of a story: a day or month written without a year follows the year the narrative is in.

«Напомним, 7 октября 2018 года … провели обыски. Трошина и Сорокина были задержаны, а 9 октября арестованы.»
``khronika.dates`` reads «9 октября» as the latest 9 October before publication (2020 in an item of 2021);
the story, though, is in 2018. A yearless date takes the year of the latest date with a stated year before it
in the same paragraph: the first such day on or after that date.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_RELATIVE = re.compile(
    r"(?i)сегодня|вчера|позавчера|завтра|прошл|нынешн|текущ|этом|этого|том\b|неделе|накануне"
    # «Через год», «спустя месяц», «в следующем месяце»: counted from the date before, already in its year
    r"|через|спустя|позже|позднее|следующ|тот\s+же|того\s+же"
)
# «в мае прошлого года»: a month with its year told relative to the item's, an anchor like a stated year
_YEAR_TOLD = re.compile(r"(?i)\b(?:поза)?прошл\w+\s+год\w*")
_DAY = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])(?:-(\d\d))?$")  # a month or a day (EDTF seasons are 21-24)
_REACH = 600  # characters: an anchor further back is a different part of the story


def narrative_years(
    dates: list[tuple[int, int, str]],
    text: str,
    paragraph_of: Callable[[int], int],
    published: datetime.date | None,
) -> list[tuple[int, int, str]]:
    """``dates`` (start, end, EDTF; sorted) with yearless days and months moved into the story's year."""
    out: list[tuple[int, int, str]] = []
    anchor: tuple[int, int, datetime.date] | None = None  # paragraph, end, the date stated with its year
    for start, end, edtf in dates:
        written = text[start:end]
        m = _DAY.match(edtf)
        if m and (_YEAR.search(written) or _YEAR_TOLD.search(written)):
            anchor = (paragraph_of(start), end, _first_day(m))
        elif (
            m and anchor is not None and not _RELATIVE.search(written)
            and anchor[0] == paragraph_of(start) and start - anchor[1] <= _REACH
        ):  # fmt: skip
            moved = _moved(m, anchor[2], published)
            if moved is not None:
                edtf = moved
        out.append((start, end, edtf))
    return out


def _first_day(m: re.Match[str]) -> datetime.date:
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))


def _moved(m: re.Match[str], anchor: datetime.date, published: datetime.date | None) -> str | None:
    """The yearless date ``m`` on or after ``anchor``, when that is earlier than the year it was given."""
    month, day = int(m.group(2)), int(m.group(3) or 1)
    year = anchor.year
    try:
        if datetime.date(year, month, day) < anchor:
            year += 1
        found = datetime.date(year, month, day)
    except ValueError:  # 29 February
        return None
    if found.year >= int(m.group(1)) or (published is not None and found > published):
        return None
    return f"{year}-{m.group(2)}" + (f"-{m.group(3)}" if m.group(3) else "")
