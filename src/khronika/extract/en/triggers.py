"""An event trigger: the word or phrase of a sentence that tells an event, and the triggers that tell of
someone else than the persons named.

A bare "arrested" is a detention only. English reports use the one word for being taken by police and for
the court's arrest that follows («задержан», «арестован»); every annotator of round seven read it as the
detention, so the custody order is told only where the text says so ("remanded in custody", "arrested in
absentia", "placed in pre-trial detention")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Trigger:
    """A word or phrase in a sentence that states an event of ``type``."""

    type: str
    start: int
    end: int
    count: int  # 2 for "searched twice"


# A participle after an unnamed group is a reduced relative clause about that group, not a fact of the
# sentence's subject: "expressed solidarity with a group of activists arrested in 2017-18".
_GROUP_BEFORE = re.compile(
    r"\b(?:group|number|dozens?|hundreds?|scores?|thousands?)\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\s+$"
)
# "the presence in Russia of X was declared undesirable": an entry ban, not a register
_PRESENCE = re.compile(r"\bpresence\b", re.I)
_PLURAL_SUBJECT = re.compile(r"\b([A-Za-z-]+)\s+([a-z]{3,}s)\s+(?:were|had\s+been|have\s+been)\s+$")
_DETERMINERS = frozenset({
    "the", "these", "those", "both", "all", "his", "her", "their", "its", "our", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "other", "several", "many", "some", "most",
})  # fmt: skip


def _generic_subject(before: str) -> bool:
    """A bare plural noun is the subject right before the verb ("Soviet citizens were arrested"): people in
    general, not the persons the text names ("the men were arrested" points back at them)."""
    m = _PLURAL_SUBJECT.search(before)
    return m is not None and m.group(1).lower() not in _DETERMINERS


_CHARGE_WORDS = re.compile(r"\b(?:charges?|case|article|accus\w*|suspect\w*)\b", re.I)


def not_of_the_persons(kind: str, matched: str, before: str) -> bool:
    """Whether a trigger tells of nobody the text names: a charge worded like a designation ("added the
    charge of involvement in an 'undesirable' organization"), a participle after an unnamed group ("a group
    of activists arrested in 2017-18"), a bare plural subject ("when Soviet citizens were arrested")."""
    return bool(
        (kind == "designation" and (_CHARGE_WORDS.search(matched) or _PRESENCE.search(before)))
        or _GROUP_BEFORE.search(before)
        or _generic_subject(before)
    )
