"""Facts told more than once (a headline and the body, a charge named in two sentences) merged into one."""

from __future__ import annotations

from khronika.extract.facts import Charge, Event
from khronika.extract.facts import Sentence as SentenceFact


def unique_charges(found: list[tuple[int | None, Charge]], ids: dict[int, str]) -> list[Charge]:
    """One charge per person, code, article and part; a later, firmer status (convicted) wins."""
    rank = {"charged": 0, "added": 1, "reclassified": 2, "dropped": 2, "acquitted": 3, "convicted": 3}
    chosen: dict[tuple[str | None, str, str, str | None], Charge] = {}
    for person, charge in found:
        charge["person"] = ids[person] if person is not None else None
        key = (charge["person"], charge["code"], charge["article"], charge["part"])
        if key not in chosen:
            chosen[key] = charge
        elif rank[charge["status"]] > rank[chosen[key]["status"]]:
            chosen[key]["status"] = charge["status"]
    # A charge found only from its wording adds nothing when the same article is written out for the person.
    written = {(c["person"], c["code"], c["article"]) for c in chosen.values() if c["part"] is not None}
    return [
        c
        for c in chosen.values()
        if c["part"] is not None or (c["person"], c["code"], c["article"]) not in written
    ]


def unique_penalties(
    found: list[tuple[int | None, SentenceFact]], ids: dict[int, str], org_ids: dict[str, str]
) -> list[SentenceFact]:
    """One entry per decision: the same term told twice (headline and body) is kept once, with its date."""
    chosen: dict[tuple[object, ...], SentenceFact] = {}
    for person, fact in found:
        fact["person"] = ids[person] if person is not None else None
        fact["court"] = org_ids.get(fact["court"] or "")
        key = (
            fact["person"],
            fact["stage"],
            fact["punishment"],
            fact["years"],
            fact["months"],
            fact["days"],
            fact["amount"],
        )
        if key not in chosen:
            chosen[key] = fact
        elif chosen[key]["date"] is None and fact["date"] is not None:
            chosen[key]["date"] = fact["date"]
    # A decision attributed to nobody is the same as one attributed to someone when the terms agree.
    named = {k[1:] for k in chosen if k[0] is not None}
    return [f for k, f in chosen.items() if k[0] is not None or k[1:] not in named]


def unique_events(found: list[tuple[list[int], Event]], ids: dict[int, str]) -> list[Event]:
    """Events with person ids; a fact told again in another sentence is kept once per person (repeats in one
    sentence, "searched twice", stay)."""
    out: list[Event] = []
    seen: dict[tuple[str, str | None, int], int] = {}  # (type, date, person) -> the sentence that told it
    for who, event in found:
        start = event["evidence"]["start"]
        new = [i for i in who if seen.get((event["type"], event["date"], i), start) == start]
        if not new:
            continue
        for i in new:
            seen[(event["type"], event["date"], i)] = start
        event["persons"] = [ids[i] for i in new]
        out.append(event)
    return out
