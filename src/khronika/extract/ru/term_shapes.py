"""Shapes of a term read where it stands: the punishment named after it, whether a verb governs a bare term,
the next term of a list, the name right after a term, a term that "is" («срок составит»), the bounds of a
group's terms («на сроки от 4 до 7 лет»), and the day the undated terms of a digest share with its first
dated one."""

from __future__ import annotations

import itertools
import re

from khronika.extract.facts import Sentence
from khronika.extract.ru.context import Context, within
from khronika.extract.ru.context import Sentence as TextSentence
from khronika.extract.ru.stage_cues import STAGE_CUES
from khronika.extract.ru.term_lists import own_dates

# «22,5 года Карпюку, 20 лет Клыху», «на 13 и 12 лет»: the next term of a list
NEXT_OF_LIST = re.compile(r"(?:\s+[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}\s*,\s*(?:а\s+)?|\s*(?:,|и)\s*)")
_TERM_TAIL = re.compile(r"(?:\s+(?:колони\w*|общего|строгого|особого|режима|лишения|свободы|заключения))*\s+")


def named_after(ctx: Context, sentence: TextSentence, end: int) -> list[str]:
    """«двадцать два с половиной года Карпюку, двадцать лет Клыху»: a name right after the term is whose."""
    tail = _TERM_TAIL.match(ctx.masked, end)
    after = tail.end() if tail else end
    named = sorted((a for a in sentence.actors if a.named and a.start >= after), key=lambda a: a.start)
    if not named or named[0].start != after:
        return []
    pids = list(named[0].pids)
    # «оштрафовал на 10 тысяч рублей Анастасию Ветрову и Эвелину Лозову»: the names joined right after it
    for prev, nxt in itertools.pairwise(named):
        if not _JOINED.fullmatch(ctx.masked, prev.end, nxt.start):
            break
        pids += [p for p in nxt.pids if p not in pids]
    return pids


_JOINED = re.compile(r"\s*(?:,\s*и|,|и)\s+")


# «на сроки от 4 лет условно до 7 лет», «к условным срокам до шести с половиной лет»: bounds, no one's term
BOUNDS = re.compile(
    r"(?:срок\w*|наказани\w*)(?:\s+[а-яё]+){0,3}\s+от\s+(?:[^.;]{1,40}?\s+до\s+)?$|\bсрокам\s+до\s+$", re.I
)
TERM_IS = re.compile(r"\bсрок\w*\s+(?:[\w-]+\s+){0,4}?состав(?:ит|ил|ляет)\w*", re.I)


_PUNISHMENTS: list[tuple[str, re.Pattern[str]]] = [
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in [
        ("suspended", r"\bусловн\w*"),
        ("compulsory_labour", r"\bпринудительн\w*\s+работ\w*"),
        ("correctional_labour", r"\bисправительн\w*\s+работ\w*"),
        ("restriction_of_freedom", r"\bограничени\w*\s+свобод\w*"),
        ("house_arrest", r"\bдомашн\w*\s+арест\w*"),
        (
            "imprisonment",
            r"\bколони\w*|\bлишени\w*\s+свобод\w*|\bзаключени\w*|\bтюрьм\w*|\bтюремн\w*|\bрежим\w*",
        ),
    ]
]
_TERM_OF = re.compile(r"\bсроком\s+(?:на\s+|в\s+)?$|\bна\s+срок\s+(?:в\s+)?$", re.I)


def punishment_after(ctx: Context, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    after = ctx.masked[end : min(sent_end, end + 50)]
    # «три года колонии, Олег Сидоров — два года условно»: the next item of a list has its own punishment
    after = re.split(r",\s+(?=[А-ЯЁ])|\s[—–]\s|\)", after, maxsplit=1)[0]  # «(два с половиной года колонии)»
    before = ctx.masked[max(sent_start, start - 30) : start]
    if re.match(r"\s*(?:сут|дн|час)", ctx.masked[end - 6 : end + 1]) or re.search(
        r"(?:сут\w*|\bдн(?:я|ей|ям|ь))$", ctx.masked[start:end]
    ):
        return "administrative_arrest"
    # the punishment named first after the term; «три года лишения свободы условно» is suspended
    told = sorted((m.start(), label) for label, p in _PUNISHMENTS if (m := p.search(after)))
    if told and not re.search(r"[.;]", after[: told[0][0]]):
        suspended = [at for at, label in told if label == "suspended" and not re.search(r"[,(]", after[:at])]
        return "suspended" if suspended else told[0][1]
    if _TERM_OF.search(before):
        # «наказание в виде лишения свободы сроком на шесть лет»: the punishment is named before the term
        wider = ctx.masked[max(sent_start, start - 70) : start]
        named = [(m.end(), label) for label, pattern in _PUNISHMENTS for m in pattern.finditer(wider)]
        if named:
            return max(named)[1]
    if re.search(r"\bусловн\w*", before) or re.search(
        r"\bусловн\w+\s+(?:срок|наказани)\w*", ctx.masked[sent_start:start], re.I
    ):
        return "suspended"  # «Условный срок Ольге Опалевой составит четыре года 10 месяцев»
    return None


def governed(before: str) -> bool:
    """A bare term («к 14 годам», «запросил 18 лет», «срок составил 14 лет») right after its verb."""
    if re.search(
        r"\b(?:к|до)\s*$|\b(?:осуди|осужд|приговор)\w*\s+(?:заочно\s+)?на\s*$", before
    ) or _TERM_OF.search(before):
        return True
    head = before.rstrip(" \t—–-:")  # «добавили ещё один срок — 1 год и 10 месяцев»
    return any(m.end() >= len(head) - 1 for _, p in STAGE_CUES for m in p.finditer(head))


_EARLIER = re.compile(r"(?<![\w-])(?:ранее|прежде|до\s+этого|в\s+прошлом|еще\s+в|уже\s+был)(?![\w-])", re.I)


def date_from_paragraph(ctx: Context, dates: list[tuple[int, int, str]], out: list[Sentence]) -> None:
    """«Студент Егор Жуков осужден сегодня на три года условно. Павел Новиков … приговорен к штрафу.
    Владимир Емельянов получил два года условно»: the undated first-instance terms told after a dated one in
    its paragraph, with no date between, are of that day."""
    dated: dict[int, tuple[int, str]] = {}  # paragraph -> (end of the dated term's sentence, its date)
    for item in sorted(out, key=lambda i: i["evidence"]["start"]):
        if item["stage"] != "imposed":
            continue
        span = item["evidence"]
        sentence = ctx.sentence_at(span["start"])
        if sentence is None:
            continue
        if item["date"] is not None:
            dated.setdefault(sentence.paragraph, (span["end"], item["date"]))
            continue
        before = dated.get(sentence.paragraph)
        if (
            before is not None
            and before[0] <= span["end"]
            and not within(dates, before[0], sentence.start)  # no date told between
            and not own_dates(ctx.text, dates, sentence)  # «за удар … на акции 27 июля» is the act's
            and not _EARLIER.search(span["text"])
        ):
            item["date"] = before[1]
            dated[sentence.paragraph] = (span["end"], before[1])
