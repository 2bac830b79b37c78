"""From a document to its extraction: pick the language pipeline, run it, assemble and validate."""

from __future__ import annotations

import datetime
import importlib
import re
from typing import Any, Protocol

from khronika.extract.facts import Facts
from khronika.extract.language import detect_language
from khronika.extract.output import build_extraction
from khronika.extract.reading import Document, DocumentError
from khronika.extract.validation import validate

LANGUAGES = ("ru", "en")


class LanguagePipeline(Protocol):
    def extract_facts(self, text: str, published: datetime.date | None) -> Facts: ...


def language_pipeline(language: str) -> LanguagePipeline:
    """The module ``khronika.extract.<language>``, which provides ``extract_facts``."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {', '.join(LANGUAGES)}")
    module: Any = importlib.import_module(f"khronika.extract.{language}")
    return module  # type: ignore[no-any-return]


_HEADER = re.compile(r"(SOURCE|TITLE|PUBLISHED|DATE|AUTHOR|LANG): ?(.*)")


def strip_headers(document: Document) -> Document:
    """Drop the ``SOURCE:``/``TITLE:``/``PUBLISHED:`` header lines that archived plain-text articles carry.

    The development set and OVD-Info exports use them; their values fill the title and the date.
    """
    text, title, published = document.text, document.title, document.published
    while True:
        head, newline, rest = text.partition("\n")
        m = _HEADER.fullmatch(head.strip())
        if not m or not newline:
            break
        key, value = m.group(1), m.group(2).strip()
        if key == "TITLE" and not title:
            title = value or None
        elif key == "PUBLISHED" and published is None:
            published = _date(value[:10])
        elif key == "DATE" and published is None and re.fullmatch(r"\d\d\.\d\d\.\d{4}", value):
            published = _date(f"{value[6:]}-{value[3:5]}-{value[:2]}")
        text = rest
    if text is document.text:
        return document
    return Document(text=text.lstrip("\n"), title=title, published=published, author=document.author)


def _date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def extract_document(
    document: Document, *, language: str = "auto", published: datetime.date | None = None
) -> dict[str, Any]:
    """The validated ``khronika.extraction/1`` object for one document.

    ``published`` is the date relative expressions are resolved against; the document's own date (an HTML
    page's metadata, a ``PUBLISHED:`` header) wins over it.
    """
    document = strip_headers(document)
    if not document.text.strip():
        raise DocumentError("the document has no text after its header lines")
    lang = detect_language(document.text) if language == "auto" else language
    date = document.published or published
    facts = language_pipeline(lang).extract_facts(document.text, date)
    obj = build_extraction(
        facts, language=lang, chars=len(document.text), title=document.title, published=date
    )
    validate(obj, document.text)
    return obj
