import pytest

from khronika.names import given_name_variants
from khronika.names.given import table


@pytest.mark.parametrize(
    ("name", "includes"),
    [
        ("Женя", {"Евгений", "Евгения"}),
        ("Саша", {"Александр", "Александра"}),
        ("Лёша", {"Алексей"}),
        ("Леша", {"Алексей"}),
        ("Дима", {"Дмитрий"}),
        ("Евгения", {"Женя"}),
        ("Zhenya", {"Евгений", "Евгения"}),
        ("Alexander", {"Александр", "Саша"}),
        ("Masha", {"Мария"}),
    ],
)
def test_diminutives_and_full_forms(name: str, includes: set[str]) -> None:
    assert includes <= given_name_variants(name)


def test_unknown_name_gives_only_itself_and_empty_gives_nothing() -> None:
    assert given_name_variants("Бахром") == {"Бахром"}
    assert given_name_variants("Quetzalcoatl") == {"Quetzalcoatl"}
    assert given_name_variants("  ") == set()


def test_a_full_form_does_not_pull_in_the_other_sex() -> None:
    variants = given_name_variants("Евгений")
    assert "Женя" in variants
    assert "Евгения" not in variants


def test_table_rows_are_well_formed() -> None:
    rows = table().names
    assert len(rows) > 150
    for row in rows.values():
        assert row.sex in ("male", "female")
        assert row.name[:1].isupper()
