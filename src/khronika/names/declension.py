"""Forward declension of Russian personal names: nominative -> the six singular cases.

Recognising a case form is done by generating the forms of each candidate nominative and checking that the
word is among them (:func:`readings_of`), so these rules are the single source of truth in both directions.
The rules are the standard ones of Russian grammar for personal names (Розенталь, «Справочник по
правописанию и литературной правке», § on surnames; Суперанская, «Как вас зовут?»).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

CASES: tuple[str, ...] = ("nom", "gen", "dat", "acc", "ins", "pre")
Forms = dict[str, str]

_HUSHING = "жшчщц"
_VELAR_HUSHING = "гкхжшчщ"
# Given names whose oblique stem drops or changes a vowel: Павел - Павла, Лев - Льва, Пётр - Петра.
_OBLIQUE_STEMS = {"павел": "павл", "лев": "льв", "пётр": "петр", "петр": "петр"}


def _same(lemma: str) -> Forms:
    return dict.fromkeys(CASES, lemma)


def _endings(stem: str, lemma: str, gen: str, dat: str, acc: str, ins: str, pre: str) -> Forms:
    return {"nom": lemma, "gen": stem + gen, "dat": stem + dat, "acc": stem + acc, "ins": stem + ins,
            "pre": stem + pre}  # fmt: skip


def noun_forms(lemma: str, sex: str) -> Forms:
    """Forms of a name declined as a noun (given names, and surnames like Беркович, Кара-Мурза, Гоголь).

    ``sex`` is ``"male"`` or ``"female"``: a woman's name ending in a consonant does not decline
    (Беркович, Давидис, Пашинян).
    """
    low = lemma.lower()
    if not low:
        return {}
    last = low[-1]
    if low.endswith("ия"):
        return _endings(lemma[:-1], lemma, "и", "и", "ю", "ей", "и")
    if last in "ая":
        stem = lemma[:-1]
        s_last = stem[-1:].lower()
        gen = "и" if (last == "я" or s_last in _VELAR_HUSHING) else "ы"
        ins = "ой" if last == "а" and s_last not in _HUSHING else "ей"
        return _endings(stem, lemma, gen, "е", "у" if last == "а" else "ю", ins, "е")
    if sex == "female":
        if last == "ь":
            return _endings(lemma[:-1], lemma, "и", "и", "ь", "ью", "и")
        return _same(lemma)
    if low.endswith("ий"):
        return _endings(lemma[:-1], lemma, "я", "ю", "я", "ем", "и")
    if last in "йь":
        return _endings(lemma[:-1], lemma, "я", "ю", "я", "ем", "е")
    if last in "оеиуюыэ":
        return _same(lemma)
    stem = lemma
    oblique = _OBLIQUE_STEMS.get(low)
    if oblique:
        stem = lemma[0] + oblique[1:]
    return _endings(stem, lemma, "а", "у", "а", "ем" if last in _HUSHING else "ом", "е")


def possessive_forms(lemma: str, sex: str) -> Forms:
    """Forms of a surname in -ов/-ев/-ёв/-ин/-ын (Хамроев, Путин); ``lemma`` is the form of that sex."""
    if sex == "female":
        stem = lemma[:-1]
        return _endings(stem, lemma, "ой", "ой", "у", "ой", "ой")
    return _endings(lemma, lemma, "а", "у", "а", "ым", "е")


def adjective_forms(lemma: str, sex: str) -> Forms:
    """Forms of an adjectival surname: Навальный, Кагарлицкий, Толстой; Навальная, Кагарлицкая."""
    stem = lemma[:-2]
    soft = lemma.lower().endswith(("ий", "яя")) and stem[-1:].lower() not in _VELAR_HUSHING + "ц"
    if sex == "female":
        if soft:
            return _endings(stem, lemma, "ей", "ей", "юю", "ей", "ей")
        return _endings(stem, lemma, "ой", "ой", "ую", "ой", "ой")
    if soft:
        return _endings(stem, lemma, "его", "ему", "его", "им", "ем")
    ins = "им" if stem[-1:].lower() in _VELAR_HUSHING else "ым"
    return _endings(stem, lemma, "ого", "ому", "ого", ins, "ом")


@dataclass(frozen=True, order=True)
class Reading:
    """One way to read a written word: its nominative, sex and the cases the word can be in."""

    weight: float
    lemma: str
    sex: str
    cases: frozenset[str]
    kind: str


def readings_of(
    word: str,
    lemmas: Iterable[tuple[str, str, str, float]],
    forms_of: Callable[[str, str, str], Forms | None],
) -> list[Reading]:
    """Readings of ``word`` among candidate ``(lemma, sex, kind, weight)``: those whose forms contain it."""
    low = word.lower().replace("ё", "е")
    found: dict[tuple[str, str, str], tuple[float, set[str]]] = {}
    for lemma, sex, kind, weight in lemmas:
        forms = forms_of(lemma, sex, kind)
        if not forms:
            continue
        cases = {case for case, form in forms.items() if form.lower().replace("ё", "е") == low}
        if cases:
            key = (lemma, sex, kind)
            old = found.get(key)
            found[key] = (max(weight, old[0]) if old else weight, cases | (old[1] if old else set()))
    return sorted(
        (Reading(w, lemma, sex, frozenset(cases), kind) for (lemma, sex, kind), (w, cases) in found.items()),
        key=lambda r: (-r.weight, r.lemma, r.sex, r.kind),
    )
