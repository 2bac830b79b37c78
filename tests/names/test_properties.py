"""Generated input: nothing crashes, and a Cyrillic name written in Latin is matched back to itself."""

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khronika.names import (
    SCHEMES,
    NameInputError,
    compare,
    match_keys,
    nominative,
    parse,
    query_keys,
    to_cyrillic,
    transliterate,
)
from khronika.names.given import table

GIVEN = sorted(entry.name for entry in table().names.values())
SURNAMES = [
    "Хамроев", "Навальный", "Кагарлицкий", "Мифтахов", "Афанасьев", "Шевченко", "Черных", "Макичян",
    "Кара-Мурза", "Ройзман", "Беркович", "Удальцов", "Москалёв", "Петрийчук", "Яшин", "Щукин", "Цветков",
    "Жуков", "Чичваркин", "Пономарёв", "Ильин", "Соловьёв", "Юрьев", "Подъячев", "Горинов", "Литой",
]  # fmt: skip
PRESS_LIKE = ("bgn", "icao", "lc", "press")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=60))
def test_no_crash_on_any_string(text: str) -> None:
    for call in (parse, nominative, match_keys, query_keys):
        with contextlib.suppress(NameInputError):
            call(text)
    with contextlib.suppress(NameInputError):
        assert to_cyrillic(text), "a name always has at least one Cyrillic candidate"
    with contextlib.suppress(NameInputError):
        assert set(query_keys(text)) <= set(match_keys(text)), "a stored name is found by itself"
    try:
        result = compare(text, "Бахром Хамроев")
        assert result.decision in ("same", "different", "unsure")
        assert 0 <= result.score <= 100
    except NameInputError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(SCHEMES))
def test_a_transliterated_name_matches_the_original(given_name: str, surname: str, scheme: str) -> None:
    original = f"{given_name} {surname}"
    if table().names[given_name.lower().replace("ё", "е")].sex == "female":
        original = f"{given_name} {feminine(surname)}"
    latin = transliterate(original, scheme)
    result = compare(latin, original)
    # «Евгения Хамроева» may also be the genitive of Евгений Хамроев: then a person must decide.
    expected = ("same", "unsure") if nominative(original).ambiguous else ("same",)
    assert result.decision in expected, (latin, result.reasons)
    assert set(query_keys(latin)) & set(match_keys(original)), latin


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(PRESS_LIKE))
def test_back_to_cyrillic_finds_a_twin(given_name: str, surname: str, scheme: str) -> None:
    original = f"{given_name} {surname}"
    if table().names[given_name.lower().replace("ё", "е")].sex == "female":
        original = f"{given_name} {feminine(surname)}"
    if nominative(original).ambiguous:
        return
    latin = transliterate(original, scheme)
    candidates = [text for text, _ in to_cyrillic(latin)]
    assert any(compare(c, original).decision == "same" for c in candidates), (latin, candidates)


def feminine(surname: str) -> str:
    """A woman's form of a generated surname (the grammar's rule, written out for the test)."""
    if surname.endswith(("ов", "ев", "ёв", "ин")):
        return surname + "а"
    if surname.endswith(("ый", "ий", "ой")):
        return surname[:-2] + "ая"
    return surname
