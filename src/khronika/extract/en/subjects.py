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
    AS_WERE,
    COLON_LEAD,
    COORDINATED,
    DEATH_OF,
    DECISION_OF,
    GROUP,
    GROUP_SIZE,
    INCLUDING,
    LIST_GAP,
    NOT_OBJECT,
    NOT_SUBJECT_ROLES,
    OWNED_PENALTY,
    OWNED_RELATIVE,
    PASSIVE_GAP,
    PLURAL,
    PLURAL_OBJECT,
    POSSESSED_BODY,
    PRONOUN_AND,
    ROLE_NOUN,
    TOGETHER,
    described_article,
    first_pronoun,
    gap_ok,
    last_pronoun,
    subjectless,
    unique,
)
from khronika.extract.en.persons import PersonEntity
from khronika.extract.en.roles import is_speaker_mention
from khronika.extract.en.text import in_quoted_speech

# A capitalised word inside a description: the place in "An Ekaterinburg resident", "a civic activist in
# Abakan".
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)*\b")
_PLACE_AFTER = re.compile(r"\s+(?:in|from|of)\s+(?:the\s+)?[A-Z][\w-]+")
_DEMONYM = re.compile(r"(?:ian|ish|ese)$")  # "a Russian activist" names no place to match
_SENTENCE_END = re.compile(r"[.!?]\s")
_RELATED_LINK = re.compile(
    r"^[ \t•*-]*(?:Read\s+(?:more|also)|See\s+also|Also\s+read|Related(?:\s+stor(?:y|ies))?)\b[^\n]*",
    re.MULTILINE,
)
# Words between a verb and its counted object: "opened a criminal case against both deputies".
_OBJECT_LEAD = re.compile(r"\s*(?:against\s+|of\s+|on\s+|for\s+)?")


class Subjects:
    """Finds the persons a fact at a given offset is about."""

    def __init__(self, text: str, persons: list[PersonEntity], roles: list[set[str]]) -> None:
        self.text = text
        self.persons = persons
        self.roles = roles
        self.defendants: set[int] = set()  # the pipeline adds persons as facts make them defendants
        everyone = sorted(
            (Placed(m, i, is_speaker_mention(text, m)) for i, p in enumerate(persons) for m in p.mentions),
            key=lambda p: p.mention.start,
        )
        # A related-link line ("Read more: Putin made me a patriot again") names the title of another story.
        links = [(m.start(), m.end()) for m in _RELATED_LINK.finditer(text)]
        everyone = [p for p in everyone if not any(s <= p.mention.start < e for s, e in links)]
        self.placed = [p for p in everyone if not p.speaker]
        self.starts = [p.mention.start for p in self.placed]
        # Who the text is about may also speak ("..., Ivanov told reporters. The student was jailed"); a
        # name inside quoted speech ("Russia is not Putin") is never who the narrative is about.
        quoted = in_quoted_speech(text, [p.mention.start for p in everyone])
        self.narrative = [p for p, inside in zip(everyone, quoted, strict=True) if not inside]
        self.narrative_starts = [p.mention.start for p in self.narrative]
        self.quoted_starts = {p.mention.start for p, inside in zip(everyone, quoted, strict=True) if inside}

    def _eligible(self, person: int) -> bool:
        # A lawyer or judge is not who a fact is about, unless the text has already made them a defendant.
        return person in self.defendants or not (self.roles[person] & NOT_SUBJECT_ROLES)

    def between(self, start: int, end: int, dead: bool = False) -> list[Placed]:
        """Eligible mentions inside [start, end), in text order (``dead``: also those named only as the one
        who died, "the cause of death of Igor Orlov", whom a later "he" still stands for)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [
            p
            for p in self.placed[lo:hi]
            if self._eligible(p.person)
            and p.mention.end <= end
            and (dead or not self._only_named_by_death(p))
        ]

    def _only_named_by_death(self, placed: Placed) -> bool:
        """ "After the death of X, a case of negligence was opened": the case is not against X."""
        start = placed.mention.start
        return bool(DEATH_OF.search(self.text, max(0, start - 40), start))

    def antecedent(self, offset: int, gender: str | None, reach: int = 1500) -> int | None:
        """The person most recently named before ``offset`` whose gender fits a pronoun. A name inside
        quoted speech is what someone said, not who the text goes on about ("X was convicted for posting
        that 'Stalin was an aggressor.' He was also convicted ...": "he" is X)."""
        found = (
            p.person
            for p in reversed(self.between(max(0, offset - reach), offset, dead=True))
            if self._fits(p.person, gender) and p.mention.start not in self.quoted_starts
        )
        return next(found, None)

    def _fits(self, person: int, gender: str | None) -> bool:
        return gender is None or self.persons[person].gender in (None, gender)

    def topic(self, offset: int, gender: str | None = None, reach: int = 1500) -> int | None:
        """The person a descriptive noun phrase ("the student", "a former state TV journalist", "the woman":
        of ``gender``) or a fact with no subject of its own stands for: the defendant named most recently
        before ``offset``, else the person named most recently in the narrative (not in quoted speech, not
        as a speaker)."""
        lo = bisect.bisect_left(self.narrative_starts, max(0, offset - reach))
        hi = bisect.bisect_left(self.narrative_starts, offset)
        named = [p for p in self.narrative[lo:hi] if self._fits(p.person, gender)]
        for placed in reversed(named):
            if placed.person in self.defendants:
                return placed.person
        for placed in reversed(named):
            if not placed.speaker and self._eligible(placed.person):
                return placed.person
        return None

    def ahead(self, offset: int, gender: str | None, reach: int = 600) -> int | None:
        """The first person named after ``offset`` who fits ``gender``: "A Russian activist was sentenced
        ... Pavel Orlov, 23, ..." introduces the person after the fact."""
        return next(
            (p.person for p in self.between(offset, offset + reach) if self._fits(p.person, gender)), None
        )

    def plural(self, offset: int, reach: int = 500) -> list[int]:
        """The persons "they" stands for: the distinct persons named just before, when there are several."""
        persons = unique(p.person for p in self.between(max(0, offset - reach), offset))
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
            if group:
                return group
        plural_object = PLURAL_OBJECT.search(self.text, anchor, trigger_end + 20) if trigger_end else None
        if plural_object:  # "remanded all three in custody"
            group = self.plural(anchor)
            if group:
                return group
        after = self.between(anchor, clause_end)
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
            return self._list_starting_at(after)
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

    def _described_by(self, clause_start: int, head: str, anchor: int, sex: str | None) -> int | None:
        """The person a descriptive subject stands for by what it says of them, not by recency.

        A place in the description (of any article) points to the person told of with that place: after "X
        from Ekaterinburg ... Y was denied parole", "An Ekaterinburg resident has been sentenced" is X. An
        indefinite description that opens a paragraph ("A civic activist in Abakan convicted of treason has
        died. The cause of death of Igor Orlov ...") is the lead of that paragraph: the person it names.
        """
        role = ROLE_NOUN.search(head)
        if role is not None and not subjectless(head[: role.start()]):
            for role in ROLE_NOUN.finditer(head):  # noqa: B007 - the last one is the nearest to the fact
                pass
        # ("A Tambov resident who insulted a pensioner has been sentenced": the subject opens the clause.)
        if role is None:
            return None
        article = "the" if role.group("article").lower() == "the" else "a"
        after = _PLACE_AFTER.match(head, role.end())
        phrase = role.group() + (after.group() if after else "")
        places = [w for w in _CAPITALISED.findall(phrase, 1) if not _DEMONYM.search(w)]
        own = (clause_start + role.start(), anchor)
        for placed in reversed(self.narrative) if places else ():
            start, end = placed.mention.start, placed.mention.end
            if own[0] <= start < own[1] or placed.speaker or not self._eligible(placed.person):
                continue
            near = self.text[max(0, start - 30) : end + 40]
            near = (
                _SENTENCE_END.split(near[: start - max(0, start - 30)])[-1]
                + _SENTENCE_END.split(near[start - max(0, start - 30) :])[0]
            )
            if self._fits(placed.person, sex) and any(re.search(rf"\b{w}\b", near) for w in places):
                return placed.person
        line_start = self.text.rfind("\n", 0, clause_start) + 1
        if article != "a" or self.text[line_start : own[0]].strip(" \t•*-"):
            return None  # "The activist ..." at a paragraph's start goes on about someone known
        line_end = self.text.find("\n", anchor)
        line_end = len(self.text) if line_end < 0 else line_end
        return next(
            (p.person for p in self.between(anchor, line_end, dead=True) if self._fits(p.person, sex)), None
        )

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

    def described(self, offset: int, noun: str, size: int, reach: int = 2000) -> list[int]:
        """The last ``size`` persons named before ``offset`` with ``noun`` (a plural) next to a mention:
        "deputies" finds "deputy A" and "the Council of Deputies B"; "women" finds women."""
        lower = noun.lower()
        sex = "f" if lower == "women" else "m" if lower == "men" else None
        stem = lower[:-3] if lower.endswith("ies") else lower[:-1]
        around = re.compile(rf"\b{re.escape(stem)}", re.I)
        chosen: list[int] = []
        for placed in reversed(self.between(max(0, offset - reach), offset)):
            if placed.person in chosen:
                continue
            start, end = placed.mention.start, placed.mention.end
            line_start = self.text.rfind("\n", 0, start) + 1
            if sex is not None:
                fits = self.persons[placed.person].gender == sex
            else:
                fits = bool(around.search(self.text, max(line_start, start - 50), start)) or bool(
                    around.match(self.text, end, end + 30)
                    or re.match(
                        rf",\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{re.escape(stem)}",
                        self.text[end : end + 40],
                        re.I,
                    )
                )
            if fits:
                chosen.append(placed.person)
                if len(chosen) == size:
                    return list(reversed(chosen))
        return []

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

    def _as_were(self, anchor: int, trigger_end: int | None, clause_end: int) -> list[int]:
        """The list after an elided predicate: "..., as were its editor-in-chief A and its publisher B"."""
        m = AS_WERE.search(self.text, max(anchor, trigger_end or anchor), clause_end)
        if not m or self.between(anchor, m.start()):
            return []
        named = self.between(m.end(), clause_end)
        if not named or named[0].mention.start - m.end() > 40:
            return []
        return self._list_starting_at(named)

    def _companions(self, anchor: int, clause_end: int) -> list[int]:
        """Persons added after the fact: "X was released ... together with A and B", "X was detained, as
        were A and B"."""
        elided = self._as_were(anchor, None, clause_end)
        if elided:
            return elided
        m = TOGETHER.search(self.text, anchor, clause_end)
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
            if not LIST_GAP.match(gap):
                break
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
            if not LIST_GAP.match(gap):
                break
            chosen.append(placed)
        return unique(p.person for p in chosen)
