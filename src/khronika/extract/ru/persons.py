"""Persons: natasha's PER spans put in the nominative and grouped into one person per real individual.

A full name («Ричарда Роуза») founds a person; a surname or a given name alone («Роуза», «Мария») joins the
person with that name mentioned most recently (so «Роуз» shared by Ричард and Мария goes to whoever the text
was last about, and a given name picks exactly one of them).
"""

from __future__ import annotations

import re

from khronika.extract.facts import Span
from khronika.extract.ru import government, morph, name_sex, nominative
from khronika.extract.ru.name_forms import agreed_surname, word_before
from khronika.extract.ru.name_recall import (
    join_surname_first,
    missed_surnames,
    share_plural_surnames,
    surnames_seen_as_subjects,
)
from khronika.extract.ru.nlp import Entity
from khronika.extract.ru.noun_phrase import head_hint, lone_surname_gender, recipient_hint
from khronika.extract.ru.person_records import (
    NameMention,
    Person,
    apposed_reading,
    key,
    same_name,
    verb_gender,
)

__all__ = ["NameMention", "Person", "family_of", "group_persons", "key", "name_mention", "same_name"]

_WORD = re.compile(r"[А-ЯЁA-Z][\w'’-]*")
# Initials written without a space: «Смирнова О.Б.», «О.Б. Смирнова».
_COMPACT_INITIALS = re.compile(r"(?<![\w.])[А-ЯЁA-Z]\.[А-ЯЁA-Z]\.")
_BEFORE = 90  # the text before a name that may govern its case


def name_mention(
    entity: Entity,
    before: str = "",
    case: str | None = None,
    verb_gender: str | None = None,
    only_case: str | None = None,
    agrees: tuple[str, str] | None = None,
) -> NameMention | None:
    """Read a PER span as a name: which word is the given name, patronymic and surname, in the nominative.

    ``case`` is the case of a name listed just before this one («Анастасию Чумакову и Марину Халандач»).
    """
    words = _WORD.findall(entity.text)
    spaced = len(words) == len(entity.text.split()) or _COMPACT_INITIALS.search(entity.text) is not None
    if not words or len(words) > 4 or not spaced:
        return None
    if any(_NOT_A_NAME.search(w) for w in words):
        return None
    span: Span = {"start": entity.start, "end": entity.end, "text": entity.text}
    initials = [w for w in words if len(w) == 1]
    if len(words) == 2 and len(words[1]) == 1 and morph.is_given_name(words[0]):
        # «Дмитрий Ч.»: a given name and the initial of a surname, as reports shield a person
        first, gender = nominative.surname_nominative(words[0])
        return NameMention(span, first, None, f"{words[1]}.", gender)
    if initials and len(initials) < len(words):
        # «И. Н. Петрова», «Смирнова О.Б.»: the initials stay as written, the surname goes in the nominative.
        surname, gender = nominative.surname_nominative(words[0] if len(words[0]) > 1 else words[-1])
        return NameMention(span, " ".join(f"{i}." for i in initials), None, surname, gender)
    if len(words) == 1:
        word = words[0]
        if not morph.is_given_name(word) and morph.is_place(word):
            return None
        form, gender = nominative.surname_nominative(word)
        if morph.is_given_name(word):
            return NameMention(span, form, None, None, gender, word)
        agreed = agreed_surname(word, before)
        if agreed is not None:  # «на 16-летнюю Козыреву»: the adjective says she is a woman
            return NameMention(span, None, None, agreed[0], agreed[1], word, hinted=True)
        return NameMention(span, None, None, form, gender, word)
    # The word right before the name governs its case («активистку Марию …»); after another name («супруга
    # Антонца Антонина Зимина», «вместе с Середкиной Валерия Дзбоева») nothing does.
    governing = word_before(before)
    previous = [governing] if governing else []
    kin = _KIN_OF.search(before[-50:])
    if kin:
        previous = [kin.group(1).lower()]  # «супруга Антонца Антонина Зимина»: the wife is the one named
    hint = government.agreement_hint(previous[-1]) if previous else set()
    if not hint and not kin:
        hint = head_hint(before) or recipient_hint(before)
    if case:
        hint = {*hint, (case, "*")}
    if agrees:
        hint = {*hint, agrees}  # «Станислава Вотолина, задержанного …»: the word in apposition agrees
    if verb_gender:
        hint = {
            *hint,
            ("nomn", verb_gender),
        }  # «Валерия Дзбоева получила»: the verb's gender is the subject's
    forms, gender, read_case = nominative.name_reading(words, hint or None, only_case)
    given = patronymic = None
    rest: list[str] = []
    if (
        len(words) == 3 and not morph.is_given_name(words[0])
        and morph.is_given_name(words[1]) and morph.is_patronymic(words[2])
    ):  # fmt: skip
        # «Доценко Александр Леонидович»: surname first, as in court documents and registers
        return NameMention(span, forms[1], forms[2], forms[0], gender, case=read_case)
    for original, word in zip(words, forms, strict=True):
        if given is None and morph.is_given_name(original) and not rest:
            given = word
        elif (
            patronymic is None
            and given is not None
            and morph.is_patronymic(original)
            and (len(words) > 2 or _from_given_name(original))
        ):
            # «Иван Иванович» is a name and patronymic; «Евгении Беркович» a name and a surname in ‑ович
            patronymic = word
        else:
            rest.append(word)
    if given is None and len(rest) >= 2:
        given, rest = rest[0], rest[1:]
    elif given is None and rest and morph.is_given_name(words[-1]):
        given, rest = forms[-1], rest[:-1]
    return NameMention(span, given, patronymic, " ".join(rest) or None, gender, case=read_case)


_KIN_OF = re.compile(
    r"(?<![\w-])(супруга|супругу|супруги|супругой|жена|жену|жены|женой|мать|матери|дочь|дочери|сестра|сестру|сестры"
    r"|вдова|вдову|вдовы|муж|мужа|мужу|сын|сына|сыну|брат|брата|брату|отец|отца|отцу)\s+[А-ЯЁ][а-яё-]+\s+$"
)
_PLURAL_SURNAME = re.compile(r"([А-ЯЁ][а-яё-]*(?:ов|ев|ёв|ин|ын))(?:ых|ым|ыми)", re.I)
# Not persons, though NER often reads them so: «Свидетелям Иеговы» is a faith, «Хизб ут-Тахрир» a party.
_NOT_A_NAME = re.compile(r"(?i)иегов|^хизб|тахрир")


_PATRONYMIC_SUFFIX = re.compile(r"(?i)(.+?)(ович|евич|овн|евн|ичн)[а-я]*$")


def _from_given_name(word: str) -> bool:
    """True when a patronymic-looking word is built on a given name («Иванович» on Иван, «Сергеевич» on
    Сергей, «Игоревна» on Игорь), unlike a surname in ‑ович («Беркович»)."""
    m = _PATRONYMIC_SUFFIX.match(word)
    if m is None:
        return False
    stem = m.group(1)
    forms = (stem, stem + "й", stem + "ь", stem + "а", stem[:-1] + "ий")  # Иван, Сергей, Игорь, Никита, Юрий
    return any(morph.is_given_name(form) for form in forms)


def family_of(word: str, persons: list[Person]) -> list[str]:
    """The persons a plural surname («Баженовых», «супругам Роузам» aside) stands for: two or more persons
    named in the text whose surname it is."""
    m = _PLURAL_SURNAME.fullmatch(word)
    if m is None:
        return []
    stem = key(m.group(1))
    members = [p.pid for p in persons if p.surname and key(p.surname).removesuffix("а") == stem]
    return members if len(members) >= 2 else []


def _entity_of(mention: NameMention) -> Entity:
    return Entity("PER", mention.span["start"], mention.span["end"], mention.span["text"])


def _reread(m: NameMention, text: str, agrees: tuple[str, str]) -> NameMention | None:
    """A full mention read again in the given case and gender (see ``name_sex``)."""
    before = text[max(0, m.span["start"] - _BEFORE) : m.span["start"]]
    again = name_mention(_entity_of(m), before, agrees=agrees)
    if again is None or again.gender != agrees[1]:
        # «депутата областной Думы Александра Воробьева»: the noun before («Думы») is no head of the name
        again = name_mention(_entity_of(m), "", agrees=agrees)
    return again


def group_persons(text: str, entities: list[Entity]) -> list[Person]:
    """Group PER spans into persons, numbered p1, p2… in order of first mention."""
    mentions: list[NameMention] = []
    for e in join_surname_first(text, entities):
        if e.kind != "PER":
            continue
        previous = mentions[-1] if mentions else None
        listed = previous is not None and re.fullmatch(
            r"\s*(?:,|и|,\s*и|а\s+также)\s*", text[previous.span["end"] : e.start]
        )  # fmt: skip
        preceding = text[max(0, e.start - _BEFORE) : e.start]
        m = name_mention(e, preceding, previous.case if listed and previous else None)
        if m is not None and m.gender is not None and m.given and m.surname:
            gender = verb_gender(text, e.end)
            if gender is not None and gender != m.gender:
                m = name_mention(e, preceding, None, gender) or m
            apposed = apposed_reading(text, e.end)
            if apposed is not None and apposed[1] != m.gender:
                m = name_mention(e, preceding, agrees=apposed) or m
        if m is not None:
            if listed and previous is not None and m.case and previous.case != m.case and previous.given:
                # «у активистов … Евгения Затеева и Валентина Хорошенина»: a second name that reads in the
                # first's case too is in it
                agreeing = name_mention(e, preceding, only_case=previous.case)
                if agreeing is not None and agreeing.case == previous.case and agreeing.given:
                    m = agreeing
                else:
                    # «…по этому делу Юлия Бояршинова и Виктора Филинкова»: the second name's case, if the
                    # first can be read in it, is the first's too («Юлия» is also the genitive of «Юлий»)
                    again = name_mention(_entity_of(previous), "", only_case=m.case)
                    if again is not None and again.case == m.case and again.given:
                        mentions[-1] = again
            mentions.append(m)
    share_plural_surnames(text, mentions)
    persons: list[Person] = []
    index: dict[str, list[Person]] = {}  # the first three letters of a name -> persons who bear it

    order: dict[int, int] = {}

    def add(person: Person) -> None:
        order[id(person)] = len(persons)
        persons.append(person)
        words = (person.given, person.surname, *(person.surname or "").split("-")[1:])
        for part in {key(w)[:3] for w in words if w}:
            index.setdefault(part, []).append(person)

    def near(m: NameMention) -> list[Person]:
        parts = {key(w)[:3] for w in (m.word, m.given, m.surname) if w}
        return sorted(
            {id(p): p for part in parts for p in index.get(part, [])}.values(), key=lambda p: order[id(p)]
        )

    for m in mentions:  # full names first: they decide who exists
        if m.given and m.surname:
            same = next((p for p in near(m) if p.matches(m)), None)
            if same is None:
                add(Person("", m.given, m.patronymic, m.surname, m.gender, [m]))
            else:
                same.mentions.append(m)
                same.patronymic = same.patronymic or m.patronymic
                same.given = same.given or m.given
    for m in mentions:
        if m.given and m.surname:
            continue
        if m.word and family_of(m.word, persons):
            continue  # «Баженовых»: the family, whom ``family_of`` finds again when reading the sentence
        # A surname match beats a given-name match: «Осипова» is Осипов, not a man named Осип.
        pool = near(m)
        candidates = [p for p in pool if p.surname_matches(m)] or [p for p in pool if p.given_matches(m)]
        if not candidates and m.word and morph.is_common_noun(m.word):
            continue  # «Журналист», «Краевед» capitalised at a sentence start are not names
        if not candidates:
            add(Person("", m.given, m.patronymic, m.surname, m.gender, [m]))
            continue
        if m.word and len({p.gender for p in candidates}) > 1:
            shown = lone_surname_gender(text, m.span["start"], m.span["end"])
            candidates = [p for p in candidates if p.gender == shown] or candidates
        before = [p for p in candidates if any(x.span["start"] < m.span["start"] for x in p.mentions)]
        chosen = max(
            before or candidates,
            key=lambda p: max(
                (x.span["start"] for x in p.mentions if x.span["start"] < m.span["start"]), default=-1
            ),
        )
        chosen.mentions.append(m)
        chosen.patronymic = chosen.patronymic or m.patronymic
        if m.hinted and not chosen.given and m.gender != chosen.gender:
            # «Козыреву задержали… на 16-летнюю Козыреву»: the one mention that shows the gender decides
            chosen.surname, chosen.gender = m.surname, m.gender
    missed_surnames(text, entities, persons)
    surnames_seen_as_subjects(text, persons)
    for person in persons:
        name_sex.man_by_his_plain_surname(text, person, _reread)
        name_sex.woman_by_her_verb(text, person, _reread)
    for p in persons:
        p.mentions.sort(key=lambda x: x.span["start"])
        if p.gender is None:
            p.gender = next((x.gender for x in p.mentions if x.gender), None)
    persons.sort(key=lambda p: p.mentions[0].span["start"])
    for i, p in enumerate(persons, 1):
        p.pid = f"p{i}"
    return persons
