"""Russian morphology for person names: case, gender and the nominative, by pymorphy3."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

NAME_TAGS = ("Name", "Surn", "Patr")


@cache
def analyzer() -> Any:
    """The pymorphy3 analyser (its dictionaries ship in the wheel)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Any, ...]:
    """All pymorphy3 parses of ``word``, cached: names and cue words repeat across a text."""
    return tuple(analyzer().parse(word))


def is_given_name(word: str) -> bool:
    """True when pymorphy3 reads ``word`` more as a given name than as a surname («Осипов» is not «Осип»)."""
    found = parses(word)
    given = sum(float(p.score) for p in found if "Name" in p.tag and p.tag.number != "plur")
    surname = sum(float(p.score) for p in found if "Surn" in p.tag)
    return given > 0 and given > surname


def is_patronymic(word: str) -> bool:
    return any("Patr" in p.tag for p in parses(word))


def cases(word: str) -> set[str]:
    """The grammatical cases ``word`` can be in, as a singular noun or name."""
    return {
        str(p.tag.case)
        for p in parses(word)
        if p.tag.case and p.tag.POS in ("NOUN", "ADJF", "NPRO") and p.tag.number != "plur"
    }


def is_modifier(word: str) -> bool:
    """An adjective, participle, possessive or number that may stand between a role noun and a name."""
    if word in ("его", "ее", "её", "их", "свой", "своего", "своей", "своему", "своим", "своя"):
        return True
    return any(p.tag.POS in ("ADJF", "PRTF", "NUMR") or "Apro" in p.tag for p in parses(word))


def lemma(word: str) -> str:
    """The most likely dictionary form of ``word``, lower case."""
    found = parses(word.lower())
    return str(found[0].normal_form) if found else word.lower()


def is_place(word: str) -> bool:
    """True when pymorphy3 reads ``word`` as a place name or a common noun rather than a person's name."""
    found = parses(word)
    place = sum(p.score for p in found if "Geox" in p.tag)
    if place > 0:
        # «Козыреву» is read both as a surname and as a village: the likelier reading decides («Курске» is a
        # place, «Козыреву» a person)
        return bool(place > sum(p.score for p in found if "Surn" in p.tag))
    return (
        bool(found)
        and all(p.tag.POS == "NOUN" and "inan" in p.tag and "Surn" not in p.tag for p in found)
        and any(p.is_known for p in found)
    )


def is_common_noun(word: str) -> bool:
    """True when ``word`` is a dictionary word and never a name («Журналист», «Гособвинительница»)."""
    word = re.sub(r"^(?:экс|вице|экс-вице)-(?=[а-яё]{4})", "", word.lower())  # «Экс-парламентария»
    found = parses(word)
    return bool(found) and all(p.is_known and not any(t in p.tag for t in NAME_TAGS) for p in found)


def unknown_indeclinable_man(tokens: list[str]) -> bool:
    """«Нури Примова»: a given name in a vowel the dictionary does not know as a name (only «нурь» the noun),
    before a surname in -ова/-ина that is a man's in the genitive or accusative, or a woman's nominative."""
    return (
        len(tokens) == 2
        # «Ильми» is read only as a plural «ильмь» or a verb: no singular person
        and not any(
            ("Name" in p.tag or "anim" in p.tag) and p.tag.number != "plur" for p in parses(tokens[0])
        )
        and re.search(r"[иуеоэы]$", tokens[0].lower()) is not None
        and re.search(r"(?:ов|ев|ёв|ин|ын)а$", tokens[-1].lower()) is not None
    )
