"""Items of a list of decisions that have no verb of their own: lines under a head ending in «:» («…назначил
им следующие сроки:», then «Руслан Костыленков – 7 лет»), and items running on in a paragraph after the
decision told before them («…суд арестовал активистов. Владимир Журавлев — 3 суток ареста.»). Their stage,
date and persons come from that head.
"""

from __future__ import annotations

import re

from khronika.extract.ru.context import Context, within
from khronika.extract.ru.context import Sentence as TextSentence
from khronika.extract.ru.term_stage import stage_of_term


def list_head(ctx: Context, sentence: TextSentence) -> TextSentence | None:
    """The head a list item on a line of its own hangs from («…и назначил им следующие сроки:»)."""
    index = ctx.sentence_index(sentence)
    for previous in reversed(ctx.sentences[max(0, index - 12) : index]):
        text = ctx.masked[previous.start : previous.end].rstrip()
        if text.endswith(":"):
            return previous
        if len(text) > 80 or "\n" not in ctx.masked[previous.end : sentence.start]:
            return None  # an item is a short line of its own
    return None


def list_members(ctx: Context, head: TextSentence) -> list[str]:
    """The persons opening the short lines that follow a head ending in «:» («…виновны в создании
    экстремистского сообщества и назначил им следующие сроки:», then «Руслан Костыленков – 7 лет»…)."""
    if not ctx.masked[head.start : head.end].rstrip().endswith(":"):
        return []
    index = ctx.sentence_index(head)
    members: list[str] = []
    for item in ctx.sentences[index + 1 : index + 16]:
        opener = next((a for a in item.actors if a.named), None)
        if (
            item.end - item.start > 80
            or opener is None
            or ctx.masked[item.start : opener.start].strip(" -–—•*")
        ):
            break
        members += [p for p in opener.pids if p not in members]
    return members if len(members) >= 2 else []


# «Владимир Журавлев — 3 суток ареста.»: a sentence that opens with names and a dash, and has no verb.
_NAMES_DASH = re.compile(r"\s*[—–-]\s*(?:по\s+|на\s+|к\s+)?")


_ITEMS_REACH = 64  # sentences back: a run of items longer than this is no list a reader follows


def inline_head(ctx: Context, sentence: TextSentence) -> TextSentence | None:
    """The sentence a verbless item running on in its paragraph hangs from: «Суд арестовал активистов …
    Владимир Журавлев — 3 суток ареста. Алия Зиганшина, Анна Зайцева — 4 суток»: the latest sentence before
    it in the paragraph that tells a decision by its verb, past the other items and at most three other
    sentences."""
    if not is_inline_item(ctx, sentence):
        return None
    others = 0  # sentences before it that are no items of the run
    index = ctx.sentence_index(sentence)
    for i in range(index - 1, max(-1, index - 1 - _ITEMS_REACH), -1):
        previous = ctx.sentences[i]
        if previous.paragraph != sentence.paragraph or others == 3:
            return None
        if stage_of_term(ctx, previous.start, previous.end, previous.end, previous.end) is not None:
            return previous
        others += not is_inline_item(ctx, previous)
    return None


def is_inline_item(ctx: Context, sentence: TextSentence) -> bool:
    """«Владимир Журавлев — 3 суток ареста.», «Антона Броусека — за пикет …»: names, a dash, no verb of
    their own."""
    named = [a for a in sentence.actors if a.named]
    if not named or ctx.masked[sentence.start : named[0].start].strip():
        return False
    last = named[0]
    for actor in named[1:]:
        if not re.fullmatch(r"\s*(?:,|и)\s*", ctx.masked[last.end : actor.start]):
            break
        last = actor
    return _NAMES_DASH.match(ctx.masked, last.end) is not None


def stage_of_list_head(ctx: Context, sentence: TextSentence) -> str | None:
    """The stage of a list item's term that has no verb («Петр Карамзин – 6,5 лет колонии»), from its head
    (a line ending in a colon, or the decision told just before in the paragraph)."""
    head = list_head(ctx, sentence) or inline_head(ctx, sentence)
    return None if head is None else stage_of_term(ctx, head.start, head.end, head.end, head.end)


def list_head_date(ctx: Context, dates: list[tuple[int, int, str]], sentence: TextSentence) -> str | None:
    """The day of the verdict a list of terms comes from: its head's date, else the date of the verdict told
    in the paragraph or two before it («Люблинский суд 6 августа приговорил … семерых подсудимых»)."""
    head = list_head(ctx, sentence) or inline_head(ctx, sentence)
    if head is None:
        return None
    stated = within(dates, head.start, head.end)
    if stated:
        return stated[-1][2]
    index = ctx.sentence_index(head)
    for previous in reversed(ctx.sentences[max(0, index - 8) : index]):
        if previous.paragraph < head.paragraph - 2:
            break
        told = within(dates, previous.start, previous.end)
        if told and _VERDICT_WORD.search(ctx.masked, previous.start, previous.end):
            return told[0][2]
    return None


_VERDICT_WORD = re.compile(r"\bприговор\w*|\bосуди\w*|\bосужд\w*", re.I)
