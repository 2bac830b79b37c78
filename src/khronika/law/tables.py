"""The law tables: articles of the Criminal Code (RU-UK) and of the Code of Administrative Offences
(RU-KoAP), loaded once from the JSON files in ``data/``."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from khronika.law.model import PUNISHMENTS, Article, Part

CODES: tuple[str, ...] = ("RU-UK", "RU-KoAP")

_DATA_FILES = {"RU-UK": "uk.json", "RU-KoAP": "koap.json"}
_PART_KEYS = {"number", "title_ru", "title_en", "min_years", "max_years", "fine_min", "fine_max"}
_PART_KEYS |= {"punishments", "points", "arrest_days_max"}


class LawDataError(ValueError):
    """A law data file is malformed (a bug in the package data, not in the caller's input)."""


def _load_code(code: str) -> dict[str, Any]:
    text = resources.files("khronika.law").joinpath("data", _DATA_FILES[code]).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _part(code: str, article: str, raw: dict[str, Any]) -> Part:
    unknown = set(raw) - _PART_KEYS
    if unknown:
        raise LawDataError(f"{code} {article}: unknown part keys {sorted(unknown)}")
    punishments = tuple(raw.get("punishments", ()))
    for label in punishments:
        if label not in PUNISHMENTS:
            raise LawDataError(f"{code} {article}: unknown punishment {label!r}")
    return Part(
        number=str(raw["number"]),
        title_ru=raw.get("title_ru"),
        title_en=raw.get("title_en"),
        min_years=raw.get("min_years"),
        max_years=raw.get("max_years"),
        fine_min=raw.get("fine_min"),
        fine_max=raw.get("fine_max"),
        punishments=punishments,
        arrest_days_max=raw.get("arrest_days_max"),
        points=tuple(raw.get("points", ())),
    )


@cache
def _tables() -> dict[str, dict[str, Article]]:
    tables: dict[str, dict[str, Article]] = {}
    for code in CODES:
        by_number: dict[str, Article] = {}
        for raw in _load_code(code)["articles"]:
            number = str(raw["number"])
            parts = tuple(_part(code, number, p) for p in raw["parts"])
            by_number[number] = Article(
                code=code,
                number=number,
                title_ru=raw["title_ru"],
                title_en=raw["title_en"],
                parts=parts,
                note=raw.get("note"),
                parts_known=raw.get("parts_known", True),
            )
        tables[code] = by_number
    return tables


@cache
def _code_headers() -> dict[str, dict[str, str]]:
    headers: dict[str, dict[str, str]] = {}
    for code in CODES:
        data = _load_code(code)
        headers[code] = {k: v for k, v in data.items() if isinstance(v, str)}
    return headers


LEGAL_TEXT_VERSION: dict[str, str] = {code: _code_headers()[code]["legal_text_version"] for code in CODES}


def _sort_key(number: str) -> tuple[int, ...]:
    return tuple(int(piece) for piece in number.split("."))


def get_article(code: str, number: str) -> Article | None:
    """The article `number` ("205.2", "20.3.3") of `code` ("RU-UK", "RU-KoAP"), or None if not tabled."""
    return _tables().get(code, {}).get(number)


def articles(code: str | None = None) -> list[Article]:
    """Every tabled article of `code` (or of all codes), in code order, then in article-number order."""
    if code is not None and code not in CODES:
        raise ValueError(f"unknown code {code!r}: expected one of {', '.join(CODES)}")
    chosen = CODES if code is None else (code,)
    found: list[Article] = []
    for each in chosen:
        found.extend(sorted(_tables()[each].values(), key=lambda a: _sort_key(a.number)))
    return found


def code_title(code: str, lang: str) -> str:
    """The short name of a code for display: «УК РФ» / "Criminal Code of the Russian Federation"."""
    if code not in CODES:
        raise ValueError(f"unknown code {code!r}: expected one of {', '.join(CODES)}")
    if lang == "ru":
        return _code_headers()[code]["short_ru"]
    if lang == "en":
        return _code_headers()[code]["title_en"]
    raise ValueError(f"unknown language {lang!r}: expected 'ru' or 'en'")


def codes_with_article(number: str) -> tuple[str, ...]:
    """The tabled codes that have an article with this number (used to infer an unwritten code)."""
    return tuple(code for code in CODES if number in _tables()[code])
