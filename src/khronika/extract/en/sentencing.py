"""Who each term is for: the person of the clause, the person a term is "for", a group's "each", a shared
list's share, or the person the text is about; its date, and a biography heading's term."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from khronika.extract.en.clause_words import FROM_PLACE, GROUP_SIZE, described_article
from khronika.extract.en.cues import EACH, FOR_PERSON
from khronika.extract.en.penalties import find_penalties, headline_term
from khronika.extract.en.term_lists import Penalty
from khronika.extract.en.text import Sentence, clause_at
from khronika.extract.facts import Sentence as SentenceFact
from khronika.extract.facts import span

# A counted group as the subject of a term: "three male defendants were jailed", "Two women were fined".
_COUNTED_GROUP = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,3}?(?P<count>two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w’'-]+\s+)?"
    r"(?:(?P<sex>female|male)\s+)?(?:defendants|believers|activists|men|women|people|suspects)\s+"
    r"(?:were|have\s+been)\b",
    re.I,
)

if TYPE_CHECKING:
    from khronika.extract.en.pipeline import State


def read_penalties(
    state: State, index: int, sentence: Sentence, clauses: list[tuple[int, int]], back_date: str | None
) -> None:
    """Every term told in ``sentence``, each given to the persons it is for."""
    _granted_in_full(state, index, sentence)
    # the verdict date of this sentence (its events are read first), for terms told without one
    shared = next(
        (
            e["date"]
            for _who, e in reversed(state.events)
            if e["type"] == "verdict" and e["evidence"]["start"] == sentence.start and e["date"]
        ),
        None,
    )
    for penalty in find_penalties(sentence):
        clause = clause_at(clauses, penalty.start)
        who = _for_whom(state, penalty.end, clause) or state.subjects.about(
            clause[0], penalty.start, clause[1]
        )
        if not who and penalty.stage in ("increased", "reduced", "appeal"):
            # "..., but then the term was increased to 15 years": the term of the person sentenced before.
            last = next((p for p, _fact in reversed(state.penalties)), None)
            who = [last] if last is not None else []
        counted = _COUNTED_GROUP.match(state.text, clause[0], penalty.start)
        if not who and counted is not None:
            # "three male defendants were jailed for 8 years": theirs, once the text names them (groups.py)
            sex = counted.group("sex")
            size = GROUP_SIZE.get(counted.group("count").lower(), 0)
            state.unnamed_terms.append((index, penalty, size, sex and ("f" if "fe" in sex.lower() else "m")))
            continue
        if not who:
            unnamed = _unnamed_object(state, clause[0], penalty.start, penalty.end)
            if unnamed is not None:
                # "sentenced a 43-year-old woman to eight years": someone not named before; the person named
                # next, if the text goes on to name one ("fined a grandmother … Marina Novikova")
                who = unnamed
                if not who:
                    continue
        if not who:
            # "The prosecution asked for five years": a term always belongs to someone, here the person
            # the text is about at this point.
            topic = state.subjects.antecedent(penalty.start, None)
            who = [topic] if topic is not None else []
        others = _THE_OTHERS.search(state.text, clause[0], penalty.start)
        if others is not None and not state.subjects.between(others.end(), penalty.start):
            # "sentenced Zeitullaev to seven years ..., and sentenced the other defendants to five years": the
            # rest of the persons named before, not those named in the sentence
            named_here = {p.person for p in state.subjects.between(sentence.start, others.start())}
            rest = [p for p in state.subjects.plural(others.start(), reach=1500) if p not in named_here]
            who = rest or who
        if penalty.share is None and len(who) == 1 and penalty.stage == "imposed":
            # "Astrakhan residents A, B and C, as well as D from Taganrog and E from Chelyabinsk received 7
            # years": the whole list that ends with the one found
            listed = _chained_names(state, clause[0], penalty.start)
            who = listed if len(listed) > 1 and listed[-1] == who[0] else who
        if penalty.share is not None:
            # "A, 51, B, 72, veteran of labor, and C, 39, received 3, 6 and 6.5 years respectively": the list
            # may run over clauses; its persons are all those named before the terms in the sentence
            listed = _chained_names(state, sentence.start, penalty.start)
            who = listed if len(listed) > len(who) else who
            who = who[penalty.share : penalty.share + 1]
        elif len(who) <= 1 and EACH.match(state.text, penalty.end):
            group = [p for p in state.subjects.plural(penalty.start) if p in state.defendants]
            who = group if len(group) >= 2 else who
        state.defendants.update(who)
        date = state.timeline.date_for(index, (penalty.start, penalty.end), clause) or back_date
        earlier = _IMPOSED_BEFORE.match(state.text, penalty.end) if penalty.stage == "appeal" else None
        if earlier is not None:
            # "upheld a three-year sentence imposed last month against X": the first verdict too, of its date
            when = state.timeline.date_for(index, (earlier.start("when"), earlier.end("when")), clause)
            first = dataclasses.replace(penalty, stage="imposed")
            for person in who:
                state.penalties.append((person, term_fact(state, first, when, sentence)))
            date = None if date == when else date
        for person in who:  # "sentenced A and B to six years each": one term for each
            fact_date = date
            if penalty.serving:
                fact_date = None
            elif fact_date is None and penalty.stage == "imposed":
                fact_date = _recent_verdict(state, person, sentence.start)
                if fact_date is None and penalty.punishment == "administrative_arrest":
                    fact_date = _detained_just_before(state, person, sentence.start)
                if fact_date is None and _ANOTHER.search(sentence.text):
                    # "The court sentenced another defendant, Vardan Zakaryan, to four years": the verdict
                    # told just before, of the others in the case
                    fact_date = _recent_verdict(state, None, sentence.start)
                # "A was sentenced to 17 years, B received 14 years": one verdict for the terms of a sentence
                fact_date = fact_date or shared
                shared = shared or fact_date
            state.penalties.append((person, term_fact(state, penalty, fact_date, sentence)))


_TERM_TO = re.compile(r"[\s-]*(?:(?:prison|jail|colony)\s+)?(?:term|sentence)?\s*to\s+(?=an?\s)", re.I)


def _unnamed_object(state: State, clause_start: int, start: int, end: int) -> list[int] | None:
    """None when the clause before a term describes nobody with "a …"; else whom the description stands
    for: the first person of its sex named within a few sentences after it and never before (or nobody)."""
    described, sex = described_article(state.text, state.text[clause_start:end], None)
    to = _TERM_TO.match(state.text, end)
    if described != "a" and to is not None:
        # "handed a three-year prison term to a Jehovah's Witness": the one described after the term
        described, sex = described_article(state.text, state.text[to.end() : to.end() + 40], None)
    if described != "a":
        return None
    earlier = {p.person for p in state.subjects.between(0, start)}
    found = state.subjects.ahead(start, sex, reach=400)
    return [found] if found is not None and found not in earlier else []


def term_fact(state: State, penalty: Penalty, date: str | None, sentence: Sentence) -> SentenceFact:
    """The sentence fact of ``penalty`` told in ``sentence`` (a request is never dated)."""
    return {
        "person": None,
        "stage": penalty.stage,
        "punishment": penalty.punishment,
        "years": penalty.years,
        "months": penalty.months,
        "days": penalty.days,
        "amount": penalty.amount,
        "currency": "RUB" if penalty.amount is not None else None,
        "regime": penalty.regime,
        "date": None if penalty.stage == "requested" or _changed_original(state, penalty, sentence) else date,
        "court": state.courts.of(sentence.start, sentence.end, penalty.stage, penalty.punishment),
        "evidence": span(state.text, sentence.start, sentence.end),
    }


def _changed_original(state: State, penalty: Penalty, sentence: Sentence) -> bool:
    """ "reduced Kostylenkov's seven-year sentence to six years": the first verdict's term, whose own date the
    sentence does not tell."""
    return penalty.stage == "imposed" and bool(_CHANGE_VERB.search(state.text, sentence.start, penalty.start))


_CHANGE_VERB = re.compile(
    r"\b(?:reduced|commuted|cut|shortened|increased|extended|lengthened|toughened)\b", re.I
)


# The decision an upheld term came from, told right after it: "a three-year sentence imposed last month".
_IMPOSED_BEFORE = re.compile(
    r"[\s-]*(?:prison\s+|jail\s+)?(?:sentence|term)?\s*(?:that\s+had\s+been\s+|which\s+was\s+)?"
    r"(?:imposed|handed\s+down|given)\s+(?P<when>(?:on\s+|in\s+|last\s+|earlier\s+)[^,.;]{2,30}?)"
    r"(?=\s+(?:against|on|to|for|by)\b|[,.;])",
    re.I,
)


def _for_whom(state: State, end: int, clause: tuple[int, int]) -> list[int]:
    """The person a term is "for": "requested five and a half years for Berkovich"."""
    m = FOR_PERSON.match(state.text, end)
    if not m or m.end() > clause[1]:
        return []
    named = state.subjects.between(m.end(), min(clause[1], m.end() + 40))
    return [named[0].person] if named and named[0].mention.start == m.end() else []


_THE_OTHERS = re.compile(
    r"\b(?:the\s+(?:other|remaining)\s+(?:\w+\s+)?(?:co-?)?defendants|the\s+others|the\s+rest)\b", re.I
)
_ANOTHER = re.compile(
    r"\b(?:another|the\s+other|the\s+fifth|the\s+remaining|a\s+further)\s+(?:co-?)?defendants?\b", re.I
)


def _recent_verdict(state: State, person: int | None, offset: int) -> str | None:
    """The date of a verdict against ``person`` (anyone, for None) told just before ("In 2023, A and B were
    convicted ... A was sentenced to seven years, and B to six")."""
    for who, event in reversed(state.events):
        start = event["evidence"]["start"]
        if offset - start > 600:
            break
        if event["type"] == "verdict" and (person is None or person in who) and start < offset:
            return event["date"]
    return None


def _detained_just_before(state: State, person: int | None, offset: int) -> str | None:
    """ "Police detained A and B this week. All detainees were jailed for fifteen days": days in jail are
    ordered a day or so after the detention told just before (in the sentence or two before), so of about
    its date."""
    for who, event in reversed(state.events):
        start = event["evidence"]["start"]
        if offset - start > 400 or start >= offset:
            continue
        if event["type"] == "detention" and person in who and event["date"]:
            date = event["date"]
            return date if date.endswith(("~", "?")) else date + "~"
    return None


def read_heading(state: State) -> None:
    """A prisoner biography's heading: the name, the person's occupation and the term on lines of their
    own ("Yuri Orlov / Human rights defender / 15 years of imprisonment"). The term is the person's
    sentence unless the body tells the same term itself (then with its stage: "increased to 15 years")."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", state.text) if m.group().strip()][:4]
    if len(lines) < 2:
        return
    named = state.subjects.between(lines[0][0], lines[0][0] + len(lines[0][1]))
    if len(named) != 1 or named[0].mention.end - named[0].mention.start != len(lines[0][1].strip()):
        return
    person = named[0].person
    for start, line in lines[1:]:
        term = headline_term(line, start)
        if term is None:
            continue
        told = any(
            p == person and (f["years"], f["months"], f["days"]) == (term.years, term.months, term.days)
            for p, f in state.penalties
        )
        if told:
            return
        state.defendants.add(person)
        fact: SentenceFact = {
            "person": None,
            "stage": term.stage,
            "punishment": term.punishment,
            "years": term.years,
            "months": term.months,
            "days": term.days,
            "amount": None,
            "currency": None,
            "regime": None,
            "date": None,
            "court": None,
            "evidence": span(state.text, start, start + len(line)),
        }
        state.penalties.append((person, fact))
        return


# "The judge satisfied the prosecution's sentence request in full": the terms just imposed were requested
_GRANTED_IN_FULL = re.compile(
    r"\b(?:satisfied|granted|met|upheld)\s+(?:[\w’'-]+\s+){0,4}?(?:request|demand)s?\s+in\s+full\b", re.I
)


def _granted_in_full(state: State, index: int, sentence: Sentence) -> None:
    """The first-instance terms of the two sentences before, as requested: the court gave what was asked."""
    if not _GRANTED_IN_FULL.search(sentence.text):
        return
    start = state.sentences[max(0, index - 2)].start
    imposed = [
        (person, fact)
        for person, fact in state.penalties
        if fact["stage"] == "imposed" and start <= fact["evidence"]["start"] < sentence.start
    ]
    for person, fact in imposed:
        state.penalties.append((person, {**fact, "stage": "requested", "date": None}))


# ", 51, ", ", 72, veteran of labor, and ": an age or a short description between the names of a list
_LIST_GAP = re.compile(
    FROM_PLACE  # "Aleksandr Skvortsov from Taganrog and …"
    + r"(?:,\s*(?:\d{1,3},\s*)?(?:[a-z][\w' -]{0,40},\s*)?(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+)"
)


def _chained_names(state: State, start: int, end: int) -> list[int]:
    """The persons of the list of names that ends last before ``end`` (from ``start``), in order."""
    runs = state.subjects.name_runs(start, end, lambda gap: _LIST_GAP.fullmatch(gap) is not None)
    return runs[-1] if runs else []
