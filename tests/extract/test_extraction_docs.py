"""docs/extraction.md is tested against the code: every CLI option and every label of the schema is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from khronika.extract.cli import parser
from khronika.extract.validation import schema

DOC = Path(__file__).resolve().parents[2] / "docs" / "extraction.md"


def _labels() -> list[str]:
    props = schema()["properties"]
    found: list[str] = []
    found += props["persons"]["items"]["properties"]["roles"]["items"]["enum"]
    found += props["organizations"]["items"]["properties"]["kind"]["enum"]
    found += props["charges"]["items"]["properties"]["status"]["enum"]
    sentence = props["sentences"]["items"]["properties"]
    found += sentence["stage"]["enum"] + sentence["punishment"]["enum"]
    found += [r for r in sentence["regime"]["enum"] if r]
    found += props["events"]["items"]["properties"]["type"]["enum"]
    return found


@pytest.mark.parametrize("label", _labels())
def test_every_label_is_documented(label: str) -> None:
    assert f"`{label}`" in DOC.read_text(encoding="utf-8")


@pytest.mark.parametrize("option", [a.option_strings[-1] for a in parser()._actions if a.option_strings][1:])
def test_every_option_is_documented(option: str) -> None:
    assert f"`{option}`" in DOC.read_text(encoding="utf-8")


def test_every_field_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for kind in ("persons", "organizations", "charges", "sentences", "events"):
        fields = schema()["properties"][kind]["items"]["properties"]
        assert all(f"`{f}`" in text for f in fields), kind
