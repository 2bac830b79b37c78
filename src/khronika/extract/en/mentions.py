"""Where persons are named: the mentions a fact may be about, and the person a pronoun, a description or a
counted group stands for.

A pronoun stands for the person last named before it whose gender fits; a description ("the student", "a
former state TV journalist") for the established defendant, the person told of with the place it names, or
the person named right after it; a counted group ("both deputies") for the last persons named with its noun.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from khronika.extract.en.asides import Placed
from khronika.extract.en.clause_words import NOT_SUBJECT_ROLES, ROLE_NOUN, list_gap, subjectless, unique
from khronika.extract.en.person_entity import PersonEntity
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


_DEATH_OF = re.compile(r"\b(?:death|murder|killing|funeral|memory)\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
# "filming a commemoration of Taras Shevchenko": the one remembered, whom a later "he" is not about
_COMMEMORATED = re.compile(
    r"\b(?:commemorations?|anniversary|birthday|monuments?|memorials?|memory|funerals?|tributes?)\s+(?:of|to)\s+"
    r"(?:[\w-]+\s+){0,4}$",
    re.I,
)


_DIED_AFTER = re.compile(r"\s+(?:had\s+)?(?:died|was\s+killed|passed\s+away)\b")


class Mentions:
    """The eligible mentions of a text, and whom pronouns and descriptions stand for."""

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
        # Named only as the one who died ("After the death of X, a case of negligence was opened") or the one
        # remembered ("detained at memorials to Navalny"): not who the facts around are about. Read once.
        self.remembered = {
            p.mention.start
            for p in self.placed
            if _DEATH_OF.search(text, max(0, p.mention.start - 40), p.mention.start)
            or _COMMEMORATED.search(text, max(0, p.mention.start - 40), p.mention.start)
        }

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
            and (dead or p.mention.start not in self.remembered)
        ]

    def antecedent(self, offset: int, gender: str | None, reach: int = 1500) -> int | None:
        """The person most recently named before ``offset`` whose gender fits a pronoun. A name inside
        quoted speech is what someone said, not who the text goes on about ("X was convicted for posting
        that 'Stalin was an aggressor.' He was also convicted ...": "he" is X)."""
        found = (
            p.person
            for p in reversed(self.between(max(0, offset - reach), offset, dead=True))
            if self._fits(p.person, gender)
            and p.mention.start not in self.quoted_starts
            and not _COMMEMORATED.search(self.text, max(0, p.mention.start - 40), p.mention.start)
        )  # "filming a commemoration of Taras Shevchenko. He was charged": not the poet
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
        """The persons "they" stands for: the distinct persons named just before, when there are several (not
        one told as dead: "after Navalny died … All four had been detained")."""
        persons = unique(
            p.person
            for p in self.between(max(0, offset - reach), offset)
            if not _DIED_AFTER.match(self.text, p.mention.end)
        )
        return persons if len(persons) >= 2 else []

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
        return self._last_list_of(offset, size, reach) if size >= 5 else []

    def _last_list_of(self, offset: int, size: int, reach: int) -> list[int]:
        """ "considers A, B, …, J to be political prisoners. … detained ten Muslims": the last list of exactly
        ``size`` names before ``offset``, when the count is large enough not to meet one by chance."""
        lists = self.name_runs(max(0, offset - reach), offset, list_gap)
        return next((persons for persons in reversed(lists) if len(persons) == size), [])

    def name_runs(self, start: int, end: int, joined: Callable[[str], bool]) -> list[list[int]]:
        """The persons of each run of names in [start, end) whose gaps ``joined`` accepts, in text order."""
        runs: list[list[Placed]] = []
        for p in self.between(start, end):
            if runs and joined(self.text[runs[-1][-1].mention.end : p.mention.start]):
                runs[-1].append(p)
            else:
                runs.append([p])
        return [list(dict.fromkeys(q.person for q in run)) for run in runs]
