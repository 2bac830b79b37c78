import pytest

from khronika.names import NameInputError, parse


@pytest.mark.parametrize(
    ("written", "given", "patronymic", "surname", "initials"),
    [
        ("Бахром Хамроев", "Бахром", None, "Хамроев", ()),
        ("Хамроев Бахром", "Бахром", None, "Хамроев", ()),
        ("Khamroev, Bakhrom", "Bakhrom", None, "Khamroev", ()),
        ("Хамроев Б.", None, None, "Хамроев", ("Б",)),
        ("Хамроев Б.А.", None, None, "Хамроев", ("Б", "А")),
        ("Б. А. Хамроев", None, None, "Хамроев", ("Б", "А")),
        ("Kh. Khamroev", None, None, "Khamroev", ("Kh",)),
        ("Хамроев Бахром Алиевич", "Бахром", "Алиевич", "Хамроев", ()),
        ("Иван Петрович Сидоров", "Иван", "Петрович", "Сидоров", ()),
        ("Евгения Борисовна", "Евгения", "Борисовна", None, ()),
        ("Евгения Беркович", "Евгения", None, "Беркович", ()),  # Беркович is no patronymic: Берк is no name
        ("Навального Алексея", "Алексея", None, "Навального", ()),
        ("Владимир Кара-Мурза", "Владимир", None, "Кара-Мурза", ()),
        ("Oleg Petrovich Orlov", "Oleg", "Petrovich", "Orlov", ()),
    ],
)
def test_parts_in_any_order(
    written: str, given: str | None, patronymic: str | None, surname: str | None, initials: tuple[str, ...]
) -> None:
    parsed = parse(written)
    assert (parsed.given, parsed.patronymic, parsed.surname, parsed.initials) == (
        given,
        patronymic,
        surname,
        initials,
    )
    assert parsed.original == written


@pytest.mark.parametrize(
    ("written", "sex", "script"),
    [
        ("Хамроева Бахрома", "male", "cyrl"),
        ("Зухра Хамроева", "female", "cyrl"),
        ("Хамроева", "unknown", "cyrl"),
        ("Yulia Navalnaya", "female", "latn"),
        ("Bakhrom Хамроев", "male", "mixed"),
    ],
)
def test_sex_and_script(written: str, sex: str, script: str) -> None:
    parsed = parse(written)
    assert (parsed.sex, parsed.script) == (sex, script)


@pytest.mark.parametrize("bad", ["", " ", "...", "Б. А.", "\x00"])
def test_bad_names_raise_a_clear_error(bad: str) -> None:
    with pytest.raises(NameInputError):
        parse(bad)


@pytest.mark.parametrize(
    ("written", "given", "surname"),
    [
        ("Bakhrom Khamroev's", "Bakhrom", "Khamroev"),  # English possessive
        ("Mr. Bakhrom Khamroev", "Bakhrom", "Khamroev"),
        ("г-н Хамроев", None, "Хамроев"),
        ("На Сергея Крупенько", "Сергея", "Крупенько"),  # a sentence-initial preposition
        ("Мамедов Рашад Вагиф оглы", "Рашад", "Мамедов"),
    ],
)
def test_words_around_a_name_are_dropped(written: str, given: str | None, surname: str) -> None:
    parsed = parse(written)
    assert (parsed.given, parsed.surname) == (given, surname)


def test_turkic_patronymic_keeps_its_particle() -> None:
    assert parse("Мамедов Рашад Вагиф оглы").patronymic == "Вагиф оглы"
    assert parse("Айгюн Вагиф кызы Мамедова").sex == "female"
