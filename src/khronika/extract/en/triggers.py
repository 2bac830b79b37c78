"""An event trigger: the word or phrase of a sentence that tells an event, and the custody order that a bare
"arrested" tells beside its detention."""

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


# Where a bare "arrested" is police custody only: in the street, at a rally, on the way to a police station.
_STREET_ARREST = re.compile(
    r"^arrested\b(?:\s+(?:on\s+\w+\s+\d+\s+)?(?:at|during|near|outside|in\s+the\s+street)\b|[^.;]{0,60}?\btaken\s+to\s+"
    r"(?:a|the)\s+police\s+station)|\b(?:rall(?:y|ies)|protests?|pickets?|demonstrations?|marches|briefly)\b",
    _FLAGS,
)


def custody_partners(found: list[Trigger], text: str, offset: int) -> list[Trigger]:
    """The custody order a bare "arrested" also tells. English reports of criminal cases use the one word
    for being taken by police and for the court's arrest that follows within 48 hours («задержан»,
    «арестован»), so such an "arrested" is both a detention and a pre-trial detention; at a rally or in the
    street it is police custody only."""
    if any(t.type == "pretrial_detention" for t in found):
        return []
    return [
        Trigger("pretrial_detention", t.start, t.end, t.count)
        for t in found
        if t.type == "detention"
        and text[t.start - offset :].lower().startswith("arrested")
        and not _STREET_ARREST.search(text[t.start - offset :])
        and not _STREET_ARREST.search(text[: t.start - offset])
    ]
