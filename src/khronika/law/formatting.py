"""Writing a reference back out in the house style of each language."""

from __future__ import annotations

from khronika.law.tables import CODES, code_title

# Russian letters of points (пункты) have conventional Latin equivalents in English legal writing.
_POINT_EN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


def _point_en(point: str) -> str:
    # «е.1» and similar keep their numeric suffix.
    head, dot, tail = point.partition(".")
    return "".join(_POINT_EN.get(ch, ch) for ch in head) + dot + tail


def format_reference(code: str, article: str, part: str | None, point: str | None, lang: str) -> str:
    """A reference in the house style of `lang`.

    «п. «д» ч. 2 ст. 207.3 УК РФ» / "Article 207.3(2)(d) of the Criminal Code". The Russian form names
    the code by its short title; the English one by "the Criminal Code" or "the Code of Administrative
    Offences".
    """
    if code not in CODES:
        raise ValueError(f"unknown code {code!r}: expected one of {', '.join(CODES)}")
    if lang == "ru":
        words: list[str] = []
        if point:
            words.append(f"п. «{point}»")
        if part:
            words.append(f"ч. {part}")
        words.append(f"ст. {article}")
        words.append(code_title(code, "ru"))
        return " ".join(words)
    if lang == "en":
        suffix = (f"({part})" if part else "") + (f"({_point_en(point)})" if point else "")
        name = "the Criminal Code" if code == "RU-UK" else "the Code of Administrative Offences"
        return f"Article {article}{suffix} of {name}"
    raise ValueError(f"unknown language {lang!r}: expected 'ru' or 'en'")
