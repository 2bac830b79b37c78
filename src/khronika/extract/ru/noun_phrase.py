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
from khronika.extract.ru.government import GOVERNED_CASE, TO_WHOM_VERBS
from khronika.extract.ru.name_forms import regular_surname

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


_CLAUSE_START = re.compile(r".*[.;:!?()—–]", re.S)


def recipient_hint(before: str) -> set[tuple[str, str]]:
    """The dative, when the name ends a clause whose verb gives a measure to someone: «назначил штраф в
    размере 35 тысяч рублей Ифрату Хабибулину» (not «Ифрата Хабибулина»)."""
    clause = _CLAUSE_START.sub("", before[-90:])
    for word in re.findall(r"[а-яё]+", clause.lower()):
        if any(p.tag.POS == "VERB" and p.normal_form in TO_WHOM_VERBS for p in morph.parses(word)):
            return {("datv", "*")}
    return set()


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def lone_surname_gender(text: str, start: int, end: int) -> str | None:
    """The gender a lone regular surname shows once the words around it fix its case: «Котенову отпустили»
    is a woman (a man would be «Котенова»); «Котенову назначили штраф» a man. None when they do not."""
    word = text[start:end]
    readings = {(case, g) for g in ("masc", "femn") for case in _CASES if regular_surname(word, case, g)}
    if len({g for _, g in readings}) < 2:
        return None
    before = re.search(r"([а-яё]+)\s*$", text[max(0, start - 30) : start])
    after = re.match(r"\s*([а-яё]+)", text[end : end + 30])
    cases: set[str] = set()
    if before and before.group(1) in GOVERNED_CASE:
        cases = set(GOVERNED_CASE[before.group(1)])
    elif after:
        for p in morph.parses(after.group(1)):
            if p.tag.POS == "VERB" and "tran" in p.tag and p.tag.number == "plur":
                # «Котенову отпустили»: an impersonal plural verb, the name its object
                cases |= {"accs", "datv"} if p.normal_form in TO_WHOM_VERBS else {"accs"}
    genders = {g for case, g in readings if case in cases}
    return genders.pop() if len(genders) == 1 else None
