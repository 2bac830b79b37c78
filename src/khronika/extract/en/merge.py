"""The output of the English pipeline: facts told more than once (a headline and the body, a charge
named in two sentences) merged into one, and the whole put in the shape of ``Facts``."""

from __future__ import annotations

import re

from khronika.extract.en.orgs import Org, org_name
from khronika.extract.en.person_entity import PersonEntity
from khronika.extract.en.roles import final_roles
from khronika.extract.facts import Charge, Event, Facts, Organization, Person, span
from khronika.extract.facts import Sentence as SentenceFact


def unique_charges(found: list[tuple[int, Charge]], ids: dict[int, str]) -> list[Charge]:
    """One charge per person, code, article and part; a later, firmer status (convicted) wins."""
    rank = {"charged": 0, "added": 1, "reclassified": 2, "dropped": 2, "acquitted": 3, "convicted": 3}
    chosen: dict[tuple[str | None, str, str, str | None], Charge] = {}
    for person, charge in found:
        charge["person"] = ids[person]
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
    found: list[tuple[int, SentenceFact]], ids: dict[int, str], org_ids: dict[str, str]
) -> list[SentenceFact]:
    """One entry per decision: the same term told twice (headline and body) is kept once, with its date."""
    chosen: dict[tuple[object, ...], SentenceFact] = {}
    for person, fact in found:
        fact["person"] = ids[person]
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
    return list(chosen.values())


_AGAIN = re.compile(r"\b(?:again|another|once\s+more|second\s+time|re-?arrested|re-?detained)\b", re.I)


def unique_events(found: list[tuple[list[int], Event]], ids: dict[int, str]) -> list[Event]:
    """Events with person ids; a fact told again in another sentence is kept once per person (repeats in one
    sentence, "searched twice", stay), and a fact told with a precise date and a vaguer one that holds it
    (2023-10 and 2023) keeps the precise one."""
    out: list[Event] = []
    seen: dict[tuple[str, str | None, int], int] = {}  # (type, date, person) -> the sentence that told it
    dates: dict[tuple[str, int], set[str]] = {}
    for who, event in found:
        for i in who:
            dates.setdefault((event["type"], i), set()).add((event["date"] or "").rstrip("~?"))
    for who, event in found:
        start = event["evidence"]["start"]
        # "detained in Russia this year" after "detained last week" tells that detention again, vaguer; an
        # approximate date ("a few days later") or "again" tells another one.
        vague = None
        if not (event["date"] or "~").endswith(("~", "?")) and not _AGAIN.search(event["evidence"]["text"]):
            vague = (event["date"] or "") + "-"
        new = [
            i
            for i in who
            if seen.get((event["type"], event["date"], i), start) == start
            and not (vague and any(d.startswith(vague) for d in dates[(event["type"], i)]))
        ]
        if not new:
            continue
        for i in new:
            seen[(event["type"], event["date"], i)] = start
        event["persons"] = [ids[i] for i in new]
        out.append(event)
    return out


def verdicts_from_penalties(
    penalties: list[tuple[int, SentenceFact]], events: list[tuple[list[int], Event]]
) -> list[tuple[list[int], Event]]:
    """A dated first-instance punishment is a verdict (a fine: a fine event), even for a person the verb
    does not name ("he was sentenced to six years, and Razumova to seven")."""
    told = {(e["type"], e["date"], p) for who, e in events for p in who}
    found: list[tuple[list[int], Event]] = []
    for person, fact in penalties:
        if fact["stage"] != "imposed" or fact["date"] is None:
            continue
        kind = "fine" if fact["punishment"] == "fine" else "verdict"
        if (kind, fact["date"], person) in told or ("verdict", fact["date"], person) in told:
            continue  # a court's fine told with "sentenced" is already its verdict
        told.add((kind, fact["date"], person))
        event: Event = {"type": kind, "date": fact["date"], "persons": [], "evidence": fact["evidence"]}
        found.append(([person], event))
    return found


def assemble(
    text: str,
    persons: list[PersonEntity],
    cued: list[set[str]],
    defendants: set[int],
    orgs: list[Org],
    charges: list[tuple[int, Charge]],
    penalties: list[tuple[int, SentenceFact]],
    events: list[tuple[list[int], Event]],
) -> Facts:
    """The facts of a document in the output shape, with ids in order of first mention, each fact once."""
    person_ids = {i: f"p{n + 1}" for n, i in enumerate(range(len(persons)))}
    org_ids = {o.key: f"o{n + 1}" for n, o in enumerate(orgs)}
    people: list[Person] = [
        {
            "id": person_ids[i],
            "name": p.name,
            "roles": final_roles(cued[i], i in defendants),
            "mentions": [span(text, m.start, m.end) for m in p.mentions],
        }
        for i, p in enumerate(persons)
    ]
    organizations: list[Organization] = [
        {
            "id": org_ids[o.key],
            "name": org_name(text, o),
            "kind": o.kind,
            "mentions": [span(text, m.start, m.end) for m in o.mentions],
        }
        for o in orgs
    ]
    return {
        "persons": people,
        "organizations": organizations,
        "charges": unique_charges(charges, person_ids),
        "sentences": unique_penalties(penalties, person_ids, org_ids),
        "events": unique_events(events + verdicts_from_penalties(penalties, events), person_ids),
    }
