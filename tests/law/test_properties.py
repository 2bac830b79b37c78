"""Arbitrary text never breaks the parsers, and every span is a slice of the input."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khronika.law import find_offences, find_references

# Text built from the pieces references and offences are made of, so the grammar is really exercised.
_PIECES = st.sampled_from(
    [
        "ст.", "ст. ст.", "статьи", "статье", "ч.", "части", "п.", "пунктам", "«а»", "«б»", "\"в\"", "и", ",",
        "или", "УК", "УК РФ", "КоАП", "УПК", "Кодекса об административных правонарушениях", "205.2", "20.3.3",
        "1.1", "2", "30", "275", "-й", "(", ")", ".", "\n", "Article", "Part", "of the", "Criminal Code",
        "(2)", "(d)", "and", "о", "административной", "дискредитации армии", "фейках", "госизмене",
        "treason", "fakes about the army", "повторной", "протокол", "«", "»", " ", "ё", "İ", "2024 года",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=40).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["ru", "en"]), country=st.sampled_from(["RU", "BY"]))
def test_references_never_crash_and_spans_are_slices(text: str, lang: str, country: str) -> None:
    for codes in (None, ("RU-UK", "RU-KoAP")):
        refs = find_references(text, lang, codes=codes, country=country)
        assert [r.start for r in refs] == sorted(r.start for r in refs)
        for ref in refs:
            assert 0 <= ref.start < ref.end <= len(text)
            assert text[ref.start : ref.end] == ref.text
            assert ref.article


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["ru", "en"]))
def test_offences_never_crash_and_spans_are_slices(text: str, lang: str) -> None:
    found = find_offences(text, lang)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for match in found:
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        assert match.code in ("RU-UK", "RU-KoAP")


def test_long_input_is_handled_quickly() -> None:
    # A pathological document: nothing but references and offence wording, 200 KB of it.
    text = "по ч. 2 ст. 205.2 и статье 280.3 УК РФ за повторную дискредитацию армии, " * 2700
    started = time.perf_counter()
    refs = find_references(text, "ru")
    find_offences(text, "ru")
    assert time.perf_counter() - started < 10
    assert len(refs) == 2 * 2700


@pytest.mark.parametrize("call", [find_references, find_offences])
def test_text_that_is_not_a_string_is_a_clear_error(call: Callable[[str, str], object]) -> None:
    with pytest.raises(TypeError, match="text must be a str, not bytes"):
        call(b"\xd1\x81\xd1\x82. 275", "ru")  # type: ignore[arg-type]
