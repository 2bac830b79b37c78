"""References without a number: «по административной статье о дискредитации армии», "under the article
on treason". The article comes from the offence wording that follows the words «статья о» / "article on"."""

from __future__ import annotations

import re

from khronika.law.inference import sentence_bounds
from khronika.law.model import LawRef, OffenceMatch

_ABOUT = {
    "ru": re.compile(
        r"(?<!\w)(?:(?:административн|уголовн)\w*\s+)?(?:стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|статей)\s+(?:о|об|обо|про)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!\w)(?:(?:administrative|criminal)\s+)?articles?\s+(?:on|about|concerning|regarding|punishing)(?!\w)",
        re.IGNORECASE,
    ),
}
_WINDOW = 150  # characters after «статье о» in which the named offences are looked for
# «арестовали не по статье о неповиновении, а …» names the article the case is NOT under.
_NEGATED = re.compile(r"(?:^|\W)(?:не|not)\s+(?:по\s+|under\s+(?:the\s+)?)?$", re.IGNORECASE)


def has_about(text: str, lang: str) -> bool:
    """True when `text` has «статья о» / "article on" somewhere (a cheap test before the full search)."""
    return _ABOUT[lang].search(text) is not None


def references_about(
    text: str, lang: str, offences: list[OffenceMatch], numbered: list[LawRef]
) -> list[LawRef]:
    """A `LawRef` (with `from_wording=True`) for each certain offence named right after «статья о …».

    The window ends at the end of the sentence or at an opening bracket, and an offence whose article is
    written out as a number in the same sentence is left to that numbered reference.
    """
    found: list[LawRef] = []
    for match in _ABOUT[lang].finditer(text):
        if _NEGATED.search(text, max(0, match.start() - 16), match.start()):
            continue
        _, sentence_end = sentence_bounds(text, match.start(), match.end())
        limit = min(sentence_end, match.end() + _WINDOW)
        bracket = text.find("(", match.end(), limit)
        if bracket != -1:
            limit = bracket
        written = {(r.code, r.article) for r in numbered if match.start() <= r.start < sentence_end}
        for offence in offences:
            if not (match.end() <= offence.start < limit) or not offence.certain:
                continue
            if (offence.code, offence.article) in written:
                continue
            span = text[match.start() : offence.end]
            found.append(
                LawRef(
                    offence.code,
                    offence.article,
                    None,
                    None,
                    match.start(),
                    offence.end,
                    span,
                    code_explicit=False,
                    from_wording=True,
                )
            )
    return found
