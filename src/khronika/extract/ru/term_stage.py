"""How far the decision a term belongs to got: the verb that governs it («приговорил к…», «запросил…»,
«смягчил до…»), or none when the term is only possible («грозит до 20 лет») or the article's range."""

from __future__ import annotations

import re

from khronika.extract.ru.context import Context
from khronika.extract.ru.stage_cues import STAGE_CUES

# «грозит до 20 лет», «предусматривает до 10 лет»: a possible term is not a sentence.
_THREAT = re.compile(
    r"\bгроз\w*|\bпредусматрива\w*|\bмо(?:жет|гут|г|гла|гли)\s+(?:получить|составить)|\bсвет(?:ит|ят|ило|или)\b|\bмаксимальн\w*",
    re.I,
)

# «(ст. 330.1 УК, до двух лет лишения свободы)», «(«Публичное оправдание терроризма…», до 7 лет)»: the
# article's range, written right after the article or its title.
_RANGE_OF_ARTICLE = re.compile(r"(?:[»\"]|\b(?:УК|КоАП)(?:\s+РФ)?)\s*,\s*(?:до|от)\s*$")


def stage_of_term(ctx: Context, sent_start: int, start: int, end: int, sent_end: int) -> str | None:
    """The stage named by the nearest governing verb before the term (else after it) in the sentence."""
    if _RANGE_OF_ARTICLE.search(ctx.masked, max(sent_start, start - 40), start):
        return None
    before = ctx.masked[sent_start:end]
    before = before[
        before.rfind(";", 0, start - sent_start) + 1 :
    ]  # a digest's «…; …» parts have their own verbs
    best: tuple[int, str] | None = None
    for label, pattern in STAGE_CUES:
        for m in pattern.finditer(before):
            if label == "imposed" and _VERDICT_CHANGED.search(before, 0, m.start()):
                continue  # «смягчил приговор — с пяти с половиной до пяти лет»: the verdict the verb changed
            if best is None or m.end() > best[0]:
                best = (m.end(), label)
    threat = [m.end() for m in _THREAT.finditer(before)]
    if threat and (best is None or max(threat) >= best[0]):
        return None
    if best is not None:
        return best[1]
    after = ctx.masked[end:sent_end].split(";", 1)[0]
    for label, pattern in STAGE_CUES:
        if pattern.search(after[:80]):
            return label
    return None


_VERDICT_CHANGED = re.compile(
    r"\b(?:смягчил|ужесточил|изменил|отменил|снизил|сократил|оставил)\w*\s+(?:[\w-]+\s+){0,2}?$", re.I
)
