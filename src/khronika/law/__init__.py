"""Codes and articles of Russian law (RU-UK, RU-KoAP): titles in Russian and English, parts, penalty
ranges; offence wording → article; a parser for references such as «ч. 2 ст. 205.5 УК РФ» or
"Part 2 of Article 205.5 of the Criminal Code".

Pure Python: no Django, no models to download. See docs/law.md.
"""

from khronika.law.formatting import format_reference
from khronika.law.model import PUNISHMENTS, Article, LawRef, OffenceMatch, Part
from khronika.law.references import find_references
from khronika.law.tables import CODES, LEGAL_TEXT_VERSION, articles, code_title, get_article
from khronika.law.wording import find_offences, match_offence

__all__ = [
    "CODES",
    "LEGAL_TEXT_VERSION",
    "PUNISHMENTS",
    "Article",
    "LawRef",
    "OffenceMatch",
    "Part",
    "articles",
    "code_title",
    "find_offences",
    "find_references",
    "format_reference",
    "get_article",
    "match_offence",
]
