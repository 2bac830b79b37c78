"""Facts told of a group before its members are named: "The defendants in the cases of military 'fake news'
have been given terms. A was sentenced to three years ... B was sentenced to six years" (the charge is each
sentenced member's), "a court found four unnamed Jehovah's Witnesses guilty of organizing extremist
activity ... The organization identified the defendants as A, B and C" (the charge and the verdict are
theirs)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khronika.extract.en.charges import ChargeMention, charge_fact
from khronika.extract.en.clause_words import unique
from khronika.extract.en.sentencing import term_fact
from khronika.extract.facts import Event, Span, span

if TYPE_CHECKING:
    from khronika.extract.en.pipeline import State

# The sentence that names a group told before: "identified the defendants as A, B and C".
_IDENTIFIED = re.compile(
    r"\b(?:identified|named)\s+(?:the\s+)?(?:defendants|accused|convicts|believers|detainees|suspects|them|"
    r"(?:four|three|five|six|two|seven|eight)\s+[\w’'-]+)\s+as\b",
    re.I,
)
_REACH = 6  # sentences after the group's own in which its members are named


def name_groups(state: State) -> None:
    """Give the facts told of an unnamed group to the members the text names after it."""
    _name_terms(state)
    for index, mention, status in state.unnamed_charges:
        for member, _evidence in _members(state, index):
            state.defendants.add(member)
            _add_charge(state, member, mention, status)
    for index, date in state.unnamed_verdicts:
        for member, evidence in _members(state, index):
            if evidence is not None:
                state.defendants.add(member)
                event: Event = {"type": "verdict", "date": date, "persons": [], "evidence": evidence}
                state.events.append(([member], event))
    _date_later_verdicts(state)
    _name_group_members(state)


# Who a dated event told of an unnamed group is, in a sentence right after it: "The new designees include A,
# a journalist …; and B. The others are C and D" (the seven designated); "That number includes 11 Ukrainian
# prisoners – among them A, B, C" (the 35 released in an exchange).
GROUP_EVENTS = ("designation", "exchange", "release")
_MEMBERS_NAMED = {
    "designation": re.compile(
        r"\b(?:designees|those\s+(?:designated|added|listed)|the\s+others\s+are|the\s+list\s+includes"
        r"|(?:new\s+)?additions\s+to\s+the\s+(?:list|registry|register)\s+include)\b",
        re.I,
    ),
    "exchange": re.compile(
        r"\b(?:among\s+them|among\s+those|that\s+number\s+includes?|those\s+freed)\b", re.I
    ),
}
_MEMBERS_NAMED["release"] = _MEMBERS_NAMED["exchange"]


def _name_group_members(state: State) -> None:
    """The persons named in the sentences right after an event of a group nobody was named in, when they
    say who the group was (with the event when it is dated); a release told of a group in a text about a
    prisoner exchange is the exchange."""
    exchange = _EXCHANGE_WORD.search(state.text) is not None
    for index, kind, date in state.unnamed_group_events:
        for later in state.sentences[index + 1 : index + 1 + _REACH]:
            if not _MEMBERS_NAMED[kind].search(later.text):
                continue
            evidence = span(state.text, later.start, later.end)
            kind = "exchange" if kind == "release" and exchange else kind
            for person in unique(p.person for p in state.subjects.between(later.start, later.end)):
                state.defendants.add(person)
                if date is not None:  # undated, they are still its persons: no event
                    event: Event = {"type": kind, "date": date, "persons": [], "evidence": evidence}
                    state.events.append(([person], event))


_EXCHANGE_WORD = re.compile(r"\b(?:prisoner\s+)?(?:swap|exchange)\b", re.I)


def _date_later_verdicts(state: State) -> None:
    """ "A Russian court sentenced three former lawyers of Navalny to prison, Mediazona reported Friday. …
    Kobzev was sentenced to 5.5 years": the undated verdicts told after the one dated verdict of a group
    nobody was named in are that verdict, when the text tells no other dated verdict."""
    dated = {tuple(who) for who, e in state.events if e["type"] == "verdict"}
    if len(state.unnamed_verdicts) != 1 or dated:
        return
    index, date = state.unnamed_verdicts[0]
    after = state.sentences[index].end
    told: dict[int, Span] = {}
    for told_at, person in state.undated_verdicts:
        if told_at > index:
            sentence = state.sentences[told_at]
            told.setdefault(person, span(state.text, sentence.start, sentence.end))
    for person, fact in state.penalties:  # "…, Liptser to 5 years and Sergunin to 3.5 years"
        if fact["stage"] == "imposed" and fact["date"] is None and fact["evidence"]["start"] >= after:
            told.setdefault(person, fact["evidence"])
    for person, evidence in told.items():
        event: Event = {"type": "verdict", "date": date, "persons": [], "evidence": evidence}
        state.events.append(([person], event))


def _name_terms(state: State) -> None:
    """ "One female defendant was jailed for 3.5 years, while three male defendants were jailed for 8 years
    ... identified the defendants as A, B, C and D": the term of a counted group is each identified member's
    of its sex who has no term yet, when they are as many as the group."""
    for index, penalty, size, sex in state.unnamed_terms:
        members = [person for person, evidence in _members(state, index) if evidence is not None]
        termed = {person for person, fact in state.penalties if fact["stage"] == penalty.stage}
        fitting = [p for p in members if p not in termed and (sex is None or state.persons[p].gender == sex)]
        if len(fitting) != size:
            continue
        sentence = state.sentences[index]
        date = state.timeline.date_for(index, (penalty.start, penalty.end), (sentence.start, sentence.end))
        for person in fitting:
            state.defendants.add(person)
            state.penalties.append((person, term_fact(state, penalty, date, sentence)))


def _members(state: State, index: int) -> list[tuple[int, Span | None]]:
    """The members of the group told in sentence ``index`` with the evidence naming them: everyone listed
    after "identified the defendants as" in the sentences that follow, or else everyone given a term in
    the rest of its paragraph (with no evidence: the term's sentence tells no verdict of its own)."""
    sentences = state.sentences
    for later in sentences[index + 1 : index + 1 + _REACH]:
        m = _IDENTIFIED.search(later.text)
        if m is not None:
            start = later.start + m.end()
            named = unique(p.person for p in state.subjects.between(start, later.end))
            evidence = span(state.text, later.start, later.end)
            return [(person, evidence) for person in named]
    charged = {person for person, _c in state.charges}
    end = sentences[index].end
    for _paragraph in range(2):
        # the rest of its paragraph; when that gives nobody a term, the next paragraph ("A Russian court
        # found three activists guilty of vandalism.\nActivist A was handed … B and C were sentenced to …")
        end = state.text.find("\n", end + 1)
        end = len(state.text) if end < 0 else end
        sentenced = unique(
            person
            for person, fact in state.penalties
            if sentences[index].end <= fact["evidence"]["start"] < end and fact["stage"] == "imposed"
        )
        if sentenced:
            return [(person, None) for person in sentenced if person not in charged]
    return []


def _add_charge(state: State, person: int, mention: ChargeMention, status: str) -> None:
    state.charges.append(
        (person, charge_fact(mention, status, None, span(state.text, mention.start, mention.end)))
    )
