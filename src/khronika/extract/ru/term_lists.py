"""Decisions told across a sentence or two: a list of terms for several people («X – три года, Y – два»,
«соответственно»), a verdict dated by the sentence beside its terms, a stage told by the sentence before.

``punishments.find_sentences`` reads each term; these rules say whose it is, when it was decided and how far
the case had got, from the sentences around it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Protocol

from khronika.extract.facts import Sentence
from khronika.extract.ru.context import CLAUSE_BOUNDARY, Context, within
from khronika.extract.ru.context import Sentence as TextSentence
from khronika.extract.ru.cues import OF_AN_ACTION
from khronika.extract.ru.dating import PARTICIPLE_BEFORE, SAID_AFTER


class Placed(Protocol):
    """A term or fine found in the text: where it stands."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


# «Апелляционный суд ужесточил наказание Кагарлицкому. Вместо штрафа ему назначили пять лет»
_STAGE_VERB = re.compile(
    r"\b(?:(ужесточил|увеличил)|(смягчил|сократил|снизил|уменьшил))(?!ись|ась|ось|ся)\w*", re.I
)


# «Суд вынес приговор 12 ноября», «Приговор огласили вчера»: a sentence that tells only when the verdict came.
_VERDICT_TOLD = re.compile(
    r"\b(?:вын[её]с\w*|огласил\w*|оглаш[её]н\w*|вынесен\w*)\s+(?:[\w-]+\s+){0,2}?приговор\w*"
    r"|\bприговор\w*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:вынес|оглаш|огласил|объявил|объявлен|был\s+вынесен)\w*"
    r"|\b(?:вын[её]с|принял)\w*\s+(?:[\w-]+\s+){0,2}?решени\w*|\bРешени\w*\s+(?:[\w-]+\s+){0,3}?(?:вынесен|вынес|принят|принял)\w*"
    # «21 мая в Буйнакском суде завершился … процесс по делу …»: the trial ended with the verdict
    r"|\bзавершил\w*\s+(?:[\w«».-]+\s+){0,12}?процесс\w*\s+по\s+делу"
    r"|\bпроцесс\w*\s+по\s+делу\s+(?:[\w-]+\s+){0,4}?завершил\w*",
    re.I,
)


def date_from_verdict_told(
    ctx: Context, dates: list[tuple[int, int, str]], out: list[Sentence], told: set[int]
) -> None:
    """Date the undated imposed terms of a paragraph from a sentence beside them that only dates the verdict.

    «Шесть подсудимых получили условные сроки: … Суд вынес приговор 12 ноября.» and «12 ноября суд вынес
    приговор по делу. Иван Петров получил три года…»: the terms are of that day. The dating sentence states no
    term itself; the terms' sentences must be near it (two at most between) with no dated sentence between.
    """
    frames: dict[int, str] = {}
    for index, sentence in enumerate(ctx.sentences):
        told_here = None if index in told else _VERDICT_TOLD.search(ctx.masked, sentence.start, sentence.end)
        if told_here is None:
            continue
        # «Они состоялись 10 мая, а сегодня, 11-го, уже был оглашен приговор»: the verdict clause's date
        own = own_dates(ctx.text, dates, sentence)
        clause = [
            d for d in own if not CLAUSE_BOUNDARY.search(ctx.masked, *sorted((d[1], told_here.start())))
        ]
        if len({d[2] for d in clause}) > 1:
            # «21 мая … завершился начатый в декабре процесс»: the date before the verb, nearest to it
            clause = [d for d in clause if d[1] <= told_here.start()][-1:]
        stated = {d[2] for d in (own if len({d[2] for d in own}) == 1 else clause)}
        if len(stated) == 1:
            frames[index] = stated.pop()
    if not frames:
        return
    for item in out:
        if item["stage"] != "imposed" or item["date"] is not None:
            continue
        index = ctx.sentence_index_before(item["evidence"]["start"] + 1)
        paragraph = ctx.sentences[index].paragraph
        for step in (1, -1, 2, -2, 3):
            other = index + step
            lo, hi = sorted((index, other))
            if other not in frames or ctx.sentences[other].paragraph != paragraph:
                continue
            # no sentence between the two states a date of its own: the story has not moved on
            between = range(lo + 1, hi)
            if not any(own_dates(ctx.text, dates, ctx.sentences[i]) for i in between):
                item["date"] = frames[other]
                break


_FIRST_VERDICT = re.compile(r"\bприговори(?!ть\b)\w*|\bосудил\w*", re.I)


def stage_told_before(ctx: Context, sentence: TextSentence, told: list[int]) -> str | None:
    """The stage a sentence just before gives to an undated «назначили» that follows it: «…ужесточил наказание
    Кагарлицкому. Вместо штрафа ему назначили пять лет» is the harsher term, not a first verdict. The sentence
    before must state no term itself and stand in the same paragraph."""
    index = ctx.sentence_index(sentence)
    if index == 0 or (index - 1) in told or _FIRST_VERDICT.search(ctx.masked, sentence.start, sentence.end):
        # «…смягчил приговор Сидорову. В марте Мещанский суд приговорил его к шести годам»: the story goes
        # back to the first verdict
        return None
    before = ctx.sentences[index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    m = _STAGE_VERB.search(ctx.masked, before.start, before.end)
    if m is None:
        return None
    return "increased" if m.group(1) else "reduced"


def respectively(
    ctx: Context, sentence: TextSentence, terms: Sequence[Placed], piece: str
) -> dict[int, list[str]]:
    """«приговорил Петрова и Смирнову к пяти и шести годам соответственно»: i-th term, i-th person. Only the
    clause of «соответственно» counts: «A и B осудили на 18 лет, C и D — на 13 и 12 лет соответственно»."""
    word = re.search(r"\bсоответственно\b", piece, re.I)
    if len(terms) < 2 or word is None:
        return {}
    at = sentence.start + word.start()
    cuts = [m.end() for m in _RESPECTIVE_CUT.finditer(ctx.masked, sentence.start, at)]
    run = [t for t in terms if t.start < at]
    clause = max([c for c in cuts if run and c <= run[-1].start] or [sentence.start])
    run = [t for t in run if t.start >= clause]
    if len(run) < 2:
        return {}
    named = [a for a in sentence.actors if a.named and a.role is None and clause <= a.start < run[0].start]
    group = list(dict.fromkeys(p for a in named for p in a.pids)) or ctx.attach(run[0].start, run[0].end)
    if len(group) != len(run):
        return {}
    first_seen = {pid: min(a.start for a in sentence.actors if pid in a.pids) for pid in group}
    ordered = sorted(group, key=lambda pid: first_seen[pid])
    return {t.start: [pid] for t, pid in zip(run, ordered, strict=True)}


_RESPECTIVE_CUT = re.compile(r"\s[—–]\s|;|,\s+а\s")


# «…: Иван Петров – три года, Олег Сидоров и Павел Кузнецов – по два года»: names, a dash, then the term.
_ITEM_DASH = re.compile(r"\s*(?:[—–]|-(?=\s))\s*(?:(?:по|к|на)\s+)?$", re.I)
# a bare term of a list item; not «Петрийчук - на два месяца», which says by how much a term was cut
LIST_ITEM_DASH = re.compile(r"\s(?:[—–]|-)\s*(?:(?:по|к)\s+)?$", re.I)
# «A и B осудили на 18 лет, C и D — на 13 и 12 лет»: «— на» goes on with a verb that took «на» before
DASH_ON = re.compile(r"\b(?:осуди|осужд|приговор)\w*\s+(?:заочно\s+)?на\s[^—–]*\s[—–]\s*на\s+$", re.I)
_ITEM_JOIN = re.compile(r"\s*(?:,\s*(?:а\s+также\s+|и\s+)?|и\s+)(?:[а-яё-]+\s+){0,2}", re.I)  # «и активист»
_ITEM_TAIL = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*")  # «Иван Петров (27 лет) – три года»


def itemised(ctx: Context, sentence: TextSentence, found: Sequence[Placed]) -> dict[int, list[str]]:
    """The persons named right before each «NAMES – TERM» item of a list of terms in one sentence.

    An item runs from the end of the term before it (or the sentence's colon) to the dash before its term;
    after its first name only joining words («и», a comma, a role word) and a bracket may stand in it.
    """
    out: dict[int, list[str]] = {}
    text = ctx.masked
    previous = sentence.start
    for f in found:
        colon = text.rfind(":", previous, f.start)
        left = colon + 1 if colon >= 0 else previous
        previous = f.end
        dash = _ITEM_DASH.search(text, left, f.start)
        if dash is None:
            continue
        named = [a for a in sentence.actors if a.named and left <= a.start and a.end <= dash.start()]
        if not named or not _ITEM_TAIL.fullmatch(text, named[-1].end, dash.start()):
            continue
        if not all(_ITEM_JOIN.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(named)):
            continue
        out[f.start] = list(dict.fromkeys(pid for a in named for pid in a.pids))
    return out


def own_dates(
    text: str, dates: list[tuple[int, int, str]], sentence: TextSentence
) -> list[tuple[int, int, str]]:
    """The sentence's dates but those of a participle phrase («по составленному вчера протоколу»)."""
    return [
        d for d in within(dates, sentence.start, sentence.end)
        if not PARTICIPLE_BEFORE.search(text, sentence.start, d[0])
        and not OF_AN_ACTION.search(text, max(sentence.start, d[0] - 60), d[0])
        and not SAID_AFTER.match(text, d[1])  # «Сегодня Елизавета Нестерова рассказывает о …»: the telling
    ]  # fmt: skip


def merge_sentences(items: list[Sentence]) -> list[Sentence]:
    """Drop a repeat of a decision that states less: «оштрафовал Егорова» after «…на 30 тысяч рублей»."""
    kept: list[Sentence] = []
    for item in items:
        decision = (item["person"], item["stage"], item["punishment"])
        same = [k for k in kept if (k["person"], k["stage"], k["punishment"]) == decision]
        if item["amount"] is None and item["years"] is None and same:
            for k in same:
                k["date"] = k["date"] or item["date"]
            continue
        vague = [k for k in same if k["amount"] is None and k["years"] is None]
        for k in vague:
            item["date"] = item["date"] or k["date"]
            kept.remove(k)
        kept.append(item)
    return kept


def with_upheld(items: list[Sentence]) -> list[Sentence]:
    """A term upheld on appeal («Верховный суд оставил в силе решение — двадцать лет Клыху») was imposed
    first: the first-instance term is added, undated, unless the text tells it."""
    imposed = {(i["person"], i["punishment"]) for i in items if i["stage"] == "imposed"}
    first: list[Sentence] = [
        {**i, "stage": "imposed", "date": None, "court": None}
        for i in items
        if i["stage"] == "appeal" and (i["person"], i["punishment"]) not in imposed
    ]
    return items + first
