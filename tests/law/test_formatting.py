"""Writing references back out, and reading them in again."""

from __future__ import annotations

import pytest

from khronika.law import find_references, format_reference


@pytest.mark.parametrize(
    ("code", "article", "part", "point", "lang", "expected"),
    [
        ("RU-UK", "207.3", "2", "д", "ru", "п. «д» ч. 2 ст. 207.3 УК РФ"),
        ("RU-UK", "207.3", "2", "д", "en", "Article 207.3(2)(d) of the Criminal Code"),
        ("RU-UK", "275", None, None, "ru", "ст. 275 УК РФ"),
        ("RU-UK", "275", None, None, "en", "Article 275 of the Criminal Code"),
        ("RU-KoAP", "20.3.3", "1", None, "ru", "ч. 1 ст. 20.3.3 КоАП РФ"),
        ("RU-KoAP", "20.3.3", "1", None, "en", "Article 20.3.3(1) of the Code of Administrative Offences"),
        ("RU-UK", "205.1", "1.1", None, "en", "Article 205.1(1.1) of the Criminal Code"),
        ("RU-UK", "213", "1", "б", "en", "Article 213(1)(b) of the Criminal Code"),
    ],
)
def test_format_reference(
    code: str, article: str, part: str | None, point: str | None, lang: str, expected: str
) -> None:
    assert format_reference(code, article, part, point, lang) == expected


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize(
    ("code", "article", "part", "point"),
    [
        ("RU-UK", "207.3", "2", "д"),
        ("RU-UK", "282.2", "1.1", None),
        ("RU-UK", "354.1", "2", "в"),
        ("RU-KoAP", "20.2", "8", None),
        ("RU-KoAP", "20.33", None, None),
    ],
)
def test_formatted_reference_parses_back(
    code: str, article: str, part: str | None, point: str | None, lang: str
) -> None:
    text = format_reference(code, article, part, point, lang)
    refs = find_references(text, lang)
    assert [(r.code, r.article, r.part, r.point, r.text) for r in refs] == [
        (code, article, part, point, text)
    ]


def test_format_reference_errors() -> None:
    with pytest.raises(ValueError, match="unknown code"):
        format_reference("RU-GK", "152", None, None, "ru")
    with pytest.raises(ValueError, match="unknown language"):
        format_reference("RU-UK", "275", None, None, "uk")
