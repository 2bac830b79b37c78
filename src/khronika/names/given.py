"""Given names: the table of full forms and diminutives, their case forms, and patronymics.

The table (``data/given_names.csv``, see ``data/SOURCES.md``) lists full forms with their sex, the
diminutives that stand for them and conventional English forms that the spelling skeleton alone does not
reach (Alexander, Eugene).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .declension import Reading, noun_forms, readings_of
from .morphology import morph
from .skeleton import skeleton

_CASES = {"nomn": "nom", "gent": "gen", "datv": "dat", "accs": "acc", "ablt": "ins", "loct": "pre"}


@dataclass(frozen=True)
class GivenName:
    """A row of the table: a full form, its sex, its diminutives and English forms."""

    name: str
    sex: str
    diminutives: tuple[str, ...]
    latin: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """The loaded table with its look-up indexes."""

    names: dict[str, GivenName]  # folded full form -> row
    full_forms: dict[str, frozenset[str]]  # folded full form or diminutive -> full forms it stands for
    by_skeleton: dict[str, frozenset[str]]  # skeleton of a Latin or Cyrillic spelling -> full forms


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def table() -> Table:
    """Load the given-name table once."""
    text = resources.files("khronika.names").joinpath("data/given_names.csv").read_text(encoding="utf-8")
    names: dict[str, GivenName] = {}
    full: dict[str, set[str]] = {}
    skel: dict[str, set[str]] = {}
    for row in csv.DictReader(text.splitlines()):
        sex = "male" if row["sex"] == "m" else "female"
        entry = GivenName(row["name"], sex, tuple(filter(None, row["diminutives"].split(";"))),
                          tuple(filter(None, row["latin"].split(";"))))  # fmt: skip
        names[_fold(entry.name)] = entry
        for form in (entry.name, *entry.diminutives):
            full.setdefault(_fold(form), set()).add(entry.name)
        for form in (entry.name, *entry.diminutives, *entry.latin):
            skel.setdefault(skeleton(form), set()).add(entry.name)
    return Table(
        names,
        {k: frozenset(v) for k, v in full.items()},
        {k: frozenset(v) for k, v in skel.items()},
    )


def sex_of_full_forms(forms: frozenset[str] | set[str]) -> str:
    """``male``/``female`` when every full form has that sex, else ``unknown`` (Женя, Саша)."""
    sexes = {table().names[_fold(f)].sex for f in forms if _fold(f) in table().names}
    return sexes.pop() if len(sexes) == 1 else "unknown"


def _table_lemmas(word: str) -> list[tuple[str, str, str, float]]:
    out = []
    low = _fold(word)
    full = table().full_forms
    for strip in range(3):
        base = low[: len(low) - strip] if strip else low
        for add in ("", "а", "я", "й", "ь", "ий", "ия", "ел", "ев", "ётр"):
            lemma = base + add
            for stem, whole in (("павл", "павел"), ("льв", "лев"), ("петр", "петр")):
                if lemma == stem:
                    lemma = whole
            forms = full.get(lemma)
            if forms:
                sex = sex_of_full_forms(forms)
                for s in ("male", "female") if sex == "unknown" else (sex,):
                    out.append((lemma, s, "table", 1.0))
    return out


def _forms(lemma: str, sex: str, kind: str) -> dict[str, str]:
    return noun_forms(lemma, sex)


@lru_cache(maxsize=50_000)
def given_readings(word: str) -> tuple[Reading, ...]:
    """Readings of a Cyrillic word as a given name: table names first, then pymorphy3's known names."""
    found = readings_of(word, _table_lemmas(word), _forms)
    if found:
        return tuple(found)
    if not morph().word_is_known(_fold(word)):
        return ()
    out = []
    for parse in morph().parse(_fold(word)):
        tag = parse.tag
        if parse.is_known and "Name" in tag and "sing" in tag and tag.case in _CASES:
            sexes = ("male", "female") if "ms-f" in tag else ("male" if "masc" in tag else "female",)
            for sex in sexes:
                out.append(Reading(0.8, parse.normal_form, sex, frozenset({_CASES[tag.case]}), "dictionary"))
    if any(r.lemma == _fold(word) for r in out):
        # An indeclinable name as written (Нелли) outweighs a case form of a rarer one (Нелля)
        out = [r if r.lemma == _fold(word) else Reading(0.35, r.lemma, r.sex, r.cases, r.kind) for r in out]
    return tuple(sorted(set(out), key=lambda r: (-r.weight, r.lemma, r.sex)))


def _guessed_lemmas(low: str) -> list[tuple[str, str, str, float]]:
    out = []
    for strip in range(3):
        base = low[: len(low) - strip] if strip else low
        if len(base) < 2:
            break
        for add in ("", "а", "я", "й", "ь"):
            lemma = base + add
            last = lemma[-1]
            # The word as written is the likeliest nominative; a stem read out of a case ending less so.
            weight = 0.5 if lemma == low else (0.35 if last not in "аяйь" else 0.3)
            if last == "я" and lemma != low and lemma[-2:-1] not in "аеиоуьлн":
                weight = 0.15  # Хадя out of «Хади»: Russian-like -я names are in the table
            if last in "ая":
                out += [(lemma, "female", "guess", weight), (lemma, "male", "guess", weight * 0.6)]
            elif last in "оеиуюэы":
                if lemma == low:  # Хади, Нелли: foreign names that do not decline (-у/-е are case endings)
                    weight = 0.4 if last in "иоэ" else 0.15
                    out += [(lemma, "male", "guess", weight), (lemma, "female", "guess", weight)]
                continue
            else:  # a consonant: mostly men (Оюб), sometimes an undeclined woman's name (Айгюн, Асель)
                out += [(lemma, "male", "guess", weight), (lemma, "female", "guess", weight * 0.5)]
    return out


@lru_cache(maxsize=50_000)
def guessed_given_readings(word: str) -> tuple[Reading, ...]:
    """Readings of an unknown Cyrillic word standing where a given name stands: weak, nominative first.

    «Оюба» is a woman's nominative or the genitive of a man's Оюб; both are kept, and agreement with the
    surname decides between them.
    """
    low = _fold(word)
    found = readings_of(low, _guessed_lemmas(low), _forms)
    if found:
        return tuple(found)
    return (Reading(0.5, low, "unknown", frozenset({"nom"}), "guess"),)


def full_forms(name: str) -> frozenset[str]:
    """The full forms a given name (full, diminutive or a Latin spelling) stands for; empty if unknown."""
    t = table()
    if re.search(r"[\u0400-\u04ff]", name):
        return t.full_forms.get(_fold(name), frozenset())
    return t.by_skeleton.get(skeleton(name), frozenset())


def given_name_variants(name: str) -> set[str]:
    """Full forms and diminutives that name the same person: Женя -> Евгений, Евгения, Женька...

    A full form gives its own diminutives; a diminutive gives every full form it can stand for and their
    diminutives. An unknown name gives just itself (capitalised).
    """
    name = name.strip()
    if not name:
        return set()
    t = table()
    out = {name[:1].upper() + name[1:].lower()}
    for full in full_forms(name):
        entry = t.names[_fold(full)]
        out.add(entry.name)
        out.update(entry.diminutives)
    return out


@lru_cache(maxsize=1)
def _display() -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in table().names.values():
        for form in (*entry.diminutives, entry.name):
            out[_fold(form)] = form
    return out


def display(lemma: str) -> str:
    """The table's spelling of a folded given-name lemma (петр -> Пётр), else the lemma capitalised."""
    return _display().get(_fold(lemma), lemma[:1].upper() + lemma[1:])


def is_known_given(word: str) -> bool:
    """True when ``word`` (any script, any case form) is in the table or pymorphy3's dictionary of names."""
    if re.search(r"[\u0400-\u04ff]", word):
        return any(r.kind in ("table", "dictionary") for r in given_readings(word))
    return bool(full_forms(word))


def patronymic_from_name(patronymic: str) -> bool:
    """True when a patronymic is built on a known man's name (Борисович yes; Беркович, a surname, no)."""
    low = _fold(patronymic)
    for suffix in ("инична", "ична", "ович", "евич", "овна", "евна", "ич",
                   "ovich", "evich", "ovna", "evna", "inichna", "ichna", "ich", "yich"):  # fmt: skip
        if low.endswith(suffix):
            stem = low[: -len(suffix)]
            for add in ("", "й", "ий", "а", "я", "ь", "ел", "ёл", "y", "iy", "i", "a"):
                name = stem + add
                forms = full_forms(name)
                if any(table().names[_fold(f)].sex == "male" for f in forms):
                    return True
            break
    if re.search(r"[\u0400-\u04ff]", low):
        return any(p.is_known and "Patr" in p.tag for p in morph().parse(low))
    return False
