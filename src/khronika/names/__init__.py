"""Names: one person across scripts, spellings and grammatical cases (pure Python, no Django).

The public functions are :func:`parse`, :func:`nominative`, :func:`transliterate`, :func:`to_cyrillic`,
:func:`given_name_variants`, :func:`match_keys`, :func:`query_keys` and :func:`compare`. See
``docs/names.md`` for the rules, the schemes and the decision thresholds.
"""

from __future__ import annotations

from dataclasses import replace

from .compare import Comparison, compare
from .cyrillic import to_cyrillic
from .given import given_name_variants
from .keys import MAX_KEY, match_keys, query_keys
from .nominative import NameForm, Nominative, analyse
from .parse import ParsedName
from .skeleton import skeleton
from .text import NameInputError
from .translit import SCHEMES, transliterate

__all__ = [
    "MAX_KEY",
    "SCHEMES",
    "Comparison",
    "NameForm",
    "NameInputError",
    "Nominative",
    "ParsedName",
    "compare",
    "given_name_variants",
    "match_keys",
    "nominative",
    "parse",
    "query_keys",
    "skeleton",
    "to_cyrillic",
    "transliterate",
]


def parse(name: str) -> ParsedName:
    """Split a written name into given name, patronymic, surname and initials, with the sex its forms imply.

    Parts are returned as written (not in the nominative; see :func:`nominative`). Raises
    :class:`NameInputError` for an empty name or binary junk.
    """
    result = analyse(name)
    return replace(result.parsed, sex=result.sex)


def nominative(name: str) -> Nominative:
    """Every reading of ``name`` in the nominative, best first; ``ambiguous`` when more than one remains."""
    result = analyse(name)
    return replace(result, forms=list(result.forms))  # a copy: the analysis is cached
