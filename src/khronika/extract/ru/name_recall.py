"""Mentions around grouping: a surname-first name NER split in two, two given names sharing a plural surname
(before grouping); the mentions NER left out of a known surname, and surnames corrected by the nominative of a
subject that opens its clause («Майкла Наки … где Наки обсуждал») (after it)."""

from __future__ import annotations

import bisect
import itertools
import re

from khronika.extract.facts import Span
from khronika.extract.ru import morph, nominative
from khronika.extract.ru.nlp import Entity
from khronika.extract.ru.person_records import NameMention, Person, key, same_name, verb_gender

# What may stand before a subject that opens its clause: the text's or a sentence's start, a comma or dash, a
# conjunction or relative word.
_CLAUSE_OPENS = re.compile(
    r"(?:^|[.!?:;,—–(]\s*|\n\s*|(?<![\w-])(?:где|когда|что|как|и|а|но|ведь|сам|сама|тогда|затем|потом)\s+)$",
    re.I,
)


def surnames_seen_as_subjects(text: str, persons: list[Person]) -> None:
    """«Дело против него возбудили из-за ролика, где Наки обсуждал…»: a lone surname right before a past-tense
    verb of the person's gender is the subject, so in the nominative; it corrects a surname read from an
    oblique case («Майкла Наки» read as «Нака», like «Дыбы» → «Дыба»)."""
    for person in persons:
        if not person.surname or not person.gender or " " in person.surname:
            continue
        for mention in person.mentions:
            word = mention.word
            if not word or key(word) == key(person.surname) or not same_name(word, person.surname):
                continue
            end = mention.span["end"]
            if mention.given or not (verb_gender(text, end) == person.gender or _copula(text, end)):
                continue  # «Наки обсуждал», «Трактор — член комиссии»
            if not _CLAUSE_OPENS.search(text[max(0, mention.span["start"] - 12) : mention.span["start"]]):
                continue  # «о переводе Рыжова сообщал его адвокат»: a genitive before an inverted subject
            person.surname = word
            break


def _copula(text: str, end: int) -> bool:
    """«Трактор — член избирательной комиссии»: a dash and a noun in the nominative after a name (not «а
    Мартынову — шесть лет»)."""
    m = re.match(r"\s+[—–]\s+([а-яё]+)", text[end : end + 40])
    return m is not None and any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and "Name" not in p.tag for p in morph.parses(m.group(1))
    )


_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:в|во|из|под|около|возле|близ)\s+$", re.I)
_AFTER_NAMESAKE = re.compile(r"(?:имени|им\.|улиц\w*|проспект\w*|площад\w*)\s*$", re.I)


def missed_surnames(text: str, entities: list[Entity], persons: list[Person]) -> None:
    """Add the mentions NER left out of a surname already known from a full name: «Протоколы на Свердлина,
    Истеева и Губина составили…» after «Григория Свердлина, … Давид Истеева». The word must be the surname
    of exactly one person with a full name, outside an organisation or a name already read, and not a common
    word opening a sentence."""
    full = [p for p in persons if p.given and p.surname and " " not in p.surname]
    if not full:
        return
    # Inside an organisation's span, or a name already read, a word is not this mention; a single word NER
    # called a place («Остеева») or that was dropped as a town's name («Губкина») may be the person.
    mentioned = [(x.span["start"], x.span["end"]) for p in persons for x in p.mentions]
    taken = sorted(
        [(e.start, e.end) for e in entities if e.kind == "ORG" or " " in e.text.strip()] + mentioned
    )
    starts = [t[0] for t in taken]
    for m in _CAPITALISED.finditer(text):
        start, end, word = m.start(), m.end(), m.group(0)
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and taken[i][1] > start:
            continue
        if _PLACE_BEFORE.search(text, max(0, start - 7), start):
            continue  # «в Губкине»
        owners = [p for p in full if same_name(str(p.surname), word)]
        if len(owners) != 1 or morph.is_given_name(word):
            continue
        opening = re.search(r"(?:^|[.!?…]\s+|\n\s*)$", text[max(0, start - 3) : start]) is not None
        if opening and morph.is_common_noun(word):
            continue
        if _AFTER_NAMESAKE.search(text, max(0, start - 12), start):
            continue  # «улица Губина», «школа имени Губина»
        form, gender = nominative.surname_nominative(word)
        span: Span = {"start": start, "end": end, "text": word}
        owners[0].mentions.append(NameMention(span, None, None, form, gender, word))


_PLURAL_TAIL = re.compile(r"(?i)^([а-яё-]*(?:ов|ев|ёв|ин|ын))(?:ы|ых|ым|ыми)$")


def share_plural_surnames(text: str, mentions: list[NameMention]) -> None:
    """«Андрей и Евгений Суворковы», «супругов Константина и Снежаны Баженовых»: two given names sharing one
    surname in the plural are two persons, each with the surname in the singular of their own gender."""
    for first, second in itertools.pairwise(mentions):
        if not second.given or not second.surname:
            continue
        lone = first.surname and not first.given and len(first.span["text"].split()) == 1
        if (first.surname or not first.given) and not lone:
            continue
        if not re.fullmatch(r"\s+и\s+", text[first.span["end"] : second.span["start"]]):
            continue
        written = second.span["text"].split()[-1]
        m = _PLURAL_TAIL.match(written)
        if m is None:
            continue
        stem = m.group(1)
        if lone:
            # «Шукри и Сейтумеру Сейтумеровым», «Амету и Айдеру Сулеймановым»: the first word, read as a
            # surname alone, is the first person's given name
            first.given, first.gender = first.surname, first.gender or second.gender
        for mention in (first, second):
            mention.surname = stem + ("а" if mention.gender == "femn" else "")
            mention.word = None


def join_surname_first(text: str, entities: list[Entity]) -> list[Entity]:
    """«Доценко Александр Леонидович», which NER may split into a surname and a given name with patronymic."""
    joined: list[Entity] = []
    for e in entities:
        last = joined[-1] if joined else None
        if (
            last is not None and last.kind == e.kind == "PER"
            and text[last.end : e.start] == " "
            and len(last.text.split()) == 1 and len(e.text.split()) == 2
            and not morph.is_given_name(last.text)
            and morph.is_given_name(e.text.split()[0]) and morph.is_patronymic(e.text.split()[1])
        ):  # fmt: skip
            joined[-1] = Entity("PER", last.start, e.end, text[last.start : e.end])
            continue
        joined.append(e)
    return joined
