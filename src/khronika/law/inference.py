"""Which code an article number belongs to when the text does not say it next to the number."""

from __future__ import annotations

import re

from khronika.law.tables import CODES, codes_with_article

_SENTENCE_END = re.compile(r"[.!?…]+[»\"”)]*\s+(?=[«\"“(]?[А-ЯЁA-Z])|\n")
# A full stop after these is an abbreviation, not the end of a sentence.
_ABBREVIATION = re.compile(r"(?:^|\W)(?:ст|ч|чч|п|пп|г|гг|им|ул|д|т|art|arts|pt|no|p|mr|ms|dr|st)$", re.I)


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if match.group().startswith("\n"):
        return True
    return not _ABBREVIATION.search(text[max(0, match.start() - 6) : match.start()])


def sentence_break_between(text: str, start: int, end: int) -> bool:
    """True when a sentence ends somewhere in `text[start:end]`."""
    return any(_ends_sentence(text, m) for m in _SENTENCE_END.finditer(text, start, end))


def _shape_codes(number: str) -> tuple[str, ...]:
    """The codes whose numbering can hold this number: KoAP articles are dotted with a chapter ≤ 32;
    the Criminal Code runs from 1 to 361 and has no dotted articles in chapters that low."""
    pieces = number.split(".")
    try:
        first = int(pieces[0])
    except ValueError:
        return ()
    if len(pieces) > 1 and 1 <= first <= 32:
        return ("RU-KoAP",)
    if 1 <= first <= 361 and len(pieces) <= 2:
        return ("RU-UK",)
    return ()


_FOREIGN_NUMBER = re.compile(r"(\d{1,3})(?:-\d{1,2})?|(\d{1,2})\.\d{1,2}(?:\.\d{1,2})?")


def _foreign_shape(number: str, country: str) -> str:
    """Belarus, Kazakhstan… also number administrative articles by chapter (dotted) and criminal ones plainly,
    sometimes with a hyphen for an inserted article («361-1»)."""
    match = _FOREIGN_NUMBER.fullmatch(number)
    if match is None:
        return ""
    return f"{country}-UK" if match.group(1) else f"{country}-KoAP"


def fits_code(code: str, number: str) -> bool:
    """False when the numbering of a Russian code cannot hold the number (20.3.3 in the Criminal Code);
    True for other codes, whose numbering we do not check."""
    if code not in CODES:
        return True
    return code in _shape_codes(number)


def infer_code(
    number: str,
    sentence_code: str | None,
    in_list: bool = False,
    country: str = "RU",
    plain_by_shape: bool = True,
) -> str:
    """The code of an article written without one: the code last named in the sentence when the number
    fits it, else the only tabled code that has the number, else the code the number's shape allows.
    "" when the number fits no code (the caller drops it).

    `in_list` says the code closed the list item just before this one («ст. 108 УПК РФ, ст. 109»): then it
    wins over the tables for a code we do not table. For another `country` we have no tables: the sentence
    decides, else the shape of the number. `plain_by_shape=False` keeps an undotted number that is in no
    table from being taken for a Criminal Code article on its shape alone (English "Article 19" is as
    often a convention's, a constitution's or an organisation's name).
    """
    if country != "RU":
        return sentence_code or _foreign_shape(number, country)
    shape = _shape_codes(number)
    if sentence_code:
        if sentence_code in CODES and sentence_code in shape:
            return sentence_code
        if sentence_code not in CODES and (in_list or not codes_with_article(number)):
            return sentence_code
    tabled = codes_with_article(number)
    if len(tabled) == 1:
        return tabled[0]
    if not plain_by_shape and "." not in number:
        return ""
    return shape[0] if shape else ""


def sentence_bounds(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The start and end of the sentence around `text[start:end]`, looking at most `reach` characters away."""
    left = max(0, start - reach)
    sentence_start = left
    for match in _SENTENCE_END.finditer(text, left, start):
        if _ends_sentence(text, match):
            sentence_start = match.end()
    sentence_end = min(len(text), end + reach)
    for match in _SENTENCE_END.finditer(text, end, sentence_end):
        if _ends_sentence(text, match):
            sentence_end = match.start() + 1
            break
    return sentence_start, sentence_end
