"""The reference parser: one row per shape of reference, in Russian and English."""

from __future__ import annotations

import pytest

from khronika.law import find_references

UK, KOAP = "RU-UK", "RU-KoAP"

# (text, expected items as (code, article, part, point, text of the item's span))
RU_CASES = [
    # plain shapes
    ("ч. 2 ст. 205.5 УК РФ", [(UK, "205.5", "2", None, "ч. 2 ст. 205.5 УК РФ")]),
    ("по части 1 статьи 205.5", [(UK, "205.5", "1", None, "части 1 статьи 205.5")]),
    ("п. «б» ч. 2 ст. 165 УК РФ", [(UK, "165", "2", "б", "п. «б» ч. 2 ст. 165 УК РФ")]),
    ("(п. «д» ч. 2 ст. 207.3 УК)", [(UK, "207.3", "2", "д", "п. «д» ч. 2 ст. 207.3 УК")]),
    ("по ст. 275 УК", [(UK, "275", None, None, "ст. 275 УК")]),
    ("ч.1 ст.20.3.3 КоАП РФ", [(KOAP, "20.3.3", "1", None, "ч.1 ст.20.3.3 КоАП РФ")]),
    (
        "по статье 282.2 Уголовного кодекса РФ",
        [(UK, "282.2", None, None, "статье 282.2 Уголовного кодекса РФ")],
    ),
    (
        "статьи 319 Уголовного кодекса Российской Федерации",
        [(UK, "319", None, None, "статьи 319 Уголовного кодекса Российской Федерации")],
    ),
    ("частью второй статьи 212 УК", [(UK, "212", "2", None, "частью второй статьи 212 УК")]),
    # an ordinal part written before «часть»
    ("по 5-й части статьи 20.2 КоАП", [(KOAP, "20.2", "5", None, "5-й части статьи 20.2 КоАП")]),
    ("Ему вменяют 8-ю часть статьи 20.2 КоАП", [(KOAP, "20.2", "8", None, "8-ю часть статьи 20.2 КоАП")]),
    ("по второй части статьи 212 УК", [(UK, "212", "2", None, "второй части статьи 212 УК")]),
    ("по части третьей статьи 30", [(UK, "30", "3", None, "части третьей статьи 30")]),
    ("ч. 1.1 ст. 205.1 УК", [(UK, "205.1", "1.1", None, "ч. 1.1 ст. 205.1 УК")]),
    ("ч. 6.1 ст. 20.2 КоАП", [(KOAP, "20.2", "6.1", None, "ч. 6.1 ст. 20.2 КоАП")]),
    ("статьи 20.3.3 КоАП", [(KOAP, "20.3.3", None, None, "статьи 20.3.3 КоАП")]),
    ("ч. 1 ст. 20.3.3 КРФоАП", [(KOAP, "20.3.3", "1", None, "ч. 1 ст. 20.3.3 КРФоАП")]),
    (
        "по ст. 20.2.2 Кодекса об административных правонарушениях",
        [(KOAP, "20.2.2", None, None, "ст. 20.2.2 Кодекса об административных правонарушениях")],
    ),
    (
        "ст. 19.3 Кодекса РФ об административных правонарушениях",
        [(KOAP, "19.3", None, None, "ст. 19.3 Кодекса РФ об административных правонарушениях")],
    ),
    ("п. «а» ч. 2 ст. 105 УК", [(UK, "105", "2", "а", "п. «а» ч. 2 ст. 105 УК")]),
    ('пункт "в" части 2 статьи 115 УК', [(UK, "115", "2", "в", 'пункт "в" части 2 статьи 115 УК')]),
    ("п.«в» ч.3 ст.272.1 УК", [(UK, "272.1", "3", "в", "п.«в» ч.3 ст.272.1 УК")]),
    ("Ст. 280.4 УК", [(UK, "280.4", None, None, "Ст. 280.4 УК")]),
    # lists: every item keeps its code and its own part / point
    ("ст. 205.2 и 205.5 УК", [(UK, "205.2", None, None, "ст. 205.2"), (UK, "205.5", None, None, "205.5 УК")]),
    ("ст.ст. 280, 282 УК РФ", [(UK, "280", None, None, "ст.ст. 280"), (UK, "282", None, None, "282 УК РФ")]),
    ("ст. ст. 280, 282", [(UK, "280", None, None, "ст. ст. 280"), (UK, "282", None, None, "282")]),
    (
        "по статьям 205.2 и 280.4",
        [(UK, "205.2", None, None, "статьям 205.2"), (UK, "280.4", None, None, "280.4")],
    ),
    (
        "ч. 3 ст. 30, ч. 1 ст. 275 УК РФ",
        [(UK, "30", "3", None, "ч. 3 ст. 30"), (UK, "275", "1", None, "ч. 1 ст. 275 УК РФ")],
    ),
    (
        "ч. 1 ст. 30, п. «а» ч. 2 ст. 205 УК",
        [(UK, "30", "1", None, "ч. 1 ст. 30"), (UK, "205", "2", "а", "п. «а» ч. 2 ст. 205 УК")],
    ),
    (
        "пунктам «а», «б» части 2 статьи 282.2",
        [
            (UK, "282.2", "2", "а", "пунктам «а», «б» части 2 статьи 282.2"),
            (UK, "282.2", "2", "б", "«б» части 2 статьи 282.2"),
        ],
    ),
    (
        "п. «в» ч. 2 и ч. 4 ст. 354.1 УК",
        [
            (UK, "354.1", "2", "в", "п. «в» ч. 2 и ч. 4 ст. 354.1 УК"),
            (UK, "354.1", "4", None, "ч. 4 ст. 354.1 УК"),
        ],
    ),
    (
        "ч. 1 и 2 ст. 282.2 УК",
        [(UK, "282.2", "1", None, "ч. 1 и 2 ст. 282.2 УК"), (UK, "282.2", "2", None, "2 ст. 282.2 УК")],
    ),
    (
        "частям 1 и 2 статьи 280.3",
        [(UK, "280.3", "1", None, "частям 1 и 2 статьи 280.3"), (UK, "280.3", "2", None, "2 статьи 280.3")],
    ),
    (
        "ч. 2 ст. 205.2 и ст. 280 УК",
        [(UK, "205.2", "2", None, "ч. 2 ст. 205.2"), (UK, "280", None, None, "ст. 280 УК")],
    ),
    (
        "ч. 1 ст. 282.2 УК РФ и ч. 1 ст. 20.3 КоАП РФ",
        [
            (UK, "282.2", "1", None, "ч. 1 ст. 282.2 УК РФ"),
            (KOAP, "20.3", "1", None, "ч. 1 ст. 20.3 КоАП РФ"),
        ],
    ),
    (
        "ст. 205.2, ч. 2 ст. 205.5 УК",
        [(UK, "205.2", None, None, "ст. 205.2"), (UK, "205.5", "2", None, "ч. 2 ст. 205.5 УК")],
    ),
    (
        "по статьям 207.3, 280.3 и 284.1 УК",
        [
            (UK, "207.3", None, None, "статьям 207.3"),
            (UK, "280.3", None, None, "280.3"),
            (UK, "284.1", None, None, "284.1 УК"),
        ],
    ),
    (
        "ч. 2 ст. 20.2 или ч. 5 ст. 20.2 КоАП",
        [(KOAP, "20.2", "2", None, "ч. 2 ст. 20.2"), (KOAP, "20.2", "5", None, "ч. 5 ст. 20.2 КоАП")],
    ),
    # a bracketed aside inside a list
    (
        "по статьям 280.3 (дискредитация армии) и 207.3 УК",
        [(UK, "280.3", None, None, "статьям 280.3"), (UK, "207.3", None, None, "207.3 УК")],
    ),
    (
        "по ст. 20.2 (нарушение порядка) и ст. 19.3 (неповиновение) КоАП",
        [(KOAP, "20.2", None, None, "ст. 20.2"), (KOAP, "19.3", None, None, "ст. 19.3")],
    ),
    # reversed order: the part (and point) after the number
    ("статье 205.2 части 2 УК", [(UK, "205.2", "2", None, "статье 205.2 части 2 УК")]),
    ("(ст. 20.2 ч.8 КоАП)", [(KOAP, "20.2", "8", None, "ст. 20.2 ч.8 КоАП")]),
    ("ст. 207.3 ч. 2 п. «д» УК РФ", [(UK, "207.3", "2", "д", "ст. 207.3 ч. 2 п. «д» УК РФ")]),
    ("статья 318 часть 1 УК РФ", [(UK, "318", "1", None, "статья 318 часть 1 УК РФ")]),
    ("ст. 207.3 п. «д» ч. 2 УК", [(UK, "207.3", "2", "д", "ст. 207.3 п. «д» ч. 2 УК")]),
    # number first
    ("по 275 статье УК", [(UK, "275", None, None, "275 статье УК")]),
    ("по 228-й статье", [(UK, "228", None, None, "228-й статье")]),
    ("осуждён по 205.2 статье", [(UK, "205.2", None, None, "205.2 статье")]),
    # the code prefixed
    ("УК РФ ст. 205, 280", [(UK, "205", None, None, "УК РФ ст. 205"), (UK, "280", None, None, "280")]),
    # the code inferred: the sentence, the tables, the shape of the number
    ("по ст. 20.3.3", [(KOAP, "20.3.3", None, None, "ст. 20.3.3")]),
    ("по статье 205.2", [(UK, "205.2", None, None, "статье 205.2")]),
    ("по ст. 7.27", [(KOAP, "7.27", None, None, "ст. 7.27")]),
    ("по ст. 159 за мошенничество", [(UK, "159", None, None, "ст. 159")]),
    ("Протокол составили по КоАП, ст. 20.2 ч. 5.", [(KOAP, "20.2", "5", None, "ст. 20.2 ч. 5")]),
    # administrative article named by its offence, no number
    (
        "арестовали по административной статье о демонстрации запрещенной символики.",
        [(KOAP, "20.3", None, None, "административной статье о демонстрации запрещенной символики")],
    ),
    (
        "обвинили по статье о «фейках» про российскую армию.",
        [(UK, "207.3", None, None, "статье о «фейках» про российскую армию")],
    ),
]

RU_REJECTED = [
    "ст. 108 УПК РФ",
    "по ст. 91 УПК",
    "статьи 29 Конституции РФ",
    "ст. 152 ГК РФ",
    "ст. 56 ГПК",
    "ст. 218 КАС РФ",
    "ст. 130 УИК РФ",
    "ст. 342 УК Республики Беларусь",
    "ч. 1 ст. 361-1 УК Беларуси",
    "статьи 15.3 Федерального закона «Об информации»",
    "статья 10 Конвенции о защите прав человека",
    "ст. 20.2 Кодекса города Москвы об административных правонарушениях",
    "в своей статье 2019 года",
    "ст. лейтенант Иванов",
    "в 12 ч. 30 мин",
    "обвиняют по шести статьям",
    "по 6 статьям УК",
    "ч. 2 и ч. 3",
    "п. Ревда",
]

EN_CASES = [
    (
        "Part 2 of Article 205.5 of the Criminal Code",
        [(UK, "205.5", "2", None, "Part 2 of Article 205.5 of the Criminal Code")],
    ),
    (
        "under Part 2 Article 205.2 of the Criminal Code of Russia for",
        [(UK, "205.2", "2", None, "Part 2 Article 205.2 of the Criminal Code of Russia")],
    ),
    ("Article 205.2, Part 2", [(UK, "205.2", "2", None, "Article 205.2, Part 2")]),
    (
        "Articles 205.2 and 280.4",
        [(UK, "205.2", None, None, "Articles 205.2"), (UK, "280.4", None, None, "280.4")],
    ),
    (
        "Article 20.3.3 of the Code of Administrative Offences",
        [(KOAP, "20.3.3", None, None, "Article 20.3.3 of the Code of Administrative Offences")],
    ),
    ("Criminal Code Article 275", [(UK, "275", None, None, "Criminal Code Article 275")]),
    (
        "Russia's Criminal Code Article 207.3",
        [(UK, "207.3", None, None, "Russia's Criminal Code Article 207.3")],
    ),
    (
        "Article 207.3(2)(d) of the Criminal Code",
        [(UK, "207.3", "2", "д", "Article 207.3(2)(d) of the Criminal Code")],
    ),
    (
        "under Article 322.3 of the Criminal Code.",
        [(UK, "322.3", None, None, "Article 322.3 of the Criminal Code")],
    ),
    (
        "Article 275 of the Russian Criminal Code",
        [(UK, "275", None, None, "Article 275 of the Russian Criminal Code")],
    ),
    ("Art. 280.3", [(UK, "280.3", None, None, "Art. 280.3")]),
    (
        "article 20.2, part 8, of the Administrative Code",
        [(KOAP, "20.2", "8", None, "article 20.2, part 8, of the Administrative Code")],
    ),
    (
        "paragraph d of Part 2 of Article 207.3",
        [(UK, "207.3", "2", "д", "paragraph d of Part 2 of Article 207.3")],
    ),
    ('clause "a" of part 2 of article 205', [(UK, "205", "2", "а", 'clause "a" of part 2 of article 205')]),
    ("Part 1.1 of Article 205.1", [(UK, "205.1", "1.1", None, "Part 1.1 of Article 205.1")]),
    (
        "(Part 1, Article 20.3.3 of the Administrative Code)",
        [(KOAP, "20.3.3", "1", None, "Part 1, Article 20.3.3 of the Administrative Code")],
    ),
    (
        'Part 2 of Article 207.3, paragraph "e" of the Criminal Code',
        [(UK, "207.3", "2", "е", 'Part 2 of Article 207.3, paragraph "e" of the Criminal Code')],
    ),
    ("Article 207.3, paragraph e, part 2", [(UK, "207.3", "2", "е", "Article 207.3, paragraph e, part 2")]),
    (
        "Articles 205.2(2), 280.4(2) and 207.3(2)(e)",
        [
            (UK, "205.2", "2", None, "Articles 205.2(2)"),
            (UK, "280.4", "2", None, "280.4(2)"),
            (UK, "207.3", "2", "е", "207.3(2)(e)"),
        ],
    ),
    (
        "Articles 280 and 282 of the Criminal Code",
        [(UK, "280", None, None, "Articles 280"), (UK, "282", None, None, "282 of the Criminal Code")],
    ),
    (
        "Part 3 of Article 30 and Part 1 of Article 275 of the Criminal Code",
        [
            (UK, "30", "3", None, "Part 3 of Article 30"),
            (UK, "275", "1", None, "Part 1 of Article 275 of the Criminal Code"),
        ],
    ),
    (
        "parts 1 and 2 of Article 282.2",
        [
            (UK, "282.2", "1", None, "parts 1 and 2 of Article 282.2"),
            (UK, "282.2", "2", None, "2 of Article 282.2"),
        ],
    ),
    (
        "Article 19.3 of the Code of Administrative Offenses",
        [(KOAP, "19.3", None, None, "Article 19.3 of the Code of Administrative Offenses")],
    ),
    ("under the article on treason.", [(UK, "275", None, None, "article on treason")]),
]

EN_REJECTED = [
    "Article 108 of the Criminal Procedure Code",
    "Article 31 of the Constitution",
    "Article 10 of the European Convention on Human Rights",
    "Article 342 of the Belarusian Criminal Code",
    "Article 29 of the Law on Mass Media",
    "an article in 2019 about him",
    "the human rights group Article 19 said",
    "the article was published",
]


def _items(text: str, lang: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(r.code, r.article, r.part, r.point, r.text) for r in find_references(text, lang)]


@pytest.mark.parametrize(("text", "expected"), RU_CASES)
def test_russian_reference(text: str, expected: list[tuple[str, str, str | None, str | None, str]]) -> None:
    assert _items(text, "ru") == expected


@pytest.mark.parametrize("text", RU_REJECTED)
def test_russian_non_reference_is_dropped(text: str) -> None:
    assert _items(text, "ru") == []


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_english_reference(text: str, expected: list[tuple[str, str, str | None, str | None, str]]) -> None:
    assert _items(text, "en") == expected


@pytest.mark.parametrize("text", EN_REJECTED)
def test_english_non_reference_is_dropped(text: str) -> None:
    assert _items(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ст. 108 УПК РФ", "ru", [("RU-UPK", "108")]),
        ("ст. 342 УК Республики Беларусь", "ru", [("BY-UK", "342")]),
        ("ст. 29 Конституции РФ", "ru", [("RU-Konst", "29")]),
        (
            "ч. 2 ст. 205.2 УК РФ и ст. 108 УПК РФ, ст. 109",
            "ru",
            [("RU-UK", "205.2"), ("RU-UPK", "108"), ("RU-UPK", "109")],
        ),
        ("Article 108 of the Criminal Procedure Code", "en", [("RU-UPK", "108")]),
        ("Article 10 of the European Convention on Human Rights", "en", []),
    ],
)
def test_other_codes_named_on_request(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.code, r.article) for r in find_references(text, lang, codes=None)] == expected


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("ч. 1 ст. 30, ч. 1 ст. 275 УК РФ", [None, "preparation"]),
        ("ч. 3 ст. 30, п. «а» ч. 2 ст. 105 УК", [None, "attempt"]),
        ("ч. 5 ст. 33, ч. 1 ст. 205.1 УК", [None, "accessory"]),
        ("ч. 3 ст. 33, ч. 2 ст. 212 УК", [None, "organiser"]),
        ("ч. 2 ст. 205.2 УК. ч. 1 ст. 280 УК", [None, None]),
    ],
)
def test_article_30_and_33_qualify_the_next_item(text: str, qualifiers: list[str | None]) -> None:
    assert [r.qualifier for r in find_references(text, "ru")] == qualifiers


def test_article_30_qualifies_in_english() -> None:
    text = "Part 1 of Article 30 and Part 1 of Article 275 of the Criminal Code"
    found = [(r.article, r.qualifier) for r in find_references(text, "en")]
    assert found == [("30", None), ("275", "preparation")]


def test_code_explicit_says_whether_the_code_was_written() -> None:
    refs = find_references("по ст. 20.3.3 и по ч. 2 ст. 280.3 УК", "ru")
    assert [(r.article, r.code_explicit) for r in refs] == [("20.3.3", False), ("280.3", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("по ст. 20.3.3 и по ч. 2 ст. 280.3 УК", [("RU-KoAP", "20.3.3", False), ("RU-UK", "280.3", True)]),
        ("ч. 1 ст. 20.2, ст. 280 КоАП", [("RU-KoAP", "20.2", True), ("RU-UK", "280", False)]),
        ("по ч. 2 ст. 207.3, а также по ст. 280.3 УК", [("RU-UK", "207.3", True), ("RU-UK", "280.3", True)]),
    ],
)
def test_code_does_not_take_a_number_it_cannot_hold(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert [(r.code, r.article, r.code_explicit) for r in find_references(text, "ru")] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Медуза опубликовала статью о госизмене.", "ru"),
        ("В статье о госизмене журналист пишет о пытках.", "ru"),
        ("Meduza published an article on treason cases.", "en"),
    ],
)
def test_press_article_about_an_offence_is_not_a_reference(text: str, lang: str) -> None:
    assert find_references(text, lang) == []


def test_negated_article_about_is_not_a_reference() -> None:
    text = "Его арестовали не по статье о неповиновении полиции, а по другой."
    assert find_references(text, "ru") == []


def test_offsets_point_into_the_text_and_are_sorted() -> None:
    text = "Суд приговорил его по ч. 2 ст. 205.2 УК РФ, а также по статьям 280 и 280.3 УК."
    refs = find_references(text, "ru")
    assert [r.start for r in refs] == sorted(r.start for r in refs)
    assert all(text[r.start : r.end] == r.text for r in refs)
    assert [r.article for r in refs] == ["205.2", "280", "280.3"]


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown language 'de'"):
        find_references("Artikel 5", "de")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Их осудили по статьям о военных «фейках» и вандализме.", "ru",
         [("207.3", "статьям о военных «фейках»"), ("214", "вандализме")]),
        ("по статьям об оправдании терроризма, о призывах к экстремизму и о реабилитации нацизма", "ru",
         [("205.2", "статьям об оправдании терроризма"), ("280", "призывах к экстремизму"),
          ("354.1", "реабилитации нацизма")]),
        # the second offence is in another clause, not in the list after «статье о»
        ('fined under the administrative article on "discrediting" the army, and then tried for treason',
         "en", [("20.3.3", 'administrative article on "discrediting" the army')]),
        # the article is written out in the same sentence: the numbered reference stands for it
        ("по статье о неповиновении полиции (ч. 1 ст. 19.3 КоАП)", "ru", [("19.3", "ч. 1 ст. 19.3 КоАП")]),
        # wording that fits two articles with nothing to decide between them gives no reference
        ("по статье о дискредитации армии", "ru", []),
    ],
)  # fmt: skip
def test_article_about_an_offence(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.article, r.text) for r in find_references(text, lang)] == expected
    assert all(r.from_wording and not r.code_explicit for r in find_references(text, lang) if r.part is None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("осуждён по ч. 1 ст. 342 УК и ст. 24.23 КоАП", [("BY-UK", "342", "1"), ("BY-KoAP", "24.23", None)]),
        ("по ст. 361-1 УК", [("BY-UK", "361-1", None)]),
        ("по ст. 342", [("BY-UK", "342", None)]),
        ("его родственника осудили в России по ст. 280.3 УК РФ", [("RU-UK", "280.3", None)]),
    ],
)
def test_belarusian_document(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    refs = find_references(text, "ru", codes=None, country="BY")
    assert [(r.code, r.article, r.part) for r in refs] == expected
    assert find_references(text, "ru", country="BY") == [r for r in refs if r.code.startswith("RU-")]


def test_country_must_be_an_iso_code() -> None:
    with pytest.raises(ValueError, match="unknown country 'Belarus'"):
        find_references("ст. 342 УК", "ru", country="Belarus")
