"""Reading a source document (plain text, HTML or PDF) into the plain text the extractor works on."""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass
from pathlib import Path

# Above this many characters a text is refused rather than processed: long court documents run to a
# few hundred thousand characters, and refusing keeps a 50 MB dump from tying up the machine for minutes.
MAX_CHARS = 1_000_000
# Raw files larger than this are refused before they are read into memory at all.
MAX_BYTES = 64 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}


class DocumentError(Exception):
    """A document that cannot be read; the message names the problem and says what to do."""


@dataclass(frozen=True)
class Document:
    """The plain text of a document, with what its own metadata says about it."""

    text: str
    title: str | None = None
    published: datetime.date | None = None
    author: str | None = None


def read_document(path: Path) -> Document:
    """Read a .txt, .html or .pdf file; raise DocumentError with a one-line reason when that fails."""
    suffix = path.suffix.lower()
    if path.is_dir():
        raise DocumentError("is a directory, not a file")
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES:
        raise DocumentError(f"unknown file type {suffix or '(none)'!r}; expected .txt, .html or .pdf")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                f"file is {size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot read the file: {exc.strerror or exc}") from None
    if suffix in PDF_SUFFIXES:
        document = pdf_document(data)
    elif suffix in HTML_SUFFIXES:
        document = html_document(decode_text(data))
    else:
        document = Document(text=decode_text(data))
    return checked(document)


def checked(document: Document) -> Document:
    """Refuse documents that are empty or too long, after normalising their line breaks."""
    text = clean_text(document.text)
    if not text.strip():
        raise DocumentError("the document has no text")
    if len(text) > MAX_CHARS:
        raise DocumentError(f"the text has {len(text)} characters; the limit is {MAX_CHARS}")
    return Document(text=text, title=document.title, published=document.published, author=document.author)


def decode_text(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1251; refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentError("the file is not valid UTF-16 text") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            if looks_binary(data):
                raise DocumentError("the file is binary, not text") from None
            # Older Russian sites and court archives still serve Windows-1251.
            text = data.decode("cp1251", errors="replace")
    if looks_binary_text(text):
        raise DocumentError("the file is binary, not text")
    return text


def looks_binary(data: bytes) -> bool:
    """True when a byte string has NUL bytes or many control bytes: no text encoding produces those."""
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) // 100


def looks_binary_text(text: str) -> bool:
    """True when decoded text is mostly control characters."""
    sample = text[:65536]
    if "\x00" in sample:
        return True
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\f\r")
    return controls > len(sample) // 100


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Unify line breaks and drop stray control characters, so offsets mean the same for every reader."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return _CONTROL.sub("", text)


def html_document(html: str) -> Document:
    """Main text, title, date and author of an HTML page, by trafilatura (scripts and boilerplate removed)."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True
        )
        result = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else extracted
    except Exception as exc:  # trafilatura raises lxml's and its own errors on broken markup
        raise DocumentError(f"cannot parse the HTML: {type(exc).__name__}") from None
    if not isinstance(result, dict) or not result.get("text"):
        raise DocumentError("the HTML page has no main text")
    return Document(
        text=str(result["text"]),
        title=str(result["title"]) if result.get("title") else None,
        published=iso_date(result.get("date")),
        author=str(result["author"]) if result.get("author") else None,
    )


def iso_date(value: object) -> datetime.date | None:
    """A date from trafilatura's "YYYY-MM-DD" metadata, or None."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def pdf_document(data: bytes) -> Document:
    """The text of every page of a PDF, pages separated by a blank line, with its title when it has one."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError("the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        title = str(meta.title) if meta is not None and meta.title else None
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise DocumentError(f"cannot read the PDF: {type(exc).__name__}") from None
    text = "\n\n".join(page.strip() for page in pages)
    if not text.strip():
        raise DocumentError("the PDF has no text layer (a scan needs OCR first)")
    return Document(text=text, title=title)
