"""Who a fact is about: the person of the clause that states it.

A fact (a charge, a term, an event verb) belongs to the nearest person named before it in its clause, to the
person a pronoun or a role noun ("the activist") stands for, or to the person named after the verb
("police detained X"). Named lists ("A, B and C were sentenced") give every person in the list.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from khronika.extract.en.persons import Mention, PersonEntity
from khronika.extract.en.roles import is_speaker_mention

_PRONOUN = re.compile(r"\b(?:(he|him|his|himself)|(she|her|herself)|(they|them|their))\b", re.IGNORECASE)
_ROLE_NOUN = re.compile(
    r"\b(?:the|a|an)\s+(?:(?:\w+[- ]){0,2})?(?:activist|journalist|defender|pensioner|historian|blogger|"
    r"artist|"
    r"musician|student|teacher|priest|doctor|defendant|convict|prisoner|man|woman|resident|lawyer's\s+client|"
    r"client|volunteer|poet|scientist|researcher|veteran|soldier|entrepreneur|businessman|official|"
    r"opposition\s+politician|politician|deputy|nurse)\b",
    re.IGNORECASE,
)
_COORDINATED = re.compile(
    r"\b(?:and|but)\s+(?:then\s+|later\s+|was\s+)?(?:was|were|has\s+been|had\s+been|is|got)\b"
)
_PASSIVE_GAP = re.compile(
    r"^(?:,[^,;]{0,80},)?\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are)\s+"
    r"(?:(?:\w+ly|themselves|himself|herself|also|again|then|later|too|both)\s+)?"
    r"(?:(?:sentenced|given|handed|fined)\s+(?:to\s+|a\s+)?(?:a\s+)?)?$",
    re.I,
)
_OWNED_PENALTY = re.compile(r"^['’]s\s+(?:sentence|term|punishment)\s+(?:to|from)\s+$", re.I)
_RELATIVE_ASIDE = re.compile(r"^,\s+(?:who|which|whose)\b[^,;]*,\s+(?:was|were|is|are|has|had|have)\b", re.I)
_IN_RELATIVE = re.compile(r"\b(?:whom|who|which|whose|when|where)\s+(?:\w+\s+)?$", re.I)
_DEATH_OF = re.compile(r"\b(?:death|murder|killing|funeral|memory)\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
_CLOSED_ASIDE = re.compile(r"^,[^,;]*,\s")
_OF_PHRASE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_POSSESSED_BODY = re.compile(
    r"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:foundation|organi[sz]ation|fund|company|outlet|media|movement|party|"
    r"group|project|channel|website|newspaper|association|NGO|publication|magazine|band|studio|initiative)\b",
    re.I,
)
_ANOTHER_VERB = re.compile(r"\band\s+(?:then\s+)?\w+ed\b", re.I)
_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+", re.I)
_AGAINST = re.compile(r"\b(?:against|targeting)\s+(?:the\s+)?", re.I)
_PLURAL_OBJECT = re.compile(
    r"\s+(?:all\s+(?:two|three|four|five|six|seven|eight|nine|ten|of\s+them)|them(?!selves)|both)\b", re.I
)
# Between a verb and the person it acts on stand only words describing them ("detained local journalist X",
# "searched the home of activist X"), not another object ("detained 12 people at a memorial to X").
_NOT_OBJECT = re.compile(
    r"\b(?:at|to|in|on|for|with|from|near|after|before|by|about|against|over|into|during|people|persons)\b",
    re.I,
)
_PRONOUN_AND = re.compile(r"\b(he|she)\s+and\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_PLURAL = re.compile(
    r"\b(?:they|them|their|both|the\s+(?:two\s+|three\s+)?(?:women|men|activists|defendants|couple|spouses|"
    r"friends|journalists|brothers|sisters|artists|students|detainees)|all\s+(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|of\s+them))\b",
    re.IGNORECASE,
)
_TOGETHER = re.compile(r"\b(?:together\s+with|along\s+with|as\s+well\s+as|and\s+also)\b", re.IGNORECASE)
_NOT_SUBJECT_ROLES = frozenset({"lawyer", "judge", "prosecutor", "investigator", "expert"})
# Words that can separate names in one list: "A, B and C", "A and B".
_LIST_GAP = re.compile(
    r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*as\s+well\s+as\s+)(?:(?:his|her|their|the)\s+)?(?:[a-z-]+\s+){0,2}$"
)
_ANOTHER_SUBJECT = re.compile(
    r"\b(?:it|its|police|officers|authorities|security\s+forces|people|employees|members|organi[sz]ation|prosecution|"
    r"court|prosecutors?|investigators?|several|many|some|others|residents|activists|journalists)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Placed:
    """A mention together with the index of its person."""

    mention: Mention
    person: int


class Subjects:
    """Finds the persons a fact at a given offset is about."""

    def __init__(self, text: str, persons: list[PersonEntity], roles: list[set[str]]) -> None:
        self.text = text
        self.persons = persons
        self.roles = roles
        self.defendants: set[int] = set()  # the pipeline adds persons as facts make them defendants
        placed = [Placed(m, i) for i, p in enumerate(persons) for m in p.mentions]
        placed = [p for p in placed if not is_speaker_mention(text, p.mention)]
        self.placed = sorted(placed, key=lambda p: p.mention.start)
        self.starts = [p.mention.start for p in self.placed]

    def _eligible(self, person: int) -> bool:
        # A lawyer or judge is not who a fact is about, unless the text has already made them a defendant.
        return person in self.defendants or not (self.roles[person] & _NOT_SUBJECT_ROLES)

    def between(self, start: int, end: int) -> list[Placed]:
        """Eligible mentions inside [start, end), in text order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [
            p
            for p in self.placed[lo:hi]
            if self._eligible(p.person) and p.mention.end <= end and not self._only_named_by_death(p)
        ]

    def _only_named_by_death(self, placed: Placed) -> bool:
        """ "After the death of X, a case of negligence was opened": the case is not against X."""
        start = placed.mention.start
        return bool(_DEATH_OF.search(self.text, max(0, start - 40), start))

    def antecedent(self, offset: int, gender: str | None, reach: int = 1500) -> int | None:
        """The person most recently named before ``offset`` whose gender fits a pronoun."""
        for placed in reversed(self.between(max(0, offset - reach), offset)):
            person_gender = self.persons[placed.person].gender
            if gender is None or person_gender in (None, gender):
                return placed.person
        return None

    def plural(self, offset: int, reach: int = 500) -> list[int]:
        """The persons "they" stands for: the distinct persons named just before, when there are several."""
        persons = _unique(p.person for p in self.between(max(0, offset - reach), offset))
        return persons if len(persons) >= 2 else []

    def about(
        self,
        clause_start: int,
        anchor: int,
        clause_end: int,
        anchor_end: int | None = None,
        trigger_end: int | None = None,
    ) -> list[int]:
        """The persons a fact at ``anchor`` is about, in the clause [clause_start, clause_end).

        A pronoun inside the trigger ("strip ... of his citizenship", up to ``anchor_end``) names its object.
        """
        inner = _first_pronoun(self.text[anchor:anchor_end]) if anchor_end else None
        if inner is not None:
            found = self.antecedent(anchor, inner[1])
            return [found] if found is not None else []
        head = self.text[clause_start:anchor]
        subject = self._passive_subject(clause_start, anchor)
        if subject is not None:
            return _unique([*self._list_ending_at(subject), *self._companions(anchor, clause_end)])
        before = self.between(clause_start, anchor)
        pronoun = _last_pronoun(head)
        named_last = before[-1].mention.start - clause_start if before else -1
        if before and (pronoun is None or pronoun[0] < named_last):
            before = self._skip_asides(before, anchor)
            gap = self.text[before[-1].mention.end : anchor]
            if _gap_ok(gap):
                if _COORDINATED.search(gap) and before[0].mention.start - clause_start <= 40:
                    # "X called Putin a murderer and was charged": the subject of the clause, not the object.
                    before = [before[0]]
                return _unique([*self._list_ending_at(before), *self._companions(anchor, clause_end)])
        elif pronoun is not None and _gap_ok(head[pronoun[0] :].split(" ", 1)[-1]):
            if _POSSESSED_BODY.match(head, pronoun[0]):
                return []  # "her foundation was declared extremist" is about the foundation
            found = self.antecedent(clause_start + pronoun[0], pronoun[1])
            return [found] if found is not None else []
        plural = _PLURAL.search(head)
        if plural and not before:
            group = self.plural(clause_start + plural.start())
            if group:
                return group
        plural_object = _PLURAL_OBJECT.search(self.text, anchor, trigger_end + 20) if trigger_end else None
        if plural_object:  # "remanded all three in custody"
            group = self.plural(anchor)
            if group:
                return group
        after = self.between(anchor, clause_end)
        if (
            after
            and after[0].mention.start - anchor <= 50
            and _gap_ok(self.text[anchor : after[0].mention.start])
            and not _NOT_OBJECT.search(
                self.text,
                min(max(anchor, trigger_end or anchor), after[0].mention.start),
                after[0].mention.start,
            )
        ):
            return self._list_starting_at(after)
        including = _INCLUDING.search(self.text, anchor, clause_end)
        if including and _ANOTHER_VERB.search(
            self.text, max(anchor, trigger_end or anchor), including.start()
        ):
            including = None  # "raided the office and detained three, including X": X goes with "detained"
        if including:  # "detained three of its employees, including historian Alexander Guryanov"
            named = self.between(including.end(), clause_end)
            if named and named[0].mention.start - including.end() <= 40:
                return self._list_starting_at(named)
        target = _AGAINST.search(self.text, anchor, clause_end)
        if target:  # "A criminal case ... has been opened against Anastasia Chumakova"
            named = self.between(target.end(), clause_end)
            if named and named[0].mention.start - target.end() <= 40:
                return self._list_starting_at(named)
        following = _first_pronoun(self.text[anchor : min(clause_end, max(anchor, anchor_end or 0) + 40)])
        if following is not None:
            found = self.antecedent(anchor, following[1])
            return [found] if found is not None else []
        if _ROLE_NOUN.search(head) or (_subjectless(head) and not _ANOTHER_SUBJECT.search(head)):
            # "The activist was detained", or a clause with no subject of its own ("Detained in April, ...").
            found = self.antecedent(anchor, None)
            if found is None:
                ahead = self.between(anchor, anchor + 600)
                found = ahead[0].person if ahead else None
            return [found] if found is not None else []
        return []

    def _passive_subject(self, clause_start: int, anchor: int) -> list[Placed] | None:
        """The person named right before a passive verb or as the owner of the sentence, whatever their other
        roles: "Lawyer Dmitry Talantov ... was sentenced", "reduced Talantov's sentence"."""
        lo = bisect.bisect_left(self.starts, clause_start)
        hi = bisect.bisect_left(self.starts, anchor)
        named = self.placed[lo:hi]
        if named:
            gap = self.text[named[-1].mention.end : anchor]
            if _PASSIVE_GAP.match(gap) or _OWNED_PENALTY.match(gap):
                return named
        return None

    def _skip_asides(self, before: list[Placed], anchor: int) -> list[Placed]:
        """Drop names inside an aside between the subject and the verb: "Zelimkhan Movlaev, the brother of
        Mansur Movlaev, who was arrested in Kazakhstan, was abducted" is about Zelimkhan."""
        kept = list(before)
        while len(kept) > 1:
            last = kept[-1].mention
            gap = self.text[last.end : anchor]
            preceding = self.text[max(0, last.start - 40) : last.start]
            if _RELATIVE_ASIDE.match(gap) or (_OF_PHRASE.search(preceding) and _CLOSED_ASIDE.match(gap)):
                kept.pop()
                continue
            break
        return kept

    def _companions(self, anchor: int, clause_end: int) -> list[int]:
        """Persons added after the fact: "X was released ... together with A and B"."""
        m = _TOGETHER.search(self.text, anchor, clause_end)
        if not m:
            return []
        after = self.between(m.end(), clause_end)
        if not after or after[0].mention.start - m.end() > 20:
            return []
        return self._list_starting_at(after)

    def _list_ending_at(self, mentions: list[Placed]) -> list[int]:
        chosen = [mentions[-1]]
        for placed in reversed(mentions[:-1]):
            gap = self.text[placed.mention.end : chosen[-1].mention.start]
            if not _LIST_GAP.match(gap):
                break
            chosen.append(placed)
        persons = _unique(p.person for p in reversed(chosen))
        first = chosen[-1].mention.start
        lead = _PRONOUN_AND.search(self.text, max(0, first - 40), first)
        if lead:  # "he and the artist Lyudmila Razumova were detained"
            found = self.antecedent(lead.start(), "m" if lead.group(1).lower() == "he" else "f")
            if found is not None:
                persons = _unique([found, *persons])
        return persons

    def _list_starting_at(self, mentions: list[Placed]) -> list[int]:
        chosen = [mentions[0]]
        for placed in mentions[1:]:
            gap = self.text[chosen[-1].mention.end : placed.mention.start]
            if not _LIST_GAP.match(gap):
                break
            chosen.append(placed)
        return _unique(p.person for p in chosen)


_FULL_STOP = re.compile(r"\.(?:\s|$)")  # not the point of "8.5 years" or "Art. 205.2"
_OTHER_CLAUSE = re.compile(
    r"\b(?:[A-Z][\w’'-]+|it|they|we|you|I|officers|police|authorities|court|people|employees|members|"
    r"organi[sz]ation|government|state)\s+(?:was|were|is|are|has|have|had|came|went|said|says|did|does)\b"
)


def _gap_ok(gap: str) -> bool:
    """True when the words between a name and a fact do not start a clause with a subject of its own."""
    return len(gap) <= 160 and not _FULL_STOP.search(gap.replace("St.", "")) and not _OTHER_CLAUSE.search(gap)


def _gender(m: re.Match[str]) -> str | None:
    return "m" if m.group(1) else "f" if m.group(2) else None


def _last_pronoun(text: str) -> tuple[int, str | None] | None:
    found = None
    for m in _PRONOUN.finditer(text):
        if m.group(3):  # "they" has no single antecedent here
            continue
        if _IN_RELATIVE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Razumova, to whom he was married, ...": not the subject of the clause
        found = (m.start(), _gender(m))
    return found


def _first_pronoun(text: str) -> tuple[int, str | None] | None:
    for m in _PRONOUN.finditer(text):
        if not m.group(3):
            return (m.start(), _gender(m))
    return None


def _subjectless(head: str) -> bool:
    """True when the words before the verb carry no noun of their own: "", "Later, ", "In April 2022, "."""
    words = re.findall(r"[A-Za-z]+", head)
    skip = {
        "later",
        "then",
        "initially",
        "also",
        "already",
        "in",
        "on",
        "at",
        "the",
        "of",
        "and",
        "after",
        "that",
        "since",
        "was",
        "were",
        "had",
        "been",
        "has",
        "is",
        "soon",
        "year",
        "same",
        "early",
        "late",
        "mid",
        "end",
        "beginning",
        "middle",
        "night",
        "morning",
        "evening",
    }
    months = {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "autumn",
        "winter",
        "fall",
    }
    return all(w.lower() in skip or w.lower() in months for w in words)


def _unique(items: Iterable[int]) -> list[int]:
    out: list[int] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
