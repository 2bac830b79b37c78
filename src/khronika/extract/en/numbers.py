"""English numbers as court reports write them: "14", "3.5", "eight and a half", "8 1/2", "8½", "twenty-one",
"200,000", "50 thousand", "1.5 million"."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "mln": 1_000_000, "k": 1000}

# "a"/"an" count only in "a year", "a fine of": never as a digit inside a longer number word.
_WORD = (
    r"(?:"
    + "|".join(sorted([w for w in [*_UNITS, *_TENS] if w not in ("a", "an")], key=len, reverse=True))
    + r")"
)
# The fraction after a whole number: "eight and a half", "eight-and-a-half-year", "8 and 1/2", "8 1/2",
# "8½". A typed fraction is kept with its number, so "8 1/2 years" can never be read as "2 years".
FRACTION = (
    r"(?:[\s-]+and[\s-]+(?:a|one)[\s-]+half|\s*(?:and\s+)?[½¼¾⅓⅔]|(?:[\s-]+and)?[\s-]+[1-3]/[234](?!\d))"
)
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
# A number in words or digits, with an optional fraction.
NUMBER = r"(?:\d+(?:[.,]\d+)?|" + _WORD + r"(?:[- ]" + _WORD + r")?)(?:" + FRACTION + r")?"
_FRACTION_TAIL = re.compile(FRACTION + r"$")


def _fraction(tail: str) -> float | None:
    """The value of a FRACTION match: 0.5 for "and a half", "1/2" and "½"; None for "3/2" or "1/0"."""
    if "half" in tail:
        return 0.5
    for sign, value in _VULGAR.items():
        if sign in tail:
            return value
    m = re.search(r"(\d)/(\d)", tail)
    if m and 0 < int(m.group(1)) < int(m.group(2)):
        return int(m.group(1)) / int(m.group(2))
    return None


def parse_number(text: str) -> float | None:
    """The value of a NUMBER match: "eight and a half" → 8.5, "8 1/2" → 8.5, "8½" → 8.5, "3.5" → 3.5,
    "8,5" → 8.5, "twenty-one" → 21."""
    text = text.strip().lower()
    half = 0.0
    tail = _FRACTION_TAIL.search(text)
    if tail:
        fraction = _fraction(tail.group())
        if fraction is None:
            return None
        half, text = fraction, text[: tail.start()]
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", ".")) + half
    total = 0
    for word in re.split(r"[- ]+", text):
        if word in _UNITS:
            total += _UNITS[word]
        elif word in _TENS:
            total += _TENS[word]
        else:
            return None
    return total + half


# An amount of money: "200,000", "200 000", "50 thousand", "1.5 million", "fifty thousand".
AMOUNT = (
    r"(?:\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?|" + _WORD + r"(?:[- ]" + _WORD + r")?)"
    r"(?:\s*(?:hundred|thousand|million|mln|k)\b)?"
)


def parse_amount(text: str) -> int | None:
    """The integer value of an AMOUNT match: "200,000" → 200000, "1.5 million" → 1500000."""
    text = text.strip().lower()
    m = re.fullmatch(r"(.+?)\s*(hundred|thousand|million|mln|k)?", text)
    if not m:
        return None
    head, multiplier = m.group(1), _MULTIPLIERS.get(m.group(2) or "", 1)
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+", head):
        value: float | None = float(re.sub(r"[, ]", "", head))
    else:
        value = parse_number(head)
    if value is None:
        return None
    return round(value * multiplier)
