"""Cyrillic to Latin in the schemes the state, libraries and the press use.

The tables follow the published standards (BGN/PCGN 1947 for Russian; ICAO Doc 9303, the scheme of Russian
foreign passports since 2013; GOST 7.79-2000 system A; the scholarly system; ALA-LC) and the English-press
spelling of Wikipedia's "Romanization of Russian" (Yevgeny, Navalny, Kagarlitsky). They were checked against
``iuliia``'s schemes in the tests; they are our own because ``iuliia`` 0.13 leaves ё untransliterated in
several schemes (``Yёlkin``).
"""

from __future__ import annotations

import re

SCHEMES: tuple[str, ...] = ("bgn", "icao", "gost", "scholarly", "lc", "press")

_BASE = dict(
    zip(
        "абвгдзиклмнопрстуф",
        ["a", "b", "v", "g", "d", "z", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f"],
        strict=True,
    )
)


def _table(**letters: str) -> dict[str, str]:
    names = {
        "e": "е", "yo": "ё", "zh": "ж", "y": "й", "kh": "х", "ts": "ц", "ch": "ч", "sh": "ш", "shch": "щ",
        "hard": "ъ", "yery": "ы", "soft": "ь", "ee": "э", "yu": "ю", "ya": "я",
    }  # fmt: skip
    table = dict(_BASE)
    for key, value in letters.items():
        table[names[key]] = value
    return table


_LETTERS: dict[str, dict[str, str]] = {
    "bgn": _table(e="e", yo="ë", zh="zh", y="y", kh="kh", ts="ts", ch="ch", sh="sh", shch="shch",
                  hard="”", yery="y", soft="’", ee="e", yu="yu", ya="ya"),
    "icao": _table(e="e", yo="e", zh="zh", y="i", kh="kh", ts="ts", ch="ch", sh="sh", shch="shch",
                   hard="ie", yery="y", soft="", ee="e", yu="iu", ya="ia"),
    "gost": _table(e="e", yo="ë", zh="ž", y="j", kh="h", ts="c", ch="č", sh="š", shch="ŝ",
                   hard="ʺ", yery="y", soft="ʹ", ee="è", yu="û", ya="â"),
    "scholarly": _table(e="e", yo="ë", zh="ž", y="j", kh="x", ts="c", ch="č", sh="š", shch="šč",
                        hard="ʺ", yery="y", soft="ʹ", ee="è", yu="ju", ya="ja"),
    "lc": _table(e="e", yo="ë", zh="zh", y="ĭ", kh="kh", ts="t͡s", ch="ch", sh="sh", shch="shch",
                 hard="ʺ", yery="y", soft="ʹ", ee="ė", yu="i͡u", ya="i͡a"),
    "press": _table(e="e", yo="yo", zh="zh", y="y", kh="kh", ts="ts", ch="ch", sh="sh", shch="shch",
                    hard="", yery="y", soft="", ee="e", yu="yu", ya="ya"),
}  # fmt: skip

_VOWELS_AND_SIGNS = set("аеёиоуыэюяйъь")
_WORD = re.compile(r"[\u0400-\u04ff]+")


def _word(word: str, scheme: str) -> str:
    """Transliterate one lower-case Cyrillic word."""
    table = _LETTERS[scheme]
    out: list[str] = []
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        after_vowel = not prev or prev in _VOWELS_AND_SIGNS
        if scheme in ("bgn", "press") and ch in "её" and after_vowel:
            # BGN/PCGN and the press write a iotated "ye"/"yë" at the start and after vowels and signs.
            out.append("ye" if ch == "е" else ("yë" if scheme == "bgn" else "yo"))
        elif scheme == "press" and ch == "ё" and prev in "жчшщ":
            out.append("o")  # Gorbachov, Khrushchov: no "y" after the hushing consonants
        elif scheme == "press" and ch == "й" and prev in "иы" and i == len(word) - 1:
            out[-1] = "y"  # -ий/-ый: Yevgeny, Navalny, Kagarlitsky
        elif scheme == "press" and ch == "ь" and i + 1 < len(word) and word[i + 1] in "еёиюя":
            out.append("" if word[i + 1] in "еёюя" else "y")  # Afanasyev; Ilyich for Ильич
        else:
            out.append(table.get(ch, ch))
    return "".join(out)


def _recase(source: str, latin: str) -> str:
    if source.isupper() and len(source) > 1:
        return latin.upper()
    if source[:1].isupper():
        return latin[:1].upper() + latin[1:]
    return latin


def transliterate(text: str, scheme: str = "bgn") -> str:
    """Return ``text`` with every Cyrillic word written in Latin by ``scheme`` (one of :data:`SCHEMES`).

    Non-Cyrillic characters are kept as they are. Raises ``ValueError`` for an unknown scheme.
    """
    if scheme not in _LETTERS:
        raise ValueError(f"unknown transliteration scheme {scheme!r}; choose one of {', '.join(SCHEMES)}")

    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        return _recase(word, _word(word.lower(), scheme))

    return _WORD.sub(one, text)


# Spellings journalists actually write for one press/BGN form: each pair is (regular expression, replacement).
_JOURNALIST = [
    (r"kh", "h"), (r"ya", "ia"), (r"yu", "iu"), (r"(?<=[aeiou])y(?=[^aeiou]|$)", "i"), (r"ey\b", "ei"),
    (r"(?<=[aeiou])ye", "e"), (r"\bYe", "E"), (r"yo", "e"), (r"sky\b", "skiy"), (r"sky\b", "skii"),
    (r"(?<=[^aeiouy])y\b", "iy"), (r"iy\b", "y"), (r"ts", "tz"), (r"x", "ks"), (r"ks", "x"), (r"iya\b", "ia"),
]  # fmt: skip


def press_variants(text: str) -> list[str]:
    """The spellings of a Cyrillic name that the press writes: the press and BGN forms and each usual
    variation of them (kh/h, ya/ia, yu/iu, y/i, ey/ei, yev/ev, -sky/-skiy/-skii, yo/e), sorted, unique."""
    bases = {transliterate(text, "press"), transliterate(text, "bgn").replace("’", "").replace("”", "")}
    out = set(bases)
    for base in bases:
        for pattern, replacement in _JOURNALIST:
            out.add(re.sub(pattern, replacement, base))
    return sorted(out)
