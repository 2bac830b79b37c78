import pytest

from khronika.names import nominative

# Every case of a man's and a woman's name, with -ов, adjectival, -а, -ко, -ых, -ян, -ия and double surnames.
CASE_FORMS = [
    # (written, nominative, sex)
    ("Бахром Хамроев", "Бахром Хамроев", "male"),
    ("Бахрома Хамроева", "Бахром Хамроев", "male"),
    ("Бахрому Хамроеву", "Бахром Хамроев", "male"),
    ("Бахромом Хамроевым", "Бахром Хамроев", "male"),
    ("Бахроме Хамроеве", "Бахром Хамроев", "male"),
    ("Зухры Хамроевой", "Зухра Хамроева", "female"),
    ("Зухре Хамроевой", "Зухра Хамроева", "female"),
    ("Зухру Хамроеву", "Зухра Хамроева", "female"),
    ("Зухрой Хамроевой", "Зухра Хамроева", "female"),
    ("Алексея Навального", "Алексей Навальный", "male"),
    ("Алексею Навальному", "Алексей Навальный", "male"),
    ("Алексеем Навальным", "Алексей Навальный", "male"),
    ("Алексее Навальном", "Алексей Навальный", "male"),
    ("Юлии Навальной", "Юлия Навальная", "female"),
    ("Юлию Навальную", "Юлия Навальная", "female"),
    ("Юлией Навальной", "Юлия Навальная", "female"),
    ("Владимира Кара-Мурзы", "Владимир Кара-Мурза", "male"),
    ("Владимиру Кара-Мурзе", "Владимир Кара-Мурза", "male"),
    ("Владимира Кара-Мурзу", "Владимир Кара-Мурза", "male"),
    ("Владимиром Кара-Мурзой", "Владимир Кара-Мурза", "male"),
    ("Марии Пономаренко", "Мария Пономаренко", "female"),
    ("Марией Пономаренко", "Мария Пономаренко", "female"),
    ("Петра Седых", "Пётр Седых", "male"),
    ("Аршаку Макичяну", "Аршак Макичян", "male"),
    ("Лаврентия Берии", "Лаврентий Берия", "male"),
    ("Николая Римского-Корсакова", "Николай Римский-Корсаков", "male"),
    ("Михаила Бонч-Бруевича", "Михаил Бонч-Бруевич", "male"),
    ("Ивана Петровича Сидорова", "Иван Петрович Сидоров", "male"),
    ("Анне Петровне Сидоровой", "Анна Петровна Сидорова", "female"),
    ("Льва Пономарёва", "Лев Пономарёв", "male"),
    ("Павлом Литвиновым", "Павел Литвинов", "male"),
    ("Ильи Яшина", "Илья Яшин", "male"),
    ("Жени Беркович", "Женя Беркович", "female"),  # a man would be «Берковича»
    ("Евгения Беркович", "Евгения Беркович", "female"),
    ("Евгения Берковича", "Евгений Беркович", "male"),
    ("Александра Литого", "Александр Литой", "male"),
    ("Навального Алексея", "Алексей Навальный", "male"),
    ("Хамроев Бахром", "Бахром Хамроев", "male"),
    ("Любови Соболь", "Любовь Соболь", "female"),
]


@pytest.mark.parametrize(("written", "expected", "sex"), CASE_FORMS)
def test_case_forms_go_back_to_one_nominative(written: str, expected: str, sex: str) -> None:
    result = nominative(written)
    assert result.forms == [expected]
    assert not result.ambiguous
    assert result.sex == sex


@pytest.mark.parametrize(
    ("written", "readings"),
    [
        ("Хамроева", {"Хамроев", "Хамроева"}),  # a man in the genitive or a woman in the nominative
        ("Евгения Хамроева", {"Евгений Хамроев", "Евгения Хамроева"}),
        ("Александра Скочиленко", {"Александр Скочиленко", "Александра Скочиленко"}),
        ("Мифтахова", {"Мифтахов", "Мифтахова"}),
    ],
)
def test_ambiguous_forms_are_reported_not_guessed(written: str, readings: set[str]) -> None:
    result = nominative(written)
    assert result.ambiguous
    assert set(result.forms) == readings
    assert result.sex == "unknown"


def test_the_form_as_written_comes_first_when_ambiguous() -> None:
    assert nominative("Хамроева").forms[0] == "Хамроева"


@pytest.mark.parametrize(
    ("written", "expected"),
    [("Шевченко", "Шевченко"), ("Черных", "Черных"), ("Шойгу", "Шойгу"), ("Кара-Мурзы", "Кара-Мурза")],
)
def test_surname_alone(written: str, expected: str) -> None:
    assert nominative(written).forms[0] == expected


def test_latin_names_keep_their_spelling_and_get_a_sex() -> None:
    assert nominative("Yulia Navalnaya").forms == ["Yulia Navalnaya"]
    assert nominative("Yulia Navalnaya").sex == "female"
    assert nominative("Alexei Navalny").sex == "male"
    assert nominative("Zhenya Berkovich").sex == "unknown"


def test_initials_are_kept_in_the_nominative() -> None:
    result = nominative("Хамроева Б. А.")
    assert set(result.forms) == {"Б. А. Хамроев", "Б. А. Хамроева"}
    assert result.ambiguous
