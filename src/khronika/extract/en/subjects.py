"""Who a fact is about: the person of the clause that states it.

A fact (a charge, a term, an event verb) belongs to the nearest person named before it in its clause, to the
person a pronoun or a role noun ("the activist") stands for, or to the person named after the verb
("police detained X"). Named lists ("A, B and C were sentenced") give every person in the list.
A descriptive noun phrase ("the student", "a former state TV journalist") stands for the defendant the
text has established (never a name inside quoted speech), or for the person named right after it when
nobody is named before; an indefinite one after a named defendant is someone new and unnamed.
"""

from __future__ import annotations

import bisect
import re

from khronika.extract.en.asides import Placed, skip_asides
from khronika.extract.en.clause_words import (
    AGAINST,
    ANOTHER_SUBJECT,
    ANOTHER_VERB,
    ASSOCIATE_OF,
    COLON_LEAD,
    COORDINATED,
    DECISION_OF,
    GROUP,
    GROUP_SIZE,
    INCLUDING,
    NOT_OBJECT,
    OWNED_ASSOCIATE,
    OWNED_PENALTY,
    OWNED_RELATIVE,
    OWNED_TITLE,
    PASSIVE_GAP,
    PLURAL,
    PLURAL_OBJECT,
    POSSESSED_BODY,
    TOGETHER,
    described_article,
    first_pronoun,
    gap_ok,
    last_pronoun,
    subjectless,
    unique,
)
from khronika.extract.en.named_lists import NamedLists

_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}")
# Words between a verb and its counted object: "opened a criminal case against both deputies".
_OBJECT_LEAD = re.compile(r"\s*(?:against\s+|of\s+|on\s+|for\s+)?")


# A name owning the noun of an apposition before the fact: "…, a politician and Putin's critic accused".
_OWNER_IN_APPOSITION = re.compile(
    r"['’]s\s+(?!(?:to|for|of|in|on|at|with|from|by|and|or|sentence|term)\b)(?:[“\"'‘]?[a-z][\w-]*\s+){1,5}$"
)


class Subjects(NamedLists):
    """Finds the persons a fact at a given offset is about."""

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
        inner = first_pronoun(self.text[anchor:anchor_end]) if anchor_end else None
        if inner is not None:
            found = self.antecedent(anchor, inner[1])
            return [found] if found is not None else []
        head = self.text[clause_start:anchor]
        subject = self._passive_subject(clause_start, anchor)
        if subject is not None:
            subject = skip_asides(self.text, subject, anchor)
            return unique([*self._list_ending_at(subject), *self._companions(anchor, clause_end)])
        before = self.between(clause_start, anchor)
        pronoun = last_pronoun(head)
        named_last = before[-1].mention.start - clause_start if before else -1
        if before and (pronoun is None or pronoun[0] < named_last):
            before = skip_asides(self.text, before, anchor)
            gap = self.text[before[-1].mention.end : anchor]
            if OWNED_RELATIVE.match(gap):
                return []
            while len(before) > 1 and _OWNER_IN_APPOSITION.match(gap):
                # "Ilya Yashin, a politician and Putin's critic accused of ...": the owner only describes
                before = before[:-1]
                gap = self.text[before[-1].mention.end : anchor]
            last = before[-1].mention.start
            associate = ASSOCIATE_OF.search(self.text, max(clause_start, last - 60), last)
            if gap_ok(gap) and associate is not None:
                # "X, a supporter of Y, was detained" is X; "sentenced another supporter of Y" is whom the
                # text names next
                heads = [p for p in before if p.mention.end <= associate.start()]
                if heads and _APPOSED.fullmatch(self.text, heads[-1].mention.end, associate.start()):
                    return [heads[-1].person]
                found = self.ahead(anchor, None, reach=300)
                return [found] if found is not None else []
            if gap_ok(gap):
                if COORDINATED.search(gap) and before[0].mention.start - clause_start <= 40:
                    # "X called Putin a murderer and was charged": the subject of the clause, not the object.
                    before = [before[0]]
                return unique([*self._list_ending_at(before), *self._companions(anchor, clause_end)])
        elif pronoun is not None and gap_ok(head[pronoun[0] :].split(" ", 1)[-1]):
            if POSSESSED_BODY.match(head, pronoun[0]):
                return []  # "her foundation was declared extremist" is about the foundation
            found = self.antecedent(clause_start + pronoun[0], pronoun[1])
            if found is None:
                # "A Russian activist was sentenced ... The court found him guilty ... Pavel Orlov denied":
                # the pronoun goes on with the person the text has already made its defendant
                found = self.ahead(anchor, pronoun[1])
                found = found if found in self.defendants else None
            return [found] if found is not None else []
        group = self._counted_group(head, anchor, trigger_end)
        if group:  # "opened a criminal case against both deputies", "Both activists were detained"
            return group
        plural = self._plural_subject_after(head, named_last) if before else PLURAL.search(head)
        if plural:
            group = self.plural(clause_start + plural.start())
            if group:  # "They were named along with A and B": with the companions after the fact
                return unique([*group, *self._companions(anchor, clause_end)])
        plural_object = PLURAL_OBJECT.search(self.text, anchor, trigger_end + 20) if trigger_end else None
        if plural_object:  # "remanded all three in custody"
            group = self.plural(anchor)
            if group:
                return group
        titled = self._titled_object(trigger_end, clause_end)
        if titled is not None:
            return [titled]
        after = self.between(anchor, clause_end)
        if after and (
            OWNED_ASSOCIATE.match(self.text, after[0].mention.end)
            or (
                len(after) > 1
                and OWNED_TITLE.fullmatch(self.text, after[0].mention.end, after[1].mention.start)
            )
        ):
            after = after[1:]  # "sentenced Navalny's spokeswoman, Kira Yarmysh": the object is named next
        if after and ASSOCIATE_OF.search(
            self.text, max(anchor, after[0].mention.start - 60), after[0].mention.start
        ):
            # "sentenced a prominent associate of opposition politician Aleksei Navalny": the associate, whom
            # the text names next
            found = self.ahead(after[0].mention.end, None, reach=300)
            return [found] if found is not None and found != after[0].person else []
        if (
            after
            and (
                after[0].mention.start - anchor <= 50
                or self._colon_list(trigger_end, after[0].mention.start)
                or DECISION_OF.match(self.text, anchor, after[0].mention.start) is not None
            )
            and gap_ok(self.text[anchor : after[0].mention.start])
            and not NOT_OBJECT.search(
                self.text,
                min(max(anchor, trigger_end or anchor), after[0].mention.start),
                after[0].mention.start,
            )
        ):
            objects = self._list_starting_at(after)
            # "designated A and B as “foreign agents,” along with writer X, gallery owner Y, and …": the
            # companions after the object list
            final = next(p for p in reversed(after) if p.person == objects[-1])
            together = TOGETHER.match(self.text, final.mention.end) or TOGETHER.search(
                self.text, final.mention.end, min(clause_end, final.mention.end + 40)
            )
            more = self.list_right_after(together.end(), clause_end) if together else []
            return unique([*objects, *more])
        elided = self._as_were(anchor, trigger_end, clause_end)
        if elided:
            return elided
        including = INCLUDING.search(self.text, anchor, clause_end)
        if including and ANOTHER_VERB.search(
            self.text, max(anchor, trigger_end or anchor), including.start()
        ):
            including = None  # "raided the office and detained three, including X": X goes with "detained"
        if including:  # "detained three of its employees, including historian Alexander Guryanov"
            named = self.between(including.end(), clause_end)
            if named and named[0].mention.start - including.end() <= 40:
                return self._list_starting_at(named)
        target = AGAINST.search(self.text, anchor, clause_end)
        if target:  # "A criminal case ... has been opened against Anastasia Chumakova"
            named = self.between(target.end(), clause_end)
            if named and named[0].mention.start - target.end() <= 40:
                return self._list_starting_at(named)
        companions = TOGETHER.search(self.text, anchor, clause_end)
        if companions:  # "Mediazona was added to the registry, along with its publisher A and editor B"
            listed = self.list_right_after(companions.end(), clause_end)
            if listed:
                return listed
        described, sex = described_article(self.text, head, trigger_end)
        lead = self._described_by(clause_start, head, anchor, sex) if described is not None else None
        if lead is not None:
            # before "has died in the colony where he was held": the description, not the pronoun, says who
            return [lead]
        following = first_pronoun(self.text[anchor : min(clause_end, max(anchor, anchor_end or 0) + 40)])
        if following is not None:
            found = self.antecedent(anchor, following[1])
            if found is None:  # "sentenced him ... Pavel Orlov": as for a subject pronoun above
                found = self.ahead(anchor, following[1])
                found = found if found in self.defendants else None
            return [found] if found is not None else []
        if described is not None or (subjectless(head) and not ANOTHER_SUBJECT.search(head)):
            # "The activist was detained", or a clause with no subject of its own ("Detained in April, ...").
            found = self.topic(anchor, sex)
            if found is not None and described == "a":
                return []  # "Police also detained a student": someone new, whom the text does not name
            if found is None:
                # "A Moscow court sentenced a former state TV journalist ... Marina Orlova was charged":
                # the person is named after the fact
                found = self.ahead(anchor, sex)
            return [found] if found is not None else []
        return []

    def _counted_group(self, head: str, anchor: int, trigger_end: int | None) -> list[int]:
        """The persons a counted group stands for, as the clause's subject ("Both activists were detained")
        or right after the fact ("opened a case against both deputies"): the last persons named with that
        description ("deputy A", "the head of the Council of Deputies B")."""
        found = None
        lead = _OBJECT_LEAD.match(self.text, trigger_end) if trigger_end is not None else None
        if lead is not None:
            found = GROUP.match(self.text, lead.end())
        if found is None:
            for found in GROUP.finditer(head):  # noqa: B007 - the nearest to the fact
                pass
            if found is not None and not gap_ok(head[found.end() :]):
                found = None
        if found is None:
            return []
        size = GROUP_SIZE[found.group("count").split()[-1].lower()]
        return self.described(anchor, found.group("noun"), size)

    def _plural_subject_after(self, head: str, named_last: int) -> re.Match[str] | None:
        """A plural subject after the last name, nearest to the fact: "Neither A nor B were informed that
        they were part of a prisoner exchange"."""
        last = None
        for last in PLURAL.finditer(head, max(0, named_last)):  # noqa: B007 - the nearest to the fact
            pass
        if last is None or not re.match(r"they\b|both\b|the\b|all\b", last.group(), re.I):
            return None
        return last if gap_ok(head[last.end() :]) else None

    def _colon_list(self, trigger_end: int | None, name_start: int) -> bool:
        """True when the trigger ends a list's lead-in and the name opens it: "included in the list of mass
        media acting as foreign agents: A, B, C" (a long register name puts the names far from the verb)."""
        return trigger_end is not None and bool(COLON_LEAD.fullmatch(self.text, trigger_end, name_start))

    def _passive_subject(self, clause_start: int, anchor: int) -> list[Placed] | None:
        """The person named right before a passive verb or as the owner of the sentence, whatever their other
        roles: "Lawyer Dmitry Talantov ... was sentenced", "reduced Talantov's sentence"."""
        lo = bisect.bisect_left(self.starts, clause_start)
        hi = bisect.bisect_left(self.starts, anchor)
        named = self.placed[lo:hi]
        if named:
            gap = self.text[named[-1].mention.end : anchor]
            if PASSIVE_GAP.match(gap) or OWNED_PENALTY.match(gap):
                return named
        return None
