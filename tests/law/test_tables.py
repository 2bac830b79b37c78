"""The law tables: every article the project relies on is present and self-consistent."""

from __future__ import annotations

import re

import pytest

from khronika.law import CODES, LEGAL_TEXT_VERSION, PUNISHMENTS, Article, articles, code_title, get_article

REQUIRED_UK = [
    "148",
    "205",
    "205.1",
    "205.2",
    "205.4",
    "205.5",
    "207.1",
    "207.3",
    "212",
    "212.1",
    "213",
    "228",
    "275",
    "275.1",
    "276",
    "280",
    "280.1",
    "280.3",
    "280.4",
    "282",
    "282.1",
    "282.2",
    "282.3",
    "284.1",
    "284.2",
    "318",
    "319",
    "321",
    "322.3",
    "330.1",
    "354.1",
    "30",
    "33",
    "105",
    "111",
    "119",
    "162",
    "167",
    "205.3",
    "205.6",
    "206",
    "208",
    "214",
    "222",
    "223.1",
    "242",
    "280.2",
    "281",
    "283",
    "283.1",
    "317",
    "329",
    "337",
    "338",
    "355",
]
REQUIRED_KOAP = [
    "5.26",
    "5.38",
    "13.15",
    "19.3",
    "19.34",
    "20.1",
    "20.2",
    "20.2.2",
    "20.3",
    "20.3.1",
    "20.3.3",
    "20.3.4",
    "20.29",
    "20.33",
    "20.6.1",
]
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2}){0,2}")
_PART_NUMBER = re.compile(r"\d{1,2}(?:\.\d)?")


def test_codes() -> None:
    assert CODES == ("RU-UK", "RU-KoAP")
    assert set(LEGAL_TEXT_VERSION) == set(CODES)
    assert all("pravo.gov.ru" in version and "редакция" in version for version in LEGAL_TEXT_VERSION.values())


@pytest.mark.parametrize(
    ("code", "number"), [("RU-UK", n) for n in REQUIRED_UK] + [("RU-KoAP", n) for n in REQUIRED_KOAP]
)
def test_required_article_is_tabled(code: str, number: str) -> None:
    article = get_article(code, number)
    assert article is not None
    assert article.code == code and article.number == number


@pytest.mark.parametrize("article", articles(), ids=lambda a: f"{a.code}-{a.number}")
def test_article_is_consistent(article: Article) -> None:
    assert _NUMBER.fullmatch(article.number)
    assert article.title_ru and article.title_en
    assert re.search("[а-яА-Я]", article.title_ru) and re.search("[A-Za-z]", article.title_en)
    if article.parts_known:
        assert article.parts, "an article has at least one part (the whole article when it has none)"
    else:
        assert "" not in [p.number for p in article.parts], "an incomplete list still names its parts"
    numbers = [p.number for p in article.parts]
    assert len(numbers) == len(set(numbers))
    assert numbers == [""] or all(_PART_NUMBER.fullmatch(n) for n in numbers)
    for part in article.parts:
        assert set(part.punishments) <= set(PUNISHMENTS)
        assert (part.title_ru is None) == (part.title_en is None), "a part title comes in both languages"
        if part.min_years is not None and part.max_years is not None:
            assert 0 < part.min_years <= part.max_years <= 20
        if part.fine_min is not None and part.fine_max is not None:
            assert 0 < part.fine_min <= part.fine_max
        if part.fine_min is not None or part.fine_max is not None:
            assert "fine" in part.punishments
        if part.max_years is not None:
            assert "imprisonment" in part.punishments
        if part.arrest_days_max is not None:
            assert "administrative_arrest" in part.punishments and 0 < part.arrest_days_max <= 30
        if article.code == "RU-KoAP":
            assert part.min_years is None and part.max_years is None
            assert "imprisonment" not in part.punishments
        assert len(part.points) == len(set(part.points))


def test_article_numbers_belong_to_their_code() -> None:
    for article in articles("RU-KoAP"):
        assert "." in article.number and int(article.number.split(".")[0]) <= 32
    for article in articles("RU-UK"):
        assert 1 <= int(article.number.split(".")[0]) <= 361


def test_articles_are_sorted_by_number() -> None:
    uk = [a.number for a in articles("RU-UK")]
    assert uk.index("205") < uk.index("205.1") < uk.index("205.2") < uk.index("212") < uk.index("354.1")
    assert articles() == articles("RU-UK") + articles("RU-KoAP")


@pytest.mark.parametrize(
    ("code", "number", "part", "expected"),
    [
        ("RU-UK", "205.5", "2", (10, 20)),
        ("RU-UK", "207.3", "2", (5, 10)),
        ("RU-UK", "282.2", "2", (2, 6)),
        ("RU-UK", "275", None, (12, 20)),
        ("RU-UK", "228", "2", (3, 10)),
    ],
)
def test_known_penalty_ranges(code: str, number: str, part: str | None, expected: tuple[int, int]) -> None:
    article = get_article(code, number)
    assert article is not None
    found = article.part(part)
    assert found is not None and (found.min_years, found.max_years) == expected


def test_administrative_sanctions() -> None:
    koap_20_2 = get_article("RU-KoAP", "20.2")
    assert koap_20_2 is not None
    repeated = koap_20_2.part("8")
    assert repeated is not None and repeated.arrest_days_max == 30 and repeated.fine_max == 300000
    discredit = get_article("RU-KoAP", "20.3.3")
    assert discredit is not None and discredit.part("1") is not None
    assert discredit.part("1").fine_min == 30000  # type: ignore[union-attr]


def test_points_of_207_3() -> None:
    article = get_article("RU-UK", "207.3")
    assert article is not None and article.part("2") is not None
    assert "д" in article.part("2").points  # type: ignore[union-attr]


def test_missing_article_and_unknown_code() -> None:
    assert get_article("RU-UK", "999") is None
    assert get_article("RU-GK", "152") is None
    with pytest.raises(ValueError, match="unknown code 'RU-GK'"):
        articles("RU-GK")


@pytest.mark.parametrize(
    ("code", "lang", "title"),
    [
        ("RU-UK", "ru", "УК РФ"),
        ("RU-UK", "en", "Criminal Code of the Russian Federation"),
        ("RU-KoAP", "ru", "КоАП РФ"),
        ("RU-KoAP", "en", "Code of Administrative Offences of the Russian Federation"),
    ],
)
def test_code_title(code: str, lang: str, title: str) -> None:
    assert code_title(code, lang) == title


def test_code_title_errors() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        code_title("RU-UK", "de")
    with pytest.raises(ValueError, match="unknown code"):
        code_title("UK", "ru")
