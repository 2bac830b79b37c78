import pytest

from khronika.names import skeleton


@pytest.mark.parametrize(
    "spellings",
    [
        ["Хамроев", "Khamroev", "Khamroyev", "Hamroev"],
        ["Навальный", "Navalny", "Navalnyy", "Navalnyi", "Naval'nyj", "Naval’nyy"],
        ["Евгений", "Yevgeny", "Evgeny", "Yevgeniy", "Evgenii", "Evgenij"],
        ["Афанасьев", "Afanasyev", "Afanasiev", "Afanasev", "Afanas'ev"],
        ["Кагарлицкий", "Kagarlitsky", "Kagarlitskiy", "Kagarlitskii"],
        ["Москалёв", "Moskalev", "Moskalyov", "Moskalëv"],
        ["Юлия", "Yulia", "Yuliya", "Iuliia", "Julia", "Julija"],
        ["Алексей", "Alexei", "Alexey", "Aleksei", "Aleksey", "Aleksej"],
        ["Горбачёв", "Gorbachev", "Gorbachov", "Gorbačëv"],
        ["Ройзман", "Roizman", "Royzman"],
        ["Дмитриев", "Dmitriev", "Dmitriyev"],
    ],
)
def test_spellings_of_one_name_share_a_skeleton(spellings: list[str]) -> None:
    assert len({skeleton(s) for s in spellings}) == 1, {s: skeleton(s) for s in spellings}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Давидис", "Давыдов"),
        ("Хамроев", "Хамроева"),
        ("Шаров", "Жаров"),
        ("Цой", "Сой"),
        ("Чернов", "Шернов"),
    ],
)
def test_different_names_keep_different_skeletons(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


def test_skeleton_is_short_ascii() -> None:
    key = skeleton("Щербаков-Жуковский")
    assert key.isascii() and key.isalpha()
