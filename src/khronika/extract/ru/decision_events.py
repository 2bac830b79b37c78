"""Events that follow from decisions: a dated first-instance term is a verdict (or, for an administrative
fine, a fine), and a release in the courtroom follows a verdict."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khronika.extract.facts import Event
from khronika.extract.facts import Sentence as Term

if TYPE_CHECKING:
    from khronika.extract.ru.context import Context


_SENTENCED = re.compile(r"\bприговор", re.I)  # «приговорен к штрафу»: a criminal court's fine
_PETTY = re.compile(r"протокол|КоАП|административн", re.I)  # a fine told as an administrative one


def verdicts_from_sentences(
    events: list[Event],
    sentences: list[Term],
    administrative: set[str] | None = None,
    criminal: set[str] | None = None,
) -> list[Event]:
    """A dated first-instance sentence is a verdict of that date («…а Разумову — к семи годам»); a dated fine
    of a person charged only under the Code of Administrative Offences (``administrative``) is a fine."""
    out = list(events)
    for s in sentences:
        if s["stage"] != "imposed" or not s["date"] or not s["person"]:
            continue
        if s["punishment"] == "fine":
            # a fine is administrative unless it is of a person charged under the Criminal Code and told so
            told = s["evidence"]["text"]
            petty = (
                s["person"] in (administrative or set())
                or bool(_PETTY.search(told))
                or (s["person"] not in (criminal or set()) and not _SENTENCED.search(told))
            )
            if petty and not any(
                e["type"] in ("fine", "verdict") and s["person"] in e["persons"] and e["date"] == s["date"]
                for e in out
            ):
                out.append(
                    {"type": "fine", "date": s["date"], "persons": [s["person"]], "evidence": s["evidence"]}
                )
            if petty:
                continue  # a criminal fine is a verdict (devset README), below
        if any(
            e["type"] == "verdict" and s["person"] in e["persons"] and e["date"] == s["date"] for e in out
        ):
            continue
        out.append(
            {"type": "verdict", "date": s["date"], "persons": [s["person"]], "evidence": s["evidence"]}
        )
    return out


# «После вынесения приговора Пронина освободили в зале суда»: released on the day of the verdict
_IN_COURT = re.compile(r"\bв\s+зале\s+суда\b|\bпосле\s+(?:вынесения|оглашения)\s+приговора\b", re.I)


def released_in_court(ctx: Context, events: list[Event]) -> list[Event]:
    """``events`` with an undated release «в зале суда» dated by the person's verdict told before it."""
    out = list(events)
    for sentence in ctx.sentences:
        cues = [c for c in ctx.cues.get(("events-kept", sentence.start), []) if c[2] == "release"]
        if not cues or not _IN_COURT.search(ctx.masked, sentence.start, sentence.end):
            continue
        start, end, _ = cues[0]
        for pid in ctx.attach(start, end):
            if any(e["type"] == "release" and pid in e["persons"] for e in out):
                continue
            verdicts = [
                e for e in out
                if e["type"] == "verdict" and pid in e["persons"] and e["evidence"]["start"] < sentence.start
            ]  # fmt: skip
            if verdicts and verdicts[-1]["date"]:
                out.append(
                    {
                        "type": "release",
                        "date": verdicts[-1]["date"],
                        "persons": [pid],
                        "evidence": ctx.quote(sentence),
                    }
                )
    return out
