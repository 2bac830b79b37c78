"""Partial and uncertain dates (EDTF level 1): validate, bound, sort, display, and find them in text.

Pure Python: no Django, no khronika apps. See docs/dates.md.
"""

from khronika.dates.display import display
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
    "InvalidDate",
    "bounds",
    "display",
    "is_approximate",
    "is_valid",
    "normalize",
    "precision",
    "sort_key",
]
