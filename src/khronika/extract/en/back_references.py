"""Words that point back at an event told before, whose date a new fact shares."""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE

# A back-reference to an event told before, whose date the new fact shares: "After the search, ...".
BACK_REFERENCE = re.compile(
    r"\b(?:after|upon|following|since|on\s+the\s+day\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(search|arrest|detention)\b",
    _FLAGS,
)
# The noun of an event already told, as the subject of a new sentence: "The historic swap, involving ...".
NOUN_REFERENCE = {
    "exchange": re.compile(
        r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:prisoner\s+)?(?:exchange|swap)$", _FLAGS
    )
}
BACK_REFERENCE_TYPES = {
    "search": ("search",),
    "arrest": ("detention", "pretrial_detention"),
    "detention": ("detention", "pretrial_detention"),
}
