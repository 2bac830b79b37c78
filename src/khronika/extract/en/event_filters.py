"""What keeps a trigger from being a fact: a modal or a request before it, a custody order only after a
court's verb, an administrative case."""

from __future__ import annotations

import re

__all__ = ["ADMINISTRATIVE", "NOT_FACT_BEFORE", "ORDERED"]

# Not a fact: a modal, a future or a request ("could be sentenced", "will be released", "requested ... be
# sentenced"), or a noun that points back at an event already told ("After the search", "Upon arrest").
NOT_FACT_BEFORE = re.compile(
    r"(?:\b(?:not|never|could|may|might|would|will|shall|to\s+be|be|if|threatened\s+to|wanted\s+to|tried\s+to|"
    r"want\s+to|unless)\s+(?:\w+ly\s+(?:and\s+\w+ly\s+)?)?(?:been\s+)?$)|\b(?:requested|asked|demanded)\s+(?:that\s+)?\S+\s+be\s+$",
    re.IGNORECASE,
)
# "to remain in custody" states a custody order only after the court's verb; "asked for him to be held"
# is a request.
ORDERED = re.compile(
    r"\b(?:ordered|ruled|decided)\b(?![^.;]*\b(?:asked|requested|sought)\b)[^.;]*$", re.IGNORECASE
)
ADMINISTRATIVE = re.compile(r"\b(?:Administrative\s+(?:Offen[cs]es|Code)|KoAP|administrative(?:ly)?)\b", re.I)
