"""Punishments in English text: terms, fines, arrests and the stage their verb gives (issue #3)."""

from __future__ import annotations

import pytest

from khronika.extract.en.penalties import find_penalties
from khronika.extract.en.text import split_sentences

Row = tuple[str, str, int | None, int | None, int | None, int | None, str | None]


def penalties(text: str) -> list[Row]:
    return [
        (p.stage, p.punishment, p.years, p.months, p.days, p.amount, p.regime)
        for s in split_sentences(text)
        for p in find_penalties(s)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was sentenced to 14 years in a strict-regime colony.",
            [("imposed", "imprisonment", 14, 0, 0, None, "strict")],
        ),
        (
            "He was sentenced to eight and a half years in a general-regime penal colony.",
            [("imposed", "imprisonment", 8, 6, 0, None, "general")],
        ),
        (
            "The court gave her 2 years and 10 months in prison.",
            [("imposed", "imprisonment", 2, 10, 0, None, None)],
        ),
        (
            "She was sentenced to 3.5 years in a settlement colony.",
            [("imposed", "imprisonment", 3, 6, 0, None, "settlement")],
        ),
        (
            "He was sentenced to six years and eight months in a special-regime colony.",
            [("imposed", "imprisonment", 6, 8, 0, None, "special")],
        ),
        (
            "The court sentenced him to a year and a half in a colony.",
            [("imposed", "imprisonment", 1, 6, 0, None, None)],
        ),
        (
            "She received a suspended sentence of three years.",
            [("imposed", "suspended", 3, 0, 0, None, None)],
        ),
        ("He got a six-year suspended sentence.", [("imposed", "suspended", 6, 0, 0, None, None)]),
        (
            "She was sentenced to two years of forced labour.",
            [("imposed", "compulsory_labour", 2, 0, 0, None, None)],
        ),
        (
            "He was sentenced to one year of correctional labour.",
            [("imposed", "correctional_labour", 1, 0, 0, None, None)],
        ),
        (
            "He was sentenced to 15 days of administrative arrest.",
            [("imposed", "administrative_arrest", 0, 0, 15, None, None)],
        ),
        (
            "The activist was arrested for 10 days.",
            [("imposed", "administrative_arrest", 0, 0, 10, None, None)],
        ),
        ("He was fined 200,000 rubles.", [("imposed", "fine", None, None, None, 200_000, None)]),
        ("She was fined 50 thousand rubles.", [("imposed", "fine", None, None, None, 50_000, None)]),
        (
            "The court imposed a fine of 1.5 million rubles.",
            [("imposed", "fine", None, None, None, 1_500_000, None)],
        ),
        ("He was fined twice.", [("imposed", "fine", None, None, None, None, None)]),
        ("The prosecution asked for 21 years.", [("requested", "imprisonment", 21, 0, 0, None, None)]),
        (
            "The prosecutor requested that he be sentenced to 9 years in a strict-regime colony.",
            [("requested", "imprisonment", 9, 0, 0, None, "strict")],
        ),
        (
            "The prosecution asked for a fine of 500,000 rubles.",
            [("requested", "fine", None, None, None, 500_000, None)],
        ),
        (
            "The appeals court upheld the sentence of 6 years.",
            [("appeal", "imprisonment", 6, 0, 0, None, None)],
        ),
        (
            "On appeal, the term was reduced to five years.",
            [("reduced", "imprisonment", 5, 0, 0, None, None)],
        ),
        (
            "The prosecutor requested 21 years in prison, but the court gave him 14 years.",
            [
                ("requested", "imprisonment", 21, 0, 0, None, None),
                ("imposed", "imprisonment", 14, 0, 0, None, None),
            ],
        ),
        (
            "He was sentenced to 3.5 years in prison, but then the term was increased up to 15 years.",
            [
                ("imposed", "imprisonment", 3, 6, 0, None, None),
                ("increased", "imprisonment", 15, 0, 0, None, None),
            ],
        ),
    ],
)
def test_penalties(text: str, expected: list[Row]) -> None:
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He faces up to 10 years in prison.",
        "A 60-year-old woman attacked nobody.",
        "The court sessions lasted 5 years.",
        "It is unlawful to go below the minimum sentence of 10 years.",
        "He has been living in Moscow for 30 years.",
        "She was not fined.",
    ],
)
def test_no_penalty(text: str) -> None:
    assert penalties(text) == []


def test_offsets_are_document_offsets() -> None:
    text = "Intro sentence here. He was sentenced to 14 years in prison."
    [sentence] = [s for s in split_sentences(text) if "sentenced" in s.text]
    [penalty] = find_penalties(sentence)
    assert text[penalty.start : penalty.end] == "14 years"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court sentenced Oleg Marin to 8 and 1/2 years in prison.", (8, 6)),
        ("He was sentenced to 8 1/2 years in prison in absentia.", (8, 6)),
        ("She was sentenced to 8½ years in a penal colony.", (8, 6)),
        ("She was sentenced to 8 ½ years in a penal colony.", (8, 6)),
        ("He was sentenced on Tuesday to an eight-and-a-half-year prison term.", (8, 6)),
        ("The court handed him a 14-year sentence.", (14, 0)),
        ("He was sentenced to six and a half years in prison.", (6, 6)),
        ("He was sentenced to two-and-a-half years in prison.", (2, 6)),
        ("She got 3 1/2 years in a colony.", (3, 6)),
        ("The court sentenced him to 4 3/4 years in prison.", (4, 9)),
        ("He was jailed for a year and a half.", (1, 6)),
        ("He was imprisoned for six years.", (6, 0)),
        ("He was sentenced to six and one half years in prison.", (6, 6)),
    ],
)
def test_terms_with_fractions(text: str, expected: tuple[int, int]) -> None:
    [(stage, punishment, years, months, days, _amount, _regime)] = penalties(text)
    assert (stage, punishment, years, months, days) == ("imposed", "imprisonment", *expected, 0)


@pytest.mark.parametrize(
    "text",
    [
        "He was sentenced to 8 3/2 years in prison.",  # no such fraction: nothing, and never "2 years"
        "The court gave him 1/2 years in prison.",
        "She was arrested for two months.",  # a custody order, not a term
        "He has spent more than a year in jail.",
        "She has been held for almost two years in a pre-trial detention centre.",
    ],
)
def test_no_term_from_a_fraction_or_a_duration(text: str) -> None:
    assert penalties(text) == []


def test_fractions_in_a_respectively_list() -> None:
    text = "Anna Lis and Oleg Marin were sentenced to six and a half and four years respectively."
    assert [(years, months) for _s, _p, years, months, *_rest in penalties(text)] == [(6, 6), (4, 0)]


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        ("He was sentenced to seven years in a colony; the prosecution had asked for eight.", (8, 0)),
        ("He was sentenced to six years, while prosecutors had requested eight and a half.", (8, 6)),
    ],
)
def test_a_request_with_its_unit_left_out(text: str, requested: tuple[int, int]) -> None:
    rows = penalties(text)
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("imposed", "imprisonment", rows[0][2], 0),
        ("requested", "imprisonment", *requested),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He was fined 30,000 rubles; prosecutors asked for 50.",  # no term of years to lend its unit
        "The court requested 3 documents.",
    ],
)
def test_no_elided_request_without_a_term(text: str) -> None:
    assert all(r[0] != "requested" for r in penalties(text))
