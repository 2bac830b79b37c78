"""Sentence splitting and number words of the English pipeline (issue #3)."""

from __future__ import annotations

import pytest

from khronika.extract.en.numbers import parse_amount, parse_number
from khronika.extract.en.text import sentence_at, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was detained. She was not.", ["He was detained.", "She was not."]),
        (
            "He was charged under Art. 205.2 of the Criminal Code.",
            ["He was charged under Art. 205.2 of the Criminal Code."],
        ),
        (
            "Activists from St. Petersburg came. Police left.",
            ["Activists from St. Petersburg came.", "Police left."],
        ),
        ("A. Navalny died. Then came news.", ["A. Navalny died.", "Then came news."]),
        ("Title line\n\nBody starts here.", ["Title line", "Body starts here."]),
        (
            "the court gave him 14 years reclassifying\n\nhis charge.",
            ["the court gave him 14 years reclassifying\n\nhis charge."],
        ),
        ("“I am sure.” The story goes on.", ["“I am sure.”", "The story goes on."]),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_sentence_at_finds_the_sentence_of_an_offset() -> None:
    text = "One here. Two there. Three."
    sentences = split_sentences(text)
    assert [sentence_at(sentences, text.index(w)) for w in ("One", "Two", "Three")] == [0, 1, 2]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("14", 14),
        ("3.5", 3.5),
        ("8,5", 8.5),
        ("eight and a half", 8.5),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("six", 6),
        ("one and a half", 1.5),
        ("seventeen", 17),
        ("banana", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("200,000", 200_000),
        ("200 000", 200_000),
        ("50 thousand", 50_000),
        ("1.5 million", 1_500_000),
        ("fifty thousand", 50_000),
        ("30000", 30_000),
        ("10k", 10_000),
    ],
)
def test_parse_amount(text: str, value: int) -> None:
    assert parse_amount(text) == value


def test_a_run_without_full_stops_is_cut_into_bounded_sentences() -> None:
    text = "word " * 5000
    sentences = split_sentences(text)
    assert len(sentences) > 1 and all(len(s.text) <= 1200 for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
