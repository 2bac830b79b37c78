import pytest

from khronika.names import MAX_KEY, NameInputError, match_keys, query_keys


@pytest.mark.parametrize(
    "name",
    [
        "Бахром Хамроев",
        "Хамроева",
        "Б. Хамроев",
        "Zhenya Berkovich",
        "Щербаков-Жуковский-Оболенский Константин",
    ],
)
def test_keys_are_short_sorted_unique_and_queries_are_a_subset(name: str) -> None:
    keys = match_keys(name)
    assert keys == sorted(set(keys))
    assert all(0 < len(k) <= MAX_KEY for k in keys)
    assert set(query_keys(name)) <= set(keys)


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("Бахром Хамроев", "Bakhrom Khamroev"),
        ("Бахром Хамроев", "Khamroyev Bakhrom"),
        ("Бахром Хамроев", "Хамроева Бахрома"),
        ("Бахром Хамроев", "Б. Хамроев"),
        ("Бахром Хамроев", "Хамроева"),
        ("Евгения Беркович", "Zhenya Berkovich"),
        ("Алексей Навальный", "Alexei Navalny"),
        ("Владимир Кара-Мурза", "Владимира Кара-Мурзы"),
        ("Евгений Ройзман", "Yevgeniy Royzman"),
    ],
)
def test_a_twin_in_another_script_or_case_shares_a_key(stored: str, query: str) -> None:
    assert set(query_keys(query)) & set(match_keys(stored))


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("Бахтиёр Хамроев", "Бахром Хамроев"),
        ("Олег Навальный", "Alexei Navalny"),
        ("Юлия Навальная", "Navalny"),
    ],
)
def test_different_people_share_no_name_or_surname_key(stored: str, query: str) -> None:
    # They may share an initial key (i:hamroev:b), which only brings a candidate for scoring.
    name_keys = {k for k in match_keys(stored) if not k.startswith("i:")}
    assert not set(query_keys(query)) & name_keys


def test_keys_of_bad_input_raise() -> None:
    with pytest.raises(NameInputError):
        match_keys("")
