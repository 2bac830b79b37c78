"""Names that share a surname told once: "Olga and Yevgeny Ivanov" (two persons, Olga Ivanova and Yevgeny
Ivanov) and "Navalny's brother Oleg" (Oleg Navalny). The given name alone gets the surname, in the form of
its gender, so that it is keyed as the full name it stands for."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from khronika.extract.en.lexicon import MALE_IN_A, is_given_name

if TYPE_CHECKING:
    from khronika.extract.en.person_entity import Mention

_AND = re.compile(r"\s+and\s+")
_KIN = re.compile(r"['’]s\s+(?P<kin>brother|sister|son|daughter|wife|husband|father|mother)\s+$")
_FEMININE_KIN = frozenset({"sister", "daughter", "wife", "mother"})
_TO_FEMININE = [
    ("skiy", "skaya"),
    ("sky", "skaya"),
    ("ov", "ova"),
    ("ev", "eva"),
    ("in", "ina"),
    ("yn", "yna"),
]
_TO_MASCULINE = [("skaya", "sky"), ("ova", "ov"), ("eva", "ev"), ("ina", "in"), ("yna", "yn")]


def _surname_for(surname: str, feminine: bool) -> str:
    """``surname`` in the form of a woman's (``feminine``) or a man's name: Ivanov → Ivanova."""
    if feminine and surname.endswith(("ova", "eva", "ina", "yna", "aya")):
        return surname
    for old, new in _TO_FEMININE if feminine else _TO_MASCULINE:
        if surname.endswith(old):
            return surname[: -len(old)] + new
    return surname


def _is_woman(given: str) -> bool:
    return given.lower().endswith("a") and given.lower() not in MALE_IN_A


def share_surnames(text: str, groups: list[Mention]) -> list[Mention]:
    """``groups`` with a lone given name completed by the surname it shares (see the module docstring)."""
    out = list(groups)
    for i, (first, second) in enumerate(itertools.pairwise(groups)):
        if len(first.tokens) != 1 or not is_given_name(first.tokens[0]):
            continue
        if (
            len(second.tokens) >= 2
            and is_given_name(second.tokens[0])
            and _AND.fullmatch(text, first.end, second.start)
        ):
            surname = _surname_for(second.tokens[-1], _is_woman(first.tokens[0]))
            out[i] = replace(first, tokens=(first.tokens[0], surname))
    for i in range(1, len(groups)):
        mention, owner = groups[i], groups[i - 1]
        if len(mention.tokens) != 1 or not is_given_name(mention.tokens[0]):
            continue
        kin = _KIN.match(text, owner.end, mention.start)
        if kin is None or is_given_name(owner.tokens[-1]):
            continue
        feminine = kin.group("kin") in _FEMININE_KIN
        out[i] = replace(mention, tokens=(mention.tokens[0], _surname_for(owner.tokens[-1], feminine)))
    return out
