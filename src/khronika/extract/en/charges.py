"""Charges: the article references and offence wordings of a sentence (``khronika.law``), with the status
the clause gives them ("charged", "added", "convicted", "reclassifying ... from", "dropped")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.extract.facts import Charge, Span
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


# Wordings of English news the shared offence table (``khronika.law``) does not read: adjectives inside the
# organisation's name ('the activities of an "undesirable" pro-democracy organisation'), Jehovah's Witnesses'
# "organizing and participating in extremist activity", the disclosure of investigation data. Each names
# one article.
_MORE_WORDINGS: list[tuple[re.Pattern[str], str, str]] = [
    (
        re.compile(
            r"\bactivit(?:y|ies)\s+of\s+(?:an?\s+|the\s+)?[“\"'‘]?undesirable[”\"'’]?\s+(?:[\w-]+\s+){0,2}?"
            r"organi[sz]ation",
            re.I,
        ),
        "RU-UK",
        "284.1",
    ),
    (
        re.compile(
            r"\b(?:organi[sz]\w*|participat\w*)(?:\s+(?:and|or)\s+(?:organi[sz]\w*|participat\w*))?\s+(?:in\s+)?"
            r"(?:the\s+)?[“\"'‘]?extremist[”\"'’]?\s+activit(?:y|ies)",
            re.I,
        ),
        "RU-UK",
        "282.2",
    ),
    (
        re.compile(
            r"\bdisclos\w*\s+(?:of\s+)?(?:information|data)\s+(?:about|on|of)\s+(?:the\s+|an\s+)?investigation",
            re.I,
        ),
        "RU-UK",
        "310",
    ),
]
# Violating the coronavirus rules is a crime (UK 236) in a sentence that tells a criminal punishment, and an
# administrative offence otherwise.
_EPIDEMIC_RULES = re.compile(
    r"\bviolat\w*\s+(?:\w+\s+){0,3}?(?:sanitary|epidemiological|restrictive\s+measures|quarantine)\b"
    r"(?:[^.;]{0,60}?\b(?:coronavirus|covid|pandemic|epidemic)\w*)?",
    re.I,
)
_CRIMINAL_SENTENCE = re.compile(
    r"\b(?:sentenc\w*|criminal\w*|restricted\s+freedom|restriction\s+of\s+freedom|prison|convicted)\b", re.I
)
_ADMINISTRATIVE = re.compile(r"\b(?:fined|administrative\w*|protocol)\b", re.I)
# A word glossed, not a charge: "'iznasilovanie' meaning rape".
_GLOSS = re.compile(r"\b(?:meaning|means|meant|word\s+for)\s+[“\"'‘]?$", re.I)


def _more_wordings(text: str) -> list[OffenceMatch]:
    """The wordings of ``_MORE_WORDINGS`` and ``_EPIDEMIC_RULES`` in ``text``."""
    found = [
        OffenceMatch(code, article, m.start(), m.end(), m.group(), True)
        for pattern, code, article in _MORE_WORDINGS
        for m in pattern.finditer(text)
    ]
    for m in _EPIDEMIC_RULES.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = text.find(".", m.end())
        sentence = text[start : len(text) if end < 0 else end]
        if _CRIMINAL_SENTENCE.search(sentence) and not _ADMINISTRATIVE.search(sentence):
            found.append(OffenceMatch("RU-UK", "236", m.start(), m.end(), m.group(), True))
    return found


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
    shared = find_offences(text, "en")
    more = [m for m in _more_wordings(text) if not any(o.start < m.end and m.start < o.end for o in shared)]
    for found_match in sorted([*shared, *more], key=lambda m: m.start):
        match = found_match if found_match.certain else _decided_by_paragraph(text, found_match)
        if match is None or _GLOSS.search(text, max(0, match.start - 30), match.start):
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


def charge_fact(mention: ChargeMention, status: str, date: str | None, evidence: Span) -> Charge:
    """The charge a mention gives a person (whose id the pipeline fills in): its status, date and quote."""
    return {
        "person": None,
        "code": mention.code,
        "article": mention.article,
        "part": mention.part,
        "point": mention.point,
        "status": status,
        "date": date,
        "evidence": evidence,
    }
