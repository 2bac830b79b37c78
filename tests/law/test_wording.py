"""Offence wording → article, in Russian (every case form) and English."""

from __future__ import annotations

import pytest

from khronika.law import find_offences, match_offence

UK, KOAP = "RU-UK", "RU-KoAP"

# (phrase, code, article, certain)
RU_PHRASES = [
    ("госизмена", UK, "275", True),
    ("в участии в «Хизб ут-Тахрир»", UK, "205.5", True),
    ("по делу о госизмене", UK, "275", True),
    ("по статье о «фейках»", UK, "207.3", True),  # since 2022 «the article on fakes» is the army one
    ("по делу о фейках", UK, "207.3", True),
    ("по обвинению в даче взяток", UK, "291", True),  # the genitive plural «взяток» puts an «о» in the stem
    ("дал взятку", UK, "291", True),
    ("в получении взяток", UK, "290", True),
    ("приготовление к госизмене", UK, "275", True),
    ("обвинили в государственной измене", UK, "275", True),
    ("военные «фейки»", UK, "207.3", True),
    ("за распространение «фейков» о российской армии", UK, "207.3", True),
    ("фейки о ВС РФ", UK, "207.3", True),
    ("заведомо ложной информации об использовании Вооружённых сил", UK, "207.3", True),
    ("оправдание терроризма", UK, "205.2", True),
    ("в оправдании терроризма", UK, "205.2", True),
    ("призывы к терроризму", UK, "205.2", True),
    ("публичные призывы к террористической деятельности", UK, "205.2", True),
    ("призывы к экстремизму", UK, "280", True),
    ("в призывах к экстремистской деятельности", UK, "280", True),
    ("реабилитация нацизма", UK, "354.1", True),
    ("о реабилитации нацизма", UK, "354.1", True),
    ("финансирование терроризма", UK, "205.1", True),
    ("в финансировании терроризма", UK, "205.1", True),
    ("содействие террористической деятельности", UK, "205.1", True),
    ("участие в террористической организации", UK, "205.5", True),
    ("участии в деятельности террористической организации", UK, "205.5", True),
    ("организацию деятельности террористической организации", UK, "205.5", True),
    ("участие в террористическом сообществе", UK, "205.4", True),
    ("создании террористического сообщества", UK, "205.4", True),
    ("финансирование экстремизма", UK, "282.3", True),
    ("финансировании экстремистской деятельности", UK, "282.3", True),
    ("уклонение от обязанностей «иноагента»", UK, "330.1", True),
    ("об уклонении от исполнения обязанностей иностранного агента", UK, "330.1", True),
    ("участие в массовых беспорядках", UK, "212", True),
    ("организации массовых беспорядков", UK, "212", True),
    ("насилие в отношении представителя власти", UK, "318", True),
    ("применение насилия к силовикам", UK, "318", True),
    ("участие в нежелательной организации", UK, "284.1", True),
    ("дезорганизация деятельности колонии", UK, "321", True),
    ("нарушение требований к миссионерской деятельности", KOAP, "5.26", True),
    ("участие в несанкционированном митинге", KOAP, "20.2", True),
    ("участии в несогласованной акции", KOAP, "20.2", True),
    ("организации деятельности экстремистской организации", UK, "282.2", True),
    ("участии в экстремистской организации", UK, "282.2", True),
    ("неповиновение полиции", KOAP, "19.3", True),
    ("в неповиновении законному распоряжению сотрудника полиции", KOAP, "19.3", True),
    ("мелкое хулиганство", KOAP, "20.1", True),
    ("оскорбление чувств верующих", UK, "148", True),
    ("вандализм", UK, "214", True),
    ("незаконное хранение оружия", UK, "222", True),
    ("изготовлении детской порнографии", UK, "242.1", True),
    ("насильственные действия сексуального характера", UK, "132", True),
    ("шпионаж", UK, "276", True),
    ("конфиденциальное сотрудничество с иностранным государством", UK, "275.1", True),
    ("неоднократное нарушение порядка проведения митинга", UK, "212.1", True),
    ("нарушении законодательства о собраниях", KOAP, "5.38", True),
    ("распространение экстремистских материалов", KOAP, "20.29", True),
    ("угроза убийством", UK, "119", True),
    ("самовольное оставление части", UK, "337", True),
    ("дезертирство", UK, "338", True),
    ("фейки о коронавирусе", UK, "207.1", True),
    ("госизменой", UK, "275", True),
    ("о «фейках» про армию", UK, "207.3", True),
    ("по делу о насилии в отношении представителей власти", UK, "318", True),
    ("за «фейки» о войне в Украине", UK, "207.3", True),
    ("хулиганство по мотивам политической ненависти", UK, "213", True),
    ("пособничество терроризму", UK, "205.1", True),
    ("за отсутствие маркировки иноагента", KOAP, "19.34", True),
    ("демонстрация символики экстремистской организации", KOAP, "20.3", False),
    ("ЛГБТ-пропаганда", KOAP, "6.21", True),
    ("клевета", UK, "128.1", True),
    ("клевета в отношении судьи", UK, "298.1", True),
    ("уклонение от призыва на военную службу", UK, "328", True),
    # wording that fits two articles, with nothing around it to decide: the usual one, uncertain
    ("дискредитация армии", KOAP, "20.3.3", False),
    ("возбуждение ненависти", KOAP, "20.3.1", False),
    ("хулиганство", UK, "213", False),
    ("нападение на сотрудника полиции", UK, "318", True),
    ("напала на четверых сотрудников полиции", UK, "318", True),
    ("убийство", UK, "105", False),
]

EN_PHRASES = [
    ("treason", UK, "275", True),
    ("high treason", UK, "275", True),
    ("spreading fakes about the army", UK, "207.3", True),
    ('under the article on "fakes"', UK, "207.3", True),
    ("calling for anti-state activities", UK, "280.4", True),
    ("organizing and taking part in the activities of a terrorist group", UK, "205.5", True),
    ("plotting an armed power seizure", UK, "278", True),
    ("participating in banned Islamic group Hizb ut-Tahrir", UK, "205.5", True),
    ('"fakes" about the Russian army', UK, "207.3", True),
    ("military fakes", UK, "207.3", True),
    ("false information about the Russian armed forces", UK, "207.3", True),
    ("justification of terrorism", UK, "205.2", True),
    ("justifying terrorism", UK, "205.2", True),
    ("calls for terrorism", UK, "205.2", True),
    ("calls for extremist activity", UK, "280", True),
    ("rehabilitation of Nazism", UK, "354.1", True),
    ("financing of terrorism", UK, "205.1", True),
    ("participation in a terrorist organisation", UK, "205.5", True),
    ("organising activities of a terrorist organization", UK, "205.5", True),
    ("a terrorist community", UK, "205.4", True),
    ("financing extremism", UK, "282.3", True),
    ("participation in an undesirable organisation", UK, "284.1", True),
    ("violence against a representative of the authorities", UK, "318", True),
    ("violence against police officers", UK, "318", True),
    ("participation in mass riots", UK, "212", True),
    ("evading the duties of a foreign agent", UK, "330.1", True),
    ("disorganising the activities of the colony", UK, "321", True),
    ("missionary activity", KOAP, "5.26", True),
    ("espionage", UK, "276", True),
    ("vandalism", UK, "214", True),
    ("child pornography", UK, "242.1", True),
    ("illegal possession of weapons", UK, "222", True),
    ("the «fictitious registration» of two migrants", UK, "322.3", True),
    ("discrediting the army", KOAP, "20.3.3", False),
    ("fake news about the Russian military", UK, "207.3", True),
    ("evading foreign agent duties", UK, "330.1", True),
    ("failing to register as a foreign agent", UK, "330.1", True),
    ("hooliganism motivated by political hatred", UK, "213", True),
    ("insulting a government official", UK, "319", True),
    ("draft evasion", UK, "328", True),
    ("attacked four police officers", UK, "318", False),
    ("an assault on a police officer", UK, "318", True),
]


@pytest.mark.parametrize(("phrase", "code", "article", "certain"), RU_PHRASES)
def test_russian_wording(phrase: str, code: str, article: str, certain: bool) -> None:
    found = match_offence(phrase, "ru")
    assert found is not None
    assert (found.code, found.article, found.certain) == (code, article, certain)


@pytest.mark.parametrize(("phrase", "code", "article", "certain"), EN_PHRASES)
def test_english_wording(phrase: str, code: str, article: str, certain: bool) -> None:
    found = match_offence(phrase, "en")
    assert found is not None
    assert (found.code, found.article, found.certain) == (code, article, certain)


@pytest.mark.parametrize(
    ("text", "lang", "code", "article"),
    [
        # criminal and administrative discrediting of the army
        ("Против него возбудили уголовное дело о дискредитации армии.", "ru", UK, "280.3"),
        ("Его обвиняют в повторной дискредитации армии.", "ru", UK, "280.3"),
        ("Суд приговорил его к двум годам колонии за дискредитацию армии.", "ru", UK, "280.3"),
        ("На неё составили протокол о дискредитации армии.", "ru", KOAP, "20.3.3"),
        ("Его оштрафовали за дискредитацию армии.", "ru", KOAP, "20.3.3"),
        ("Его арестовали на срок 15 суток за дискредитацию армии.", "ru", KOAP, "20.3.3"),
        ("по административной статье о дискредитации армии", "ru", KOAP, "20.3.3"),
        ("He was fined for discrediting the army.", "en", KOAP, "20.3.3"),
        ("A criminal case for repeated discrediting of the army was opened.", "en", UK, "280.3"),
        # undesirable organisations: criminal by default, administrative when the context says so
        ("Его обвинили в участии в деятельности нежелательной организации.", "ru", UK, "284.1"),
        (
            "На него составили протокол об участии в деятельности нежелательной организации.",
            "ru",
            KOAP,
            "20.33",
        ),
        ("an administrative case for participation in an undesirable organization", "en", KOAP, "20.33"),
        # the foreign-agent rules: administrative, criminal when the case is
        ("Против неё завели уголовное дело о нарушении порядка деятельности иноагента.", "ru", UK, "330.1"),
        ("На неё составили протокол о нарушении порядка деятельности иноагента.", "ru", KOAP, "19.34"),
        # incitement of hatred
        ("Против него завели уголовное дело о возбуждении ненависти.", "ru", UK, "282"),
        ("Его арестовали на 10 суток за возбуждение ненависти.", "ru", KOAP, "20.3.1"),
    ],
)
def test_context_decides_between_codes(text: str, lang: str, code: str, article: str) -> None:
    found = find_offences(text, lang)
    assert [(m.code, m.article, m.certain) for m in found] == [(code, article, True)]


def test_terrorist_community_and_organisation_are_told_apart() -> None:
    text = (
        "Его обвиняют в участии в террористическом сообществе, "
        "а её — в участии в террористической организации."
    )
    assert [m.article for m in find_offences(text, "ru")] == ["205.4", "205.5"]


def test_several_offences_in_a_list() -> None:
    text = (
        "Евтушенко обвиняют по шести статьям: приготовление к госизмене; призывы к экстремизму; "
        "призывы к терроризму; реабилитация нацизма; военные «фейки»; финансирование терроризма."
    )
    assert [m.article for m in find_offences(text, "ru")] == [
        "275",
        "280",
        "205.2",
        "354.1",
        "207.3",
        "205.1",
    ]


def test_spans_equal_the_text_and_keep_quotes_balanced() -> None:
    text = "Её судят за военные «фейки» и за «фейки» о российской армии."
    found = find_offences(text, "ru")
    assert [m.text for m in found] == ["военные «фейки»", "«фейки» о российской армии"]
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Он служил в армии и вернулся домой.", "ru"),
        ("He served in the army for two years.", "en"),
        ("Её статья о фейках в соцсетях.", "ru"),
        ("His article on fakes went viral.", "en"),
        ("Фонд объявили нежелательной организацией.", "ru"),
        ("Memorial was declared an undesirable organisation.", "en"),
        ("The officer was a murderer of the past.", "en"),
        ("пресс-секретарь полиции", "ru"),
    ],
)
def test_text_without_an_offence_gives_nothing(text: str, lang: str) -> None:
    assert find_offences(text, lang) == []


def test_match_offence_returns_none_for_an_unknown_label() -> None:
    assert match_offence("исповедание веры", "ru") is None
    assert match_offence("", "en") is None


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        find_offences("trahison", "fr")


@pytest.mark.parametrize(
    "phrase",
    [
        "по делу «Хизб ут-Тахрир»",
        "Members of Hizb ut-Tahrir are facing lengthy prison sentences",
        "detained on charges of involvement in the activities of the Islamic party Hizb ut-Tahrir",
    ],
)
def test_a_hizb_ut_tahrir_case_with_no_offence_named_maps_to_nothing(phrase: str) -> None:
    assert match_offence(phrase, "en" if phrase.isascii() else "ru") is None
