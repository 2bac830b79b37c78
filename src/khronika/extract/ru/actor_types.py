"""A sentence's actors: the references to persons it holds (names, pronouns, group words)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Actor:
    """A reference to one or more persons inside a sentence."""

    start: int
    end: int
    pids: list[str]
    named: bool
    role: str | None = None  # a role noun in apposition: this mention is about that role
    subject: bool = False  # «он», «она»: the doer of an active verb, usually not the one it is done to
    clause_end: int | None = None  # for «который»: where its relative clause ends


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    actors: list[Actor] = field(default_factory=list)


def named_persons(actors: list[Actor], since: int = 0) -> list[str]:
    """The persons named without a role noun in ``actors`` (from offset ``since`` on), each once, in order."""
    return list(
        dict.fromkeys(p for a in actors if a.named and a.role is None and a.start >= since for p in a.pids)
    )
