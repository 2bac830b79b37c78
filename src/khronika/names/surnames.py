"""Russian surnames: from any case form back to the nominative of each sex.

Paradigms (see :mod:`khronika.names.declension`):

* ``poss``   -ов/-ев/-ёв/-ин/-ын, women's -ова/-ина: Хамроев, Хамроева, Путин;
* ``adj``    adjectival -ский/-цкий/-ый/-ий/-ой, women's -ая: Навальный, Кагарлицкий, Литой;
* ``noun``   declined like a noun: men's consonant endings (Беркович, Пашинян, Гоголь) and -а/-я for both
  sexes (Кара-Мурза); a woman's consonant-final surname does not decline;
* ``indecl`` never declined: -ко/-енко, -их/-ых, -аго, -ово and other vowel endings (Шевченко, Черных).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .declension import Forms, Reading, adjective_forms, noun_forms, possessive_forms, readings_of
from .morphology import morph

_POSS_M = re.compile(r"(ов|ев|ёв|ин|ын)$")
_POSS_F = re.compile(r"(ова|ева|ёва|ина|ына)$")
_ADJ_M = re.compile(r"..(ый|ий|ой)$")
_ADJ_F = re.compile(r"..(ая|яя)$")
_INDECL = re.compile(r"(ко|их|ых|аго|яго|[оеиуюэы])$")
# A man's consonant-final surname plus "-а" looks like a woman's -а surname (Берковича, Давидиса); such a
# reading is kept but weak, so that «Евгения Берковича» reads as a man in the genitive.
_MALE_STEM_A = re.compile(
    r"(ич|ук|юк|чук|ян|янц|ман|ер|ис|ус|ас|ес|ик|ек|ак|ок|ц|ль|рг|шт|дт|нд|нт|ф|б|п|т|д)[ая]$"
)
_VOWEL = re.compile(r"[аеиоуыэюя]")
_MISSPELT = re.compile(r"[кгхжшчщ]ы|[ыъ]$")
_ADDS = ("", "а", "я", "ий", "ый", "ой", "ь", "й", "ая", "яя")


def classify(lemma: str, sex: str) -> tuple[str, float] | None:
    """The paradigm and plausibility of ``lemma`` as a nominative surname of ``sex``, or ``None``."""
    low = lemma.lower().replace("ё", "е")
    if len(low) < 2 or not _VOWEL.search(low) or _MISSPELT.search(low[-3:]):
        return None  # no vowel, or against Russian spelling (-кый), or a plural -ы
    if low[-1] in "ьй" and not _ADJ_M.search(low):
        return _soft_noun(low, sex)
    if sex == "male":
        if _POSS_F.search(low) or _ADJ_F.search(low):
            return None
        if _POSS_M.search(low) and len(low) > 3:
            return "poss", 1.0
        if _ADJ_M.search(low):
            if low.endswith(("овый", "евый", "иный")):
                return "adj", 0.3  # Мифтаховый is the adjective read into Мифтаховым, not a surname
            if low.endswith(("овой", "евой", "иной")):
                return "adj", 0.2
            # -ский/-цкий are surnames; other -ый/-ий/-ой words are more often a case form read wrongly
            # (Исмаилом is not the prepositional of «Исмаилый»); the dictionary lifts real ones (Навальный).
            return "adj", 1.0 if low.endswith(("ский", "цкий")) else (0.6 if low.endswith("ый") else 0.45)
        return _other(low, sex)
    if _POSS_F.search(low) and len(low) > 4:
        return "poss", 1.0
    if _ADJ_F.search(low):
        if low.endswith("яя") and not low.endswith("няя"):
            return None
        if low.endswith(("овая", "евая", "иная")):
            return "adj", 0.3
        return "adj", 1.0 if low.endswith(("ская", "цкая")) else 0.6
    if _POSS_M.search(low) or _ADJ_M.search(low):
        return None  # a woman's surname of these kinds ends in -а/-ая
    return _other(low, sex)


def _soft_noun(low: str, sex: str) -> tuple[str, float] | None:
    if len(low) > 2 and (low[-2] in "аеоя" if low[-1] == "й" else low[-2] in "лнрсдтзмб"):
        return ("noun", 0.5) if sex == "male" else ("indecl", 0.5)
    return None


def _other(low: str, sex: str) -> tuple[str, float] | None:
    if low.endswith(("ко", "их", "ых", "аго", "яго", "ово")):
        return "indecl", 0.9
    if low.endswith(("ого", "его", "ому", "ему", "ой", "ую", "ою")):
        return None  # adjective case endings, never a nominative of their own
    if low[-1] in "оэ":
        return "indecl", 0.6
    if low[-1] == "и":
        # Georgian, Persian, Arabic surnames: Джугашвили, Церетели, Атласи; but -ии is a case of -ия
        return "indecl", 0.15 if low.endswith("ии") else 0.5
    if low[-1] in "еую":
        return "indecl", 0.2
    if low[-1] == "я" and low[-2] not in "лнрьиеа":
        return "noun", 0.1  # Хамроевя, Навальнуя: read into -е/-ю case endings, not surnames
    if low[-1] in "ая":
        weak = bool(_MALE_STEM_A.search(low) or low.endswith(("ска", "цка")))
        plain = 0.45 if low[-1] == "а" or low.endswith("ия") else 0.35
        if sex == "female":
            return "noun", 0.15 if weak else plain
        return "noun", 0.3 if weak else plain
    if low.endswith(("ым", "им", "ом", "ем", "ей")):
        return "noun", 0.2  # instrumental and genitive endings read as a nominative
    return "noun", 0.8


def surname_forms(lemma: str, sex: str, kind: str) -> Forms | None:
    """The six case forms of a nominative surname of a given sex and paradigm."""
    if kind == "poss":
        return possessive_forms(lemma, sex)
    if kind == "adj":
        return adjective_forms(lemma, sex)
    if kind == "indecl" or (sex == "female" and lemma[-1:].lower() not in "ая"):
        return dict.fromkeys(("nom", "gen", "dat", "acc", "ins", "pre"), lemma)
    return noun_forms(lemma, sex)


def _candidates(word: str) -> list[tuple[str, str, str, float]]:
    out = []
    for strip in range(4):
        base = word[: len(word) - strip] if strip else word
        if len(base) < 2:
            break
        for add in _ADDS:
            lemma = base + add
            for sex in ("male", "female"):
                kind = classify(lemma, sex)
                if kind:
                    out.append((lemma, sex, kind[0], kind[1]))
    return out


def _simple_readings(word: str) -> list[Reading]:
    return readings_of(word, _candidates(word), surname_forms)


@lru_cache(maxsize=200_000)
def _dictionary_nominative(lemma: str, sex: str) -> bool:
    """True when pymorphy3's dictionary has ``lemma`` as a nominative: a surname or adjective of ``sex``,
    or a common noun (Мурза, Гоголь, Волк: surnames that are words)."""
    gender = "masc" if sex == "male" else "femn"
    folded = lemma.replace("ё", "е")
    if not morph().word_is_known(folded):  # one dictionary look-up rules out most invented lemmas
        return False
    for parse in morph().parse(lemma):
        tag = parse.tag
        if not (parse.is_known and "nomn" in tag and "sing" in tag):
            continue
        if "ADJF" in tag and parse.word == folded:  # Навальная is the feminine of the adjective навальный
            if gender in tag:
                return True
        elif parse.normal_form != folded:
            continue
        elif "Surn" in tag:
            if gender in tag or "ms-f" in tag:
                return True
        elif "NOUN" in tag and "Name" not in tag and "Patr" not in tag:
            return True
    return False


def _prefer_dictionary(readings: list[Reading]) -> list[Reading]:
    """Among non -ов readings of one sex, a dictionary nominative outweighs invented ones (Литого: Литой).

    Readings of the other sex are never touched: the dictionary must not decide a person's sex.
    """
    known = {
        (r.sex, r.lemma)
        for r in readings
        if r.kind != "poss" and _dictionary_nominative(r.lemma.split("-")[-1], r.sex)
    }
    sexes = {sex for sex, _ in known}
    out = []
    for r in readings:
        if r.kind != "poss" and r.sex in sexes and (r.sex, r.lemma) not in known:
            r = Reading(round(r.weight * 0.3, 3), r.lemma, r.sex, r.cases, r.kind)
        elif (r.sex, r.lemma) in known:
            r = Reading(max(r.weight, 0.9), r.lemma, r.sex, r.cases, r.kind)
        out.append(r)
    return out


@lru_cache(maxsize=100_000)
def surname_readings(word: str) -> tuple[Reading, ...]:
    """Every reading of a written Cyrillic surname: nominative lemma (lower case), sex, cases, weight.

    For a double surname the first part declines with the second when it is itself a -ов/-ский surname
    (Римского-Корсакова); otherwise it stays as it is (Кара-Мурзы, Бонч-Бруевича).
    """
    word = word.lower()
    if "-" not in word:
        return tuple(sorted(_prefer_dictionary(_simple_readings(word)), key=_order))
    first, _, last = word.rpartition("-")
    out: list[Reading] = []
    firsts = [h for h in _prefer_dictionary(_simple_readings(first)) if h.kind in ("poss", "adj")]
    for tail in _prefer_dictionary(_simple_readings(last)):
        heads = [h for h in firsts if h.sex == tail.sex and h.cases & tail.cases and h.lemma != first]
        for head in heads:
            weight = min(head.weight, tail.weight)
            out.append(
                Reading(weight, f"{head.lemma}-{tail.lemma}", tail.sex, head.cases & tail.cases, tail.kind)
            )
        if not heads:
            out.append(Reading(tail.weight, f"{first}-{tail.lemma}", tail.sex, tail.cases, tail.kind))
    return tuple(sorted(set(out), key=_order))


def _order(r: Reading) -> tuple[float, str, str]:
    return (-r.weight, r.lemma, r.sex)
