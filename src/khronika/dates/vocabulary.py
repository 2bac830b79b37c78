"""Words for months, seasons, weekdays and small numbers in Russian and English.

Shared by display (which writes them) and the expression grammars (which read them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTHS_RU_NOMINATIVE = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
MONTHS_RU_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip

# Russian month stems with the endings they take in running text (nominative, genitive, prepositional,
# dative, instrumental): «январь», «января», «январе», «январю», «январём».
RU_MONTH_FORMS = (
    ("январ", "ь|я|е|ю|ём|ем"), ("феврал", "ь|я|е|ю|ём|ем"), ("март", "|а|е|у|ом"),
    ("апрел", "ь|я|е|ю|ем"), ("ма", "й|я|е|ю|ем"), ("июн", "ь|я|е|ю|ем"), ("июл", "ь|я|е|ю|ем"),
    ("август", "|а|е|у|ом"), ("сентябр", "ь|я|е|ю|ём|ем"), ("октябр", "ь|я|е|ю|ём|ем"),
    ("ноябр", "ь|я|е|ю|ём|ем"), ("декабр", "ь|я|е|ю|ём|ем"),
)  # fmt: skip
RU_MONTH_WORDS: dict[str, int] = {
    stem + ending: number
    for number, (stem, endings) in enumerate(RU_MONTH_FORMS, start=1)
    for ending in endings.split("|")
}
# Abbreviations used in news and court documents: «24 фев. 2022», «сент.». They count only with the dot.
RU_MONTH_ABBREVIATIONS = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9}
RU_MONTH_ABBREVIATIONS.update({"окт": 10, "ноя": 11, "нояб": 11, "дек": 12})

EN_MONTH_WORDS: dict[str, int] = {name.lower(): number for number, name in enumerate(MONTHS_EN, start=1)}
EN_MONTH_WORDS.update(
    {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9}
)
EN_MONTH_WORDS.update({"oct": 10, "nov": 11, "dec": 12})

# EDTF season codes 21-24 (spring, summer, autumn, winter).
SEASONS_EN = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
SEASONS_RU_NOMINATIVE = {21: "весна", 22: "лето", 23: "осень", 24: "зима"}
SEASONS_RU_GENITIVE = {21: "весны", 22: "лета", 23: "осени", 24: "зимы"}
EN_SEASON_WORDS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
# «весной» (when), «весна», «весны», «весне», «весну», plus the adjectives of «этой весной»-type phrases
# are handled by the grammar; these are the noun forms.
RU_SEASON_WORDS = {
    **dict.fromkeys(("весной", "весна", "весны", "весне", "весну", "весною"), 21),
    **dict.fromkeys(("летом", "лето", "лета", "лете"), 22),
    **dict.fromkeys(("осенью", "осень", "осени"), 23),
    **dict.fromkeys(("зимой", "зима", "зимы", "зиме", "зиму", "зимою"), 24),
}

# Python's weekday numbers: Monday is 0. Russian forms after «в»/«во» and the nominative.
RU_WEEKDAY_WORDS = {
    **dict.fromkeys(("понедельник",), 0),
    **dict.fromkeys(("вторник",), 1),
    **dict.fromkeys(("среду", "среда"), 2),
    **dict.fromkeys(("четверг",), 3),
    **dict.fromkeys(("пятницу", "пятница"), 4),
    **dict.fromkeys(("субботу", "суббота"), 5),
    **dict.fromkeys(("воскресенье",), 6),
}
EN_WEEKDAY_WORDS = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}

# Small counts in «два года назад», "two years ago". None means "several": the count is vague.
RU_COUNT_WORDS: dict[str, int | None] = {
    **dict.fromkeys(("один", "одну", "одна", "одного"), 1),
    **dict.fromkeys(("два", "две", "пару", "пара"), 2),
    "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
    "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15, "двадцать": 20, "тридцать": 30,
    **dict.fromkeys(("несколько", "нескольких"), None),
}  # fmt: skip
EN_COUNT_WORDS: dict[str, int | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "a couple of": 2, "a few": None, "several": None, "some": None,
}  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the given words, longest first so that no word shadows a longer one."""
    return "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
