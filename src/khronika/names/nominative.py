"""Back to the nominative: every consistent reading of a written Russian name, best first.

All parts of a Russian name stand in one case and agree in sex, so «Хамроева Бахрома» is a man in the
genitive (Бахрома is only the genitive of Бахром), while «Хамроева» alone is a man in the genitive or a
woman in the nominative, and is reported as ambiguous rather than guessed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from .declension import CASES, Reading
from .given import display, full_forms, given_readings, guessed_given_readings, sex_of_full_forms
from .parse import PARTICLE, ParsedName, parse_parts
from .patronymics import latin_sex, patronymic_readings
from .surnames import surname_readings
from .text import is_cyrillic, title_word

# A reading counts as a rival of the best one when it is at least this plausible relative to it.
AMBIGUITY_RATIO = 0.5
# A rival assignment of roles to the words starts at this share of the best one's weight.
RIVAL_ROLES = 0.6
# Parts that agree in no case and sex (a slip in the text) give a weak reading of each part on its own.
DISAGREEMENT = 0.3
# The case of such a reading: its parts stand in no one case, so it can never be matched as "same".
DISAGREEING = "none"
# Guessed readings of a name pymorphy3 knows count for this share (its sex may still be wrong).
GUESS_BESIDE_DICTIONARY = 0.3
_LATIN_FEMALE = re.compile(r"(ova|eva|yova|ina|yna|aya|aia|aja|ska|tska)$", re.IGNORECASE)
_LATIN_MALE = re.compile(r"(ov|ev|yov|in|yn|sky|skiy|skii|skij|tsky|oy|oi|iy|yy|nyi|ny)$", re.IGNORECASE)


@dataclass(frozen=True)
class NameForm:
    """One candidate nominative reading of a name."""

    given: str | None
    patronymic: str | None
    surname: str | None
    given_initial: str | None
    patronymic_initial: str | None
    sex: str
    case: str
    weight: float

    @property
    def text(self) -> str:
        """The full name in the nominative, given name first (initials as ``Б.``)."""
        given = self.given or (f"{self.given_initial}." if self.given_initial else None)
        patronymic = self.patronymic or (f"{self.patronymic_initial}." if self.patronymic_initial else None)
        return " ".join(p for p in (given, patronymic, self.surname) if p)


@dataclass(frozen=True)
class Nominative:
    """The nominative readings of a name: ``forms`` best first, ``ambiguous`` when rivals remain."""

    forms: list[str]
    ambiguous: bool
    sex: str
    candidates: tuple[NameForm, ...]
    parsed: ParsedName
    # Each part's best reading on its own, when that is not among the candidates and is stronger than
    # them (a slip of case in the text). Used only for blocking keys; it can never be matched as "same".
    loose: NameForm | None = None


def _latin_given_sex(word: str) -> str:
    return sex_of_full_forms(full_forms(word)) if full_forms(word) else "unknown"


def _latin_surname_sex(word: str) -> str:
    if _LATIN_FEMALE.search(word):
        return "female"
    return "male" if _LATIN_MALE.search(word) else "unknown"


def _unite(sexes: list[str]) -> str:
    known = {s for s in sexes if s != "unknown"}
    return known.pop() if len(known) == 1 else "unknown"


def _as_written(word: str) -> str:
    return title_word(word) if word.isupper() or word.islower() else word


def _part_readings(role: str, word: str | None) -> list[Reading | None]:
    if word is None:
        return [None]
    if not is_cyrillic(word):
        sex = {"given": _latin_given_sex, "surname": _latin_surname_sex}.get(role, latin_sex)(word)
        return [Reading(1.0, _as_written(word), sex, frozenset(CASES), "latin")]
    if role == "given":
        found: tuple[Reading, ...] = given_readings(word)
        if not any(r.kind == "table" for r in found):
            # pymorphy3's sex for a rare name can be wrong (Айгюн is a woman's name): keep weak guesses too
            known = {(r.sex, r.lemma) for r in found}
            scale = GUESS_BESIDE_DICTIONARY if found else 1.0
            found += tuple(
                Reading(round(r.weight * scale, 4), r.lemma, r.sex, r.cases, r.kind)
                for r in guessed_given_readings(word)
                if (r.sex, r.lemma) not in known
            )
    elif role == "patronymic" and PARTICLE.search(word):
        # Вагиф оглы does not decline; the particle gives the sex
        sex = "female" if re.search(r"(кызы|гызы|кизи)$", word, re.IGNORECASE) else "male"
        found = (Reading(1.0, word.lower(), sex, frozenset(CASES), "patronymic"),)
    elif role == "patronymic":
        found = patronymic_readings(word) or (
            Reading(0.3, word.lower(), "unknown", frozenset({"nom"}), "guess"),
        )
    else:
        found = surname_readings(word) or (Reading(0.2, word.lower(), "unknown", frozenset(CASES), "guess"),)
    return list(found)


def _fits(reading: Reading | None, sex: str, case: str) -> bool:
    return reading is None or ((reading.sex in (sex, "unknown")) and case in reading.cases)


def _show(role: str, reading: Reading | None) -> str | None:
    if reading is None:
        return None
    if reading.kind == "latin":
        return reading.lemma
    return display(reading.lemma) if role == "given" else title_word(reading.lemma)


@lru_cache(maxsize=50_000)
def analyse(name: str) -> Nominative:
    """All nominative readings of ``name`` (see :func:`khronika.names.nominative`)."""
    parsed = parse_parts(name)
    primary = (parsed.given, parsed.patronymic, parsed.surname)
    found: dict[str, NameForm] = {}
    parts = _collect(parsed, primary, 1.0, found)
    for deficit, words in parsed.rivals:
        _collect(parsed, words, RIVAL_ROLES * math.exp(deficit), found)
    ranked = sorted(found.values(), key=lambda f: (-f.weight, f.case != "nom", f.text))
    fallback = _fallback(parsed, parts)
    loose = fallback if ranked and fallback.text not in found and fallback.weight > ranked[0].weight else None
    if not ranked:
        ranked = [fallback]
    best = ranked[0].weight
    rivals = [f for f in ranked if f.weight >= best * AMBIGUITY_RATIO]
    sexes = [f.sex for f in rivals]
    sex = sexes[0] if len(set(sexes)) == 1 else "unknown"
    if parsed.script != "cyrl":
        sex = _unite([r.sex for role in parts for r in parts[role] if r] + [sex])
    return Nominative([f.text for f in rivals], len(rivals) > 1, sex, tuple(rivals), parsed, loose)


def _collect(
    parsed: ParsedName,
    words: tuple[str | None, str | None, str | None],
    factor: float,
    found: dict[str, NameForm],
) -> dict[str, list[Reading | None]]:
    """Add every agreeing reading of one role assignment to ``found``; return the parts' readings."""
    roles = ("given", "patronymic", "surname")
    parts = {role: _part_readings(role, word) for role, word in zip(roles, words, strict=True)}
    for sex in ("male", "female"):
        for case in CASES:
            options = [[r for r in parts[role] if _fits(r, sex, case)] for role in parts]
            for given, patronymic, surname in product(*options):
                weight = 1.0
                for r in (given, patronymic, surname):
                    weight *= r.weight if r else 1.0
                weight *= factor
                form = NameForm(
                    _show("given", given),
                    _show("patronymic", patronymic),
                    _show("surname", surname),
                    parsed.given_initial,
                    parsed.patronymic_initial,
                    sex,
                    case,
                    round(weight, 4),
                )
                key = form.text
                old = found.get(key)
                if old is None or (form.weight, form.case == "nom") > (old.weight, old.case == "nom"):
                    found[key] = form if old is None or old.sex == sex else _merge_sex(form)
                elif old.sex != sex and old.sex != "unknown":
                    found[key] = _merge_sex(old)
    return parts


def _merge_sex(form: NameForm) -> NameForm:
    return NameForm(form.given, form.patronymic, form.surname, form.given_initial, form.patronymic_initial,
                    "unknown", form.case, form.weight)  # fmt: skip


def _fallback(parsed: ParsedName, parts: dict[str, list[Reading | None]]) -> NameForm:
    """No reading where all parts agree (a typo, a slip of case in the text): each part's own best reading."""
    best = {role: max(options, key=lambda r: r.weight if r else 0.0) for role, options in parts.items()}
    weight = 1.0
    for reading in best.values():
        weight *= reading.weight if reading else 1.0
    return NameForm(
        _show("given", best["given"]),
        _show("patronymic", best["patronymic"]),
        _show("surname", best["surname"]),
        parsed.given_initial,
        parsed.patronymic_initial,
        "unknown",
        DISAGREEING,
        round(DISAGREEMENT * weight, 4),
    )
