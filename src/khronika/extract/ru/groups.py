"""Plural anaphora: «задержанных», «всех задержанных», «участников акции» refer back to a group of persons.

A news item lists the detained («Задержаны: Роман Зотов, Валерия Зинова и Леонид Марков.» or «полиция
задержала Олега Зайцева, Игоря Лисина и Павла Носова») and later speaks of them as a group: «Полиция отпустила
задержанных после составления протоколов». Every fact of that later clause belongs to each member.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from khronika.extract.ru.actor_types import Actor
    from khronika.extract.ru.context import Context

# A substantivised participle or a participants' noun, not followed by a name it qualifies («на задержанных
# Олега Зайцева и Игоря Лисина» names the persons itself, and those names are actors of their own).
GROUP = re.compile(
    r"(?<![\w-])(?:(?:всех|все|всем|всеми)\s+)?(?:задержанн(?:ых|ые|ым|ыми)"
    r"|участник(?:ов|и|ам|ами)\s+(?:этой\s+|той\s+)?(?:акци|пикет|митинг|шестви|флешмоб|флэшмоб)\w*)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ]")
# The clause that introduces the group: a detention, or a list after «задержаны:».
_DETENTION = re.compile(r"\bзадерж(?:ал|ан|ива|ат)\w*|\bдоставил\w*\s+в\s+(?:отдел|ОВД|полиц|ОП)", re.I)
_LOOK_BACK = 6  # sentences: a group spoken of further on is no longer the one just listed


def group_members(
    text: str, sentences: list[tuple[int, int, list[tuple[int, list[str]]]]], index: int, pos: int
) -> list[str]:
    """The persons a group word at ``pos`` in sentence ``index`` refers to, in order of mention.

    ``sentences`` gives each sentence's span and its freely named actors (no role word) as (start, person
    ids), in order. The group is every such person, named before the group word, of the latest sentence up
    to the word's own that reports a detention; the list items that follow such a sentence («Задержаны:»,
    then one name a line) belong to it.
    """
    word = GROUP.match(text, pos)
    if word is None or _NAME_AFTER.match(text, word.end()):
        return []
    for i in range(index, max(-1, index - _LOOK_BACK), -1):
        start, end, _ = sentences[i]
        if not _DETENTION.search(text, start, min(end, pos)):
            continue
        members: list[str] = []
        for j in range(i, index + 1):
            s, _, actors = sentences[j]
            if j == index and i < index:
                break  # the group word's own sentence adds nobody to a group listed before it
            if i < j and not _is_list_item(text, s):
                break
            for actor_start, pids in actors:
                if actor_start < pos:
                    members += [p for p in pids if p not in members]
        if members:
            return members
    return []


def _is_list_item(text: str, start: int) -> bool:
    """A line that is one item of a list (a name after a dash or a bullet)."""
    return bool(re.match(r"\s*(?:[-–—•*]|\d+[.)])\s", text[start : start + 6]))


REST = re.compile(r"(?<![\w-])остальн(?:ых|ым|ые|ыми)(?![\w-])(?!\s+[А-ЯЁ])", re.I)


def rest_of_list(ctx: Context, index: int, actors: list[Actor], pos: int) -> list[str]:
    """The persons of the latest list of three or more, within two sentences, not named before ``pos``."""
    here = {pid for a in actors if a.named and a.start < pos for pid in a.pids}
    for before in reversed(ctx.sentences[max(0, index - 2) : index]):
        for a in reversed([a for a in before.actors if a.named]):
            listed = ctx.list_of(a.start)
            if len(listed) >= 3:
                return [p for p in listed if p not in here]
    return []
