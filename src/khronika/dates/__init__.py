"""Partial and uncertain dates (EDTF level 1): validate, bound, sort, display, and find them in text.

Pure Python: no Django, no khronika apps. See docs/dates.md.
"""

from khronika.dates.display import display
from khronika.dates.finder import DateMatch, find_dates, parse_expression
from khronika.dates.values import (
    InvalidDate,
    bounds,
    is_approximate,
    is_valid,
    normalize,
    precision,
    sort_key,
)

__all__ = [
    "DateMatch",
    "InvalidDate",
    "bounds",
    "display",
    "find_dates",
    "is_approximate",
    "is_valid",
    "normalize",
    "parse_expression",
    "precision",
    "sort_key",
]
