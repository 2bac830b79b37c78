"""A man and a woman of one family, or two brothers, are never "same", in any case form or script."""

import pytest

from khronika.names import compare
from khronika.names.declension import CASES, noun_forms
from khronika.names.surnames import classify, surname_forms
from khronika.names.translit import press_variants

COUPLES = [
    ("Александр", "Александра"),
    ("Евгений", "Евгения"),
    ("Валентин", "Валентина"),
    ("Ярослав", "Ярослава"),
]
FAMILIES = [
    ("Хамроев", "Хамроева"), ("Навальный", "Навальная"), ("Шевченко", "Шевченко"), ("Беркович", "Беркович"),
    ("Кара-Мурза", "Кара-Мурза"), ("Седых", "Седых"), ("Макичян", "Макичян"), ("Соболь", "Соболь"),
]  # fmt: skip


def forms(given: str, surname: str, sex: str) -> list[str]:
    """Every case form of a name by the package's grammar, and the press spellings of its nominative."""
    kind = classify(surname, sex)
    assert kind is not None
    surnames = surname_forms(surname, sex, kind[0])
    assert surnames is not None
    givens = noun_forms(given, sex)
    return [f"{givens[c]} {surnames[c]}" for c in CASES] + press_variants(f"{given} {surname}")


@pytest.mark.parametrize(("man", "woman"), COUPLES)
@pytest.mark.parametrize(("his", "her"), FAMILIES)
def test_a_man_and_a_woman_are_never_same(man: str, woman: str, his: str, her: str) -> None:
    for a in forms(man, his, "male"):
        for b in forms(woman, her, "female"):
            assert compare(a, b).decision != "same", (a, b)


@pytest.mark.parametrize(("his", "her"), FAMILIES)
def test_brothers_are_never_same(his: str, her: str) -> None:
    for a in forms("Алексей", his, "male"):
        for b in forms("Олег", his, "male"):
            assert compare(a, b).decision == "different", (a, b)
