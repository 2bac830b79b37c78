"""Custody dated by what is told around it: a change of the measure of restraint in the sentence before, or
how long the person has been held («сидит в СИЗО уже два месяца»)."""

from __future__ import annotations

import re

from khronika.extract.ru.context import Context, within
from khronika.extract.ru.terms import read_number, word_tokens

_MEASURE = re.compile(r"\bмер\w*\s+пресечени", re.I)
_HELD_FOR = re.compile(
    r"\b(?:(?:уже|более|больше|почти|около)\s+)+(?P<n>[\w,]+\s+)?(?P<u>месяц\w*|год\w*|лет|недел\w*)\b", re.I
)


def held_for(piece: str, today: str) -> str | None:
    """«сидит в СИЗО уже два месяца»: custody since about that long before the item (``today``)."""
    m = _HELD_FOR.search(piece)
    if m is None:
        return None
    words = word_tokens(m.group("n") or "один")
    number = read_number(words, 0) if words else None
    if number is None or number[0] <= 0:
        return None
    unit = m.group("u").lower()
    months = round(
        number[0] * (12 if unit.startswith(("год", "лет")) else 1 if unit.startswith("месяц") else 0.25)
    )
    year, month = int(today[:4]), int(today[5:7]) - months
    while month <= 0:
        year, month = year - 1, month + 12
    return f"{year:04d}-{month:02d}~" if unit.startswith(("месяц", "недел")) else f"{year:04d}~"


def measure_before(ctx: Context, dates: list[tuple[int, int, str]], index: int) -> str | None:
    """«10 марта суд поменял меру пресечения Саутиевой. Из СИЗО ее перевели под домашний арест»: the custody
    the decision ordered, told in the next sentence, has the decision's date."""
    if index == 0:
        return None
    before, sentence = ctx.sentences[index - 1], ctx.sentences[index]
    if before.paragraph != sentence.paragraph or not _MEASURE.search(ctx.text, before.start, before.end):
        return None
    told = {d[2] for d in within(dates, before.start, before.end)}
    return told.pop() if len(told) == 1 else None
