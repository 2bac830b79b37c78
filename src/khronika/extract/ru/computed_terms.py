"""Terms a text gives only as a difference from another term of the same person.

«Апелляционный суд смягчил приговор, сократив срок на пять месяцев»: the reduced term is the term imposed
before, less five months. «…четыре года колонии — на полгода меньше, чем просило обвинение»: the request was
half a year longer than the term. A researcher writes the resulting term down; so does the extractor, but only
when the text has told exactly one term to subtract from or add to.
"""

from __future__ import annotations

import re

from khronika.extract.facts import Sentence
from khronika.extract.ru.context import Context
from khronika.extract.ru.term_lists import own_dates
from khronika.extract.ru.terms import Term, find_terms, read_number, word_tokens

# «сократил срок на пять месяцев», «смягчила приговор на год», «снизив наказание на полгода».
_CHANGED_BY = re.compile(
    r"\b(?P<verb>сократи|снизи|смягчи|уменьши|ужесточи|увеличи)(?:л|ла|ли|в|вший|вшая)\b"
    r"(?:\s+(?:[\w-]+\s+){0,4}?)на\s+(?=\S)",
    re.I,
)
# «на полгода меньше, чем просило обвинение», «на год больше, чем запрашивал прокурор».
_THAN_REQUESTED = re.compile(
    r"\bна\s+(?P<term>[^,.;]{2,40}?)\s+(?P<cmp>меньше|больше),?\s+чем\s+(?:[\w-]+\s+){0,2}?"
    r"(?:просил|запрашивал|запросил|требовал|потребовал)\w*",
    re.I,
)


# «смягчил приговор — с пяти с половиной до пяти лет колонии»: the term before the change, its unit left out.
_FROM_TO = re.compile(
    r"\b(?P<verb>смягчи|снизи|сократи|уменьши|ужесточи|увеличи)\w*\b[^.;]{0,60}?\bс\s+"
    r"(?P<from>(?:[а-яё]+|\d+(?:[.,]5)?)(?:\s+с\s+половиной)?)\s+до\s+(?=\S)",
    re.I,
)


# «Апелляционный суд утвердил приговор», «оставил приговор в силе», «отклонил апелляцию»: the term imposed
# stands, now also as the appeal court's.
_UPHELD = re.compile(
    r"\b(?:утвердил\w*\s+(?:[\w-]+\s+)?приговор|остав(?:ил|ить)\w*\s+(?:[\w-]+\s+){0,3}?(?:в\s+силе|без\s+изменени)"
    r"|отклонил\w*\s+(?:[\w-]+\s+)?(?:апелляц|жалоб))\w*",
    re.I,
)


# «оставил без изменения приговор Петрову, осужденному на шесть лет»: the term told is the first verdict's.
_EARLIER_TERM = re.compile(
    r"\b(?:осужденн|осуждённ|приговоренн|приговорённ)\w*\s+(?:[\w-]+\s+){0,3}?(?:к|на)\s", re.I
)


def _upheld_for(ctx: Context, start: int, end: int) -> list[str]:
    """Whose verdict an appeal court upheld: the persons of the fact, and when the fact names nobody and
    falls back on the person named last, everyone listed with that person («жалобу на приговор A и B … Суд
    постановил оставить приговор без изменений»)."""
    pids = ctx.attach(start, end)
    sentence = ctx.sentence_at(start)
    if len(pids) != 1 or sentence is None or any(a.named for a in sentence.actors):
        return pids
    last = max(
        (m.span["start"] for m in ctx.persons[pids[0]].mentions if m.span["end"] <= start), default=None
    )
    listed = ctx.list_of(last) if last is not None else []
    return listed if len(listed) > 1 else pids


def change_stage(verb: str) -> str:
    """The stage a verb that changes a term gives it: «ужесточил», «увеличил» increase, the rest reduce."""
    return "increased" if verb.lower().startswith(("ужесточ", "увелич")) else "reduced"


def _months(item: Sentence) -> int | None:
    if item["years"] is None and item["months"] is None:
        return None
    return (item["years"] or 0) * 12 + (item["months"] or 0)


def _term_at(text: str, start: int) -> Term | None:
    """The term written right at ``start`` («пять месяцев», «полгода», «год»)."""
    piece = text[start : start + 40]
    if re.match(r"(?:один\s+)?год\b", piece, re.I):
        return Term(start, start + 3, 1, 0, 0)
    if re.match(r"пол(?:года|угода)\b", piece, re.I):
        return Term(start, start + 7, 0, 6, 0)
    terms = find_terms(piece)
    if not terms or terms[0].start > 0 or terms[0].days:
        return None
    term = terms[0]
    return Term(start + term.start, start + term.end, term.years, term.months, 0)


def _derived(base: Sentence, stage: str, months: int, date: str | None) -> Sentence | None:
    if months <= 0:
        return None
    return {
        **base,
        "stage": stage,
        "years": months // 12,
        "months": months % 12,
        "days": 0,
        "date": date,
        "court": None if stage != "requested" else base["court"],
    }


def computed_terms(ctx: Context, dates: list[tuple[int, int, str]], items: list[Sentence]) -> list[Sentence]:
    """The reduced, increased or requested terms the text gives as a difference, from ``items``."""
    out: list[Sentence] = []
    for m in _CHANGED_BY.finditer(ctx.masked):
        by = _term_at(ctx.masked, m.end())
        if by is None:
            continue
        pids = ctx.attach(m.start(), m.end())
        for pid in pids:
            own = [s for s in items if s["person"] == pid and s["punishment"] == "imprisonment"]
            imposed = [s for s in own if s["stage"] == "imposed" and _months(s)]
            stage = change_stage(m.group("verb"))
            if len(imposed) != 1 or any(s["stage"] == stage and _months(s) for s in own):
                continue
            base = imposed[0]
            change = by.years * 12 + by.months
            total = (_months(base) or 0) + (change if stage == "increased" else -change)
            sentence = ctx.sentence_at(m.start())
            dated = own_dates(ctx.text, dates, sentence) if sentence else []
            derived = _derived(base, stage, total, dated[0][2] if len(dated) == 1 else None)
            if derived is not None and sentence is not None:
                derived["evidence"] = ctx.quote(sentence)
                out.append(derived)
    for m in _FROM_TO.finditer(ctx.masked):
        to = _term_at(ctx.masked, m.end())
        words = word_tokens(m.group("from"))
        number = read_number(words, 0) if words else None
        if to is None or number is None or number[1] != len(words) or not to.years:
            continue
        stage = change_stage(m.group("verb"))
        for pid in ctx.attach(m.start(), m.end()):
            own = [s for s in items + out if s["person"] == pid and s["punishment"] == "imprisonment"]
            if any(s["stage"] == "imposed" and _months(s) == round(number[0] * 12) for s in own):
                continue
            changed = [s for s in own if s["stage"] in (stage, "imposed") and _months(s) == to.years * 12]
            if changed:
                base = changed[0]
                first = _derived(base, "imposed", round(number[0] * 12), None)
                if first is not None:
                    out.append(first)
                if base["stage"] == "imposed":
                    base["stage"] = stage  # the term after the change, which the verb's stage reached
    for m in _UPHELD.finditer(ctx.masked):
        sentence = ctx.sentence_at(m.start())
        piece = ctx.masked[sentence.start : sentence.end] if sentence is not None else ""
        if sentence is None or (find_terms(piece) and not _EARLIER_TERM.search(piece)):
            continue  # the term the appeal court gave is told in its own sentence
        for pid in _upheld_for(ctx, m.start(), m.end()):
            own = [s for s in items + out if s["person"] == pid]
            imposed = [s for s in own if s["stage"] == "imposed" and (_months(s) or s["amount"])]
            if len(imposed) != 1 or any(s["stage"] in ("appeal", "reduced", "increased") for s in own):
                continue
            dated = own_dates(ctx.text, dates, sentence)
            kept: Sentence = {
                **imposed[0],
                "stage": "appeal",
                "date": dated[0][2] if len(dated) == 1 else None,
                "court": None,
                "evidence": ctx.quote(sentence),
            }
            out.append(kept)
    for m in _THAN_REQUESTED.finditer(ctx.masked):
        by = _term_at(ctx.masked, m.start("term"))
        if by is None or by.end > m.end("term") + 1:
            continue
        told = [
            s
            for s in items
            if s["stage"] == "imposed"
            and _months(s)
            and s["evidence"]["start"] <= m.start() < s["evidence"]["end"]
        ]
        requested = {s["person"] for s in items if s["stage"] == "requested"}
        if len(told) != 1 or told[0]["person"] in requested:
            continue  # the request is told already, or the term compared with it is not one
        change = by.years * 12 + by.months
        total = (_months(told[0]) or 0) + (change if m.group("cmp").lower() == "меньше" else -change)
        derived = _derived(told[0], "requested", total, None)
        if derived is not None:
            out.append(derived)
    return out
