"""Offence wording → article: «оправдание терроризма» → RU-UK 205.2, "treason" → RU-UK 275.

The phrases live in ``data/offences.json``; their syntax is described there and in docs/law.md. Words
are matched on their beginnings (a hand-written stem) rather than by a morphological analyser: it is
fast, needs no model, and the stems are chosen to cover every case ending of the word. Each phrase is
compiled to one regular expression over the lower-cased text.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from khronika.law.context import Register, register_near
from khronika.law.model import OffenceMatch

_MAX_ENDING = 4  # letters a stem may be followed by: «организаци|ями», «террористическ|ого»
# Between two words of a phrase: spaces, quotes, commas, dashes; never the end of a sentence.
_SEPARATOR = r"[^\w.!?;\n]+"
_ANY_WORD = r"\w+(?:-\w+)*"


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
    pattern: re.Pattern[str]
    offence: _Offence


@dataclass(frozen=True)
class _Grammar:
    by_prefix: dict[str, list[_Phrase]]  # phrases by the first two letters of their first words
    first_words: re.Pattern[str]  # where a phrase may start: any of the first words


def normalise(word: str) -> str:
    """Lower case with ё as е: the form both phrases and text words are compared in."""
    return word.lower().replace("ё", "е")


def _word_pattern(raw: str) -> str:
    """One phrase word: '=w' exact, 'w~' any continuation, else ≤ 4 more letters (short words exact)."""
    if raw.startswith("="):
        body, tail = normalise(raw[1:]), ""
    elif raw.endswith("~"):
        body, tail = normalise(raw[:-1]), r"\w*"
    else:
        body = normalise(raw)
        # Short words are function words («о», «на», "of"): a prefix match would catch "office".
        tail = "" if len(body) <= 3 else rf"\w{{0,{_MAX_ENDING}}}"
    return re.escape(body) + tail + r"(?![\w-])"


def _slot_pattern(raw: str) -> tuple[str, list[str]]:
    """The regex of one slot of a phrase, and the first words of its alternatives."""
    optional = raw.startswith("?")
    body = raw[1:] if optional else raw
    alternatives = [alt.split("+") for alt in body.split("|")]
    pattern = "(?:" + "|".join(_SEPARATOR.join(_word_pattern(w) for w in alt) for alt in alternatives) + ")"
    return pattern, [alt[0] for alt in alternatives]


def compile_phrase(source: str) -> tuple[str, list[str]]:
    """A phrase of the data file → (regex source, the raw first words it can start with)."""
    pieces = [piece.strip('«»"') for piece in source.split()]
    regex = ""
    firsts: list[str] = []
    for n, piece in enumerate(pieces):
        if piece in ("*", "**"):
            most = 2 if piece == "*" else 4
            regex += rf"(?:{_SEPARATOR}{_ANY_WORD}){{0,{most}}}?"
            continue
        pattern, words = _slot_pattern(piece)
        if n == 0:
            firsts = words
            regex += pattern
        elif piece.startswith("?"):
            regex += f"(?:{_SEPARATOR}{pattern})?"
        else:
            regex += _SEPARATOR + pattern
    return regex, firsts


def _offence(raw: dict[str, Any]) -> _Offence:
    uk, koap = raw.get("uk"), raw.get("koap")
    default = raw.get("default", "uk" if uk else "koap")
    return _Offence(raw["id"], uk, koap, default, raw.get("default_certain", True), raw.get("certain", True))


@cache
def _grammar(lang: str) -> _Grammar:
    """The phrases of a language, compiled and indexed for a fast scan."""
    text = resources.files("khronika.law").joinpath("data", "offences.json").read_text("utf-8")
    index: dict[str, list[_Phrase]] = {}
    firsts: set[str] = set()
    for raw in json.loads(text)["offences"]:
        offence = _offence(raw)
        for source in raw.get(lang, ()):
            regex, words = compile_phrase(source)
            phrase = _Phrase(re.compile(regex), offence)
            for word in words:
                key = normalise(word.strip("=~"))[:2]
                if phrase not in index.setdefault(key, []):
                    index[key].append(phrase)
                firsts.add(word)
    ordered = sorted(firsts, key=lambda w: (-len(w), w))
    first_words = re.compile(r"(?<![\w-])(?:" + "|".join(_word_pattern(w) for w in ordered) + ")")
    return _Grammar(index, first_words)


def _normalised_text(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters grow when lowered ("İ"); keep offsets aligned
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return lowered.replace("ё", "е")


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


_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"))


def _balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span by one character on a side when a quote inside it is left open: «фейки» not «фейки."""
    span = text[start:end]
    for left, right in _QUOTE_PAIRS:
        opened, closed = span.count(left), span.count(right)
        if opened > closed and text[end : end + 1] == right:
            end += 1
        elif closed > opened and start > 0 and text[start - 1] == left:
            start -= 1
    for mark in ('"', "'"):
        if span.count(mark) % 2:
            if text[end : end + 1] == mark:
                end += 1
            elif start > 0 and text[start - 1] == mark:
                start -= 1
    return start, end


def find_offences(text: str, lang: str) -> list[OffenceMatch]:
    """Wording in `text` that names an offence, each resolved to an article, sorted by start.

    Overlapping candidates keep the longest. Wording that fits a criminal and an administrative article
    («дискредитация армии»: UK 280.3 or KoAP 20.3.3) is decided by the words around it; when they do not
    decide, the match is the more usual article with `certain=False`.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if lang not in ("ru", "en"):
        raise ValueError(f"unknown language {lang!r}: expected 'ru' or 'en'")
    return list(_find_offences(text, lang))


@lru_cache(maxsize=32)  # the extractor and `find_references` both ask for the same document
def _find_offences(text: str, lang: str) -> tuple[OffenceMatch, ...]:
    grammar = _grammar(lang)
    norm = _normalised_text(text)
    candidates: list[tuple[int, int, _Offence]] = []
    for hit in grammar.first_words.finditer(norm):
        for phrase in grammar.by_prefix.get(norm[hit.start() : hit.start() + 2], ()):
            match = phrase.pattern.match(norm, hit.start())
            if match is None:
                continue
            start, end = _balance_quotes(text, match.start(), match.end())
            candidates.append((start, end, phrase.offence))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    # Longest first; a candidate is kept when it overlaps none kept so far. The kept spans do not overlap,
    # so sorted by start they are sorted by end too, and one bisection finds the neighbours to check.
    chosen: list[tuple[int, int, _Offence]] = []
    starts: list[int] = []
    for cand in candidates:
        i = bisect.bisect_right(starts, cand[0])
        if (i == 0 or chosen[i - 1][1] <= cand[0]) and (i == len(chosen) or cand[1] <= chosen[i][0]):
            chosen.insert(i, cand)
            starts.insert(i, cand[0])
    found: list[OffenceMatch] = []
    for start, end, offence in chosen:
        resolved = _resolve(offence, register_near(text, start, end, lang))
        if resolved is None:
            continue
        code, article, certain = resolved
        found.append(OffenceMatch(code, article, start, end, text[start:end], certain))
    return tuple(found)


def match_offence(phrase: str, lang: str) -> OffenceMatch | None:
    """The offence a short phrase (a charge label: «оправдание терроризма», "treason") names, or None.

    When the phrase holds several, the longest wins (the earliest on a tie).
    """
    matches = find_offences(phrase, lang)
    if not matches:
        return None
    return max(matches, key=lambda m: (m.end - m.start, -m.start))
