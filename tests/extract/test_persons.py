"""Person names in the nominative, and linking surname-only and given-name-only mentions."""

from __future__ import annotations

import pytest

from khronika.extract.ru.nominative import name_nominative
from khronika.extract.ru.persons import same_name


@pytest.mark.parametrize(
    ("written", "nominative", "gender"),
    [
        ("Ричарда Роуза", "Ричард Роуз", "masc"),
        ("Марию Роуз", "Мария Роуз", "femn"),
        ("Людмилой Разумовой", "Людмила Разумова", "femn"),
        ("Дмитрия Дыбу", "Дмитрий Дыба", "masc"),
        ("Олегу Мампории", "Олег Мампория", "masc"),
        ("Никиту Журавеля", "Никита Журавель", "masc"),
        ("Марии Бонцлер", "Мария Бонцлер", "femn"),
        ("Полину Евтушенко", "Полина Евтушенко", "femn"),
        ("Алексея Смирнова", "Алексей Смирнов", "masc"),
        # Given names the dictionary does not know, in -а before a surname in -ова: men in the genitive.
        ("Зелимхана Мовлаева", "Зелимхан Мовлаев", "masc"),
        ("Ойбека Усмонова", "Ойбек Усмонов", "masc"),
        ("Зарина Мовлаева", "Зарина Мовлаева", "femn"),
    ],
)
def test_nominative(written: str, nominative: str, gender: str) -> None:
    words, found_gender = name_nominative(written.split())
    assert (" ".join(words), found_gender) == (nominative, gender)


def test_agreeing_word_decides_an_unknown_name() -> None:
    words, gender = name_nominative(["Мухараба", "Шебзухова"], {("gent", "masc")})
    assert (words, gender) == (["Мухараб", "Шебзухов"], "masc")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Роуза", "Роуз", True),
        ("Дыбе", "Дыба", True),
        ("Мампорию", "Мампория", True),
        ("Марии", "Мария", True),
        ("Осиповой", "Осипова", True),
        ("Марина", "Мария", False),
        ("Иванов", "Иванченко", False),
        ("Роуз", "Рост", False),
    ],
)
def test_same_name(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same
