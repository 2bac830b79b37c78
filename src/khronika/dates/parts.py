"""Parts of a decade, year or month («в начале 2000-х», "in late 2023", «в конце мая»).

EDTF level 1 has no word for "early", so a part is written as an interval with both ends approximate:
the early 2000s is ``2000~/2003~``. This module is the one place that knows which interval each part
is, so the grammars (which build them) and `display` (which names them) agree.
"""

from __future__ import annotations

import calendar
from typing import Literal

Part = Literal["early", "mid", "late", "first_half", "second_half"]
PARTS: tuple[Part, ...] = ("early", "mid", "late", "first_half", "second_half")

# (first, last) offsets within the unit: years of a decade, months of a year, days of a month
# (31 stands for the month's last day).
_DECADE = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "first_half": (0, 4), "second_half": (5, 9)}
_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "first_half": (1, 6), "second_half": (7, 12)}
_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "first_half": (1, 15), "second_half": (16, 31)}


def decade_part(decade_start: int, part: Part) -> str:
    """EDTF interval for a part of the decade starting at `decade_start` (``2000`` → the 2000s)."""
    first, last = _DECADE[part]
    return f"{decade_start + first:04d}~/{decade_start + last:04d}~"


def year_part(year: int, part: Part) -> str:
    """EDTF interval for a part of a year: early 2023 is ``2023-01~/2023-04~``."""
    first, last = _YEAR[part]
    return f"{year:04d}-{first:02d}~/{year:04d}-{last:02d}~"


def month_part(year: int, month: int, part: Part) -> str:
    """EDTF interval for a part of a month: late May 2023 is ``2023-05-21~/2023-05-31~``."""
    first, last = _MONTH[part]
    last = min(last, calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{first:02d}~/{year:04d}-{month:02d}-{last:02d}~"


def recognise(edtf: str) -> tuple[Part, str, int, int | None] | None:
    """Which part an interval is, if it is one: (part, unit, year or decade start, month or None).

    `unit` is "decade", "year" or "month". Any other value gives None.
    """
    left, slash, right = edtf.partition("/")
    if not slash or not (left.endswith("~") and right.endswith("~")):
        return None
    left, right = left[:-1], right[:-1]
    for part in PARTS:
        if len(left) == 4 and left.isdigit() and right.isdigit():
            start = int(left) - int(left) % 10
            if decade_part(start, part) == edtf:
                return part, "decade", start, None
        elif len(left) == 7 and left[:4] == right[:4] and left[:4].isdigit():
            if year_part(int(left[:4]), part) == edtf:
                return part, "year", int(left[:4]), None
        elif len(left) == 10 and left[:7] == right[:7] and left[:4].isdigit() and left[5:7].isdigit():
            year, month = int(left[:4]), int(left[5:7])
            if 1 <= month <= 12 and month_part(year, month, part) == edtf:
                return part, "month", year, month
    return None
