"""Terms and amounts as Russian writes them: «восьми годам», «8,5 года», «шести годам и восьми месяцам»,
«полтора года», «пяти с половиной годам», «15 суток», «300 тысяч рублей», «1,5 млн рублей»."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khronika.extract.ru import morph

_VALUES = {
    "ноль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200,
    "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800,
    "девятьсот": 900, "полтора": 1.5, "полторы": 1.5, "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5,
    "шестеро": 6, "семеро": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10,
}  # fmt: skip
_MULTIPLIERS = {"тысяча": 1_000, "тыс": 1_000, "млн": 1_000_000, "миллион": 1_000_000, "млрд": 1_000_000_000}
_UNITS = {
    "год": "years",
    "лет": "years",
    "месяц": "months",
    "сутки": "days",
    "день": "days",
    "неделя": "weeks",
}
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[а-яё]+|\S", re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    """A stated duration at ``start``..``end``."""

    start: int
    end: int
    years: int
    months: int
    days: int


@dataclass(frozen=True)
class Amount:
    """A sum of money in roubles at ``start``..``end``."""

    start: int
    end: int
    value: int


def word_tokens(text: str) -> list[tuple[str, int, int]]:
    """The words, numbers and marks of ``text`` with their offsets."""
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# Number words start like this; other words are never looked up in the dictionary (it is the slow part).
_NUMBER_STEM = re.compile(
    r"(?:ноль|нол|одн|один|дв|тр[иеоёу]|четыр|пят|шест|сем|восем|восьм|девят|десят|сорок|ст[оа]|полтор|полутор)",
    re.I,
)
_UNIT_WORD = re.compile(r"(?:год|лет|месяц|сут|дн[еяю]|день|недел|полгод|полугод|рубл|руб|₽)", re.I)


def _word_value(word: str) -> float | None:
    w = word.lower()
    if w in ("полгода", "пол") or not _NUMBER_STEM.match(w):
        return None
    if w in _VALUES:
        return _VALUES[w]
    value = _VALUES.get(morph.lemma(w))
    if value is None and w.startswith("полутор"):
        return 1.5
    return value


def read_number(tokens: list[tuple[str, int, int]], i: int) -> tuple[float, int] | None:
    """The number starting at token ``i`` and the index after it, or None."""
    word = tokens[i][0]
    if word[0].isdigit():
        value = float(word.replace(",", "."))
        j = i + 1
        # «200 000 рублей»: digit groups of three after a space belong to the same number.
        while (
            j < len(tokens) and re.fullmatch(r"\d{3}", tokens[j][0]) and tokens[j][1] == tokens[j - 1][2] + 1
        ):
            value = value * 1000 + float(tokens[j][0])
            j += 1
    else:
        first = _word_value(word)
        if first is None:
            return None
        value, j = first, i + 1
        while j < len(tokens):
            nxt = _word_value(tokens[j][0])
            if nxt is None or nxt >= value or (value % 10 == 0 and nxt >= 10 and value < 100):
                break
            value += nxt
            j += 1
    if j + 1 < len(tokens) and tokens[j][0].lower() == "с" and morph.lemma(tokens[j + 1][0]) == "половина":
        value += 0.5
        j += 2
    if j < len(tokens):
        multiplier = _MULTIPLIERS.get(morph.lemma(tokens[j][0])) or _MULTIPLIERS.get(tokens[j][0].lower())
        if multiplier:
            value *= multiplier
            j += 1
            if j < len(tokens) and tokens[j][0] == ".":
                j += 1
    return value, j


def _unit(word: str) -> str | None:
    w = word.lower()
    if not _UNIT_WORD.match(w):
        return None
    return _UNITS.get(w) or _UNITS.get(morph.lemma(w))


@lru_cache(maxsize=4096)  # the same sentence is read in both attachment passes
def find_terms(text: str) -> tuple[Term, ...]:
    """Every duration in ``text``: «14 годам», «13,5 годам», «трем с половиной годам», «полтора года»."""
    if not _UNIT_WORD.search(text):
        return ()
    tokens = word_tokens(text)
    found: list[Term] = []
    i = 0
    while i < len(tokens):
        word = tokens[i][0].lower()
        if word in ("полгода", "полугода", "полугоду"):
            found.append(Term(tokens[i][1], tokens[i][2], 0, 6, 0))
            i += 1
            continue
        number = read_number(tokens, i) if tokens[i][0][0].isdigit() or word.isalpha() else None
        if number is None and word in ("году", "год") and i > 0 and tokens[i - 1][0].lower() in ("к", "на"):
            number = (1.0, i)  # «к году и двум месяцам»: the unit alone is one year
        listed = _listed_numbers(tokens, i, number) if number is not None else []
        if len(listed) > 1:  # «к пяти и шести годам … соответственно»: one term per number, one unit
            found += listed
            i = _after_unit(tokens, number)
            continue
        if number is None or number[1] >= len(tokens) or _unit(tokens[number[1]][0]) is None:
            i += 1
            continue
        value, j = number
        unit = _unit(tokens[j][0])
        if value >= {"years": 60, "months": 240, "weeks": 200}.get(str(unit), 1000):
            i += 1  # «в 2023 году» is a year, not a term
            continue
        years = months = days = 0.0
        if unit == "years":
            years = value
        elif unit == "months":
            months = value
        elif unit == "weeks":
            days = value * 7
        else:
            days = value
        end = tokens[j][2]
        j += 1
        # «шести годам и восьми месяцам», «четыре года 10 месяцев»
        joined = j + 2 < len(tokens) and tokens[j][0].lower() == "и"
        if unit == "years" and not joined and j + 1 < len(tokens):
            bare = read_number(tokens, j)
            if bare is not None and bare[1] < len(tokens) and _unit(tokens[bare[1]][0]) == "months":
                joined, j = True, j - 1  # read the months as if «и» stood before them
        if joined:
            more = read_number(tokens, j + 1)
            if more is not None and more[1] < len(tokens) and _unit(tokens[more[1]][0]) in ("months", "days"):
                if _unit(tokens[more[1]][0]) == "months":
                    months += more[0]
                else:
                    days += more[0]
                end = tokens[more[1]][2]
                j = more[1] + 1
        total_months = round(years * 12 + months)
        found.append(Term(tokens[i][1], end, total_months // 12, total_months % 12, round(days)))
        i = j
    return tuple(found)


def _listed_numbers(tokens: list[tuple[str, int, int]], i: int, number: tuple[float, int]) -> list[Term]:
    """Numbers listed before one unit («пяти, шести и семи годам»), each a term of that unit; else []."""
    spans = [(tokens[i][1], tokens[number[1] - 1][2], number[0])]
    j = number[1]
    while j + 1 < len(tokens) and tokens[j][0].lower() in (",", "и"):
        more = read_number(tokens, j + 1)
        if more is None:
            return []
        spans.append((tokens[j + 1][1], tokens[more[1] - 1][2], more[0]))
        j = more[1]
    unit = _unit(tokens[j][0]) if j < len(tokens) else None
    if len(spans) < 2 or unit not in ("years", "months"):
        return []
    per_month = 12 if unit == "years" else 1
    terms = []
    for start, end, value in spans:
        months = round(value * per_month)
        if months >= 60 * 12:
            return []
        terms.append(Term(start, end, months // 12, months % 12, 0))
    return terms


def _after_unit(tokens: list[tuple[str, int, int]], number: tuple[float, int] | None) -> int:
    j = number[1] if number else 0
    while j < len(tokens) and _unit(tokens[j][0]) is None:
        j += 1
    return j + 1


@lru_cache(maxsize=4096)
def find_amounts(text: str) -> tuple[Amount, ...]:
    """Every sum in roubles: «300 тысяч рублей», «1,5 млн рублей», «50 тыс. руб.», «200 000 ₽»."""
    if not re.search(r"руб|₽", text, re.I):
        return ()
    tokens = word_tokens(text)
    found = []
    i = 0
    while i < len(tokens):
        number = read_number(tokens, i) if tokens[i][0][0].isdigit() or tokens[i][0].isalpha() else None
        if number is not None and number[1] < len(tokens):
            value, j = number
            currency = tokens[j][0].lower()
            if currency.startswith("рубл") or currency in ("руб", "р", "₽"):
                found.append(Amount(tokens[i][1], tokens[j][2], round(value)))
                i = j + 1
                continue
        i += 1
    return tuple(found)
