"""The English pipeline: plain text to ``Facts`` with rules and gazetteers (no model is loaded)."""

from __future__ import annotations

import dataclasses
import datetime

from khronika.extract.en.back_references import BACK_REFERENCE, BACK_REFERENCE_TYPES, NOUN_REFERENCE
from khronika.extract.en.charges import ChargeMention, find_charges
from khronika.extract.en.charging import SAME_CHARGE, read_charges, read_same_charge
from khronika.extract.en.clause_words import unique
from khronika.extract.en.cues import (
    ALSO,
    AMONG_GROUP,
    DAY,
    EVENT_NOUN,
    GOES_ON,
    GROUP_EVENT,
    INCLUDE_GROUP,
    KIN_OWNER,
    NOT_PERSECUTION,
    OBJECT_TRIGGERS,
    ONE_OFF,
    PERSECUTED,
    SAME_DAY,
    SINCE,
    THEN,
)
from khronika.extract.en.custody import AFTER_CUSTODY, NEXT_DAY, chain_step, day_after_custody
from khronika.extract.en.decisions import (
    DECIDED,
    about_the_case,
    date_decisions,
    reported_month,
    upheld_terms,
)
from khronika.extract.en.events import find_triggers
from khronika.extract.en.groups import GROUP_EVENTS, name_groups
from khronika.extract.en.merge import assemble
from khronika.extract.en.orgs import Courts, Org, find_organizations
from khronika.extract.en.person_entity import PersonEntity
from khronika.extract.en.persons import find_persons
from khronika.extract.en.roles import role_cues
from khronika.extract.en.sentencing import read_heading, read_penalties
from khronika.extract.en.subjects import Subjects
from khronika.extract.en.term_lists import Penalty, without_repeated_bare_fines
from khronika.extract.en.text import Sentence, clause_at, clauses_of, sentence_at, split_sentences
from khronika.extract.en.timeline import Timeline
from khronika.extract.en.triggers import Trigger
from khronika.extract.facts import Charge, Event, Facts, empty_facts, span
from khronika.extract.facts import Sentence as SentenceFact


def extract_facts(text: str, published: datetime.date | None) -> Facts:
    """Persons, organisations, charges, sentences and events stated in English ``text``.

    ``published`` is the date relative expressions ("last month", "on Tuesday") are resolved against.
    """
    if not text.strip():
        return empty_facts()
    sentences = split_sentences(text)
    orgs = find_organizations(text)
    persons = find_persons(text, [(m.start, m.end) for o in orgs for m in o.mentions])
    cued = [role_cues(text, p) for p in persons]
    state = State(text, sentences, persons, cued, orgs, Timeline(text, sentences, published))
    by_sentence: list[list[ChargeMention]] = [[] for _ in sentences]
    for mention in find_charges(text):
        by_sentence[sentence_at(sentences, mention.start)].append(mention)
    for index, sentence in enumerate(sentences):
        state.read(index, sentence, by_sentence[index])
    read_heading(state)
    name_groups(state)
    return state.facts()


class State:
    """Facts gathered sentence by sentence, with the person indexes they belong to."""

    def __init__(
        self,
        text: str,
        sentences: list[Sentence],
        persons: list[PersonEntity],
        cued: list[set[str]],
        orgs: list[Org],
        timeline: Timeline,
    ) -> None:
        self.text, self.sentences, self.persons, self.cued = text, sentences, persons, cued
        self.orgs, self.timeline = orgs, timeline
        self.subjects = Subjects(text, persons, cued)
        self.defendants: set[int] = self.subjects.defendants  # one set: facts found so far guide the next
        self.charges: list[tuple[int, Charge]] = []
        self.penalties: list[tuple[int, SentenceFact]] = []
        self.events: list[tuple[list[int], Event]] = []
        self.last_dates: dict[tuple[int, str], str] = {}  # (sentence index, event type) -> date
        self.courts = Courts(orgs)
        self.unnamed_charges: list[tuple[int, ChargeMention, str]] = []  # of a group nobody names (groups.py)
        self.unnamed_verdicts: list[tuple[int, str]] = []  # likewise, by sentence index
        self.pending_upheld: tuple[int, str] | None = None  # an appeal of nobody named yet: its offset, date
        self.undated: list[tuple[int, str, list[int]]] = []  # decisions told with no date (decisions.py)
        self.undated_verdicts: list[tuple[int, int]] = []  # (sentence index, person) of verdicts told undated
        self.unnamed_group_events: list[tuple[int, str, str | None]] = []  # "35 were freed": i, type, date
        self.unnamed_terms: list[tuple[int, Penalty, int, str | None]] = []  # with the group's size and sex

    def read(self, index: int, sentence: Sentence, charges: list[ChargeMention]) -> None:
        clauses = clauses_of(sentence)
        back_date = self._back_date(sentence)
        told: set[tuple[str, str | None, tuple[int, ...]]] = set()  # "was upheld on appeal": one decision
        triggers = find_triggers(sentence.text, sentence.start)
        same_charge: list[int] = []  # the persons of a verdict or charge "on the same charge"
        refers = SAME_CHARGE.search(sentence.text) is not None
        charged_only = all(t.type == "charge" for t in triggers)
        upheld: list[str] = []  # dates of appeal decisions told of nobody named by the trigger
        for trigger in triggers:
            clause = clause_at(clauses, trigger.start)
            inner = trigger.end if trigger.type in OBJECT_TRIGGERS else None
            who = self._listed(sentence, trigger) or self.subjects.about(
                clause[0], trigger.start, clause[1], inner, trigger.end
            )
            if refers and trigger.type in ("verdict", "charge"):
                same_charge.extend(who)
            if not who and about_the_case(self.text, trigger.type, trigger.start, trigger.end):
                # "Investigators opened the case on 26 January": the case of the person the text is about.
                topic = self.subjects.antecedent(trigger.start, None)
                who = [topic] if topic is not None else []
            date: str | None = None
            group = self._among_group(index, sentence, trigger)
            if group is not None:
                trigger, date, who = group
            else:
                own = self.timeline.date_for(index, (trigger.start, trigger.end), clause, trigger.type)
                if own is not None and trigger.type in ONE_OFF and SINCE.search(sentence.text):
                    # "Since December last year, the ministry has added A, B and C": acts spread over that
                    # span, none of them on its first day
                    own = None
                date = reported_month(self, index, trigger) or own or back_date
            if who and trigger.type in AFTER_CUSTODY and NEXT_DAY.search(sentence.text):
                date = day_after_custody(self.events, who, sentence.start) or date
            if date is None:
                date = self._when_date(index, trigger, triggers)
            if (
                date is None
                and trigger.type in NOUN_REFERENCE
                and NOUN_REFERENCE[trigger.type].search(
                    self.text, max(sentence.start, trigger.start - 30), trigger.end
                )
            ):
                # "The historic swap, involving 16 prisoners including ...": the exchange told before
                date = next((e["date"] for _w, e in reversed(self.events) if e["type"] == trigger.type), None)
            if date is None:
                # "Police detained 12 people on Saturday. Among those detained was X": the same event.
                date = self.last_dates.get((index - 1, trigger.type))
            if date is None and THEN.match(sentence.text):
                # "Yesterday his home was searched. After that he was taken to a police station."
                date = self.last_dates.get((index - 1, "*"))
            goes_on = GOES_ON.search(self.text, clause[0], trigger.start)
            if date is None and goes_on and not self.timeline.by_sentence[index]:
                # "On November 25, X stood with a banner. On the way back, Y was also detained": a sentence
                # that goes on with the one before, and has no date of its own, is told on its day. "Also"
                # goes on only with a day ("In 2015, he founded a newspaper. He was also detained" does not).
                date = self.timeline.previous_date(index)
                if date is not None and goes_on.group().lower() == "also" and not DAY.match(date):
                    date = None
                if date is not None and who and ALSO.search(self.text, clause[0], trigger.start):
                    who = unique([*self._also_before(index), *who])
            if date is None and not self.timeline.by_sentence[index]:
                # A search, a detention, a report and a release follow each other on one day: an undated
                # sentence that goes on with the next step of that chain shares the date before it.
                chained = next(
                    (
                        self.last_dates[(index - 1, k)]
                        for k in SAME_DAY.get(
                            chain_step(trigger.type, self.text[trigger.start : trigger.end]), ()
                        )
                        if (index - 1, k) in self.last_dates
                    ),
                    None,
                )
                date = chained if chained is None or chained.endswith(("~", "?")) else chained + "~"
            if date is not None:
                self.last_dates[(index, trigger.type)] = date
                self.last_dates[(index, "*")] = date
            if not who:
                upheld += [date] if trigger.type == "appeal" and date is not None else []  # "…sentence of X"
                if trigger.type == "verdict" and date is not None:
                    self.unnamed_verdicts.append((index, date))
                if trigger.type in GROUP_EVENTS:
                    self.unnamed_group_events.append((index, trigger.type, date))
                continue
            if trigger.type not in NOT_PERSECUTION:
                self.defendants.update(who)
            if date is None and trigger.type in DECIDED:
                self.undated.append((index, trigger.type, who))
                self.undated_verdicts += [(index, w) for w in who if trigger.type == "verdict"]
            if date is None or (trigger.type, date, tuple(who)) in told:
                continue  # only dated facts are events (devset README), each once per sentence
            told.add((trigger.type, date, tuple(who)))
            evidence = span(self.text, sentence.start, sentence.end)
            for _ in range(trigger.count):
                event: Event = {"type": trigger.type, "date": date, "persons": [], "evidence": evidence}
                self.events.append((who, event))
        date_decisions(self, index, sentence)
        for m in PERSECUTED.finditer(sentence.text):
            if KIN_OWNER.search(sentence.text, 0, m.start()):
                continue  # "after her father's arrest": the father's, whom the text does not name
            start = sentence.start + m.start()
            clause = clause_at(clauses, start)
            persecuted = self.subjects.about(clause[0], start, clause[1])
            self.defendants.update(persecuted)
            if refers:  # "X has been in custody facing the same charges"
                same_charge.extend(persecuted)
        terms_before = len(self.penalties)
        read_penalties(self, index, sentence, clauses, back_date)
        upheld_terms(self, sentence, upheld, terms_before)
        if refers and not charges:  # "sentenced A to 18 months, and B to one year, on the same charge"
            same_charge.extend(p for p, fact in self.penalties[terms_before:] if fact["stage"] == "imposed")
            read_same_charge(self, sentence, unique(same_charge), "charged" if charged_only else "convicted")
        read_charges(self, index, sentence, clauses, back_date, charges)

    def _among_group(
        self, index: int, sentence: Sentence, trigger: Trigger
    ) -> tuple[Trigger, str, list[int]] | None:
        """ "Among those released ... are A, B and C" after an undated-in-its-sentence event: the event told
        in the three sentences before (an exchange for "released" when one was told), its date and every
        person named after the verb, across semicolons."""
        m = AMONG_GROUP.match(sentence.text)
        if m is None or not (m.start("verb") <= trigger.start - sentence.start < m.end("verb")):
            return None
        named = unique(p.person for p in self.subjects.between(sentence.start + m.end(), sentence.end))
        if not named:
            return None
        for kind in GROUP_EVENT.get(trigger.type, (trigger.type,)):
            for back in range(index - 1, max(-1, index - 4), -1):
                date = self.last_dates.get((back, kind)) or self._told_noun_date(back, kind)
                if date is not None:
                    return dataclasses.replace(trigger, type=kind), date, named
        return None

    def _listed(self, sentence: Sentence, trigger: Trigger) -> list[int]:
        """Everyone named after "Other individuals charged include" (across semicolons, whatever their
        job): "include municipal lawyer A; the chief of the B NGO, C; and D"."""
        m = INCLUDE_GROUP.match(sentence.text)
        if m is None or not (m.start("verb") <= trigger.start - sentence.start < m.end("verb")):
            return []
        start = sentence.start + m.end()
        return unique(p.person for p in self.subjects.placed if start <= p.mention.start < sentence.end)

    def _told_noun_date(self, index: int, kind: str) -> str | None:
        """The date of an event a sentence tells by its noun alone, with no one named: "On August 1, Russia
        and the West conducted the largest prisoner exchange since the Cold War"."""
        noun = EVENT_NOUN.get(kind)
        sentence = self.sentences[index]
        m = noun.search(sentence.text) if noun else None
        if m is None:
            return None
        start, end = sentence.start + m.start(), sentence.start + m.end()
        return self.timeline.date_for(index, (start, end), clause_at(clauses_of(sentence), start))

    def _when_date(self, index: int, trigger: Trigger, triggers: list[Trigger]) -> str | None:
        """The day of a "when" clause after ``trigger`` that tells no event of its own."""
        found = self.timeline.when_date(index, trigger.end)
        if found is None or any(found[1] <= t.start < found[2] for t in triggers):
            return None
        return found[0]

    def _also_before(self, index: int) -> list[int]:
        """The defendants of the sentence before that "Y was also detained" adds Y to, when that sentence
        tells no event of its own: "On November 25, X stood with a banner. ... Y was also detained" says X
        was detained that day too (after "Police searched X's flat", "also" adds to the search, not X)."""
        before = self.sentences[index - 1]
        if find_triggers(before.text, before.start):
            return []
        return unique(
            p.person for p in self.subjects.between(before.start, before.end) if p.person in self.defendants
        )

    def _back_date(self, sentence: Sentence) -> str | None:
        """The date of the event that "After the search" or "Upon arrest" points back to."""
        m = BACK_REFERENCE.search(sentence.text)
        if not m:
            return None
        kinds = BACK_REFERENCE_TYPES[m.group(1).lower()]
        for _who, event in reversed(self.events[-50:]):  # the event pointed back to was told recently
            if event["type"] in kinds and event["date"]:
                return event["date"]
        return None

    def facts(self) -> Facts:
        """The gathered facts with person and organisation ids in order of first mention."""
        return assemble(
            self.text,
            self.persons,
            self.cued,
            self.defendants,
            self.orgs,
            self.charges,
            without_repeated_bare_fines(self.penalties),
            self.events,
        )
