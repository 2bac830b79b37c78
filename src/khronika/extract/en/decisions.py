"""A court decision told undated, then dated by a sentence of its own: "A Moscow court has ordered the arrest
in absentia of X ... According to the case file, the decision was made on Friday" dates the arrest."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khronika.extract.en.clause_words import unique
from khronika.extract.en.cues import THE_CASE, THE_DECISION
from khronika.extract.en.text import Sentence
from khronika.extract.facts import Event, span

if TYPE_CHECKING:
    from khronika.extract.en.pipeline import State
    from khronika.extract.en.triggers import Trigger

# The decisions such a sentence can date.
DECIDED = frozenset({"pretrial_detention", "house_arrest", "verdict", "appeal"})
_DECISION_DATED = re.compile(
    r"\b(?:the\s+)?(?:decision|ruling|order|verdict|sentence)\s+was\s+(?:made|taken|issued|handed\s+down|"
    r"announced|passed|delivered)\b",
    re.I,
)
_REACH = 2  # the undated decision was told in one of the two sentences before
# "The Investigative Committee said Monday that a court ... found four Jehovah's Witnesses guilty".
_REPORTED_ON = re.compile(
    r"\b(?:said|reported|announced|stated)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today)\s+that\b",
    re.I,
)


def date_decisions(state: State, index: int, sentence: Sentence) -> None:
    """Date the undated decisions of the sentences just before ``sentence`` when it only says when "the
    decision was made"."""
    m = _DECISION_DATED.search(sentence.text)
    if m is None:
        return
    start = sentence.start + m.start()
    date = state.timeline.date_for(index, (start, sentence.start + m.end()), (sentence.start, sentence.end))
    if date is None:
        return
    for told_at, kind, who in state.undated:
        if index - _REACH <= told_at < index and kind in DECIDED:
            earlier = state.sentences[told_at]
            event: Event = {
                "type": kind,
                "date": date,
                "persons": [],
                "evidence": span(state.text, earlier.start, earlier.end),
            }
            state.events.append((who, event))
    state.undated = [u for u in state.undated if u[0] >= index - _REACH]


def reported_month(state: State, index: int, trigger: Trigger) -> str | None:
    """The month of the day a decision was reported on ("said Monday that a court found ... guilty"): the
    decision came shortly before, the day itself is not told."""
    if trigger.type not in DECIDED:
        return None
    sentence = state.sentences[index]
    m = _REPORTED_ON.search(state.text, sentence.start, trigger.start)
    if m is None:
        return None
    dates = [d for d in state.timeline.by_sentence[index] if m.start() <= d.start < trigger.end]
    if len(dates) != 1 or not re.match(r"\d{4}-\d{2}", dates[0].edtf):
        return None  # a date of the decision's own ("found guilty on May 3") is its date
    return dates[0].edtf[:7]


def upheld_terms(state: State, sentence: Sentence, upheld: list[str], terms_before: int) -> None:
    """ "On 25 June 2020, the Military Court of Appeals upheld the 12 year sentence of … Emir-Usein Kuku": an
    appeal trigger that named nobody (``upheld``: its dates) is the appeal of whoever the sentence's
    appeal-stage terms are of."""
    appealed = unique(p for p, fact in state.penalties[terms_before:] if fact["stage"] == "appeal")
    if upheld and appealed:
        _appeal_event(state, sentence, appealed, upheld[0])
    elif upheld:
        # "On January 19, 2023, the regional court upheld the sentence against six believers. Earlier, the
        # court of first instance sentenced A … to 7 years": the persons and terms are told next
        state.pending_upheld = (sentence.start, upheld[0])
    pending = state.pending_upheld
    if pending is None or pending[0] >= sentence.start or not _EARLIER_VERDICT.match(sentence.text):
        return
    state.pending_upheld = None
    imposed = [(p, fact) for p, fact in state.penalties[terms_before:] if fact["stage"] == "imposed"]
    if imposed:
        _appeal_event(state, sentence, unique(p for p, _fact in imposed), pending[1])
        for person, fact in imposed:
            state.penalties.append((person, {**fact, "stage": "appeal", "date": pending[1]}))


# "Earlier, the court of first instance sentenced …", "Previously, the lower court had …"
_EARLIER_VERDICT = re.compile(r"\s*(?:Earlier|Previously|Before\s+that)\b", re.I)


def _appeal_event(state: State, sentence: Sentence, persons: list[int], date: str) -> None:
    event: Event = {
        "type": "appeal",
        "date": date,
        "persons": [],
        "evidence": span(state.text, sentence.start, sentence.end),
    }
    state.events.append((persons, event))


def about_the_case(text: str, kind: str, start: int, end: int) -> bool:
    """ "Investigators opened the case", "the court upheld the sentence": the case of the person the text is
    about."""
    if kind == "charge":
        return bool(THE_CASE.search(text, start, end))
    if kind in ("appeal", "verdict", "trial"):
        return bool(THE_DECISION.match(text, end))
    return False
