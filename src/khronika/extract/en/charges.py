"""Charges: the article references and offence wordings of a sentence (``khronika.law``), with the status
the clause gives them ("charged", "added", "convicted", "reclassifying ... from", "dropped")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.law import OffenceMatch, find_offences, find_references, match_offence

# Articles of the General Part that qualify another article ("Part 3 of Article 30": an attempt); the
# charge is the article they govern, which the parser gives as its own reference.
_QUALIFYING = {("RU-UK", "30"), ("RU-UK", "33")}
_STATUS: list[tuple[str, re.Pattern[str]]] = [
    ("acquitted", re.compile(r"\bacquit(?:ted|s)?\b", re.I)),
    ("dropped", re.compile(r"\b(?:dropped|dismissed|withdr[ae]w\w*|terminated|closed)\b", re.I)),
    ("added", re.compile(r"\b(?:added|new\s+charges?|additional(?:ly)?\s+charged|also\s+charged)\b", re.I)),
    (
        "convicted",
        re.compile(r"\b(?:convicted|sentenced|found\s+(?:\w+\s+)?guilty|guilty|fined|verdict|gave)\b", re.I),
    ),
]
# Wording followed at once by a bracketed or "under" reference names that reference, not an article of
# its own.
_EXPLAINED_BY_REFERENCE = re.compile(r"[^.;()]{0,40}?(?:\(|\bunder\b)")
_RECLASSIFIED_FROM = re.compile(r"\breclassif\w*\b[^.;]*?\bfrom\b(?![^.;]*?\bto\b)", re.I)
_RECLASSIFIED_TO = re.compile(r"\breclassif\w*\b", re.I)


# Wording that fits a criminal and an administrative article ("discrediting the Russian army": UK 280.3 or
# KoAP 20.3.3) whose own sentence does not decide: the paragraph may ("X was accused of 'discrediting the
# army'. In February, he was sentenced to two and a half years in prison" is the criminal article; "fined
# 30,000 rubles" the administrative one). A prison term is no administrative punishment.
_PARAGRAPH_REGISTER = {
    "repeated": re.compile(
        r"\b(?:criminal(?:ly)?|repeat\w*|second\s+offen[cs]e|prison|penal\s+colony|colony|jail\w*|"
        r"pre-?trial\s+detention)\b",
        re.I,
    ),
    "administrative": re.compile(
        r"\b(?:administrative(?:ly)?|misdemeano\w*|fined|fine|protocol|days?\s+of\s+arrest)\b", re.I
    ),
}


def _decided_by_paragraph(text: str, match: OffenceMatch) -> OffenceMatch | None:
    """The article an undecided wording names once the words of its paragraph decide (see above)."""
    start = text.rfind("\n", 0, match.start) + 1
    end = text.find("\n", match.end)
    paragraph = text[start : len(text) if end < 0 else end]
    sides = [cue for cue, pattern in _PARAGRAPH_REGISTER.items() if pattern.search(paragraph)]
    if len(sides) != 1:
        return None
    decided = match_offence(f"{sides[0]} {match.text}", "en")
    if decided is None or not decided.certain:
        return None
    return OffenceMatch(decided.code, decided.article, match.start, match.end, match.text, True)


@dataclass(frozen=True)
class ChargeMention:
    """One article a sentence attributes to someone, with where it is written and how it was found."""

    code: str
    article: str
    part: str | None
    point: str | None
    start: int
    end: int
    explicit: bool


def find_charges(text: str) -> list[ChargeMention]:
    """The articles ``text`` names: written references, then offence wordings that name another article
    (uncertain wordings are left out). The law parser runs once over the whole text."""
    found: list[ChargeMention] = []
    for ref in find_references(text, "en"):
        if (ref.code, ref.article) in _QUALIFYING:
            continue
        found.append(ChargeMention(ref.code, ref.article, ref.part, ref.point, ref.start, ref.end, True))
    written = list(found)
    for found_match in find_offences(text, "en"):
        match = found_match if found_match.certain else _decided_by_paragraph(text, found_match)
        if match is None:
            continue
        if _EXPLAINED_BY_REFERENCE.match(text, match.end) and any(
            0 <= c.start - match.end <= 60 for c in written
        ):
            # "unlawful access to computer information (Part 3 of Article 272.1)": the number decides
            continue
        if any(
            c.code == match.code and c.article == match.article and abs(c.start - match.end) < 120
            for c in written
        ):
            continue  # "justification of terrorism under Part 2 Article 205.2": the number says it already
        found.append(ChargeMention(match.code, match.article, None, None, match.start, match.end, False))
    return sorted(found, key=lambda c: c.start)


def charge_status(clause_before: str, clause_after: str) -> str:
    """The status the clause words give a charge written between ``clause_before`` and ``clause_after``."""
    if _RECLASSIFIED_FROM.search(clause_before):
        return "reclassified"
    if _RECLASSIFIED_TO.search(clause_before):
        return "convicted" if re.search(r"\b(?:court|sentenc|gave)", clause_before, re.I) else "charged"
    for status, pattern in _STATUS:
        if pattern.search(clause_before):
            return status
    if re.match(r"[^.;]{0,40}\b(?:was|were)\s+dropped\b", clause_after, re.I):
        return "dropped"
    return "charged"
