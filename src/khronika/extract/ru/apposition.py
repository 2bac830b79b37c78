"""Apposition: which mentions of a person are about a role, a source or a bystander, not the one persecuted.

«ее адвокат Илья Сидоров» is a lawyer; «— комментировал приговор журналист Ренат Д.» a source; «после доноса
самарца Николая Комарова» an informer. Such a mention does not take the facts of its sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khronika.extract.ru import morph
from khronika.extract.ru.cues import ROLE_NOUNS

_CLIENT_THEN_NAME = re.compile(r"\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+")
_CLIENT_BEFORE = re.compile(r"(?<=[а-яё])\s+[А-ЯЁ][а-яё]+(?:ой|ого|ова|ева|ина|ына|ской|ского)\s+$")
# «Судья Ленинского районного суда Усенко», «Судья судебного участка №370 Тверского района Екатерина Казакова»
_JUDGE_OF_COURT = re.compile(
    r"\bсудь[яиеюй]\s+(?:(?:[\w-]+\s+){0,4}?суда\s+(?:№\s*\d+\s+)?"
    r"|(?:мирово\w+\s+)?судебного\s+участка\s+(?:№\s*\d+\s+)?(?:[\w-]+\s+){0,4}?(?:района|округа|области|края|г\.\s*[\w-]+)\s+)$",
    re.I,
)

if TYPE_CHECKING:
    from khronika.extract.ru.actor_types import Actor


def role_before(text: str, start: int, end: int) -> str | None:
    """The role noun a name at ``start`` stands in apposition to, if any («ее адвокат Илья Сидоров»).

    Only adjectives, possessives and «от …» may stand between them, and the two must agree in case:
    «адвокатом Игоря Барышникова» names the lawyer's client, not the lawyer.
    """
    if _CLIENT_THEN_NAME.match(text, end):
        return None  # «Адвокат Соколова Дмитрий Катин»: «Соколова» is the client, the next name the lawyer
    before = text[max(0, start - 80) : start]
    if _JUDGE_OF_COURT.search(before):
        return "judge"  # «Судья Ленинского районного суда Усенко»
    client = _CLIENT_BEFORE.search(before)
    if client:
        before = before[: client.start() + 1]  # «Адвокат Соколова Дмитрий Катин»: skip the client
    words = re.findall(r"[«\"]?[\w-]+[»\"]?|[^\w\s]", before)
    for _ in range(4):
        if not words:
            return None
        word = words.pop().strip('«»"').lower()
        if not word or not re.match(r"\w", word):
            return None
        for label, pattern in ROLE_NOUNS:
            if pattern.fullmatch(word):
                name_word = re.match(r"[\w-]+", text[start:end])
                name_cases = morph.cases(name_word.group(0)) if name_word else set()
                role_cases = morph.cases(word)
                return label if not name_cases or not role_cases or name_cases & role_cases else None
        if words and words[-1].lower() == "от":
            words.pop()  # «адвокат от ОВД-Инфо Василий Дубков»
            continue
        if _whose_plural(word):
            continue  # «Адвокат политзаключенных Билан Дзугаев»: the role's clients, in the genitive plural
        if not morph.is_modifier(word):
            return None
    return None


def _whose_plural(word: str) -> bool:
    """A plural animate noun or participle in the genitive: «политзаключенных», «активистов»."""
    return any(
        p.tag.case == "gent" and p.tag.number == "plur" and "anim" in p.tag and p.tag.POS in ("NOUN", "ADJF")
        for p in morph.parses(word)
    )


def blocking(role: str | None) -> str | None:
    """Role words that mean the mention is not the one persecuted here; «активиста Ивана Петрова» still is."""
    return None if role == "commentator" else role


_SPEAKER_BEFORE = re.compile(
    r"(?:[»\"]\s*,?\s*[—–-]\s*|\bпо\s+словам\s+|\bсо\s+слов\s+)(?:[\w-]+\s+){0,4}$|"
    # «рассказал «Медиазоне» юрист …»: the outlet told may stand between the verb and the speaker
    r"\b(?:сообщил|сообща(?:ет|ют)|рассказал|заявил|отметил|комментировал|написал|добавил|пояснил|уточнил)\w*\s+"
    r"(?:[\w«»\"-]+\s+){0,3}$|"
    r"\bкак\s+(?:пишет|пишут|сообщает|сообщают|рассказывает|отмечает|считает|утверждает)\s+(?:[\w«»\"-]+\s+){0,3}$|"
    # «Как сообщил по телефону находящийся рядом с ОВД активист Сергей Ожич, …»: the clause is the speaker's
    r"\bкак\s+(?:сообщил|рассказал|заявил|написал|пояснил|уточнил|отметил)\w*\s+[^,.;:!?]{0,90}$",
    re.I,
)


# «Активист Александр Гудов рассказал о задержании…», «Сергей Лямин сообщил, что…»: the name is the subject of
# a speech verb; what it reports happened to someone else («о своем задержании» is about the speaker).
_SPEECH_AFTER = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:также\s+|тоже\s+)?(?:рассказал|сообщил|заявил|написал|пишет|сообщает"
    r"|рассказывает|расскажет|пояснил|уточнил)\w*(?!\s+(?:о|об)\s+(?:своем|своём|своих|своей|собственн))",
    re.I,
)


def speaks_after(text: str, end: int) -> str | None:
    """«Сергей Лямин сообщил, что задержали…»: a speaker named before the verb (``speaker`` for the rest)."""
    return "speaker" if _SPEECH_AFTER.match(text, end) else None


def speaker(text: str, start: int, end: int) -> str | None:
    """«— комментировал приговор журналист Ренат Д.», «по словам Сидорова»: a source, not a target."""
    return "commentator" if _SPEAKER_BEFORE.search(text[max(0, start - 110) : start]) else None


# «после доноса самарца …», «по заявлению …» («жалоба на приговор X» is X's own), «в день смерти
# проповедника …», «акция памяти …», «акция в поддержку политика …»: the person a case starts from, who died,
# is commemorated or supported, not the one it is against.
_BYSTANDER = re.compile(
    r"(?:донос\w*|по\s+заявлению|жалоб\w*(?!\s+на\s+(?:приговор|решени|постановлени|арест|мер))"
    r"|(?:после|в\s+день|годовщин\w*)\s+смерти|памяти|в\s+память(?:\s+об?)?|в\s+поддержку|в\s+защиту"
    r"|[«\"]\s*свобод[уыа]|прощани\w*\s+с|похорон\w*)"
    r"(?:\s+[\w-]+){0,3}\s*$"
    # «у мемориала Борису Немцову», «у памятника Окуджаве»: the one the monument is to
    r"|(?:мемориал|памятник|могил)[а-яё]*(?:\s+[а-яё-]+)?\s+$"
    # «из-за конфликта с начальником изолятора Александром Ткаченко»: the warden, not the accused
    r"|начальни[кц]\w*\s+(?:[а-яё-]+\s+)?(?:изолятор|ИВС|СИЗО|колони|ИК-?\d*|тюрьм|отдел|полици|УФСИН|ФСИН|ОВД|ОМВД"
    r"|спецпри[её]мник|учреждени)\w*(?:\s+[\w-]+)?\s+$",
    re.I,
)


def bystander(text: str, start: int) -> str | None:
    """«после доноса самарца Николая Комарова»: the informer is not the one the case is against."""
    return "other" if _BYSTANDER.search(text[max(0, start - 60) : start]) else None


# «в день рождения Путина», «штаба Навального», «в адрес Путина»: a name in the genitive after one of these
# nouns belongs to the noun phrase, not to the clause's verb; the fact is about someone else.
_POSSESSOR_HEADS = re.compile(
    r"(?:рождени|памят|годовщин|штаб|фонд|команд|движени|парти|имени|портрет|плакат|изображени|фотографи"
    r"|цитат|песн|книг|стих|убийств|гибел|похорон|могил|режим|правлени|правительств|администраци|указ|выступлени"
    r"|речи|речь|обращени|оскорблени|адрес|критик|честь|чест|сторонниц|сторонник|соратник|поддержк|сообществ|ячейк"
    r"|освобождени\s+политзаключ)[а-яё]*",
    re.I,
)
_TITLE = re.compile(r"(?:политик|оппозиционер|покойн)[а-яё]*", re.I)
_IN_HONOUR = re.compile(r"(?i)\bв\s+(?:честь|память|поддержку)\s+(?:[а-яё-]+\s+){1,5}$")
_NAME_FOLLOWS = re.compile(r"\s+[А-ЯЁ][а-яё]+")
_WORD_BEFORE = re.compile(r"(?<![\w-])([а-яё]+)[»\"]?\s+$", re.I)


def possessor(text: str, start: int, end: int) -> str | None:
    """«задержали на акции в день рождения Путина»: a genitive attribute of a noun, not the one acted on.

    A title may stand between: «координатора штаба политика Бориса Надеждина».
    """
    if _IN_HONOUR.search(text, max(0, start - 80), start):
        return "attribute"  # «в честь скончавшегося в колонии экстремиста Навального»: the one honoured
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m and not _POSSESSOR_HEADS.fullmatch(m.group(1)) and _TITLE.fullmatch(m.group(1)):
        m = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start(1))
    if not m or not _POSSESSOR_HEADS.fullmatch(m.group(1)):
        return None
    word = re.match(r"[\w-]+", text[start:end])
    found = morph.cases(word.group(0)) if word else set()
    if found and "gent" not in found:
        return None
    # «назначил трое суток ареста координатору штаба Ксении Середкиной»: the name agrees with the person noun
    # before the head and no other name follows: it is that person («координатора штаба Навального Ксению
    # Фадееву» has one after it, so Навальный is the attribute there)
    person = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start(1))
    if person is not None and found and not _NAME_FOLLOWS.match(text, end):
        parses = [p for p in morph.parses(person.group(1).lower()) if p.tag.POS == "NOUN" and "anim" in p.tag]
        if parses and {str(p.tag.case) for p in parses} & found - {"gent", "accs"}:
            return None
    return "attribute"


# «под псевдонимом "Олеся Украинка"»: an alias of the person just named, not another person.
_ALIAS = re.compile(
    r"(?:под\s+(?:псевдонимом|ником|именем)|по\s+прозвищу|известн\w*\s+как)\s*[«\"„]?\s*$", re.I
)


def alias(text: str, start: int) -> str | None:
    """«Воронова под псевдонимом "Олеся Украинка"»: the alias takes no facts and no pronoun points to it."""
    return "other" if _ALIAS.search(text[max(0, start - 40) : start]) else None


# A name right after «Кроме» / «Помимо» opening a clause: "besides X", the clause's fact is the others'.
_BESIDES = re.compile(r"(?:^|[,;:]\s*|\s)(?:[Кк]роме|[Пп]омимо)\s+(?:[а-яё]+\s+){0,2}$")
_ALSO = re.compile(r"(?<![\w-])(?:еще|ещё|также|тоже)(?![\w-])", re.I)
_DASH_OPENS = re.compile(r"\s+[—–]\s+(?:[а-яё-]+\s+){1,3}")  # «Москалева — отца школьницы Маши …»
_DASH = re.compile(r"\s[—–]\s")


def narrowed(
    text: str, start: int, end: int, candidates: list[Actor], fact: int
) -> tuple[list[Actor], list[str]]:
    """The candidates a fact at ``fact`` in the sentence ``start``..``end`` may be about, and the persons
    it is told of besides them.

    «Алексея Москалева — отца школьницы Маши Москалевой, нарисовавшей рисунок, — приговорили»: a name inside
    the dashes after another name describes that one. «Кроме Ильдара Дадина, по этой статье обвиняют ещё
    троих»: the fact is the others', and with «ещё», «также» his too.
    """
    described = [
        a
        for a in candidates
        if a.end < fact
        and any(b.end <= a.start and _DASH_OPENS.fullmatch(text, b.end, a.start) for b in candidates)
        and _DASH.search(text, a.end, fact) is not None
    ]
    candidates = [a for a in candidates if a not in described] or candidates
    others = [a for a in candidates if not _BESIDES.search(text[start : a.start])]
    if not others or len(others) == len(candidates):
        return candidates, []
    besides = (
        [p for a in candidates if a not in others for p in a.pids] if _ALSO.search(text, start, end) else []
    )
    return others, besides
