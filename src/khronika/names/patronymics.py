"""Patronymics: recognise them in any case, and give the man's form for comparing father's names."""

from __future__ import annotations

import re
from functools import lru_cache

from .declension import Reading, noun_forms, readings_of

_MALE = re.compile(r"(ович|евич|ич)$")
_FEMALE = re.compile(r"(овна|евна|ична|инична)$")
_LATIN = re.compile(r"(ovich|evich|ovitch|evitch|yich|ich|ovna|evna|ichna|inichna)$", re.IGNORECASE)


def _candidates(word: str) -> list[tuple[str, str, str, float]]:
    low = word.lower()
    out = []
    for strip in range(3):
        base = low[: len(low) - strip] if strip else low
        for add in ("", "а"):
            lemma = base + add
            if _MALE.search(lemma):
                out.append((lemma, "male", "patronymic", 1.0))
            elif _FEMALE.search(lemma):
                out.append((lemma, "female", "patronymic", 1.0))
    return out


@lru_cache(maxsize=50_000)
def patronymic_readings(word: str) -> tuple[Reading, ...]:
    """Readings of a Cyrillic word as a patronymic (Борисовича -> Борисович, male, genitive/accusative)."""
    return tuple(readings_of(word, _candidates(word), lambda lemma, sex, kind: noun_forms(lemma, sex)))


def looks_patronymic(word: str) -> bool:
    """True for a Latin or Cyrillic word with a patronymic ending in any case."""
    if re.search(r"[\u0400-\u04ff]", word):
        return bool(patronymic_readings(word))
    return bool(_LATIN.search(word))


def latin_sex(word: str) -> str:
    """Sex shown by a Latin patronymic ending."""
    return "female" if re.search(r"(na)$", word, re.IGNORECASE) else "male"


def male_form(patronymic: str) -> str:
    """The father's-name stem shared by a son's and a daughter's patronymic (Ильинична -> Ильич)."""
    low = patronymic.lower()
    pairs = [("инична", "ич"), ("ична", "ич"), ("овна", "ович"), ("евна", "евич")]
    pairs += [("inichna", "ich"), ("ichna", "ich"), ("ovna", "ovich"), ("evna", "evich")]
    for female, male in pairs:
        if low.endswith(female):
            return low[: -len(female)] + male
    return low
