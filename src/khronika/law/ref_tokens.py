"""The words legal references are made of, in Russian and English, as one tokenising pattern per language.

A reference is a run of these tokens with nothing but spaces between them; any other word or sign ends
the run. That keeps the parser in `references.py` independent of the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ART, PART, POINT, NUM, ORD, LETTER, BARE, CONJ, CODE, GLUE, PPART, PPOINT = [
    "ART",
    "PART",
    "POINT",
    "NUM",
    "ORD",
    "LETTER",
    "BARE",
    "CONJ",
    "CODE",
    "GLUE",
    "PPART",
    "PPOINT",
]


@dataclass(frozen=True)
class Token:
    kind: str
    start: int
    end: int
    value: str  # the number, the letter, the code id ("" when the code is not one we can name), or the text


# An article number: 1-3 digits with up to two dotted sub-levels, not glued to other digits.
# Belarusian and Ukrainian codes number inserted articles with a hyphen: «361-1».
# «ст. 282. 2 УК»: a sub-level typed after a space, right before the code's name, is still the same number.
_NUM = (
    r"(?<!\d)(?<!\d[.,])\d{1,3}(?:\.\d{1,2}){0,2}(?:\.\s\d{1,2}(?=\s+(?:УК|КоАП)\b))?(?:-\d{1,2}(?!\d))?"
    r"(?![\d]|[.,]\d)"
)
_QUOTE_OPEN = "«\"„“'‘"
_QUOTE_CLOSE = "»\"“”'’"
_LETTER = rf"[{_QUOTE_OPEN}]\s?(?P<letter>[а-яёa-z](?:\.\d)?)\s?[{_QUOTE_CLOSE}]"

_RU_ORDINALS = {
    "перв": "1", "втор": "2", "трет": "3", "четверт": "4", "четвёрт": "4", "пят": "5",
    "шест": "6", "седьм": "7", "восьм": "8", "девят": "9", "десят": "10",
}  # fmt: skip
_EN_ORDINALS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "first": "1", "second": "2", "third": "3", "fourth": "4",
}  # fmt: skip

_RU_COUNTRY = (
    r"РФ|России|Российской\s+Федерации|РБ|Республики\s+Беларусь|Беларуси|Белоруссии|Украины|"
    r"Республики\s+Казахстан|Казахстана|Кыргызстана|Киргизии|Узбекистана|Таджикистана|Армении|"
    r"Азербайджана|Грузии|Молдовы|Молдавии|Латвии|Литвы|Эстонии|Туркменистана|"
    r"(?:г\.\s?|города\s+)?Москвы|(?:г\.\s?|города\s+)?Санкт-Петербурга"
)
_RU_CODE = (
    r"(?:(?-i:УК|КоАП|КОАП|КРФоАП|КРФобАП|УПК|ГК|ГПК|КАС|АПК|УИК|НК|ТК|ЖК|ФЗ)"
    r"|уголовно-процессуальн\w*\s+кодекс\w*|уголовно-исполнительн\w*\s+кодекс\w*|уголовн\w*\s+кодекс\w*"
    r"|гражданск\w*\s+процессуальн\w*\s+кодекс\w*|гражданск\w*\s+кодекс\w*|налогов\w*\s+кодекс\w*"
    r"|трудов\w*\s+кодекс\w*|жилищн\w*\s+кодекс\w*|кодекс\w*\s+административного\s+судопроизводства"
    r"|кодекс\w*(?:\s+(?:" + _RU_COUNTRY + r"))?\s+об\s+административных\s+правонарушениях"
    r"|конституци\w+|(?:(?:европейск|международн|федеральн|всеобщ|конституционн)\w*\s+)?"
    r"(?:закон\w*|конвенци\w+|пакт\w*|деклараци\w+|хартии|договор\w*|соглашени\w+)"
    r"|устав\w*|регламент\w*|указ\w*|приказ\w*)"
    r"(?:\s+(?-i:" + _RU_COUNTRY + r"))?"
)
_RU_ORD = (
    r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)"
    r"(?:ая|ой|ую|ою|ья|ьей|ью|ьи|ого|ому|ом)"
)
# Every token but a comma and a bracketed part starts a word: the guard in front lets the scan skip the
# inside of words at once, which makes the pattern several times faster.
RU_TOKENS = re.compile(
    r"(?i)(?:(?<!\w)(?:"
    rf"(?P<CODE>{_RU_CODE}(?!\w))"
    r"|(?P<ART>ст\.\s?ст\.|стст\.|ст\.|ст(?=\s?\d)|(?:стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|статей)(?!\w))"
    r"|(?P<PART>ч\.\s?ч\.|чч\.|ч\.|ч(?=\s?\d)|част(?:ь|и|ью|ей|ям|ями|ях)(?!\w))"
    r"|(?P<POINT>пп\.|п\.\s?п\.|п\.|(?:под)?пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?!\w))"
    rf"|(?P<ORD>{_RU_ORD}(?!\w))"
    rf"|(?P<NUM>{_NUM})(?P<suffix>-?(?:й|я|ю|ая|ой|ую|ей|ого|ому|ом)(?!\w))?"
    rf"|(?P<LETTER>{_LETTER})"
    r"|(?P<CONJ>(?:и/или|и|или|либо|а\s+также)(?!\w))"
    r"|(?P<GLUE>по(?!\w))"  # «по ч. 2 ст. 207.3 и по ст. 280.3 УК»: one list
    r"|(?P<BARE>[а-яё](?!\w))"
    r")|(?P<COMMA>,))"
)

_EN_COUNTRY = r"Russian\s+Federation|Russia|RF|Belarus|Republic\s+of\s+Belarus|Ukraine|Kazakhstan|Moscow"
_EN_CODE = (
    r"(?:(?:Russian|Russia['’]s|RF|Belarusian|Belarus['’]|Ukrainian|Ukraine['’]s|Kazakh|Kazakhstan['’]s)\s+)?"
    r"(?:Code\s+of\s+Criminal\s+Procedure|Criminal\s+Procedur(?:e|al)\s+Code|Criminal\s+Code|Penal\s+Code"
    r"|Code\s+of\s+Civil\s+Procedure|Civil\s+Procedur(?:e|al)\s+Code|Civil\s+Code|Tax\s+Code|Labou?r\s+Code"
    r"|Housing\s+Code|Code\s+of\s+Administrative\s+Procedure|Administrative\s+Procedur(?:e|al)\s+Code"
    r"|Code\s+(?:of\s+the\s+(?:Russian\s+Federation|RF)\s+)?(?:of|on)\s+Administrative\s+"
    r"(?:Offen[cs]es|Violations|Infractions)"
    r"|Administrative\s+(?:Offen[cs]es\s+)?Code|(?-i:CAO|KoAP)|Constitution"
    r"|(?:(?:European|International|Universal|Federal|Constitutional)\s+)?"
    r"(?:Convention|Covenant|Declaration|Charter|Law|Act|Treaty|Agreement|Statute|Regulations?|Decree))"
    r"(?:['’]s)?(?:\s+of\s+(?:the\s+)?(?:" + _EN_COUNTRY + r"))?"
)
EN_TOKENS = re.compile(
    r"(?i)(?:(?<!\w)(?:"
    rf"(?P<CODE>{_EN_CODE}(?!\w))"
    r"|(?P<ART>arts?\.|art(?=\s?\d)|articles?(?!\w))"
    r"|(?P<PART>pt\.|(?:parts?|(?:paragraphs?|sections?)(?=\s+\d))(?!\w))"
    r"|(?P<POINT>p\.|(?:sub-?paragraphs?|paragraphs?|clauses?|items?|points?)(?!\w))"
    r"|(?P<ORD>(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth)(?!\w))"
    rf"|(?P<NUM>{_NUM})(?P<suffix>(?:st|nd|rd|th)(?!\w))?"
    rf"|(?P<LETTER>{_LETTER})"
    r"|(?P<CONJ>(?:and/or|and|or|as\s+well\s+as)(?!\w)|&)"
    r"|(?P<GLUE>(?:of\s+the|of|the)(?!\w))"
    r"|(?P<BARE>[a-z](?!\w))"
    r")|(?P<COMMA>,)"
    r"|(?P<PPART>(?<=\d)\s?\(\s?\d{1,2}(?:\.\d)?\s?\))"
    r"|(?P<PPOINT>(?<=\))\(\s?[a-zа-яё]\s?\)))"
)

# Kind of code, by the words that name it. Checked in order: the first hit wins.
_KINDS = (
    ("UPK", r"УПК|уголовно-процессуальн|criminal\s+procedur|code\s+of\s+criminal\s+procedure"),
    ("UIK", r"УИК|уголовно-исполнительн"),
    ("UK", r"УК|уголовн|criminal\s+code|penal\s+code"),
    ("GPK", r"ГПК|гражданск\w*\s+процессуальн|civil\s+procedur|code\s+of\s+civil"),
    ("GK", r"ГК|гражданск|civil\s+code"),
    ("KAS", r"КАС|административного\s+судопроизводства|administrative\s+procedur"),
    ("KoAP", r"КоАП|КОАП|КРФоАП|КРФобАП|административных\s+правонарушениях|administrative|CAO|KoAP"),
    ("APK", r"АПК"),
    ("NK", r"НК|налогов|tax\s+code"),
    ("TK", r"ТК|трудов|labou?r\s+code"),
    ("ZhK", r"ЖК|жилищн|housing\s+code"),
    ("Konst", r"конституци|constitution"),
)
_KIND_RES = tuple((kind, re.compile(rf"(?:^|\W)(?:{words})", re.IGNORECASE)) for kind, words in _KINDS)
_COUNTRIES = (
    ("RU", r"(?<![А-Яа-я])РФ|Росси|Russia|(?<![A-Za-z])RF(?![A-Za-z])"),
    ("BY", r"РБ|Беларус|Белорусс|belarus"),
    ("UA", r"Украин|ukrain"),
    ("KZ", r"Казахст|kazakh"),
    ("KG", r"Кыргызст|Киргиз"),
    ("UZ", r"Узбекист"),
    ("TJ", r"Таджикист"),
    ("AM", r"Армени"),
    ("AZ", r"Азербайдж"),
    ("GE", r"Грузи"),
    ("MD", r"Молдов|Молдави"),
    ("LV", r"Латви"),
    ("LT", r"Литв"),
    ("EE", r"Эстони"),
    ("TM", r"Туркменист"),
)
_COUNTRY_RES = tuple((cc, re.compile(words, re.IGNORECASE)) for cc, words in _COUNTRIES)
_REGIONAL = re.compile(r"Москв|Санкт-Петербург|moscow|penal\s+code", re.IGNORECASE)


def classify_code(text: str, country: str = "RU") -> str:
    """The code id named by code words ("RU-UK", "BY-UK", "RU-UPK"), or "" for an act we cannot name
    (a law, a convention, a regional code). Code words that name no country («УК») belong to `country`."""
    if _REGIONAL.search(text):
        return ""
    for kind, pattern in _KIND_RES:
        if pattern.search(text):
            found = next((cc for cc, c_re in _COUNTRY_RES if c_re.search(text)), country)
            return f"{found}-{kind}"
    return ""


# Where a reference may be: only the text around these is tokenised (the full pattern is slow to scan).
_ANCHORS = {
    "ru": re.compile(r"(?i)ст(?:\.|\s?\d|ат)"),
    "en": re.compile(r"(?i)art(?:\.|\s?\d|icle)"),
}
_BEFORE, _AFTER = 160, 320  # characters tokenised before and after an anchor

RU_CODES = re.compile(rf"(?i)(?<!\w){_RU_CODE}(?!\w)")
EN_CODES = re.compile(rf"(?i)(?<!\w){_EN_CODE}(?!\w)")


def windows(text: str, lang: str) -> list[tuple[int, int]]:
    """The stretches of `text` near the word «статья» / "article", merged where they overlap."""
    found: list[tuple[int, int]] = []
    for match in _ANCHORS[lang].finditer(text):
        start, end = max(0, match.start() - _BEFORE), min(len(text), match.end() + _AFTER)
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


def codes_named(text: str, lang: str, start: int, end: int, country: str = "RU") -> list[tuple[int, str]]:
    """(end offset, code id) of every code named in `text[start:end]`."""
    pattern = RU_CODES if lang == "ru" else EN_CODES
    return [(m.end(), classify_code(m.group(), country)) for m in pattern.finditer(text, start, end)]


def tokenize(
    text: str, lang: str, start: int = 0, end: int | None = None, country: str = "RU"
) -> list[Token]:
    """The reference tokens of `text[start:end]`, in order; code words naming no country are `country`'s."""
    pattern = RU_TOKENS if lang == "ru" else EN_TOKENS
    tokens: list[Token] = []
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        kind = match.lastgroup
        if kind == "suffix":  # the ordinal suffix closes a NUM group: «275-й»
            kind = "NUM"
        elif kind == "COMMA":
            kind = CONJ
        if kind is None:
            continue
        if kind == "NUM":
            start, end = match.start("NUM"), match.end()
            number = match.group("NUM").replace(" ", "")
            tokens.append(Token(NUM, start, end, number + ("#" if match.group("suffix") else "")))
        elif kind == "LETTER":
            tokens.append(Token(LETTER, match.start(), match.end(), match.group("letter").lower()))
        elif kind == "ORD":
            word = match.group().lower()
            table = _RU_ORDINALS if lang == "ru" else _EN_ORDINALS
            value = next(v for k, v in table.items() if word.startswith(k))
            tokens.append(Token(ORD, match.start(), match.end(), value))
        elif kind == "CODE":
            tokens.append(Token(CODE, match.start(), match.end(), classify_code(match.group(), country)))
        elif kind in (PPART, PPOINT):
            tokens.append(Token(kind, match.start(), match.end(), match.group().strip("() ").lower()))
        else:
            tokens.append(Token(kind, match.start(), match.end(), match.group()))
    return tokens
