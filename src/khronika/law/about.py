"""References without a number: «по административной статье о дискредитации армии», "under the article
on treason". The article comes from the offence wording that follows the words «статья о» / "article on"."""

from __future__ import annotations

import re
from dataclasses import replace

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
_FIRST_GAP = re.compile(r"[^.!?;\n]{0,40}")
_LIST_GAP = re.compile(r"\s*(?:,|и|или|а\s+также|and|or)?\s*(?:(?:о|об|про|on|about)\s+)?", re.IGNORECASE)
# «арестовали не по статье о неповиновении, а …» names the article the case is NOT under.
_NEGATED = re.compile(r"(?:^|\W)(?:не|not)\s+(?:по\s+|under\s+(?:the\s+)?)?$", re.IGNORECASE)
# «в статье о госизмене», "an article on treason cases": a press article, not a law's.
_PRESS = {
    "ru": re.compile(
        r"(?:^|\W)(?:в|во|автор\w*|опубликова\w*|написа\w*|свое[йю]|сво[ию]х?)\s+$", re.IGNORECASE
    ),
    "en": re.compile(
        r"(?:^|\W)(?:an|in|this|that|his|her|their|our|its|wrote|published)\s+(?:the\s+)?$", re.I
    ),
}


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
        before = max(0, match.start() - 16)
        if _NEGATED.search(text, before, match.start()) or _PRESS[lang].search(text, before, match.start()):
            continue
        _, sentence_end = sentence_bounds(text, match.start(), match.end())
        limit = min(sentence_end, match.end() + _WINDOW)
        bracket = text.find("(", match.end(), limit)
        if bracket != -1:
            limit = bracket
        written = {(r.code, r.article) for r in numbered if match.start() <= r.start < sentence_end}
        previous_end, first = match.end(), True
        for offence in offences:
            if not (match.end() <= offence.start < limit):
                continue
            # The first offence follows «статье о» closely; each next one is joined to the one before by
            # «и» / "and" or a comma: «по статьям о военных «фейках» и вандализме».
            gap = text[previous_end : offence.start]
            joined = _FIRST_GAP if first else _LIST_GAP
            if not joined.fullmatch(gap):
                break
            # Like a list of numbers: the first item spans from «статьям», later ones are their own wording.
            start = match.start() if first else offence.start
            first = False
            previous_end = offence.end
            if not offence.certain or (offence.code, offence.article) in written:
                continue
            span = text[start : offence.end]
            ref = LawRef(offence.code, offence.article, None, None, start, offence.end, span)
            found.append(replace(ref, code_explicit=False, from_wording=True))
    return found
