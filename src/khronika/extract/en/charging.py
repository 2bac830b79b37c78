"""Who each charge is for: the person of its clause (one subject for a list of offences), the person the
text is about; its status and date. A charge named in words counts only in a legal sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from khronika.extract.en.charges import ChargeMention, charge_fact, charge_status
from khronika.extract.en.cues import CHARGE_CONTEXT, GENERAL_STATEMENT, NEW_SUBJECT
from khronika.extract.en.text import Sentence, clause_at
from khronika.extract.facts import Charge, span

if TYPE_CHECKING:
    from khronika.extract.en.pipeline import State


def read_charges(
    state: State,
    index: int,
    sentence: Sentence,
    clauses: list[tuple[int, int]],
    back_date: str | None,
    mentions: list[ChargeMention],
) -> None:
    """Every charge of ``mentions`` (those in ``sentence``), each given to the persons it is about."""
    previous: tuple[int, list[int]] | None = None  # the end of the last reference and its persons
    legal = bool(CHARGE_CONTEXT.search(sentence.text)) or _in_charge_list(state, index)
    general = GENERAL_STATEMENT.search(sentence.text)
    if (
        general is not None
        and not (general.group().lower().startswith("law") and _UNDER_A_LAW.search(sentence.text))
        and not state.subjects.between(sentence.start, sentence.end)
    ):
        return  # what the law punishes, said of nobody, charges nobody
    for mention in mentions:
        if not mention.explicit and not legal:
            continue  # 'found "signs of justification of terrorism" in the play' names no charge
        if not mention.explicit and _ABOUT_A_LAW.search(
            state.text, max(sentence.start, mention.start - 80), mention.start
        ):
            continue  # "the State Duma has passed a bill on life imprisonment for state treason": the law's
        if not mention.explicit and _in_speech(state.text, mention.start):
            continue  # '"… not a single case of members preparing a terrorist attack," Memorial said'

        clause = clause_at(clauses, mention.start)
        if previous and previous[1] and _same_list(state, previous[0], mention.start, clause):
            # "... (Part 2 of Article 207.3) and vandalism (Part 2 of Article 214)": one subject for all
            who = previous[1]
        else:
            who = state.subjects.about(clause[0], mention.start, clause[1])
        group = _GROUP_SUBJECT.match(state.text, clause[0], mention.start) is not None
        if group and not state.subjects.between(clause[0], mention.start):
            who = []  # the group's, given to its members when the text names them (groups.py)
        if not who and not group:
            who = state.subjects.about(sentence.start, mention.start, sentence.end)
        colon = state.text.find(":", mention.end, sentence.end)
        if not state.subjects.between(sentence.start, mention.start) and colon >= 0:
            # "A further three Muslims remain on trial under Article 282.2, Part 2 (…): A and B in Krasnoyarsk
            # and C": the list after the colon
            who = state.subjects.list_right_after(colon + 1, sentence.end) or who
        if not who and not group:
            topic = state.subjects.antecedent(mention.start, None)
            who = [topic] if topic is not None else []
        status = charge_status(
            state.text[sentence.start : mention.start], state.text[mention.end : sentence.end]
        )
        date = state.timeline.date_for(index, (mention.start, mention.end), clause) or back_date
        # A charge against nobody named (a negligence case after a death in custody) is not reported, unless
        # the group it was told of is named later (groups.py).
        if not who and status != "dropped":
            state.unnamed_charges.append((index, mention, status))
        for person in who:
            if status != "dropped":
                state.defendants.add(person)
            state.charges.append(
                (person, charge_fact(mention, status, date, span(state.text, sentence.start, sentence.end)))
            )
        previous = (mention.end, who)


# A plural group as the subject: "The defendants in the cases of military fakes have been given terms",
# "The Russians charged in the cases of ...": the charge is theirs, not that of the person named last.
_GROUP_SUBJECT = re.compile(
    r"\s*(?:The|These|Those|All|Several|Many|Some)\s+(?:(?!(?:is|are|was|were|has|have|had)\s)[\w’'-]+\s+){0,2}?"
    r"(?:defendants|accused|suspects|"
    r"Russians|people|activists|journalists|believers|residents|detainees)\b"
)


def _in_charge_list(state: State, index: int) -> bool:
    """True for an item of a list introduced by a legal sentence ("charged under six articles:")."""
    for earlier in reversed(state.sentences[max(0, index - 8) : index]):
        if earlier.text.rstrip().endswith(":"):
            return bool(CHARGE_CONTEXT.search(earlier.text))
        if len(earlier.text) > 80:
            return False
    return False


def _same_list(state: State, previous_end: int, start: int, clause: tuple[int, int]) -> bool:
    """True when nothing but other offence words stands between two references of one clause."""
    if previous_end < clause[0]:
        return False
    between = state.text[previous_end:start]
    return not state.subjects.between(previous_end, start) and not NEW_SUBJECT.search(between)


# A verdict or charge told by reference to one told before: "sentenced A to 18 months on the same charge",
# "was found guilty of the same charges", "were also found guilty", "Other individuals charged include"
# ("a similar charge" is not the same one).
SAME_CHARGE = re.compile(
    r"\b(?:the\s+same|identical)\s+(?:charges?|counts?|articles?|case|law)\b|\balso\s+(?:been\s+)?(?:found\s+guilty|"
    r"convicted|charged)\b(?!\s+(?:with|of|under)\b)|\bother\s+(?:individuals|people|persons|defendants|suspects)\s+"
    r"(?:charged|convicted|accused)\b",
    re.I,
)


def read_same_charge(state: State, sentence: Sentence, persons: list[int], status: str) -> None:
    """Give ``persons`` the articles of the charge told last before ``sentence`` (see SAME_CHARGE)."""
    told = [(person, c) for person, c in state.charges if c["evidence"]["start"] < sentence.start]
    told = [(person, c) for person, c in told if c["status"] != "dropped"]
    if not told or not persons:
        return
    last = max(c["evidence"]["start"] for _p, c in told)
    articles = {(c["code"], c["article"]): c for _p, c in told if c["evidence"]["start"] == last}
    for person in persons:
        state.defendants.add(person)
        for charge in articles.values():
            copied: Charge = {
                **charge,
                "status": status,
                "date": None,
                "evidence": span(state.text, sentence.start, sentence.end),
            }
            state.charges.append((person, copied))


# "The media executive has been charged with … under the new Russian law against military disinformation": the
# law the charge is brought under, not a sentence about the law
_UNDER_A_LAW = re.compile(r"\bunder\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?laws?\b", re.I)
_ABOUT_A_LAW = re.compile(
    r"\b(?:bill|law|legislation|amendments?)\s+(?:on|for|against|criminali[sz]ing)\b[^.;,]{0,60}$", re.I
)
# Quotations in pairs from the start of the text, over a line break but not a blank line (wrapped copies).
_LINE = r"(?:\n(?![ \t]*\n))"
_QUOTATION = re.compile(rf"\"(?:[^\"\n]|{_LINE})*\"|“(?:[^”\n]|{_LINE})*”|«(?:[^»\n]|{_LINE})*»")


@lru_cache(maxsize=8)
def _speech_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Quotations of a dozen words or more: someone's words, not the name of an offence in quotes."""
    return tuple(
        (m.start(), m.end())
        for m in _QUOTATION.finditer(text)
        if len(m.group().split()) >= 12 and not _CHARGE_QUOTED.search(text, max(0, m.start() - 40), m.start())
    )


# 'were found guilty of "organizing and taking part in the activities of a terrorist group …"': the charge's
# own words in quotation marks
_CHARGE_QUOTED = re.compile(
    r"\b(?:guilty\s+of|charged\s+with|accused\s+of|convicted\s+of|suspected\s+of|charges?\s+of|"
    r"on\s+charges\s+of|under\s+(?:an\s+|the\s+)?article\s+(?:on|for))\s*$",
    re.I,
)


def _in_speech(text: str, offset: int) -> bool:
    """True inside a long quotation ('"… preparing to organize a terrorist attack …," Memorial said')."""
    return any(s < offset < e for s, e in _speech_spans(text))
