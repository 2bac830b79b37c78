"""docs/names.md is tested against the code: schemes, thresholds, CLI commands and key kinds."""

from pathlib import Path

import pytest

from khronika.names import SCHEMES, compare, nominative
from khronika.names.cli import _parser
from khronika.names.compare import GIVEN_CLOSE, SURNAME_CLOSE
from khronika.names.given import table
from khronika.names.nominative import AMBIGUITY_RATIO, DISAGREEMENT
from khronika.names.parse import ROLE_MARGIN

DOC = Path(__file__).resolve().parents[2] / "docs" / "names.md"


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text(encoding="utf-8")


def test_every_scheme_is_documented(doc: str) -> None:
    for scheme in SCHEMES:
        assert f"| `{scheme}` |" in doc, scheme


def test_thresholds_in_the_doc_are_the_code_s(doc: str) -> None:
    assert f"`SURNAME_CLOSE` ({SURNAME_CLOSE:g})" in doc
    assert f"`GIVEN_CLOSE`, {GIVEN_CLOSE:g}" in doc
    assert f"`AMBIGUITY_RATIO` ({AMBIGUITY_RATIO:g})" in doc
    assert f"`DISAGREEMENT` ({DISAGREEMENT:g})" in doc
    assert f"`ROLE_MARGIN` ({ROLE_MARGIN:g})" in doc
    assert f"holds {len(table().names)} full forms" in doc


def test_every_cli_command_and_option_is_documented(doc: str) -> None:
    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():  # type: ignore[union-attr]
        assert f"khronika names {name}" in doc, name
        for action in command._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert option in doc, option


def test_the_doc_s_examples_hold(doc: str) -> None:
    assert compare("Bakhrom Khamroev", "Хамроева Бахрома").decision == "same"
    assert nominative("Хамроева").forms == ["Хамроева", "Хамроев"]
    assert "['Хамроева', 'Хамроев'] (ambiguous)" in doc
