"""The English pipeline: plain text to ``Facts`` with rules and gazetteers (no model is loaded)."""

from __future__ import annotations

import bisect
import datetime
import re

from khronika.extract.en.charges import ChargeMention, charge_status, find_charges
from khronika.extract.en.events import BACK_REFERENCE, BACK_REFERENCE_TYPES, find_triggers
from khronika.extract.en.merge import unique_charges, unique_events, unique_penalties
from khronika.extract.en.orgs import Org, find_organizations, org_name
from khronika.extract.en.penalties import find_penalties
from khronika.extract.en.persons import PersonEntity, find_persons
from khronika.extract.en.roles import final_roles, role_cues
from khronika.extract.en.subjects import Subjects
from khronika.extract.en.text import Sentence, sentence_at, span, split_sentences
from khronika.extract.en.timeline import Timeline
from khronika.extract.facts import Charge, Event, Facts, Organization, Person, empty_facts
from khronika.extract.facts import Sentence as SentenceFact

# Dashes do not cut: they often enclose a list of names ("Three of them — A, B and C — were detained").
_CLAUSE_CUT = re.compile(r",?\s+but\s+|;\s+|\s+while\s+|\s+whereas\s+")
# Words that mark a person as persecuted without stating a dated event.
_PERSECUTED = re.compile(
    r"\b(?:persecuted|prosecuted|political\s+prisoners?|case\s+against|is\s+serving|serving\s+(?:a|his|her)\s+"
    r"(?:[\w-]+\s+)?(?:sentence|term)|wanted\s+list|jailed|imprisoned|behind\s+bars|faces?\s+(?:charges|up\s+to)|"
    r"abducted|kidnapped|beaten|tortured|['’]s\s+(?:detention|arrest|trial|criminal\s+case|case|sentence|"
    r"prosecution|conviction|verdict)|co-?defendants?|tried\s+in\s+absentia|in\s+(?:the\s+|a\s+)?(?:[\w\"“”«»-]+\s+){0,3}(?:penal\s+)?colony)\b",
    re.IGNORECASE,
)
_NEW_SUBJECT = re.compile(r"\b(?:he|she|they|his|her|their|was|were|is|are|has|had)\b", re.IGNORECASE)
_THEN = re.compile(
    r"(?:After\s+that|Afterwards|Then|Later\s+that\s+day|That\s+same\s+day|On\s+the\s+same\s+day|"
    r"The\s+same\s+day)\b"
)
_FOR_PERSON = re.compile(r"[^.;,]{0,50}?\bfor\s+(?:(?:the\s+)?[a-z-]+\s+){0,2}")
# Words that make an offence named in words a charge: without one, "justification of terrorism" is a topic.
_CHARGE_CONTEXT = re.compile(
    r"\b(?:charg\w*|accus\w*|convict\w*|sentenc\w*|guilty|case|cases|article|prosecuted|suspect\w*|fined|"
    r"arrest\w*|detained|investigat\w*|indict\w*|trial|verdict|punish\w*|jail\w*|imprison\w*|for)\b",
    re.IGNORECASE,
)
_SAME_DAY = {
    "detention": ("search",),
    "release": ("detention",),
    "pretrial_detention": ("detention",),
}
_THE_DECISION = re.compile(r"\s+(?:the|his|her)\s+(?:sentence|verdict|decision|case|conviction)\b", re.I)
_THE_CASE = re.compile(r"\bthe\s+(?:criminal\s+)?case\b", re.IGNORECASE)
_NOT_PERSECUTION = frozenset({"death", "emigration"})
# Triggers that name their person inside them ("strip ... of his citizenship", "added ... to his case").
_OBJECT_TRIGGERS = frozenset({"citizenship", "charge"})
# Kinds of court that decide at first instance, for a sentence that names no court of its own.
_INTERNATIONAL = re.compile(r"European|International|Human Rights|ECHR|UN\b", re.I)


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
    state = _State(text, sentences, persons, cued, orgs, Timeline(text, sentences, published))
    by_sentence: list[list[ChargeMention]] = [[] for _ in sentences]
    for mention in find_charges(text):
        by_sentence[sentence_at(sentences, mention.start)].append(mention)
    for index, sentence in enumerate(sentences):
        state.read(index, sentence, by_sentence[index])
    return state.facts()


class _State:
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
        self.charges: list[tuple[int | None, Charge]] = []
        self.penalties: list[tuple[int | None, SentenceFact]] = []
        self.events: list[tuple[list[int], Event]] = []
        self.last_dates: dict[tuple[int, str], str] = {}  # (sentence index, event type) -> date
        # National courts (not the ECHR), and where each is mentioned, for the court of a sentence.
        self.courts = [o for o in orgs if o.kind == "court" and not _INTERNATIONAL.search(o.canonical)]
        self.court_at = {m.start: o.key for o in self.courts for m in o.mentions}
        self.court_starts = sorted(self.court_at)

    def read(self, index: int, sentence: Sentence, charges: list[ChargeMention]) -> None:
        clauses = _clauses(sentence)
        back_date = self._back_date(sentence)
        for trigger in find_triggers(sentence.text, sentence.start):
            clause = _clause_of(clauses, trigger.start)
            inner = trigger.end if trigger.type in _OBJECT_TRIGGERS else None
            who = self.subjects.about(clause[0], trigger.start, clause[1], inner, trigger.end)
            if not who and self._about_the_case(trigger.type, trigger.start, trigger.end):
                # "Investigators opened the case on 26 January": the case of the person the text is about.
                topic = self.subjects.antecedent(trigger.start, None)
                who = [topic] if topic is not None else []
            date = self.timeline.date_for(index, (trigger.start, trigger.end), clause) or back_date
            if date is None:
                # "Police detained 12 people on Saturday. Among those detained was X": the same event.
                date = self.last_dates.get((index - 1, trigger.type))
            if date is None and _THEN.match(sentence.text):
                # "Yesterday his home was searched. After that he was taken to a police station."
                date = self.last_dates.get((index - 1, "*"))
            if date is None and not self.timeline.by_sentence[index]:
                # A search, a detention, a report and a release follow each other on one day: an undated
                # sentence that goes on with the next step of that chain shares the date before it.
                chained = next(
                    (
                        self.last_dates[(index - 1, k)]
                        for k in _SAME_DAY.get(trigger.type, ())
                        if (index - 1, k) in self.last_dates
                    ),
                    None,
                )
                date = chained if chained is None or chained.endswith(("~", "?")) else chained + "~"
            if date is not None:
                self.last_dates[(index, trigger.type)] = date
                self.last_dates[(index, "*")] = date
            if not who:
                continue
            if trigger.type not in _NOT_PERSECUTION:
                self.defendants.update(who)
            if date is None:
                continue  # only dated facts are events (devset README)
            evidence = span(self.text, sentence.start, sentence.end)
            for _ in range(trigger.count):
                event: Event = {"type": trigger.type, "date": date, "persons": [], "evidence": evidence}
                self.events.append((who, event))
        for m in _PERSECUTED.finditer(sentence.text):
            start = sentence.start + m.start()
            clause = _clause_of(clauses, start)
            self.defendants.update(self.subjects.about(clause[0], start, clause[1]))
        self._read_penalties(index, sentence, clauses, back_date)
        self._read_charges(index, sentence, clauses, back_date, charges)

    def _read_penalties(
        self, index: int, sentence: Sentence, clauses: list[tuple[int, int]], back_date: str | None
    ) -> None:
        for penalty in find_penalties(sentence):
            clause = _clause_of(clauses, penalty.start)
            who = self._for_whom(penalty.end, clause) or self.subjects.about(
                clause[0], penalty.start, clause[1]
            )
            if not who and penalty.stage in ("increased", "reduced", "appeal"):
                # "..., but then the term was increased to 15 years": the term of the person sentenced before.
                last = next((p for p, _fact in reversed(self.penalties)), None)
                who = [last] if last is not None else []
            if not who:
                # "The prosecution asked for five years": a term always belongs to someone, here the person
                # the text is about at this point.
                topic = self.subjects.antecedent(penalty.start, None)
                who = [topic] if topic is not None else []
            if penalty.share is not None:
                who = who[penalty.share : penalty.share + 1]
            self.defendants.update(who)
            date = self.timeline.date_for(index, (penalty.start, penalty.end), clause) or back_date
            for person in who:  # "sentenced A and B to six years each": one term for each
                fact_date = date
                if penalty.serving:
                    fact_date = None
                elif fact_date is None and penalty.stage == "imposed":
                    fact_date = self._recent_verdict(person, sentence.start)
                fact: SentenceFact = {
                    "person": None,
                    "stage": penalty.stage,
                    "punishment": penalty.punishment,
                    "years": penalty.years,
                    "months": penalty.months,
                    "days": penalty.days,
                    "amount": penalty.amount,
                    "currency": "RUB" if penalty.amount is not None else None,
                    "regime": penalty.regime,
                    "date": fact_date if penalty.stage != "requested" else None,
                    "court": self._court(sentence, penalty.stage, penalty.punishment),
                    "evidence": span(self.text, sentence.start, sentence.end),
                }
                self.penalties.append((person, fact))

    def _about_the_case(self, kind: str, start: int, end: int) -> bool:
        """ "Investigators opened the case", "the court upheld the sentence": the case of the person the text
        is about."""
        if kind == "charge":
            return bool(_THE_CASE.search(self.text, start, end))
        if kind in ("appeal", "verdict", "trial"):
            return bool(_THE_DECISION.match(self.text, end))
        return False

    def _in_charge_list(self, index: int) -> bool:
        """True for an item of a list introduced by a legal sentence ("charged under six articles:")."""
        for earlier in reversed(self.sentences[max(0, index - 8) : index]):
            if earlier.text.rstrip().endswith(":"):
                return bool(_CHARGE_CONTEXT.search(earlier.text))
            if len(earlier.text) > 80:
                return False
        return False

    def _for_whom(self, end: int, clause: tuple[int, int]) -> list[int]:
        """The person a term is "for": "requested five and a half years for Berkovich"."""
        m = _FOR_PERSON.match(self.text, end)
        if not m or m.end() > clause[1]:
            return []
        named = self.subjects.between(m.end(), min(clause[1], m.end() + 40))
        return [named[0].person] if named and named[0].mention.start == m.end() else []

    def _read_charges(
        self,
        index: int,
        sentence: Sentence,
        clauses: list[tuple[int, int]],
        back_date: str | None,
        mentions: list[ChargeMention],
    ) -> None:
        previous: tuple[int, list[int]] | None = None  # the end of the last reference and its persons
        legal = bool(_CHARGE_CONTEXT.search(sentence.text)) or self._in_charge_list(index)
        for mention in mentions:
            if not mention.explicit and not legal:
                continue  # 'found "signs of justification of terrorism" in the play' names no charge
            clause = _clause_of(clauses, mention.start)
            if previous and previous[1] and self._same_list(previous[0], mention.start, clause):
                # "... (Part 2 of Article 207.3) and vandalism (Part 2 of Article 214)": one subject for all
                who = previous[1]
            else:
                who = self.subjects.about(clause[0], mention.start, clause[1])
            if not who:
                who = self.subjects.about(sentence.start, mention.start, sentence.end)
            if not who:
                topic = self.subjects.antecedent(mention.start, None)
                who = [topic] if topic is not None else []
            status = charge_status(
                self.text[sentence.start : mention.start], self.text[mention.end : sentence.end]
            )
            date = self.timeline.date_for(index, (mention.start, mention.end), clause) or back_date
            # A charge against nobody named (a negligence case after a death in custody) is not reported.
            for person in who:
                if status != "dropped":
                    self.defendants.add(person)
                charge: Charge = {
                    "person": None,
                    "code": mention.code,
                    "article": mention.article,
                    "part": mention.part,
                    "point": mention.point,
                    "status": status,
                    "date": date,
                    "evidence": span(self.text, sentence.start, sentence.end),
                }
                self.charges.append((person, charge))
            previous = (mention.end, who)

    def _same_list(self, previous_end: int, start: int, clause: tuple[int, int]) -> bool:
        """True when nothing but other offence words stands between two references of one clause."""
        if previous_end < clause[0]:
            return False
        between = self.text[previous_end:start]
        return not self.subjects.between(previous_end, start) and not _NEW_SUBJECT.search(between)

    def _recent_verdict(self, person: int, offset: int) -> str | None:
        """The date of a verdict against ``person`` told just before ("In 2023, A and B were convicted ...
        A was sentenced to seven years, and B to six")."""
        for who, event in reversed(self.events):
            start = event["evidence"]["start"]
            if offset - start > 600:
                break
            if event["type"] == "verdict" and person in who and start < offset:
                return event["date"]
        return None

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

    def _court(self, sentence: Sentence, stage: str, punishment: str) -> str | None:
        """The court named in the sentence; for a first-instance sentence, else the only such court named."""
        i = bisect.bisect_left(self.court_starts, sentence.start)
        if i < len(self.court_starts) and self.court_starts[i] < sentence.end:
            return self.court_at[self.court_starts[i]]
        if stage == "imposed" and punishment != "fine" and len(self.courts) == 1:
            return self.courts[0].key
        return None

    def _decisions(self) -> list[tuple[list[int], Event]]:
        """A dated first-instance punishment is a verdict (a fine: a fine event), even for a person the verb
        does not name ("he was sentenced to six years, and Razumova to seven")."""
        told = {(e["type"], e["date"], p) for who, e in self.events for p in who}
        found: list[tuple[list[int], Event]] = []
        for person, fact in self.penalties:
            if person is None or fact["stage"] != "imposed" or fact["date"] is None:
                continue
            kind = "fine" if fact["punishment"] == "fine" else "verdict"
            if (kind, fact["date"], person) in told or ("verdict", fact["date"], person) in told:
                continue  # a court's fine told with "sentenced" is already its verdict
            told.add((kind, fact["date"], person))
            event: Event = {"type": kind, "date": fact["date"], "persons": [], "evidence": fact["evidence"]}
            found.append(([person], event))
        return found

    def facts(self) -> Facts:
        """The gathered facts with person and organisation ids in order of first mention."""
        person_ids = {i: f"p{n + 1}" for n, i in enumerate(range(len(self.persons)))}
        org_ids = {o.key: f"o{n + 1}" for n, o in enumerate(self.orgs)}
        persons: list[Person] = [
            {
                "id": person_ids[i],
                "name": p.name,
                "roles": final_roles(self.cued[i], i in self.defendants),
                "mentions": [span(self.text, m.start, m.end) for m in p.mentions],
            }
            for i, p in enumerate(self.persons)
        ]
        organizations: list[Organization] = [
            {
                "id": org_ids[o.key],
                "name": org_name(self.text, o),
                "kind": o.kind,
                "mentions": [span(self.text, m.start, m.end) for m in o.mentions],
            }
            for o in self.orgs
        ]
        charges = unique_charges(self.charges, person_ids)
        sentences = unique_penalties(self.penalties, person_ids, org_ids)
        events = unique_events(self.events + self._decisions(), person_ids)
        return {
            "persons": persons,
            "organizations": organizations,
            "charges": charges,
            "sentences": sentences,
            "events": events,
        }


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    cuts = [m for m in _CLAUSE_CUT.finditer(sentence.text)]
    bounds = [sentence.start] + [sentence.start + m.end() for m in cuts] + [sentence.end]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _clause_of(clauses: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for clause in clauses:
        if clause[0] <= offset < clause[1]:
            return clause
    return clauses[-1]
