"""Shapes of Russian sentences the attachment rule asks about: lists and what may stand inside them, group
words for co-defendants, a family's plural surname, a description opening a sentence, a biography's head, a
correction, possessives.
"""

from __future__ import annotations

import re

from khronika.extract.ru import morph

POSSESSIVES = {"его", "ее", "её", "их"}


def after_thing(text: str, start: int) -> bool:
    """True when the word before ``start`` is an inanimate noun the group word is the genitive of."""
    m = re.search(r"([а-яё]+)\s+$", text[max(0, start - 30) : start], re.I)
    if m is None:
        return False
    found = morph.parses(m.group(1).lower())
    # «общины Свидетелей Иеговы» yes; «В феврале верующих признали…» no: a time or place adjunct heads nothing
    return (
        bool(found) and found[0].tag.POS == "NOUN" and "inan" in found[0].tag
        and found[0].tag.case not in ("loct", "ablt") and "Geox" not in found[0].tag
    )  # fmt: skip


def possessed(word: str) -> bool:
    """«его сторонники»: other people, whom the fact is about; «его здоровья в колонии» is still about him."""
    found = morph.parses(word.strip(',.;:»«"').lower()) if word else ()
    return (
        bool(found) and found[0].tag.POS == "NOUN" and "anim" in found[0].tag and "Name" not in found[0].tag
    )


CASE_GROUP = re.compile(
    r"(?<![\w-])(?:(?:всем|всех|обоим|обеим|обоих|обеих)\s+)?(?:(?:верующ|фигурант|подсудим|обвиняем|осужденн|осуждённ)"
    r"(?:им|их|ие|ими|ам|ов|ы|ами|ым|ых|ые|ыми)|[Сс]видетел(?:ей|ям|и|ями)\s+Иеговы|крымчан(?:ам|ами|е)?"
    # «Участников марксистского кружка … задержали весной 2022 года»: the members of the group told of
    r"|участник(?:ов|ам|ами|и)(?=\s+(?:[а-яё]+\s+){0,2}(?:кружка|группы|ячейки|сообщества|организации|дела))"
    r"|(?P<title>(?:журналист|активист|правозащитник|блогер|супруг|оппозиционер|политик|адвокат|защитник)(?:ов|ам|ами)"
    # «всех троих внесли в перечень», «обоих задержали»: the ones just named together
    r"|(?:все[хм]?|всеми)\s+(?:двоих|троих|четверых|пятерых|шестерых|трое|четверо|пятеро|двое)|обоих|обеих|обоим|обеим))(?![\w-])",
    re.I,
)
# The object of a verb told without a subject («Мужчину доставили…»), not a title before a name.
DESCRIBED = re.compile(
    r"\s*(?:[А-ЯЁ][а-яё]+\s+)?((?:М|м)ужчин[уы]|(?:М|м)олодого\s+человека|(?:П|п)арн[яю]"
    r"|(?:П|п)енсионера|(?:С|с)тудента|(?:А|а)ктивиста|(?:З|з)адержанного"
    r"|(?P<f>(?:Ж|ж)енщин[уы]|(?:Д|д)евушк[уи]|(?:П|п)енсионерк[уи]|(?:С|с)тудентк[уи]|(?:А|а)ктивистк[уи]"
    r"|(?:З|з)адержанн(?:ую|ой)))(?![а-яё])(?!\s+[А-ЯЁ])"
)
# A person described inside a sentence (any case of the singular): «на мужчину», «к активистке».
DESCRIBED_ANYWHERE = re.compile(
    r"(?<![\w-])(?:мужчин(?:а|у|е|ой)|(?:пенсионер|активист)(?:а|у|ом|е)?"
    r"|(?P<f>женщин(?:а|у|е|ой)|девушк(?:а|у|е|и|ой)|(?:пенсионерк|активистк)(?:а|у|е|и|ой)))(?![\w-])(?-i:(?!\s+[А-ЯЁ]))",
    re.I,
)
SOME_OF = re.compile(
    r"\b(?:одн\w+|дво\w+|тро\w+|нескольк\w+|некотор\w+|кто-то|кого-то|часть|ряд)\s+из\s+$", re.I
)
NAME_NEXT = re.compile(r"\s+(?:[а-яё-]+\s+){0,2}[А-ЯЁ][а-яё]+\s+[А-ЯЁ]")
FAMILY = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё-]*(?:ов|ев|ёв|ин|ын)(?:ых|ыми|ым)(?![\w-])")
BIOGRAPHY_HEAD = re.compile(r"[ \t]*(?:\n|\(|,?\s*\d{4}\s+г(?:ода|\.)\s*р(?:ождения|\.))")
QUOTED = re.compile(r"«[^«»]{0,80}»|\"[^\"\n]{0,80}\"")
RETRACTED = re.compile(
    r"\bошибочно\s+(?:сообщал|указал|указыва|писал|говорил)\w*|\b(?:сообщалось|говорилось|указывалось)\s+ошибочно\b",
    re.I,
)
PARENTHESIS = re.compile(r"\([^()]{0,200}\)")


def descriptors(words: str) -> bool:
    """True when every word is a noun, an adjective, a preposition or «и»: the titles of the next name in a
    list («бывший руководитель юридической службы Фонда борьбы с коррупцией»)."""
    for word in re.findall(r"[\w-]+", words):
        if word in ("и", "q") or re.fullmatch(r"\d+-[а-яё]+|[A-Za-z][\w-]*|[А-ЯЁ]{2,}", word):
            continue  # «43-летнего», «The Barents Observer», «ФБК», a quoted name (blanked to «q»)
        found = morph.parses(word.lower())
        if not found or found[0].tag.POS not in ("NOUN", "ADJF", "PRTF", "NUMR", "PREP"):
            return False
    return True


# One person described, not named (singular: «жителей региона» may be the people listed next), or a count.
UNNAMED_PERSON = re.compile(
    r"(?<![\w-])(?:(?:мужчин|женщин|девушк|юнош|подростк)(?:а|ы|е|у|ой|ою|и)|жител(?:ь|я|ю|ем|е)|"
    r"жительниц(?:а|ы|е|у|ей)|(?:пенсионер|школьник|студент)(?:а|у|ом|е)?|(?:пенсионерк|школьниц|студентк)(?:а|и|е|у|ой)"
    r"|(?:двое|трое|четверо|пятеро|шестеро|семеро)\s+задержанн\w*)"
    r"(?![\w-])",
    re.I,
)
# «Еще двое мужчин», «еще трое задержанных», «более 50 лиц»: more people, unnamed, besides those told of
MORE_UNNAMED = re.compile(
    r"\b(?:(?:[Ее]щ[её]|[Дд]руги[ех])\s+(?:двое|трое|четверо|пятеро|шестеро|семеро|несколько|\d+)\s+(?:мужчин"
    r"|женщин|человек|активист|задержанн|участник|пикетчик|фигурант|подростк|студент)\w*"
    r"|(?:более|свыше|около|не\s+менее)\s+\d+\s+(?:человек|лиц)\b|\b(?:[Бб]ольшинство|[Мм]ногие)\s+фигурант\w*)"
)
# «со ссылкой на координатора штаба Эльвиру Дмитриеву», «по словам X»: a source, not whom facts are about
CITED = re.compile(r"(?i)\b(?:со\s+ссылкой\s+на|по\s+словам|по\s+данным)\s+(?:[а-яё-]+\s+){0,4}$")
