"""The shapes of the facts that the language pipelines return.

They mirror ``khronika.extraction/1`` (docs/extraction-format.md) without the ``document`` part, which
the core adds. Every offset is a Python string index into the plain text the pipeline was given, and
every ``text`` equals ``plain_text[start:end]``.
"""

from __future__ import annotations

from typing import TypedDict


class Span(TypedDict):
    start: int
    end: int
    text: str


def span(text: str, start: int, end: int) -> Span:
    """The span ``text[start:end]`` in the shape of the output format."""
    return {"start": start, "end": end, "text": text[start:end]}


class Person(TypedDict):
    id: str  # "p1", "p2", ... in order of first mention
    name: str  # fullest form, nominative for Russian, in the document's own script
    roles: list[str]  # defendant, lawyer, judge, prosecutor, investigator, witness, expert, relative, ...
    mentions: list[Span]


class Organization(TypedDict):
    id: str  # "o1", "o2", ... in order of first mention
    name: str
    kind: str  # court, law_enforcement, prosecution, government, ngo, media, party, movement, ...
    mentions: list[Span]


class Charge(TypedDict):
    person: str | None  # a person id
    code: str  # "RU-UK" or "RU-KoAP"
    article: str
    part: str | None
    point: str | None
    status: str  # charged, added, dropped, reclassified, convicted, acquitted
    date: str | None  # EDTF
    evidence: Span


class Sentence(TypedDict):
    person: str | None
    stage: str  # requested, imposed, appeal, reduced, increased
    punishment: str
    years: int | None
    months: int | None
    days: int | None
    amount: int | None
    currency: str | None
    regime: str | None
    date: str | None
    court: str | None  # an organization id
    evidence: Span


class Event(TypedDict):
    type: str
    date: str | None
    persons: list[str]
    evidence: Span


class Facts(TypedDict):
    persons: list[Person]
    organizations: list[Organization]
    charges: list[Charge]
    sentences: list[Sentence]
    events: list[Event]


def empty_facts() -> Facts:
    """Facts with every key present and nothing found."""
    return {"persons": [], "organizations": [], "charges": [], "sentences": [], "events": []}
