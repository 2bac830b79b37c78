"""Profile blocks: a name on a line of its own, then list items about that person.

«Илья Яшин*\n- Политик, 39 лет.\n- Местонахождение: В СИЗО «Бутырка» сидит уже два месяца по делу …»: the
items name nobody, yet every fact in them is the heading's person's (letters-to-prisoners pages, digests of
political prisoners, «карточки» in long reads).
"""

from __future__ import annotations

import re

# A line that is only a name of two or three words, maybe with the «*» of a foreign-agent footnote.
_HEADING = re.compile(r"(?m)^[ \t]*(?P<name>[А-ЯЁ][а-яё-]+(?:[ \t]+[А-ЯЁ][а-яё-]+){1,2})[ \t]*[*†]*[ \t]*$")
_ITEM = re.compile(r"[ \t]*(?:[-–—•*]|\d{1,2}[.)])[ \t]")


def profile_headings(text: str, named: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """(where the heading line ends, the person) for every line that is a named person's name alone."""
    starts = {s: pid for s, _, pid in named}
    return [(m.end(), starts[m.start("name")]) for m in _HEADING.finditer(text) if m.start("name") in starts]


# A list item that opens with a name: «- Айвазов Раим Халилович родился 30 января 1994 года…».
_ITEM_OPENER = re.compile(r"(?m)^[ \t]*(?:[-–—•*]|\d{1,2}[.)])[ \t]+(?=[А-ЯЁ])")


def item_openers(text: str, named: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(item start, item end, person) for every list item whose first words are a person's name: the rest
    of the item («…приговорён к 17 годам… Под стражей с 17 апреля 2019 года») is about that person."""
    starts = {s: pid for s, _, pid in named}
    found = []
    for m in _ITEM_OPENER.finditer(text):
        if m.end() in starts:
            end = text.find("\n", m.end())
            found.append((m.end(), len(text) if end < 0 else end, starts[m.end()]))
    return found


def heading_owner(text: str, headings: list[tuple[int, str]], start: int) -> str | None:
    """The person of the profile a list item at ``start`` belongs to: the heading just above, when every
    line between it and the item is an item too."""
    before = [(end, pid) for end, pid in headings if end <= start]
    if not before:
        return None
    end, pid = before[-1]
    lines = text[end:start].split("\n")
    # the item's own line (the last piece) and every whole line between must be list items
    between = [line for line in lines[1:] if line.strip()]
    own = text[text.rfind("\n", 0, start) + 1 : start + 3]
    if not _ITEM.match(own) or not all(_ITEM.match(line) for line in between):
        return None
    return pid
