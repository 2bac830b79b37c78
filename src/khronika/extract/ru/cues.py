"""Russian cue words: what a clause says happened, how far a sentence got, and who a person is.

Each table maps a label to a regular expression over the text (case-insensitive). The clause-level rules
that use them live in the fact modules; the wording is what OVD-Info, Mediazona and court news write.
"""

from __future__ import annotations

import re

_W = r"(?:\s+[\w«»\"-]+){0,3}?"  # up to three words in between

EVENT_CUES: list[tuple[str, re.Pattern[str]]] = [
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in [
        ("search", r"\bобыск\w*|\bосмотр\w*(?=\s+(?:квартир|дом|жиль))"),
        (
            "detention",
            # not «задержанных», «задержанные»: the group of the detained, spoken of after the fact
            r"\bзадерж(?:ал|ан(?!н(?:ых|ые|ым|ыми)\b)|ива|ат|ани)\w*|\bдоставил\w*\s+в\s+(?:отдел|ОВД|полиц)"
            r"|\bв\s+(?:отдел|ОВД)\w*(?:\s+полиции)?(?:\s+(?:№\s*)?[\w-]+){0,3}?\s+доставил\w*",
        ),
        (
            "pretrial_detention",
            r"\bарестова\w*+(?!\s+на\s+\d+\s+сут)(?!" + _W + r"\s+суток)|\bпод\s+страж\w*"
            r"|\b(?:отправил|поместил|перевел|перевёл|доставил|этапировал)\w*\s+в\s+СИЗО|\bнаходи\w+\s+в\s+СИЗО"
            r"|\bв\s+заключении\s+с\b|\bарест\s+в\s+СИЗО",
        ),
        (
            "house_arrest",
            r"(?<!из-)под\s+домашн\w*\s+арест\w*|\bдомашн\w*\s+арест\w*(?=\s+(?:продлил|назначил))",
        ),
        (
            "charge",
            r"\bобвинял[аи]?\b|\bвозбуди\w*"
            + _W
            + r"\s+дел\w*|\bзавел\w*"
            + _W
            + r"\s+дел\w*|\bдел\w*"
            + _W
            + r"\s+(?:завели|возбудили)\b|\bпредъяви\w*"
            + _W
            + r"\s+обвинени\w*|\bобвинил\w*|\bсоставил\w*"
            + _W
            + r"\s+протокол\w*|\bсоставлен[аоы]?\s+протокол|\bпротокол\w*\s+(?:составили|составлен)"
            r"|\bпосле\s+составлени[яеи]\s+протокол\w*",
        ),
        (
            "trial",
            r"\bначал\w*" + _W + r"\s+(?:процесс|суд\b|рассматрива|рассмотрени)\w*"
            r"|\bпроцесс\w*,?\s+(?:\w+\s+){0,3}начал\w*|\bрассматривает\s+суд|\bдело\s+(?:\w+\s+){0,2}рассматрива"
            r"|\bрассмотрени\w*\s+(?:[\w«»-]+\s+){0,5}начал\w*",
        ),
        (
            "verdict",
            r"\bприговори\w*|\bприговорен\w*|\bосуди\w*|\bзаочно\s+осужд\w*|\bпризна\w*"
            + _W
            + r"\s+виновн\w*|\bарестова\w*\s+на\s+\d+\s+сут\w*|\bвынес\w*\s+(?:\w+\s+)?приговор\w*",
        ),
        (
            "appeal",
            r"\bапелляц\w*|\bоставил\w*" + _W + r"\s+в\s+силе|\bотменил\w*\s+(?:\w+\s+)?приговор\w*"
            r"|\b(?:смягчил|ужесточил)\w*\s+приговор\w*",
        ),
        ("fine", r"\bоштрафова\w*|\bштрафова\w*|\bвыписал\w*\s+(?:\w+\s+){0,2}штраф\w*"),
        (
            "release",
            r"\bосвободил\w*|\bвыш(?:ел|ла|ли)\s+на\s+свобод\w*|\bотпустил\w*|\bотпуска(?:ет|ют)\b|\bвыпустил\w*+(?!\s+из\s+(?:ШИЗО|ПКТ|карцер))",
        ),
        ("exchange", r"\bобмен\w*"),
        (
            "designation",
            r"\bреестр\w*\s+[«\"]?(?:[\w-]+\s+)?[«\"]?(?:\w+-)?(?:иноагент|иностранн)\w*"
            # «В список также попали…», «Также в реестр попали…»: more names for the register just named
            r"|\bв\s+(?:реестр|список|перечень)\w*\s+(?:\w+\s+)?попал\w*|\bпопал\w*\s+(?:\w+\s+)?в\s+(?:реестр|список)"
            r"|\b(?:признал|объявил)\w*\s+(?:\w+\s+)?"
            r"[«\"]?(?:иноагент|иностранн\w+\s+агент)\w*|\bперечень\s+(?:\w+\s+){0,3}(?:террорист|экстремист)\w*",
        ),
        (
            "citizenship",
            r"\bлиши\w*\s+(?:\w+\s+){0,2}гражданств\w*|\bгражданств\w*\s+(?:\w+\s+){0,3}(?:лиши|прекрати)\w*"
            r"|\bпрекрати\w*\s+(?:\w+\s+){0,2}гражданств\w*",
        ),
        (
            "emigration",
            r"\b(?:уехал|выехал)\w*\s+(?:\w+\s+){0,4}?из\s+(?:России|страны)|\bпокинул\w*\s+(?:Россию|страну)"
            r"|\bэмигрировал\w*",
        ),
        ("death", r"\bумер(?:ла|ли)?\b|\bскончал\w*"),
        ("liquidation", r"\bликвидирова\w*"),
    ]
]

# Words that mark the person of their clause as persecuted even when no dated fact comes of it.
PERSECUTED = re.compile(
    r"\bполитзаключенн\w*|\bполитзаключённ\w*|\bосужденн\w*|\bосуждённ\w*|\bобвиняем\w*|\bподозреваем\w*"
    r"|\bподсудим\w*|\bфигурант\w*|\bотбыва\w*\s+(?:срок|наказани)\w*|\bв\s+(?:СИЗО|колони\w*|заключени\w*)\b"
    r"|\bпреследова\w*|\bв\s+розыск\w*|\bзаочно\b|\bпод\s+стражей|\bдел\w*\s+против\b|\bобвиня\w*|\bвменя\w*"
    r"|\bдело\s+о\b|\bпо\s+делу\b|\bприговор\w*|\bштраф\w*|\bпротокол\w*|\bарестован\w*|\bзадержанн\w*"
    r"|\bоправдал\w*|\bоправдан[аоы]?\b|\bусловн\w+\s+срок\w*",
    re.IGNORECASE,
)

# How far a sentence got: the verb that governs a term («приговорил к…», «запросил…», «смягчил до…»).
STAGE_CUES: list[tuple[str, re.Pattern[str]]] = [
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in [
        (
            "requested",
            r"\bзапрос\w*|\bзапраш\w*|\bпросил\w*|\bпрос(?:ит|ят)\b|\bпотребова\w*|\bтребова\w*"
            r"|\bтребу(?:ет|ют)\b|\bгособвинени\w*\s+просит",
        ),
        ("reduced", r"\bсмягчил\w*|\bсмягчен\w*|\bснизил\w*|\bсократил\w*|\bуменьшил\w*"),
        ("increased", r"\bужесточил\w*|\bужесточен\w*|\bувеличил\w*|\bувеличен\w*|\bусилил\w*"),
        ("appeal", r"\bапелляц\w*|\bоставил\w*\s+(?:\w+\s+){0,3}в\s+силе|\bкассац\w*"),
        (  # not the infinitive: «просил приговорить» is the request
            "imposed",
            r"\bприговори(?!ть\b)\w*|\bприговорен\w*|\bназначил\w*|\bназначен\w*|\bосуди\w*|\bполучил\w*"
            r"|\bоштрафова\w*|\bштрафова\w*|\bарестова\w*|\bсрок\w*\s+(?:\w+\s+){0,3}состав\w*|\bсуммарн\w*"
            r"|\bвыписал\w*(?=\s+(?:\w+\s+){0,2}штраф)"
            r"|\bприговор\b|\bдобавил\w*\s+(?:\w+\s+){0,3}срок\w*",
        ),
    ]
]

# A charge's status, from the verb of its clause.
STATUS_CUES: list[tuple[str, re.Pattern[str]]] = [
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in [
        ("reclassified", r"\bпереквалифицир\w*"),
        ("dropped", r"\bпрекрати\w*|\bпрекращ\w*|\bснял\w*\s+обвинени\w*"),
        ("acquitted", r"\bоправдал\w*|\bоправдан[аоы]?\b|\bоправдательн\w*"),  # not «оправдание терроризма»
        (
            "added",
            r"\bдобави\w*|\bтакже\s+обвинил\w*|\bещё\s+одн\w*|\bеще\s+одн\w*|\bнов\w*\s+(?:уголовн\w*\s+)?дел\w*"
            r"|\bужесточил\w*\s+обвинени\w*|\bдополнительн\w*",
        ),
        (
            "convicted",
            r"\bприговори\w*|\bприговорен\w*|\bосуди\w*|\bосужд\w*|\bпризна\w*\s+(?:\w+\s+){0,2}виновн\w*"
            r"|\bоштрафова\w*|\bштрафова\w*|\bарестова\w*\s+на\s+\d+\s+сут"
            r"|\bназначил\w*\s+(?:\w+\s+){0,3}(?:срок|наказани|штраф|условн)\w*",
        ),
    ]
]

ROLE_NOUNS: list[tuple[str, re.Pattern[str]]] = [
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in [
        ("lawyer", r"адвокат\w*|защитни\w*"),
        ("judge", r"судь[яиеюй]\w*|судей"),
        ("prosecutor", r"прокурор\w*|гособвинител\w*|обвинител\w*"),
        ("investigator", r"следовател\w*|оперативни\w*|оперуполномоченн\w*"),
        ("witness", r"свидетел\w*"),
        ("expert", r"эксперт\w*|эксперток?\w*"),
        (
            "relative",
            r"жена|жены|жене|жену|женой|муж|мужа|мужу|мужем|мать|матери|мама|мамы|маме|маму|отец|отца|отцу"
            r"|сын\w*|доч\w*|брат\w*|сестр\w*|бабушк\w*|дедушк\w*|родственни\w*|супруг\w*|внук\w*|племянни\w*",
        ),
        (
            "commentator",
            r"правозащитни\w*|активист\w*|журналист\w*|корреспондент\w*|пресс-секретар\w*|представител\w*"
            r"|координатор\w*|юрист\w*|член\w*|руководител\w*|директор\w*|основател\w*|сотрудни\w*|редактор\w*",
        ),
    ]
]

# A quoted or reported source: «рассказал», «сообщила», «по словам».
SPEECH = re.compile(
    r"\b(?:рассказал|сообщил|сообщает|сообщают|заявил|отметил|написал|пишет|говорит|добавил|утверждает|уточнил"
    r"|комментировал|прокомментировал|считает|подчеркнул|пояснил|указал|рассказыва|передает|передаёт)\w*"
    r"|\bпо\s+словам\b|\bсо\s+слов\b",
    re.IGNORECASE,
)


def first_label(table: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    """The label of the first pattern of ``table`` that occurs in ``text``."""
    for label, pattern in table:
        if pattern.search(text):
            return label
    return None
