"""The records of the Russian person pipeline: a name mention, a person, and how name words compare."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from khronika.extract.facts import Span
from khronika.extract.ru import morph

# Case endings a declined name may carry after the stem it shares with its nominative.
_ENDING_LIST = ",а,я,у,ю,е,ы,и,ой,ей,ом,ем,ым,им,ою,ею,ого,его,ому,ему,ая,ую,ый,ий,ь,й,о"
_ENDINGS = set(_ENDING_LIST.split(","))


_DOUBLED = re.compile(r"(\w)\1")


def key(word: str) -> str:
    return word.lower().replace("ё", "е")


def same_name(a: str, b: str) -> bool:
    """True when two name words are the same name in different cases («Роуза»/«Роуз», «Дыбе»/«Дыба»)."""
    a, b = key(a), key(b)
    if a == b:
        return True
    # «Сайфулаев» and «Сайфуллаев»: one name spelt with a letter doubled and not (transliterated names)
    a, b = _DOUBLED.sub(r"\1", a), _DOUBLED.sub(r"\1", b)
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 3 and a[n:] in _ENDINGS and b[n:] in _ENDINGS and max(len(a), len(b)) - n <= 3


@dataclass
class NameMention:
    span: Span
    given: str | None
    patronymic: str | None
    surname: str | None
    gender: str | None
    word: str | None = None  # a lone word as written, for matching in any case
    case: str | None = None  # the case the name was written in, when the reading shows it
    hinted: bool = False  # a lone surname whose gender the word before it decided


@dataclass
class Person:
    """One individual: the parts of the fullest name seen, and every mention."""

    pid: str
    given: str | None
    patronymic: str | None
    surname: str | None
    gender: str | None
    mentions: list[NameMention] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.given, self.patronymic, self.surname) if p)

    def matches(self, mention: NameMention) -> bool:
        if mention.given and mention.surname:
            return bool(
                self.surname and same_name(self.surname, mention.surname)
                and (not self.given or same_name(self.given, mention.given))
            )  # fmt: skip
        return self.surname_matches(mention) or self.given_matches(mention)

    def surname_matches(self, mention: NameMention) -> bool:
        forms = [f for f in (mention.word, mention.surname, mention.given) if f]
        # «Александрова-Зорина … Зориной»: a part of a double surname, written alone, is the same person
        parts = [str(self.surname), *str(self.surname).split("-")[1:]] if self.surname else []
        return any(same_name(part, f) for part in parts for f in forms)

    def given_matches(self, mention: NameMention) -> bool:
        forms = [f for f in (mention.word, mention.given) if f]
        return bool(self.given) and any(same_name(str(self.given), f) for f in forms)


def verb_gender(text: str, end: int) -> str | None:
    """The gender of a past-tense verb right after a name («… Дзбоева получила»), if one follows."""
    words = re.match(r"\s+([а-яё]+)(?:\s+([а-яё]+))?", text[end : end + 40])
    if words is None:
        return None
    # the verb right after the name, or after one word between («Дзбоева тоже получила»)
    for word in words.groups():
        if not word or not re.search(r"(?:л|ла)$", word):
            continue
        for p in morph.parses(word):
            if p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.gender in ("masc", "femn"):
                return str(p.tag.gender)
    return None


# «Станислава Вотолина, задержанного 30 ноября»: a participle or «который» in apposition right after a name
_APPOSED_AFTER = re.compile(r",\s+(?:[а-яё]+(ого|ую)|котор(ого|ую))(?![а-яё])")


def apposed_reading(text: str, end: int) -> tuple[str, str] | None:
    """The case and gender an agreeing word in apposition right after a name shows: «, задержанного» is a man
    in the genitive or accusative, «, задержанную» a woman in the accusative."""
    m = _APPOSED_AFTER.match(text, end)
    if m is None:
        return None
    return ("accs", "masc") if (m.group(1) or m.group(2)) == "ого" else ("accs", "femn")
