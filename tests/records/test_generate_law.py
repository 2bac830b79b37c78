"""The generator's article table agrees with the law tables: real articles, real parts, lawful ranges."""

from __future__ import annotations

from typing import Any

import pytest

from khronika import law
from khronika.records.demo.story_parts import ADMINISTRATIVE, CRIMINAL


def law_part(code: str, row: dict[str, Any]) -> Any:
    article = law.get_article(code, row["article"])
    assert article is not None, f"{code} {row['article']} is not in khronika.law"
    if row["part"] is None:
        assert len(article.parts) <= 1, f"{code} {row['article']} has parts: name one"
        return article.parts[0] if article.parts else None
    part = article.part(row["part"])
    assert part is not None, f"{code} {row['article']} has no part {row['part']}"
    return part


@pytest.mark.parametrize("row", CRIMINAL, ids=lambda r: f"{r['article']}({r['part']})")
def test_criminal_pattern_fits_the_criminal_code(row: dict[str, Any]) -> None:
    part = law_part("RU-UK", row)
    assert row["years"] or row["fine"], "a pattern needs a term or a fine"
    if part is None:
        return
    if row["years"]:
        low, high = row["years"]
        assert "imprisonment" in part.punishments
        assert part.max_years is None or high <= part.max_years
        assert part.min_years is None or low >= part.min_years
    if row["fine"]:
        low, high = row["fine"]
        assert "fine" in part.punishments
        assert part.fine_max is None or high <= part.fine_max
        assert part.fine_min is None or low >= part.fine_min


@pytest.mark.parametrize("row", ADMINISTRATIVE, ids=lambda r: f"{r['article']}({r['part']})")
def test_administrative_pattern_fits_the_koap(row: dict[str, Any]) -> None:
    part = law_part("RU-KoAP", row)
    if part is None:
        return
    low, high = row["fine"]
    assert part.fine_max is None or high <= part.fine_max
    assert part.fine_min is None or low >= part.fine_min
    if row["arrest_days"]:
        assert part.arrest_days_max is not None and row["arrest_days"][1] <= part.arrest_days_max


def test_companion_articles_are_in_the_table() -> None:
    articles = {row["article"] for row in CRIMINAL}
    for row in CRIMINAL:
        assert set(row["with"]) <= articles, row["article"]
