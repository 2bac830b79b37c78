"""Offence wording → article: «оправдание терроризма» → RU-UK 205.2, "treason" → RU-UK 275.

The phrases live in ``data/offences.json``; their syntax is described there and in docs/law.md. Words
are matched on their beginnings (a hand-written stem) rather than by a morphological analyser: it is
fast, needs no model, and the stems are chosen to cover every case ending of the word.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from khronika.law.context import Register, register_near
from khronika.law.model import OffenceMatch

_WORD = re.compile(r"\w+(?:-\w+)*")
_MAX_ENDING = 4  # letters a stem may be followed by: «организаци|ями», «террористическ|ого»
_SENTENCE_MARK = re.compile(r"[.!?;\n]")


@dataclass(frozen=True)
class _Stem:
    text: str
    mode: str  # "prefix" (≤ 4 more letters), "open" (any continuation) or "exact"

    def matches(self, word: str) -> bool:
        if self.mode == "exact":
            return word == self.text
        if not word.startswith(self.text):
            return False
        return self.mode == "open" or len(word) - len(self.text) <= _MAX_ENDING


@dataclass(frozen=True)
class _Slot:
    alternatives: tuple[tuple[_Stem, ...], ...]  # each alternative is one or more words in a row
    optional: bool = False
    gap: int = 0  # > 0: skip up to this many words instead of matching


@dataclass(frozen=True)
class _Offence:
    ident: str
    uk: str | None
    koap: str | None
    default: str
    default_certain: bool
    certain: bool


@dataclass(frozen=True)
class _Phrase:
    slots: tuple[_Slot, ...]
    offence: _Offence


def normalise(word: str) -> str:
    """Lower case with ё as е: the form both phrases and text words are compared in."""
    return word.lower().replace("ё", "е")


def _stem(raw: str) -> _Stem:
    if raw.startswith("="):
        return _Stem(normalise(raw[1:]), "exact")
    if raw.endswith("~"):
        return _Stem(normalise(raw[:-1]), "open")
    text = normalise(raw)
    # Short words are function words («о», «на», "of", "the"): a prefix match would catch "office".
    return _Stem(text, "exact" if len(text) <= 3 else "prefix")


def _slot(raw: str) -> _Slot:
    if raw in ("*", "**"):
        return _Slot((), gap=2 if raw == "*" else 4)
    optional = raw.startswith("?")
    body = raw[1:] if optional else raw
    alternatives = tuple(tuple(_stem(w) for w in alt.split("+")) for alt in body.split("|"))
    return _Slot(alternatives, optional=optional)


def _offence(raw: dict[str, Any]) -> _Offence:
    uk, koap = raw.get("uk"), raw.get("koap")
    default = raw.get("default", "uk" if uk else "koap")
    return _Offence(raw["id"], uk, koap, default, raw.get("default_certain", True), raw.get("certain", True))


@cache
def _phrases(lang: str) -> dict[str, list[_Phrase]]:
    """The phrases of a language, indexed by the first two letters of their first words."""
    text = resources.files("khronika.law").joinpath("data", "offences.json").read_text("utf-8")
    index: dict[str, list[_Phrase]] = {}
    for raw in json.loads(text)["offences"]:
        offence = _offence(raw)
        for source in raw.get(lang, ()):
            slots = tuple(_slot(piece.strip('«»"')) for piece in source.split())
            phrase = _Phrase(slots, offence)
            for alt in slots[0].alternatives:
                index.setdefault(alt[0].text[:2], []).append(phrase)
    return index


def _match_slots(slots: tuple[_Slot, ...], words: list[str], at: int) -> int | None:
    """The index after the last word matched by `slots` starting at word `at`, or None."""
    if not slots:
        return at
    slot, rest = slots[0], slots[1:]
    if slot.gap:
        for skip in range(slot.gap + 1):
            end = _match_slots(rest, words, at + skip) if at + skip <= len(words) else None
            if end is not None:
                return end
        return None
    for alt in slot.alternatives:
        if at + len(alt) <= len(words) and all(s.matches(words[at + k]) for k, s in enumerate(alt)):
            end = _match_slots(rest, words, at + len(alt))
            if end is not None:
                return end
    if slot.optional:
        return _match_slots(rest, words, at)
    return None


def _resolve(offence: _Offence, register: Register) -> tuple[str, str, bool] | None:
    if offence.uk and offence.koap:
        if register == "criminal":
            return "RU-UK", offence.uk, offence.certain
        if register == "administrative":
            return "RU-KoAP", offence.koap, offence.certain
        chosen = offence.uk if offence.default == "uk" else offence.koap
        code = "RU-UK" if offence.default == "uk" else "RU-KoAP"
        return code, chosen, offence.certain and offence.default_certain
    if offence.uk:
        return "RU-UK", offence.uk, offence.certain
    if offence.koap:
        return "RU-KoAP", offence.koap, offence.certain
    return None


def find_offences(text: str, lang: str) -> list[OffenceMatch]:
    """Wording in `text` that names an offence, each resolved to an article, sorted by start.

    Overlapping candidates keep the longest. Wording that fits a criminal and an administrative article
    («дискредитация армии»: UK 280.3 or KoAP 20.3.3) is decided by the words around it; when they do not
    decide, the match is the more usual article with `certain=False`.
    """
    if lang not in ("ru", "en"):
        raise ValueError(f"unknown language {lang!r}: expected 'ru' or 'en'")
    index = _phrases(lang)
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [normalise(text[s:e]) for s, e in spans]
    candidates: list[tuple[int, int, _Offence]] = []
    for at, word in enumerate(words):
        for phrase in index.get(word[:2], ()):
            end = _match_slots(phrase.slots, words, at)
            if end is None or end == at:
                continue
            start_char, end_char = spans[at][0], spans[end - 1][1]
            if _SENTENCE_MARK.search(text, start_char, end_char):
                continue
            candidates.append((start_char, end_char, phrase.offence))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list[tuple[int, int, _Offence]] = []
    for cand in candidates:
        if all(cand[1] <= c[0] or cand[0] >= c[1] for c in chosen):
            chosen.append(cand)
    found: list[OffenceMatch] = []
    for start, end, offence in sorted(chosen, key=lambda c: c[0]):
        resolved = _resolve(offence, register_near(text, start, end, lang))
        if resolved is None:
            continue
        code, article, certain = resolved
        found.append(OffenceMatch(code, article, start, end, text[start:end], certain))
    return found


def match_offence(phrase: str, lang: str) -> OffenceMatch | None:
    """The offence a short phrase (a charge label: «оправдание терроризма», "treason") names, or None.

    When the phrase holds several, the longest wins (the earliest on a tie).
    """
    matches = find_offences(phrase, lang)
    if not matches:
        return None
    return max(matches, key=lambda m: (m.end - m.start, -m.start))
