"""The spelling skeleton: one short ASCII string for every way a Russian name is written in either script.

``Хамроев``, ``Khamroev``, ``Khamroyev`` and ``Hamroev`` all give ``hamroev``; ``Навальный``, ``Navalny``,
``Navalnyy`` and ``Naval'nyj`` give ``navalni``. The skeleton folds what transliteration loses or varies
(kh/h, ya/ia/ja, yu/iu/ju, y/i/j, ey/ei, yev/ev, -sky/-skiy/-skii, yo/io/e for ё, ks/x, soft signs, doubled
letters) and keeps what tells names apart. It is a blocking and comparison key, never shown to a reader.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Cyrillic goes straight to the internal alphabet: ж=ž ч=č ш=š щ=ŝ ц=ç х=h, ё=е, signs dropped.
_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "ž", "з": "z",
        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ç", "ч": "č", "ш": "š", "щ": "ŝ",
        "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia", "і": "i", "ї": "i", "є": "e", "ґ": "g",
    }
)  # fmt: skip

# Scholarly and GOST letters, decoded before the press rules so that "c" and "x" keep their meaning there.
_SCHOLARLY_MARKS = re.compile(r"[čšžŝûâ]|[^aeiouy]j(?![aeiou])|j$")
# Signs and ë are shared with Library of Congress spellings, which write х, ц, ч, ш as kh, ts, ch, sh.
_WEAK_MARKS = re.compile(r"[ʹʺëè]")
_PRESS_DIGRAPHS = re.compile(r"kh|zh|ch|sh|ts|t͡s")
_SCHOLARLY = [("šč", "ŝ"), ("ju", "iu"), ("ja", "ia"), ("jo", "e"), ("je", "e"), ("û", "iu"), ("â", "ia"),
              ("ë", "e"), ("è", "e"), ("ĭ", "i"), ("j", "i"), ("x", "h"), ("c", "ç"),
              ("ʹ", ""), ("ʺ", "")]  # fmt: skip

# Press and passport digraphs, longest first.
_PRESS = [("shch", "ŝ"), ("sch", "ŝ"), ("tch", "č"), ("zh", "ž"), ("kh", "h"), ("ch", "č"), ("sh", "š"),
          ("ts", "ç"), ("tz", "ç"), ("cz", "ç"), ("ck", "k"), ("x", "ks"), ("w", "v"), ("q", "k"),
          ("ph", "f"), ("j", "i"), ("y", "i")]  # fmt: skip
_PRESS_C = re.compile(r"c(?=[eiy])")  # c before a front vowel is ц (Tsvetkova written "Cvetkova"); else к
_FINAL = str.maketrans({"ž": "j", "č": "c", "š": "w", "ŝ": "q", "ç": "x"})
_NOT_LETTER = re.compile(r"[^a-zžčšŝç]")
_HUSHING_O = re.compile(r"(?<=[žčšŝ])o")


def _strip_marks(text: str) -> str:
    keep = "čšžŝçëèĭûâʹʺ"
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in keep:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base)
    return "".join(out).replace("'", "").replace("\u0361", "")


def looks_scholarly(text: str) -> bool:
    """True when Latin text carries GOST 7.79 or scholarly marks (č, š, ʹ, -ij), so x and c mean х and ц."""
    return bool(_SCHOLARLY_MARKS.search(text.lower()))


def maybe_scholarly(text: str) -> bool:
    """True when Latin text has only marks shared with BGN and LC (ʹ, ë) and none of their digraphs."""
    low = text.lower()
    return bool(_WEAK_MARKS.search(low) and not _PRESS_DIGRAPHS.search(low))


def _latin(word: str, scholarly: bool | None) -> str:
    word = word.replace("i͡a", "ia").replace("i͡u", "iu").replace("t͡s", "ç")
    if scholarly or (scholarly is None and looks_scholarly(word)):
        for old, new in _SCHOLARLY:
            word = word.replace(old, new)
    for old, new in (("ë", "e"), ("è", "e"), ("ė", "e"), ("ĭ", "i"), ("û", "iu"), ("â", "ia")):
        word = word.replace(old, new)
    word = _strip_marks(word)
    for old, new in _PRESS:
        word = word.replace(old, new)
    return _PRESS_C.sub("ç", word).replace("c", "k")


@lru_cache(maxsize=200_000)
def skeleton(word: str, scholarly: bool | None = None) -> str:
    """The folded ASCII key of one word (or hyphenated word) in either script; ``""`` when it has no letter.

    ``scholarly`` says whether a Latin word is in a scholarly or GOST spelling (decide it once for the
    whole name with :func:`looks_scholarly`); ``None`` decides from the word alone.
    """
    word = word.lower()
    if re.search(r"[\u0400-\u04ff]", word):
        word = word.translate(_CYRILLIC).replace("ts", "ç")
    else:
        word = _latin(word, scholarly)
    word = _NOT_LETTER.sub("", word)
    word = re.sub(r"iei(?=[aeou])", "i", word)  # ICAO writes ъ as "ie": Podieiachev = Подъячев
    # Vowel folding: iotated vowels and -ий/-ый endings lose their "i" (Afanasiev = Afanasev = Афанасьев).
    # ё is "yo", "io", "e" or "o" after ж/ч/ш/щ (Gorbachov = Горбачёв); all fold to "e".
    word = _HUSHING_O.sub("e", word)
    word = re.sub(r"(.)\1+", r"\1", word)
    word = word.replace("io", "e").replace("ie", "e")
    word = re.sub(r"(.)\1+", r"\1", word)
    return word.translate(_FINAL)
