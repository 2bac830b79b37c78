import pytest

from khronika.names.text import NameInputError, clean, fix_lookalikes, script_of, tokens


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("  Бахром   Хамроев ", "Бахром Хамроев"),
        ("Кара\u2013Мурза", "Кара-Мурза"),
        ("Кара - Мурза", "Кара-Мурза"),
        ("Naval\u2019nyy", "Naval'nyy"),
        ("Хамроев\tБахром", "Хамроев Бахром"),
    ],
)
def test_clean_normalises_spaces_hyphens_and_apostrophes(raw: str, cleaned: str) -> None:
    assert clean(raw) == cleaned


@pytest.mark.parametrize("bad", ["", "   ", "123", "\x00\x01", "Хамроев\x07", "x" * 301])
def test_clean_rejects_what_is_not_a_name(bad: str) -> None:
    with pytest.raises(NameInputError):
        clean(bad)


@pytest.mark.parametrize(
    ("text", "script"),
    [("Хамроев", "cyrl"), ("Khamroev", "latn"), ("Khamroev Хамроев", "mixed")],
)
def test_script_of(text: str, script: str) -> None:
    assert script_of(text) == script


def test_latin_lookalike_letters_inside_a_cyrillic_word_are_repaired() -> None:
    # "Хамроев" typed with a Latin "a" and "o"
    assert fix_lookalikes("Хaмрoев") == "Хамроев"
    assert tokens("Б.А. Хамроев, Бахром") == ["Б.А.", "Хамроев", "Бахром"]
