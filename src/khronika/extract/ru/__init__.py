"""The Russian pipeline: natasha NER and morphology, then clause rules for charges, sentences and events.

``extract_facts(text, published)`` returns the facts of ``khronika.extract.facts``; the core adds the
document part. See docs/extraction.md for the rules.
"""

from __future__ import annotations

import datetime
import re

from khronika.extract.facts import Charge, Facts, Person
from khronika.extract.ru.charges import find_charges
from khronika.extract.ru.context import Context, within
from khronika.extract.ru.decision_events import released_in_court, verdicts_from_sentences
from khronika.extract.ru.events import find_events
from khronika.extract.ru.narrative import narrative_years
from khronika.extract.ru.nlp import analyse, fold_homoglyphs, load_models
from khronika.extract.ru.organizations import find_organizations
from khronika.extract.ru.persons import group_persons
from khronika.extract.ru.punishments import find_sentences
from khronika.extract.ru.quotations import DOCUMENT_SAYS
from khronika.extract.ru.roles import assign_roles, persecuted_by_wording
from khronika.extract.ru.stamps import day_headings, is_chronicle, is_live, paragraph_dates, updates_after

__all__ = ["extract_facts", "load_models"]

_GUILLEMETS = re.compile(r"«[^«»\n]{0,200}»")
_BIRTH = re.compile(r"\s*(?:(?:года?|г\.)\s+)?рождения|\s*(?:г\.\s*)?р\.", re.I)
# Organisations that are themselves persecuted (banned, designated, liquidated), unlike courts and police.
_BODIES = ("ngo", "media", "movement", "party", "religious")


def _administrative(charges: list[Charge]) -> set[str]:
    """The persons charged under the Code of Administrative Offences and under no criminal article."""
    codes: dict[str, set[str]] = {}
    for c in charges:
        if c["person"]:
            codes.setdefault(c["person"], set()).add(c["code"])
    return {pid for pid, found in codes.items() if found == {"RU-KoAP"}}


def extract_facts(text: str, published: datetime.date | None) -> Facts:
    """Persons, organisations, charges, sentences and dated events of a Russian text."""
    from khronika.dates import find_dates
    from khronika.law import find_offences, find_references

    original = text
    # The rules are written without «ё» («приговорен», «осужден»); Latin look-alike letters are folded too.
    # Both keep every offset, and the quotes given as evidence are taken from the text as written.
    text = fold_homoglyphs(text).replace("ё", "е").replace("Ё", "Е")
    analysis = analyse(text)
    people = group_persons(text, analysis.entities)
    organizations = find_organizations(analysis.entities)
    bodies = [(m["start"], m["end"]) for o in organizations if o["kind"] in _BODIES for m in o["mentions"]]
    ctx = Context(text, analysis.sentences, people, bodies)
    dates = sorted(
        (d.start, d.end, d.edtf)
        for d in find_dates(text, "ru", published)
        if d.edtf and not _BIRTH.match(text, d.end)  # «Иванов Артем, 2006 года рождения»: no event's date
    )
    dates = updates_after(narrative_years(dates, text, ctx.paragraph_of, published), text, published)
    stamps = paragraph_dates(text, ctx.paragraph_of, dates, published)
    headings = day_headings(text, dates)
    ctx.chronicle = is_chronicle(text, headings)
    references, offences = find_references(text, "ru"), find_offences(text, "ru")
    org_spans = [(m["start"], m["end"]) for o in organizations for m in o["mentions"]]
    courts = sorted(
        (m["start"], m["end"], o["id"]) for o in organizations if o["kind"] == "court" for m in o["mentions"]
    )
    # Two passes: first every fact goes only to a person referred to in its own sentence; then facts with
    # nobody in their sentence fall back to whom the text was last about, among the persons so found.
    # a quoted statement of an office («…», — говорится в сообщении) names its persons as facts
    quoted = [
        (m.start(), m.end()) for m in _GUILLEMETS.finditer(text) if not DOCUMENT_SAYS.match(text, m.end())
    ]
    quoted_only = {
        p.pid
        for p in people
        if all(any(s < m.span["start"] and m.span["end"] < e for s, e in quoted) for m in p.mentions)
    }
    ctx.allowed = set()
    for _ in range(2):
        charges = find_charges(ctx, references, offences)
        sentences = find_sentences(ctx, dates, courts)
        events, persecuted = find_events(
            ctx, dates, stamps, published.isoformat() if published else None, is_live(text), headings
        )
        defendants = persecuted | persecuted_by_wording(ctx, org_spans)
        defendants |= {c["person"] for c in charges if c["person"]}
        defendants |= {s["person"] for s in sentences if s["person"]}
        defendants -= quoted_only  # «подарочком на день рождения Путлеру»: a name inside a quotation
        ctx.allowed = set(defendants)
        if not defendants and ctx.main is not None and ctx.opens_with(ctx.main):
            # A biography («Синица Владислав Юрьевич … родился …. Осуждён на 5 лет…») tells its facts
            # without naming its subject again: they are his.
            ctx.allowed = {ctx.main}
    for term in sentences:
        # «23:00 Середкиной присудили 8 суток ареста»: a decision told in a stamped update, with no date of
        # its own, was made on the update's day
        span = term["evidence"]
        if term["date"] is None and not within(dates, span["start"], span["end"]):
            term["date"] = stamps.get(ctx.paragraph_of(span["start"]))
    for charge in charges:
        # The date of the sentence that states the charge, when it gives exactly one.
        stated = {d[2] for d in within(dates, charge["evidence"]["start"], charge["evidence"]["end"])}
        charge["date"] = stated.pop() if len(stated) == 1 else None
    roles = assign_roles(ctx, people, defendants)
    persons: list[Person] = [
        {
            "id": p.pid,
            "name": p.name,
            "roles": roles[p.pid],
            "mentions": [m.span for m in p.mentions],
        }
        for p in people
    ]
    facts: Facts = {
        "persons": persons,
        "organizations": organizations,
        "charges": charges,
        "sentences": sentences,
        "events": released_in_court(
            ctx,
            verdicts_from_sentences(
                events,
                sentences,
                _administrative(charges),
                {str(c["person"]) for c in charges if c["code"] == "RU-UK"},
            ),
        ),
    }
    if original != text:
        _quote_as_written(facts, original)
        for person in persons:
            person["name"] = _with_yo(person["name"], [m["text"] for m in person["mentions"]])
    return facts


def _with_yo(name: str, written: list[str]) -> str:
    """The name with the «ё» its mentions were written with («Ольга Сочинёва» from «Сочинёвой»)."""
    words = name.split(" ")
    for token in (t for text in written for t in text.split() if "ё" in t.lower()):
        folded = token.replace("ё", "е").replace("Ё", "Е")
        for i, word in enumerate(words):
            for pos in (j for j, ch in enumerate(token) if ch in "ёЁ"):
                if pos < len(word) and word[: pos + 1] == folded[: pos + 1]:
                    words[i] = word[:pos] + token[pos] + word[pos + 1 :]
    return " ".join(words)


def _quote_as_written(node: object, original: str) -> None:
    """Every span's text taken again from the text as written (the rules read a folded copy)."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int) and "text" in node:
            node["text"] = original[node["start"] : node["end"]]
        for value in node.values():
            _quote_as_written(value, original)
    elif isinstance(node, list):
        for item in node:
            _quote_as_written(item, original)
