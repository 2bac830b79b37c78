"""Reference shapes met in round seven of the extractor's blind sets."""

from __future__ import annotations

from khronika.law.references import find_references


def test_a_sub_level_typed_after_a_space_before_the_code() -> None:
    found = [(r.code, r.article, r.part) for r in find_references("(ч. 1 ст. 282. 2 УК)", "ru")]
    assert found == [("RU-UK", "282.2", "1")]


def test_a_spaced_number_not_before_a_code_is_not_joined() -> None:
    found = [(r.code, r.article) for r in find_references("по ст. 282. 2 человека задержаны", "ru")]
    assert found == [("RU-UK", "282")]
