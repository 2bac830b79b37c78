import pytest

from khronika.names import NameInputError, to_cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Alexei Navalny", "Алексей Навальный"),
        ("Bakhrom Khamroev", "Бахром Хамроев"),
        ("Yevgeny Roizman", "Евгений Ройзман"),
        ("Vladimir Kara-Murza", "Владимир Кара-Мурза"),
        ("Mikhail Afanasyev", "Михаил Афанасьев"),
        ("Sergei Udaltsov", "Сергей Удальцов"),
        ("Yulia Navalnaya", "Юлия Навальная"),
        ("Boris Kagarlitsky", "Борис Кагарлицкий"),
        ("Zhenya Berkovich", "Женя Беркович"),
        ("Ilya Yashin", "Илья Яшин"),
        ("Olga Shevchenko", "Ольга Шевченко"),
        ("Sergeyev", "Сергеев"),
        ("Ščukin", "Щукин"),
        ("Kagarlickij", "Кагарлицкий"),
    ],
)
def test_the_right_spelling_is_among_the_first_candidates(latin: str, cyrillic: str) -> None:
    candidates = to_cyrillic(latin)
    assert cyrillic in [text for text, _ in candidates[:3]], candidates


def test_candidates_are_ranked_and_weighted() -> None:
    candidates = to_cyrillic("Timofei Shirokov")
    weights = [w for _, w in candidates]
    assert weights == sorted(weights, reverse=True)
    assert 0.99 <= sum(weights) <= 1.01
    assert candidates[0][0] == "Тимофей Широков"


def test_one_latin_spelling_gives_several_cyrillic_ones() -> None:
    texts = [text for text, _ in to_cyrillic("Ilia")]
    assert {"Илья", "Илия"} & set(texts) and len(texts) > 1


def test_bad_input() -> None:
    with pytest.raises(NameInputError):
        to_cyrillic("   ")
