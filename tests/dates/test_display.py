"""Dates written for readers in English and Russian."""

import pytest

from khronika.dates import InvalidDate, display


@pytest.mark.parametrize(
    ("edtf", "english", "russian"),
    [
        ("2022-02-24", "24 February 2022", "24 февраля 2022 г."),
        ("2022-10", "October 2022", "октябрь 2022 г."),
        ("2022", "2022", "2022 г."),
        ("200X", "the 2000s", "2000-е"),
        ("199X", "the 1990s", "1990-е"),
        ("19XX", "the 20th century", "XX век"),
        ("20XX", "the 21st century", "XXI век"),
        ("2022-21", "spring 2022", "весна 2022 г."),
        ("2021-22", "summer 2021", "лето 2021 г."),
        ("2020-23", "autumn 2020", "осень 2020 г."),
        ("2022-24", "winter 2022", "зима 2022 г."),
        ("2016/2019", "2016–2019", "2016–2019 гг."),
        ("2022~", "c. 2022", "около 2022 г."),
        ("2022-10~", "c. October 2022", "около октября 2022 г."),
        ("2022-21~", "c. spring 2022", "около весны 2022 г."),
        ("200X~", "c. the 2000s", "около 2000-х"),
        ("2022?", "2022?", "2022 г. (?)"),
        ("2022-02-24%", "c. 24 February 2022?", "около 24 февраля 2022 г. (?)"),
        ("2000~/2003~", "the early 2000s", "начало 2000-х"),
        ("2014~/2016~", "the mid-2010s", "середина 2010-х"),
        ("1997~/1999~", "the late 1990s", "конец 1990-х"),
        ("2015~/2019~", "the second half of the 2010s", "вторая половина 2010-х"),
        ("2010~/2014~", "the first half of the 2010s", "первая половина 2010-х"),
        ("2023-01~/2023-04~", "early 2023", "начало 2023 г."),
        ("2023-05~/2023-08~", "mid-2023", "середина 2023 г."),
        ("2023-09~/2023-12~", "late 2023", "конец 2023 г."),
        ("2023-07~/2023-12~", "the second half of 2023", "вторая половина 2023 г."),
        ("2023-05-21~/2023-05-31~", "late May 2023", "конец мая 2023 г."),
        ("2024-02-21~/2024-02-29~", "late February 2024", "конец февраля 2024 г."),
        ("2022-02-24/2022-02-28", "24–28 February 2022", "24–28 февраля 2022 г."),
        ("2022-02-24/2022-03-03", "24 February – 3 March 2022", "24 февраля – 3 марта 2022 г."),
        ("2022-03/2022-05", "March – May 2022", "март – май 2022 г."),
        ("2019/..", "since 2019", "с 2019 г."),
        ("2022-10/..", "since October 2022", "с октября 2022 г."),
        ("../2019", "until 2019", "до 2019 г."),
        ("2019/", "since 2019 (end unknown)", "с 2019 г. (окончание неизвестно)"),
        ("/2019", "until 2019 (start unknown)", "до 2019 г. (начало неизвестно)"),
        ("2021-12/2022", "December 2021 – 2022", "декабрь 2021 г. – 2022 г."),
        ("0988", "988", "988 г."),
    ],
)
def test_display(edtf: str, english: str, russian: str) -> None:
    assert display(edtf, "en") == english
    assert display(edtf, "ru") == russian


def test_display_rejects_bad_dates_and_languages() -> None:
    with pytest.raises(InvalidDate, match="2022-13"):
        display("2022-13", "en")
    with pytest.raises(ValueError, match="'de'"):
        display("2022", "de")


def test_an_interval_that_is_not_a_part_is_shown_as_an_interval() -> None:
    assert display("2000~/2002~", "en") == "c. 2000 – c. 2002"
    assert display("2000~/2002~", "ru") == "около 2000 г. – около 2002 г."
