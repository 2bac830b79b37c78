"""docs/dates.md is tested against the code: every expression it says is understood is found."""

import datetime
import re
from pathlib import Path

import pytest

from khronika.dates import find_dates

DOC = Path(__file__).resolve().parents[2] / "docs" / "dates.md"
PUBLISHED = datetime.date(2026, 4, 22)


def _listed(language_heading: str, quote: str) -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("### Expressions understood", 1)[1].split("Not dates", 1)[0]
    paragraph = next(part for part in section.split("\n\n") if part.startswith(language_heading))
    pattern = r"«([^»]+)»" if quote == "«" else r'"([^"]+)"'
    return re.findall(pattern, paragraph.replace("\n", " "))


@pytest.mark.parametrize("expression", _listed("Russian", "«"))
def test_russian_expressions_in_the_docs_are_found(expression: str) -> None:
    # «того же года» needs a date before it to take the year from.
    context = "В 2020 году. " if " же " in expression else ""
    matches = find_dates(context + expression, "ru", PUBLISHED)
    assert matches
    assert matches[-1].text in expression


@pytest.mark.parametrize("expression", _listed("English", '"'))
def test_english_expressions_in_the_docs_are_found(expression: str) -> None:
    context = "In 2020. " if "same year" in expression or "that year" in expression else ""
    matches = find_dates(context + expression, "en", PUBLISHED)
    assert matches
    assert matches[-1].text in expression


def test_the_docs_list_many_expressions() -> None:
    assert len(_listed("Russian", "«")) > 50
    assert len(_listed("English", '"')) > 40
