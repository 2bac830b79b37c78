"""Terms told by reference to others: "sentenced A and B to six and four years respectively", and the
prosecution's request with its unit left out ("...; the prosecution had asked for eight")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from khronika.extract.en.numbers import NUMBER, parse_number
from khronika.extract.en.stages import REQUESTED, SENTENCED, clause_before, stage_of
from khronika.extract.facts import Sentence as SentenceFact


@dataclass(frozen=True)
class Penalty:
    """One punishment the text states, with the stage of the proceedings that gave it."""

    start: int
    end: int
    stage: str
    punishment: str
    years: int | None
    months: int | None
    days: int | None
    amount: int | None
    regime: str | None
    serving: bool = False  # "who is serving a 14-year sentence": a past decision, not dated by this sentence
    share: int | None = None  # the position in a "respectively" list: the n-th person of the clause


_RESPECTIVELY = re.compile(
    rf"(?P<numbers>(?:{NUMBER},\s*)*{NUMBER}\s+and\s+{NUMBER})[\s-]+years?\b[^.;]{{0,80}}?\brespectively\b",
    re.I,
)
# "jailed them to seven and eight years", "for seven and eight years": the same without the word
_IN_TURN = re.compile(
    rf"(?:(?<=\bto\s)|(?<=\bfor\s))(?P<numbers>(?:{NUMBER},\s*)*{NUMBER}\s+and\s+{NUMBER})[\s-]+years?\b",
    re.I,
)
# The commas and "and"s between the numbers of a list, not the "and" of "six and a half" or "8 and 1/2".
_LIST_SPLIT = re.compile(r",\s*|\s+and\s+(?!(?:a|one)[\s-]+half\b|\d/\d)")
# "...; the prosecution had asked for eight": a number with no unit after a term, in the term's unit.
_ELIDED_REQUEST = re.compile(
    rf"\b(?:asked\s+for|requested|sought|demanded)\s+(?P<n>{NUMBER})(?=\s*(?:[.;)]|$))", re.I
)


def elided_requests(text: str, offset: int, found: list[Penalty]) -> list[Penalty]:
    """The prosecution's request told with the unit left out, after a term of years in the sentence."""
    out = []
    for m in _ELIDED_REQUEST.finditer(text) if "ask" in text or "sought" in text or "request" in text else ():
        term = next(
            (p for p in reversed(found) if p.start - offset < m.start() and p.years is not None), None
        )
        value = parse_number(m.group("n"))
        if term is None or value is None or term.days:
            continue
        whole = int(value)
        months = round((value - whole) * 12)
        start, end = offset + m.start("n"), offset + m.end("n")
        request = replace(term, start=start, end=end, stage="requested", years=whole, months=months)
        out.append(replace(request, regime=None, share=None))
    return out


def respectively(text: str, offset: int, found: list[Penalty]) -> list[Penalty]:
    """ "sentenced A and B to six and four years respectively": one term per person, in order."""
    m = _RESPECTIVELY.search(text) if "respectively" in text else _IN_TURN.search(text)
    if not m:
        return found
    values = [parse_number(v) for v in _LIST_SPLIT.split(m.group("numbers"))]
    if any(v is None for v in values):
        return found
    template = next((p for p in found if m.start() <= p.start - offset < m.end() + 5), None)
    if template is None:
        clause = clause_before(text, m.start(), 0)
        if not SENTENCED.search(clause) and not REQUESTED.search(clause):
            return found
        template = Penalty(offset + m.start(), offset + m.end(), stage_of(clause), "imprisonment",
                           0, 0, 0, None, None)  # fmt: skip
    shares = [
        replace(template, years=int(v), months=round((v - int(v)) * 12), share=i)
        for i, v in enumerate(values)
        if v is not None
    ]
    return [p for p in found if p is not template] + shares


def dedupe_bare_fines(found: list[Penalty]) -> list[Penalty]:
    """ "fined 200,000 rubles" also matches the bare "fined": keep one fine per stated decision."""
    kept: list[Penalty] = []
    for p in found:
        if (
            p.punishment == "fine"
            and p.amount is None
            and any(
                q.punishment == "fine" and q.amount is not None and q.start - 80 < p.start < q.start + 40
                for q in found
            )
        ):
            continue
        if (
            kept
            and kept[-1].punishment == "fine" == p.punishment
            and kept[-1].amount is None
            and p.amount is None
        ):
            continue
        kept.append(p)
    return kept


def without_repeated_bare_fines(penalties: list[tuple[int, SentenceFact]]) -> list[tuple[int, SentenceFact]]:
    """ "fined X 5,000 rubles … the first known case of a fine being imposed for a comment": a later fine of
    the same person with no sum and no date is the one told before, not another decision."""
    stated = {person for person, fact in penalties if fact["punishment"] == "fine" and fact["amount"]}
    return [
        (person, fact)
        for person, fact in penalties
        if not (
            person in stated
            and fact["punishment"] == "fine"
            and fact["amount"] is None
            and fact["date"] is None
            and fact["stage"] == "imposed"
        )
    ]


# The regime a colony term names: "a strict-regime penal colony", "a maximum-security prison".
REGIMES = [
    (re.compile(r"strict|maximum[- ]security|high[- ]security", re.I), "strict"),
    (re.compile(r"special", re.I), "special"),
    (re.compile(r"general|standard|medium[- ]security|minimum[- ]security", re.I), "general"),
    (re.compile(r"settlement", re.I), "settlement"),
]
