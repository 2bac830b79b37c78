"""Reading .txt, .html and .pdf files into plain text, and refusing what cannot be read."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from khronika.extract.language import detect_language
from khronika.extract.reading import MAX_CHARS, DocumentError, decode_text, read_document

HTML = """<html><head><title>Суд приговорил активиста</title>
<meta property="article:published_time" content="2026-03-05T10:00:00+03:00">
<meta name="author" content="Иван Петров">
<script>var leaked = "СКРИПТ-НЕ-ДОЛЖЕН-ПОПАСТЬ";</script></head>
<body><nav>Меню сайта</nav><article><h1>Суд приговорил активиста</h1>
<p>Ленинский районный суд приговорил активиста Ивана Сидорова к двум годам колонии общего режима.
Об этом сообщил его адвокат. Дело возбудили в октябре 2024 года из-за постов во «ВКонтакте».</p>
<p>Прокурор запрашивал для него три года лишения свободы. Сидоров вину не признал и намерен обжаловать
приговор в апелляционной инстанции.</p>
<script>document.write("ЕЩЕ-СКРИПТ")</script></article></body></html>"""


def test_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Строка\r\nдругая\rтретья".encode())
    assert read_document(path).text == "Строка\nдругая\nтретья"


def test_cp1251_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Суд приговорил".encode("cp1251"))
    assert read_document(path).text == "Суд приговорил"


def test_html_main_text_without_scripts(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(HTML, encoding="utf-8")
    doc = read_document(path)
    assert "приговорил активиста Ивана Сидорова" in doc.text
    assert "СКРИПТ" not in doc.text and "leaked" not in doc.text
    assert doc.title == "Суд приговорил активиста"
    assert doc.published == datetime.date(2026, 3, 5)


def _minimal_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in Helvetica, written by hand (no PDF library needed to make it)."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_with_text(tmp_path: Path) -> None:
    path = tmp_path / "verdict.pdf"
    path.write_bytes(_minimal_pdf("The court sentenced Ivan Petrov to five years."))
    assert read_document(path).text == "The court sentenced Ivan Petrov to five years."


def test_pdf_without_text(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    path = tmp_path / "blank.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(DocumentError, match="no text layer"):
        read_document(path)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "no text"),
        ("blank.txt", b"  \n\n ", "no text"),
        ("junk.txt", bytes(range(256)) * 10, "binary"),
        ("junk.pdf", b"%PDF-1.4 garbage", "cannot read the PDF"),
        ("a.docx", b"PK\x03\x04", "unknown file type"),
        ("noext", b"text", "unknown file type"),
    ],
)
def test_bad_files_give_one_clear_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=message):
        read_document(path)


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(DocumentError, match="directory"):
        read_document(tmp_path / "folder.txt")


def test_upper_case_suffix(tmp_path: Path) -> None:
    path = tmp_path / "A.TXT"
    path.write_text("Текст", encoding="utf-8")
    assert read_document(path).text == "Текст"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="cannot read"):
        read_document(tmp_path / "absent.txt")


def test_too_long_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("а" * (MAX_CHARS + 1), encoding="utf-8")
    with pytest.raises(DocumentError, match="limit"):
        read_document(path)


def test_utf16_with_bom() -> None:
    assert decode_text("Текст".encode("utf-16")) == "Текст"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Суд приговорил Ивана Петрова к 5 годам колонии по ст. 207.3 УК РФ (RusNews).", "ru"),
        ("The court sentenced Ivan Petrov to 5 years under Article 207.3 («фейки»).", "en"),
        ("12345 — 678", "en"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language
