"""Mentions placed in the text, and the asides between a subject and its verb that name someone else."""

from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.extract.en.clause_words import CLOSED_ASIDE, OF_PHRASE, RELATIVE_ASIDE, RELATIVE_OPEN
from khronika.extract.en.person_entity import Mention


@dataclass(frozen=True)
class Placed:
    """A mention together with the index of its person."""

    mention: Mention
    person: int
    speaker: bool = False  # names who is speaking ("said Davidis"), not who a fact is about


def skip_asides(text: str, before: list[Placed], anchor: int) -> list[Placed]:
    """Drop names inside an aside between the subject and the verb: "Zelimkhan Movlaev, the brother of
    Mansur Movlaev, who was arrested in Kazakhstan, was abducted" is about Zelimkhan."""
    kept = list(before)
    while len(kept) > 1:
        last = kept[-1].mention
        gap = text[last.end : anchor]
        preceding = text[max(0, last.start - 40) : last.start]
        opened = text[kept[-2].mention.end : last.start]
        if (
            RELATIVE_ASIDE.match(gap)
            or (OF_PHRASE.search(preceding) and CLOSED_ASIDE.match(gap))
            # "Komleva, who worked with the team of Alexei Navalny, was detained": the aside closes
            # "Shaveddinov, who hosts video programs on Navalny's YouTube channel, was sentenced": the same
            or (RELATIVE_OPEN.match(opened) and re.match(r"(?:['’]s\b)?[^,.;]{0,60},", gap) is not None)
            # "Pavel Orlin (a friend of Dmitry Sokolov) was sentenced": a remark in brackets closes
            or (gap.startswith(")") and "(" in opened and ")" not in opened)
        ):
            kept.pop()
            continue
        break
    return kept
