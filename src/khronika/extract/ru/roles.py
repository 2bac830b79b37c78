"""Roles from context: defendant from what happened to a person, the rest from role words and speech verbs."""

from __future__ import annotations

import re

from khronika.extract.ru.apposition import role_before
from khronika.extract.ru.context import Context
from khronika.extract.ru.cues import PERSECUTED, SPEECH
from khronika.extract.ru.persons import Person


def persecuted_by_wording(ctx: Context, organizations: list[tuple[int, int]] | None = None) -> set[str]:
    """Persons whose clause calls them persecuted («политзаключенный», «обвиняемый», «отбывает срок»…).

    An organisation named between the person and the word is what the word is about: «После прихода к
    власти Путина, выходца из КГБ, «Мемориал» стали преследовать».
    """
    orgs = sorted(organizations or [])
    found: set[str] = set()
    matches = ctx.cues.get(("persecuted", 0))
    if matches is None:
        matches = ctx.cues[("persecuted", 0)] = [
            (m.start(), m.end(), "") for m in PERSECUTED.finditer(ctx.masked)
        ]
    for start, end, _ in matches:
        sentence = ctx.sentence_at(start)
        pids = ctx.attach(start, end, fallback=False)
        if sentence is not None and _AND_OTHER.search(ctx.masked, max(sentence.start, start - 30), start):
            # «…Кара-Мурзы, левой активистки Дарьи Полюдовой … и других осужденных»: the whole list is of them
            named = [a for a in sentence.actors if a.named and a.end <= start]
            listed = next((x for a in reversed(named) if len(x := ctx.list_of(a.start)) >= 2), [])
            titled = {pid for a in named if a.role is not None for pid in a.pids}  # «отца Маши Москалевой»
            pids = list(dict.fromkeys([*pids, *(pid for pid in listed if pid not in titled)]))
        for pid in pids:
            person = ctx.persons[pid]
            spans = [
                x.span
                for x in person.mentions
                if sentence and sentence.start <= x.span["start"] < sentence.end
            ]
            if spans and all(_org_between(orgs, s["start"], s["end"], start, end) for s in spans):
                continue
            found.add(pid)
    return found


_AND_OTHER = re.compile(
    r"\b(?:и|а\s+также)\s+(?:многих\s+|ряда\s+|еще\s+|ещё\s+)?(?:других|прочих)\s+$", re.I
)


def _org_between(orgs: list[tuple[int, int]], a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    lo, hi = (a_end, b_start) if a_end <= b_start else (b_end, a_start)
    return any(lo <= s and e <= hi for s, e in orgs)


def assign_roles(ctx: Context, persons: list[Person], defendants: set[str]) -> dict[str, list[str]]:
    """Each person's roles: ``defendant`` for the persecuted, role nouns in apposition, speakers."""
    roles: dict[str, list[str]] = {}
    for person in persons:
        found: list[str] = ["defendant"] if person.pid in defendants else []
        for mention in person.mentions:
            role = role_before(ctx.text, mention.span["start"], mention.span["end"])
            if role and role not in found and not (role == "commentator" and found):
                found.append(role)
        if not found and any(_speaks(ctx, m.span["start"], m.span["end"]) for m in person.mentions):
            found.append("commentator")
        if "commentator" in found and len(found) > 1:
            found.remove("commentator")  # a titled speaker who also has a real role keeps only that one
        if "commentator" in found and not any(
            _speaks(ctx, m.span["start"], m.span["end"]) for m in person.mentions
        ):
            found.remove("commentator")  # an activist or journalist merely mentioned is "other"
        roles[person.pid] = found or ["other"]
    return roles


def _speaks(ctx: Context, start: int, end: int) -> bool:
    """A speech verb next to the name («рассказал ее адвокат Илья Сидоров», «По словам Сидорова»)."""
    sentence = ctx.sentence_at(start)
    if sentence is None:
        return False
    window = ctx.text[max(sentence.start, start - 60) : min(sentence.end, end + 40)]
    return bool(SPEECH.search(window)) or bool(
        re.search(r"»\s*,?\s*[—–-]\s*\w+\s*$", ctx.text[max(0, start - 30) : start])
    )
