"""Unicode clean-up and tokens of a name as written."""

from __future__ import annotations

import re
import unicodedata

# Hyphens and dashes people type inside double surnames (Кара‐Мурза, Кара–Мурза) fold to ASCII "-".
_HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212\u00ad"), "-")
# Apostrophes and primes: transliterations use them for the soft and hard signs, Latin names for O'Brien.
_APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u02b9\u02ba\u0060\u00b4\u2032\u201d\u201c"), "'")
_LATIN_LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTXy", "асеорхуАВСЕНКМОРТХу")
_CYRL = re.compile(r"[\u0400-\u04ff]")
_LATN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_TOKEN = re.compile(r"[^\s,;()«»\"]+")
# Control characters, private-use and unassigned code points: binary junk, never part of a name.
_JUNK_CATEGORIES = {"Cc", "Cs", "Co", "Cn"}

CYRILLIC_VOWELS = "аеёиоуыэюя"


class NameInputError(ValueError):
    """A string that cannot be read as a person's name (empty, junk, too long)."""


def clean(text: str) -> str:
    """Return ``text`` in NFC with one kind of hyphen and apostrophe and single spaces.

    Raises :class:`NameInputError` for an empty string, control characters or text that holds no letter.
    """
    if not isinstance(text, str):
        raise NameInputError("a name must be text")
    if len(text) > 300:
        raise NameInputError("a name is at most 300 characters long")
    text = unicodedata.normalize("NFC", text).translate(_HYPHENS).translate(_APOSTROPHES)
    text = text.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    if any(unicodedata.category(ch) in _JUNK_CATEGORIES for ch in text):
        raise NameInputError("the name holds control or unassigned characters (binary data?)")
    text = re.sub(r"\s*-\s*", "-", text)
    text = " ".join(text.split())
    if not any(ch.isalpha() for ch in text):
        raise NameInputError("the name is empty or holds no letter")
    return text


def fold_yo(text: str) -> str:
    """Fold ё to е (Russian print mostly omits the dots, so both spellings are one name)."""
    return text.replace("ё", "е").replace("Ё", "Е")


def script_of(text: str) -> str:
    """``"cyrl"``, ``"latn"`` or ``"mixed"`` for the letters of ``text``.

    A word written in Cyrillic with one Latin look-alike letter (a common OCR and typing slip) is
    counted as Cyrillic; :func:`fix_lookalikes` repairs it.
    """
    has_cyrl = bool(_CYRL.search(text))
    has_latn = bool(_LATN.search(text))
    if has_cyrl and has_latn:
        return "mixed"
    return "cyrl" if has_cyrl else "latn"


def fix_lookalikes(word: str) -> str:
    """Replace Latin look-alike letters inside a mostly Cyrillic word by their Cyrillic twins."""
    if _CYRL.search(word) and _LATN.search(word):
        cyrl = len(_CYRL.findall(word))
        if cyrl >= len(_LATN.findall(word)):
            return word.translate(_LATIN_LOOKALIKES)
    return word


def tokens(text: str) -> list[str]:
    """Split a cleaned name into words, keeping hyphenated parts and initials ("Б.А.") together."""
    words = [fix_lookalikes(t) for t in _TOKEN.findall(text)]
    # English possessive: Khamroev's lawyer
    return [w[:-2] if len(w) > 3 and w.lower().endswith("'s") and not is_cyrillic(w) else w for w in words]


def is_cyrillic(word: str) -> bool:
    """True when ``word`` has a Cyrillic letter."""
    return bool(_CYRL.search(word))


def title_word(word: str) -> str:
    """Capitalise each hyphen-separated part: ``кара-мурза`` -> ``Кара-Мурза``."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
