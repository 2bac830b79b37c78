"""The lists of persons a fact names around it: a list ending at the fact ("A, B and C were sentenced") or
starting after it ("detained A and B"), companions added after it ("together with A and B", "as were A and
B"), and a titled object right after the verb ("fined lawyer X"). The base of ``subjects.Subjects``."""

from __future__ import annotations

import bisect
import re

from khronika.extract.en.asides import Placed
from khronika.extract.en.clause_words import (
    AS_WERE,
    ASSOCIATE_OF,
    PRONOUN_AND,
    TOGETHER,
    gap_ok,
    list_gap,
    unique,
)
from khronika.extract.en.mentions import Mentions

# Lower-case words only (titles), ending in a title that is no subject elsewhere: " human rights activist and
# lawyer ".
_TITLE_WORDS = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,5}?(?:lawyer|attorney|advocate|judge|expert)\s+")
# The opening of a non-restrictive relative clause: "X, who was sentenced ...".
_RELATIVE_OPEN = re.compile(r",\s+(?:who|whom|whose)\b")


class NamedLists(Mentions):
    """The list-reading half of the subject rules."""

    def _as_were(self, anchor: int, trigger_end: int | None, clause_end: int) -> list[int]:
        """The list after an elided predicate: "..., as were its editor-in-chief A and its publisher B"."""
        m = AS_WERE.search(self.text, max(anchor, trigger_end or anchor), clause_end)
        if not m or self.between(anchor, m.start()):
            return []
        named = self.between(m.end(), clause_end)
        if not named or named[0].mention.start - m.end() > 40:
            return []
        return self._list_starting_at(named)

    def _titled_object(self, trigger_end: int | None, clause_end: int) -> int | None:
        """ "has fined human rights activist and lawyer Nadezhda Nizovkina": a lawyer (or another title that
        is no subject elsewhere) named as the object right after the verb is the one the fact is about."""
        if trigger_end is None:
            return None
        i = bisect.bisect_left(self.starts, trigger_end)
        if i == len(self.placed) or self.placed[i].mention.start >= clause_end:
            return None
        placed = self.placed[i]
        gap = self.text[trigger_end : placed.mention.start]
        if self._eligible(placed.person) or not _TITLE_WORDS.fullmatch(gap):
            return None
        return placed.person

    def _companions(self, anchor: int, clause_end: int) -> list[int]:
        """Persons added after the fact: "X was released ... together with A and B", "X was detained, as
        were A and B". A fact told in a relative clause ("X, who was sentenced to seven years, was freed
        along with A and B") has none beyond the clause's closing comma."""
        relative = _RELATIVE_OPEN.search(self.text, max(0, anchor - 120), anchor)
        if relative is not None and "," not in self.text[relative.end() : anchor]:
            closing = self.text.find(",", anchor, clause_end)
            clause_end = closing if closing >= 0 else clause_end
        elided = self._as_were(anchor, None, clause_end)
        if elided:
            return elided
        m = TOGETHER.search(self.text, anchor, clause_end)
        return self.list_right_after(m.end(), clause_end) if m else []

    def list_right_after(self, pos: int, clause_end: int) -> list[int]:
        """The list of names starting within 40 characters after ``pos`` (titles may stand between: "along
        with Crimean Tatar journalist Remzi Bekirov"), when no clause of its own opens in between."""
        named = self.between(pos, clause_end)
        if not named:
            return []
        gap = self.text[pos : named[0].mention.start]
        return self._list_starting_at(named) if len(gap) <= 40 and gap_ok(gap) else []

    def _list_ending_at(self, mentions: list[Placed]) -> list[int]:
        chosen = [mentions[-1]]
        for placed in reversed(mentions[:-1]):
            gap = self.text[placed.mention.end : chosen[-1].mention.start]
            start = placed.mention.start
            if not list_gap(gap) or ASSOCIATE_OF.search(self.text, max(0, start - 60), start):
                break  # "a supporter of Y, X, was detained": Y only names who X is
            chosen.append(placed)
        persons = unique(p.person for p in reversed(chosen))
        first = chosen[-1].mention.start
        lead = PRONOUN_AND.search(self.text, max(0, first - 40), first)
        if lead:  # "he and the artist Lyudmila Razumova were detained"
            found = self.antecedent(lead.start(), "m" if lead.group(1).lower() == "he" else "f")
            if found is not None:
                persons = unique([found, *persons])
        return persons

    def _list_starting_at(self, mentions: list[Placed]) -> list[int]:
        chosen = [mentions[0]]
        for placed in mentions[1:]:
            gap = self.text[chosen[-1].mention.end : placed.mention.start]
            if not list_gap(gap):
                break
            chosen.append(placed)
        return unique(p.person for p in chosen)
