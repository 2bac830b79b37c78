"""Reference shapes met in round seven of the extractor's blind sets."""

from __future__ import annotations

from khronika.law.references import find_references


def test_a_sub_level_typed_after_a_space_before_the_code() -> None:
    found = [(r.code, r.article, r.part) for r in find_references("(ч. 1 ст. 282. 2 УК)", "ru")]
    assert found == [("RU-UK", "282.2", "1")]


def test_a_spaced_number_not_before_a_code_is_not_joined() -> None:
    found = [(r.code, r.article) for r in find_references("по ст. 282. 2 человека задержаны", "ru")]
    assert found == [("RU-UK", "282")]


def test_wordings_added_in_round_seven() -> None:
    from khronika.law.wording import find_offences

    cases = [
        ("суд поместил ее в СИЗО по обвинению в призывах к сепаратизму", "ru", ("RU-UK", "280.1")),
        ("were found guilty of plotting to forcibly seize power in Crimea", "en", ("RU-UK", "278")),
        ("was also found guilty of organizing the activities of a terrorist group", "en", ("RU-UK", "205.5")),
        ("detained since April 2022 on charges of illegally handling explosives", "en", ("RU-UK", "222.1")),
    ]
    for text, lang, expected in cases:
        assert [(o.code, o.article) for o in find_offences(text, lang)] == [expected], text
