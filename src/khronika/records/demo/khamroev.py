"""The Khamroev demo facts with their evidence spans, found in the article text (never typed by hand)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

PACKAGE = "khronika.records.demo"


class DemoDataError(ValueError):
    """The demo facts do not fit the article: a quote is missing from the text."""


@dataclass(frozen=True)
class Span:
    """A quote and where it stands in the source text: ``text[start:end] == quote``."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class KhamroevDemo:
    """The article (bytes and text) and its facts; every fact dict has a ``span`` (persons: ``spans``)."""

    original: bytes
    text: str
    facts: dict[str, Any]


def find_span(text: str, quote: str, occurrence: int = 1) -> Span:
    """The ``occurrence``-th (1-based) appearance of ``quote`` in ``text``; ``DemoDataError`` if absent."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise DemoDataError(f"quote not found in the article (occurrence {occurrence}): {quote[:80]!r}")
    return Span(start, start + len(quote), quote)


@cache
def khamroev_demo() -> KhamroevDemo:
    """Load ``khamroev.json`` and the article, and attach the span of every quote."""
    files = resources.files(PACKAGE)
    facts: dict[str, Any] = json.loads(files.joinpath("khamroev.json").read_text(encoding="utf-8"))
    original = files.joinpath(facts["source"]["file"]).read_bytes()
    text = original.decode("utf-8")
    _attach_spans(facts, text)
    return KhamroevDemo(original=original, text=text, facts=facts)


def _attach_spans(node: Any, text: str) -> None:
    if isinstance(node, list):
        for item in node:
            _attach_spans(item, text)
    elif isinstance(node, dict):
        if "quote" in node:
            node["span"] = find_span(text, node["quote"], node.get("occurrence", 1))
        if "evidence" in node:
            node["spans"] = [find_span(text, quote) for quote in node["evidence"]]
        for key, value in node.items():
            if key not in {"quote", "span", "spans", "evidence"}:
                _attach_spans(value, text)
