"""``khronika extract``: sourced facts from articles and court documents, one JSON object per file."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from khronika.extract.output import dumps
from khronika.extract.pipeline import extract_document
from khronika.extract.reading import DocumentError, read_document
from khronika.extract.validation import InvalidExtraction


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def parser() -> argparse.ArgumentParser:
    """The argument parser (also the source of the CLI reference in docs/extraction.md)."""
    p = argparse.ArgumentParser(
        prog="khronika extract",
        description="Extract persons, charges, sentences and dated events from .txt, .html and .pdf files. "
        "Prints one khronika.extraction/1 JSON object per file, one per line, in the order given.",
    )
    p.add_argument(
        "--lang", choices=("auto", "ru", "en"), default="auto", help="document language (default: auto)"
    )
    p.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date that relative dates are resolved against (an HTML page's own date wins)",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".txt, .html or .pdf file")
    return p


def main(argv: list[str]) -> int:
    """Run ``khronika extract``; the exit status is 1 when any file failed, 2 on bad arguments."""
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    failed = 0
    for path in args.files:
        try:
            obj = extract_document(read_document(path), language=args.lang, published=args.published)
        except DocumentError as exc:
            print(f"khronika extract: {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        except (InvalidExtraction, RecursionError, MemoryError, ValueError) as exc:
            print(f"khronika extract: {path}: extraction failed: {exc}", file=sys.stderr)
            failed += 1
            continue
        except Exception as exc:  # a bug must cost one file, not the batch; the line names it for a report
            print(f"khronika extract: {path}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed += 1
            continue
        sys.stdout.write(dumps(obj) + "\n")
        sys.stdout.flush()
    return 1 if failed else 0
