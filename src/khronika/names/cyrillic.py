"""Latin back to Cyrillic: ranked candidates, because one Latin spelling can come from several Cyrillic ones.

Press and passport spellings are decoded by a small weighted grammar of Latin letter groups (``kh`` -> х,
``ya`` -> я or ья, ``y`` -> ы, й or ий at the end, ``ts`` -> ц or тс...), explored with a beam; candidates
that pymorphy3's dictionary or the given-name table knows are preferred. GOST 7.79 and scholarly
spellings (č, š, ʹ, -ij) are decoded letter by letter.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .given import table
from .morphology import morph
from .skeleton import looks_scholarly
from .text import clean, title_word

Options = tuple[tuple[str, float], ...]

_RULES: dict[str, Options] = {
    "shch": (("щ", 1.0),), "sch": (("щ", 0.7), ("ш", 0.3)), "tch": (("ч", 1.0),), "zh": (("ж", 1.0),),
    "kh": (("х", 1.0),), "ch": (("ч", 1.0),), "sh": (("ш", 1.0),), "ts": (("ц", 0.75), ("тс", 0.25)),
    "tz": (("ц", 1.0),), "ya": (("я", 0.8), ("ья", 0.12), ("йя", 0.08)), "yu": (("ю", 0.85), ("ью", 0.15)),
    "ye": (("е", 0.6), ("ье", 0.3), ("э", 0.1)), "yo": (("ё", 0.6), ("ьо", 0.15), ("йо", 0.25)),
    "yë": (("ё", 0.6), ("ьё", 0.4)),
    "yi": (("ый", 0.4), ("ий", 0.3), ("ьи", 0.3)), "yy": (("ый", 0.7), ("ий", 0.3)),
    "iy": (("ий", 0.8), ("ый", 0.2)), "ii": (("ий", 0.7), ("ии", 0.3)), "ia": (("ия", 0.6), ("я", 0.4)),
    "iu": (("ию", 0.5), ("ю", 0.5)), "ie": (("ие", 0.5), ("ье", 0.3), ("е", 0.2)),
    "io": (("ио", 0.5), ("ё", 0.3), ("ьо", 0.2)), "ja": (("я", 0.8), ("джа", 0.2)),
    "ju": (("ю", 0.8), ("джу", 0.2)), "je": (("е", 0.8), ("дже", 0.2)), "jo": (("ё", 0.8), ("джо", 0.2)),
    "ey": (("ей", 1.0),), "ay": (("ай", 1.0),), "oy": (("ой", 1.0),), "uy": (("уй", 1.0),),
    "ai": (("ай", 0.6), ("аи", 0.4)), "ei": (("ей", 0.7), ("еи", 0.3)), "oi": (("ой", 0.7), ("ои", 0.3)),
    "ui": (("уй", 0.5), ("уи", 0.5)), "x": (("кс", 1.0),), "ck": (("к", 1.0),), "ph": (("ф", 1.0),),
    "w": (("в", 1.0),), "q": (("к", 1.0),), "h": (("х", 1.0),), "c": (("к", 0.6), ("ц", 0.4)),
    "j": (("й", 0.5), ("дж", 0.5)), "a": (("а", 1.0),), "b": (("б", 1.0),), "v": (("в", 1.0),),
    "g": (("г", 1.0),), "d": (("д", 1.0),), "e": (("е", 0.75), ("э", 0.25)), "z": (("з", 1.0),),
    "i": (("и", 0.9), ("й", 0.1)), "k": (("к", 1.0),), "l": (("л", 0.85), ("ль", 0.15)), "m": (("м", 1.0),),
    "n": (("н", 0.9), ("нь", 0.1)), "o": (("о", 1.0),), "p": (("п", 1.0),), "r": (("р", 1.0),),
    "s": (("с", 0.9), ("сь", 0.1)), "t": (("т", 0.9), ("ть", 0.1)), "u": (("у", 1.0),), "f": (("ф", 1.0),),
    "y": (("ы", 0.5), ("й", 0.35), ("ь", 0.15)), "'": (("ь", 0.9), ("ъ", 0.1)), "ë": (("ё", 1.0),),
    # Library of Congress letters
    "ĭ": (("й", 1.0),), "ė": (("э", 1.0),), "i\u0361a": (("я", 1.0),), "i\u0361u": (("ю", 1.0),),
    "t\u0361s": (("ц", 1.0),),
}  # fmt: skip
_END_Y: Options = (("ий", 0.45), ("ый", 0.35), ("и", 0.1), ("й", 0.1))
_START_E: Options = (("е", 0.6), ("э", 0.4))
_SCHOLARLY: dict[str, str] = {
    "šč": "щ", "ŝ": "щ", "ju": "ю", "ja": "я", "jo": "ё", "je": "е", "û": "ю", "â": "я", "ë": "ё", "è": "э",
    "ĭ": "й", "ė": "э", "i\u0361a": "я", "i\u0361u": "ю", "t\u0361s": "ц",
    "ž": "ж", "č": "ч", "š": "ш", "x": "х", "h": "х", "c": "ц", "j": "й", "ʹ": "ь", "'": "ь", "ʺ": "ъ",
    "y": "ы", "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф",
}  # fmt: skip
_VOWELS = "аеёиоуыэюя"
_BAD = re.compile(r"[ьъй][ьъйы]|[аеёиоуыэюя][ьъ]|^[ьъйы]|[аеёиоуыэюя]ы|й[аэиыуею]|[кгхжшчщц]ы|[жшчщ][яю]")
_RARE = re.compile(r"[бвгджзклмнпрстфхцчшщ]э")
BEAM = 40


# Reading a letter group as separate letters (k+h for kh) is possible but rare; so is an unwritten soft sign.
_SPLIT_PENALTY = 0.05
_SOFT_SIGN = 0.12


def _options(word: str, i: int) -> list[tuple[int, Options]]:
    out: list[tuple[int, Options]] = []
    longest = 0
    for size in (4, 3, 2, 1):
        chunk = word[i : i + size]
        if len(chunk) < size or chunk not in _RULES:
            continue
        opts = _RULES[chunk]
        if chunk == "y" and i == len(word) - 1 and i > 0 and word[i - 1] not in "aeiou":
            opts = _END_Y
        elif chunk == "e" and i == 0:
            opts = _START_E
        if longest > size:
            opts = tuple((cyr, w * _SPLIT_PENALTY) for cyr, w in opts)
        at_end = i == len(word) - 1
        softenable = chunk in "lr" if at_end else chunk in "lnrtdsz"
        if size == 1 and softenable and i > 0 and word[i + 1 : i + 2] != "'":
            soft = 0.3 if at_end else _SOFT_SIGN
            opts = (*opts, *((cyr + "ь", w * soft) for cyr, w in opts if not cyr.endswith("ь")))
        longest = max(longest, size)
        out.append((size, opts))
    return out


def _decode_press(word: str) -> list[tuple[str, float]]:
    beams: dict[int, list[tuple[float, str]]] = {0: [(0.0, "")]}
    for i in range(len(word)):
        here = sorted(beams.pop(i, []))[:BEAM]
        for size, opts in _options(word, i):
            for cyr, weight in opts:
                for cost, text in here:
                    beams.setdefault(i + size, []).append((cost - math.log(weight), text + cyr))
        if not _options(word, i):
            for cost, text in here:
                beams.setdefault(i + 1, []).append((cost + 2.0, text + word[i]))
    merged: dict[str, float] = {}
    final = beams.get(len(word), [])
    allowed = [(cost, text) for cost, text in final if not _BAD.search(text)] or final
    for cost, text in allowed:
        weight = math.exp(-cost) * (0.2 if _RARE.search(text) else 1.0)
        merged[text] = merged.get(text, 0.0) + weight
    return sorted(merged.items(), key=lambda c: (-c[1], c[0]))[: BEAM * 2]


def _decode_scholarly(word: str) -> str:
    out, i = [], 0
    while i < len(word):
        for size in (3, 2, 1):
            chunk = word[i : i + size]
            if chunk in _SCHOLARLY:
                out.append(_SCHOLARLY[chunk])
                i += size
                break
        else:
            out.append(word[i])
            i += 1
    return "".join(out)


def _bonus(word: str) -> float:
    """How much more likely a candidate is because the name table or the dictionary knows it."""
    if word.replace("ё", "е") in table().full_forms:
        return 60.0
    return 6.0 if morph().word_is_known(word) else 1.0


@lru_cache(maxsize=20_000)
def word_candidates(word: str, scholarly: bool = False, limit: int = 5) -> tuple[tuple[str, float], ...]:
    """Ranked Cyrillic spellings of one Latin word, with weights summing to 1."""
    low = word.lower()
    if "-" in low:
        parts = [word_candidates(p, scholarly, limit) for p in low.split("-")]
        combos: list[tuple[str, float]] = [("", 1.0)]
        for part in parts:
            combos = [(f"{a}-{b}" if a else b, x * y) for a, x in combos for b, y in part]
            combos = sorted(combos, key=lambda c: (-c[1], c[0]))[:limit]
        return tuple((title_word(t), w) for t, w in combos)
    if scholarly:
        return ((title_word(_decode_scholarly(low)), 1.0),)
    scored = [(text, weight * _bonus(text)) for text, weight in _decode_press(low)]
    scored.sort(key=lambda c: (-c[1], c[0]))
    top = scored[:limit]
    total = sum(w for _, w in top) or 1.0
    return tuple((title_word(t), round(w / total, 3)) for t, w in top)


def to_cyrillic(latin: str, limit: int = 5) -> list[tuple[str, float]]:
    """Ranked Cyrillic candidates for a Latin name (each word decoded, combinations ranked by weight).

    ``to_cyrillic("Alexei Navalny")[0][0] == "Алексей Навальный"``. Cyrillic words are kept as they are.
    Raises :class:`~khronika.names.NameInputError` for a string that is not a name.
    """
    text = clean(latin)
    scholarly = looks_scholarly(text)
    combos: list[tuple[str, float]] = [("", 1.0)]
    for word in text.split():
        if re.search(r"[\u0400-\u04ff]", word) or not re.search(r"[A-Za-z]", word):
            options: tuple[tuple[str, float], ...] = ((word, 1.0),)
        else:
            options = word_candidates(word.strip(".,"), scholarly, limit)
        combos = [(f"{a} {b}".strip(), x * y) for a, x in combos for b, y in options]
        combos = sorted(combos, key=lambda c: (-c[1], c[0]))[:limit]
    total = sum(w for _, w in combos) or 1.0
    return [(t, round(w / total, 3)) for t, w in combos]
