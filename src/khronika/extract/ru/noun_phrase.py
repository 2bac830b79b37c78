"""The head of the noun phrase a name stands in, when the word right before the name does not govern it.

«у активистов движения "Весна" Евгения Затеева»: the name is in apposition to «активистов», past a genitive
noun and a quoted title, so it is in the genitive (Евгений Затеев, not Евгения Затеева). «член Правозащитного
совета Евгения Литвинова»: past a genitive adjunct and a capitalised word, the head «член» is in the
nominative (Евгения Литвинова). A role noun such as «член» or «активист» names women and men alike, so only
its case is kept.
"""

from __future__ import annotations

import re

from khronika.extract.ru import morph
from khronika.extract.ru.nominative import GOVERNED_CASE

_TOKEN = re.compile(r"«[^«»]{1,60}»|\"[^\"]{1,60}\"|[А-ЯЁа-яё][А-ЯЁа-яё-]*|[^\sА-ЯЁа-яё]")
# Past these, the name is not in apposition to what comes before («одна из активисток Мария …»).
_PARTITIVE = frozenset({"из", "среди", "один", "одна", "одного", "одну", "одной"})
_STEPS = 5


def _genitive_adjunct(word: str) -> bool:
    """«движения», «совета», «Правозащитного»: a word that may hang in the genitive between head and name."""
    return any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") and "anim" not in p.tag
        for p in morph.parses(word.lower())
    )


def head_hint(before: str) -> set[tuple[str, str]]:
    """The cases («*» gender) of the head noun or preposition a few words before a name, or an empty set."""
    tokens = _TOKEN.findall(before[-90:])
    steps = 0
    skipped = False
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        if token[0] in '«"' or token[0].isupper():
            skipped = True
            continue  # a quoted title or a capitalised word of a name («Правозащитного», «"Весна"»)
        if not token[0].isalpha() or steps >= _STEPS:
            return set()
        steps += 1
        word = token.lower()
        if word in GOVERNED_CASE:
            return {(case, "*") for case in GOVERNED_CASE[word]} if skipped else set()
        found = morph.parses(word)
        animate = [p for p in found if p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case]
        if animate:
            if not skipped or (i > 0 and tokens[i - 1].lower() in _PARTITIVE):
                return set()
            return {(str(p.tag.case), "*") for p in animate}
        if _genitive_adjunct(word):
            skipped = True
            continue
        return set()
    return set()
