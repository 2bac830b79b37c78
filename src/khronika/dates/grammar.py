"""The shape shared by the Russian and English expression grammars.

A grammar is a list of `Rule`s: a regular expression and a function that turns its match into a
`Reading`. The span reported is the match's group ``d`` when the pattern has one (so a leading
preposition such as «в» or "in" is matched but not reported), otherwise the whole match.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from khronika.dates.parts import Part

# Readings that lean on the date before them in the text (see `anchoring`): "same_year" («в сентябре того
# же года»), "story_year" («в конце года»: or the publication's year when no date comes before), "later"
# («через месяц», "the next day").
Kind = Literal["point", "weekday", "relative_day", "range", "same_year", "story_year", "later"]
Unit = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class Context:
    """What a rule may look at besides its match: the whole text and the publication date."""

    text: str
    published: datetime.date | None

    def at_paragraph_start(self, position: int) -> bool:
        """True when only spaces stand between `position` and the start of its line."""
        line_start = self.text.rfind("\n", 0, position) + 1
        return not self.text[line_start:position].strip()


@dataclass(frozen=True)
class Reading:
    """What a matched expression means.

    `edtf` is None when the meaning needs something the match lacks: a publication date, or the year of
    a neighbour. Such a match is kept so that a range or a list can complete it («с марта по май 2022
    года», «летом и осенью 2022 года»). `year`, `month` (or a season code 21-24) and `day` are the fields,
    for the same purpose; `year_stated` says whether the year was written or inferred. `part` is set on a
    "same year" or "story year" reading that names a part of it («в конце года»), `offset` on a "later"
    one.
    """

    edtf: str | None
    narrow: str | None = None
    kind: Kind = "point"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_stated: bool = True
    part: Part | None = None
    offset: tuple[int | None, Unit] | None = None  # "later": how far after the date before (None: "several")


@dataclass(frozen=True)
class Found:
    """A candidate in the text: its span and what it means."""

    start: int
    end: int
    reading: Reading


Builder = Callable[[re.Match[str], Context], "Reading | None"]


@dataclass(frozen=True)
class Rule:
    """One expression pattern and the function that reads its match."""

    name: str
    pattern: re.Pattern[str]
    build: Builder
    needs: tuple[str, ...] = ()  # lower-case substrings one of which a window must hold for the rule to run

    def applies(self, window: str) -> bool:
        """True when the rule can match in `window` (lower-cased): a cheap test before the regex runs."""
        return not self.needs or any(word in window for word in self.needs)

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        """The reported span: group ``d`` if the pattern has it, else the whole match."""
        if "d" in self.pattern.groupindex and match.start("d") >= 0:
            return match.span("d")
        return match.span()


def point(year: int, month: int | None = None, day: int | None = None, stated: bool = True) -> Reading:
    """A reading for a day, a month, a season (`month` 21-24) or a year; no EDTF if the day does not exist."""
    if day is not None and month is not None:
        try:
            datetime.date(year, month, day)
        except ValueError:
            return Reading(None, year=year, month=month, day=day, year_stated=stated)
        edtf = f"{year:04d}-{month:02d}-{day:02d}"
    elif month is not None:
        edtf = f"{year:04d}-{month:02d}"
    else:
        edtf = f"{year:04d}"
    return Reading(edtf, year=year, month=month, day=day, year_stated=stated)


def plausible_year(text: str) -> int | None:
    """A four-digit year the grammars accept (1000-2099), or None."""
    year = int(text)
    return year if 1000 <= year <= 2099 else None


def decade_start(text: str, published: datetime.date | None) -> int | None:
    """The first year of a decade written as «2010», «90», «10»; None if it does not end in 0.

    Two-digit decades are the 20th century unless that decade of the 21st has ended by publication
    (without a publication date, «00» and «10» are the 2000s and 2010s).
    """
    number = int(text)
    if number % 10:
        return None
    if len(text) == 4:
        return number if 1000 <= number <= 2090 else None
    this_year = published.year if published is not None else 2020
    return 2000 + number if 2000 + number + 9 < this_year else 1900 + number


# Every expression contains a trigger (a number, a month, a relative word) no further than this from its
# start or its end: rules run only on windows around triggers, which keeps long texts fast.
WINDOW_BEFORE, WINDOW_AFTER = 40, 56


def trigger_pattern(stems: set[str] | frozenset[str]) -> re.Pattern[str]:
    """A pattern for numbers and for words beginning with one of `stems`, to run on lower-cased text.

    Matching lower-cased text is three times faster than a case-insensitive pattern (see `windows`).
    """
    ordered = sorted({stem.lower() for stem in stems}, key=lambda stem: (-len(stem), stem))
    return re.compile(r"\d|\b(?=[^\W\d_])(?:" + "|".join(re.escape(stem) for stem in ordered) + ")")


@lru_cache(maxsize=8)
def _case_insensitive(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def windows(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    """Disjoint (start, end) stretches of `text` around the trigger words, merged where they overlap."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters («İ») change length: offsets would shift
        lowered, trigger = text, _case_insensitive(trigger.pattern)
    merged: list[tuple[int, int]] = []
    for match in trigger.finditer(lowered):
        start, end = max(0, match.start() - WINDOW_BEFORE), min(len(text), match.end() + WINDOW_AFTER)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def compile_rules(specs: list[tuple[str, str, Builder, tuple[str, ...]]], flags: int = 0) -> list[Rule]:
    """Compile (name, pattern, builder, needs) specs into rules with the given regex flags."""
    return [Rule(name, re.compile(pattern, flags), build, needs) for name, pattern, build, needs in specs]
