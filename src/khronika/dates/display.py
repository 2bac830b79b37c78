"""Dates written for readers, in Russian or English.

The house style: "24 February 2022" / «24 февраля 2022 г.», "October 2022" / «октябрь 2022 г.»,
"the 2000s" / «2000-е», "c. 2022" / «около 2022 г.», "2022?" / «2022 г. (?)», "2016–2019" / «2016–2019 гг.».
"""

from __future__ import annotations

from typing import Literal

from khronika.dates.parts import recognise
from khronika.dates.values import Point, Value, parse
from khronika.dates.vocabulary import (
    MONTHS_EN,
    MONTHS_RU_GENITIVE,
    MONTHS_RU_NOMINATIVE,
    SEASONS_EN,
    SEASONS_RU_GENITIVE,
    SEASONS_RU_NOMINATIVE,
)

Case = Literal["nominative", "genitive"]
_ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_PART_EN = {"early": "early {}", "mid": "mid-{}", "late": "late {}"}
_PART_EN.update({"first_half": "the first half of {}", "second_half": "the second half of {}"})
_PART_RU = {"early": "начало", "mid": "середина", "late": "конец"}
_PART_RU.update({"first_half": "первая половина", "second_half": "вторая половина"})
_PART_RU_GENITIVE = {"early": "начала", "mid": "середины", "late": "конца"}
_PART_RU_GENITIVE.update({"first_half": "первой половины", "second_half": "второй половины"})


def display(edtf: str, lang: str) -> str:
    """Write an EDTF date for a reader in `lang` ("ru" or "en"); raise `InvalidDate` for a bad date."""
    if lang not in ("ru", "en"):
        raise ValueError(f"unsupported display language {lang!r}: use 'ru' or 'en'")
    value = parse(edtf)
    if not value.is_interval:
        assert isinstance(value.start, Point)
        return _point(value.start, lang, "nominative")
    return _interval(value, lang)


def _ordinal_en(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _roman(number: int) -> str:
    digits = []
    for value, letters in _ROMAN:
        while number >= value:
            digits.append(letters)
            number -= value
    return "".join(digits)


def _bare(point: Point, lang: str, case: Case) -> str:
    """The date without its qualifier."""
    year = point.year.replace("X", "0")
    kind = point.precision
    if kind == "century":
        number = int(year) // 100 + 1
        if lang == "en":
            return f"the {_ordinal_en(number)} century"
        return f"{_roman(number)} {'век' if case == 'nominative' else 'века'}"
    if kind == "decade":
        return f"the {year}s" if lang == "en" else f"{year}-{'е' if case == 'nominative' else 'х'}"
    if kind == "year":
        return year.lstrip("0") if lang == "en" else f"{year.lstrip('0')} г."
    month = int(str(point.month))
    plain_year = year.lstrip("0")
    if kind == "season":
        if lang == "en":
            return f"{SEASONS_EN[month]} {plain_year}"
        seasons = SEASONS_RU_NOMINATIVE if case == "nominative" else SEASONS_RU_GENITIVE
        return f"{seasons[month]} {plain_year} г."
    if kind == "month":
        if lang == "en":
            return f"{MONTHS_EN[month - 1]} {plain_year}"
        words = MONTHS_RU_NOMINATIVE if case == "nominative" else MONTHS_RU_GENITIVE
        return f"{words[month - 1]} {plain_year} г."
    day = int(str(point.day))
    if lang == "en":
        return f"{day} {MONTHS_EN[month - 1]} {plain_year}"
    return f"{day} {MONTHS_RU_GENITIVE[month - 1]} {plain_year} г."


def _point(point: Point, lang: str, case: Case) -> str:
    text = _bare(point, lang, "genitive" if point.qualifier in ("~", "%") else case)
    if point.qualifier in ("~", "%"):
        text = f"c. {text}" if lang == "en" else f"около {text}"
    if point.qualifier in ("?", "%"):
        text = f"{text}?" if lang == "en" else f"{text} (?)"
    return text


def _part(edtf: str, lang: str, case: Case) -> str | None:
    found = recognise(edtf)
    if found is None:
        return None
    part, unit, year, month = found
    if unit == "decade":
        if lang == "en":
            phrase = _PART_EN[part].format(f"the {year}s")
            return phrase if phrase.startswith("the ") else f"the {phrase.replace('the ', '')}"
        words = _PART_RU if case == "nominative" else _PART_RU_GENITIVE
        return f"{words[part]} {year}-х"
    if unit == "year":
        if lang == "en":
            return _PART_EN[part].format(year)
        words = _PART_RU if case == "nominative" else _PART_RU_GENITIVE
        return f"{words[part]} {year} г."
    assert month is not None
    if lang == "en":
        return _PART_EN[part].format(f"{MONTHS_EN[month - 1]} {year}")
    words = _PART_RU if case == "nominative" else _PART_RU_GENITIVE
    return f"{words[part]} {MONTHS_RU_GENITIVE[month - 1]} {year} г."


def _interval(value: Value, lang: str) -> str:
    part = _part(value.text, lang, "nominative")
    if part is not None:
        return part
    start, end = value.start, value.end
    if isinstance(start, str):
        assert isinstance(end, Point)
        text = (
            f"until {_point(end, lang, 'genitive')}"
            if lang == "en"
            else f"до {_point(end, lang, 'genitive')}"
        )
        if start == "":
            text += " (start unknown)" if lang == "en" else " (начало неизвестно)"
        return text
    if isinstance(end, str):
        text = (
            f"since {_point(start, lang, 'genitive')}"
            if lang == "en"
            else f"с {_point(start, lang, 'genitive')}"
        )
        if end == "":
            text += " (end unknown)" if lang == "en" else " (окончание неизвестно)"
        return text
    assert end is not None
    return _closed(start, end, lang)


def _closed(start: Point, end: Point, lang: str) -> str:
    """A closed interval, shortened where both ends share a unit: "2016–2019", "24–28 February 2022"."""
    same = (start.precision, start.qualifier) == (end.precision, end.qualifier) and not start.qualifier
    if same and start.precision == "year":
        years = f"{start.year.lstrip('0')}–{end.year.lstrip('0')}"
        return years if lang == "en" else f"{years} гг."
    if same and start.precision == "day" and start.year == end.year:
        if start.month == end.month:
            tail = _bare(end, lang, "nominative").split(" ", 1)[1]
            return f"{int(str(start.day))}–{int(str(end.day))} {tail}"
        head = _bare(start, lang, "nominative").rsplit(" ", 2 if lang == "ru" else 1)[0]
        return f"{head} – {_bare(end, lang, 'nominative')}"
    if same and start.precision == "month" and start.year == end.year:
        head = _bare(start, lang, "nominative").rsplit(" ", 2 if lang == "ru" else 1)[0]
        return f"{head} – {_bare(end, lang, 'nominative')}"
    return f"{_point(start, lang, 'nominative')} – {_point(end, lang, 'nominative')}"
