"""Word forms of Russian names: a name's token inflected in agreement with a case and gender, regular and
adjectival surnames, a man's foreign given name in an oblique case, a woman's name after her title, and a
surname in a consonant («Кроша» → Крош, «Мельконьянцу» → Мельконьянц). ``nominative`` reads whole names.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from khronika.extract.ru import government
from khronika.extract.ru.morph import NAME_TAGS, is_given_name, parses
from khronika.names.given import table


def restore_case(original: str, word: str) -> str:
    """Capitalise ``word`` the way ``original`` is (Title, UPPER, Hyphen-Ated)."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е")  # the document's own spelling: «Новоселов» stays without ё
    if original.isupper() and len(original) > 1:
        return word.upper()
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@cache
def common_given_names() -> frozenset[str]:
    """The full given names of Khronika's name table, lower case (``khronika.names``)."""
    return frozenset(table().names)


def name_score(p: Any) -> float:
    """How well a parse reads as part of a person's name: name tags count, things («марта», «дыба») do not."""
    score = (
        float(p.score)
        + (1.0 if any(t in p.tag for t in NAME_TAGS) else 0.0)
        - (0.2 if "Fixd" in p.tag else 0.0)
        # «Игоре» is Игорь, not «Игор»; «Павле» Павел, not a surname «Павля»: a given name of the table
        + (0.3 if "Name" in p.tag and p.normal_form.replace("ё", "е") in common_given_names() else 0.0)
    )
    return score - 0.5 if "inan" in p.tag else score


def agreeing_parse(word: str, case: str, gender: str | None) -> Any | None:
    """The best parse of ``word`` in ``case`` (and ``gender`` when given), names preferred."""
    best = None
    best_score = -1.0
    for p in parses(word):
        if p.tag.case != case or p.tag.number == "plur" or p.tag.POS not in ("NOUN", "ADJF"):
            continue
        if gender and p.tag.gender is not None and str(p.tag.gender) != gender and "ms-f" not in p.tag:
            continue
        score = name_score(p)
        if score > best_score:
            best, best_score = p, score
    return best


# Russian surnames in -ов/-ев/-ин/-ын decline regularly; pymorphy3 often reads an unfamiliar one as an
# adjective («Сомовой» → «сомовая»), so their nominative is built from the endings.
_SURNAME_ENDINGS = {
    "masc": {"nomn": "", "gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"},
    "femn": {"nomn": "а", "gent": "ой", "datv": "ой", "ablt": "ой", "loct": "ой", "accs": "у"},
}
_SURNAME_STEM = re.compile(r"(?i)^([А-ЯЁ][а-яё-]*(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ою)?$")


def regular_surname(token: str, case: str, gender: str | None) -> str | None:
    """The nominative of a regular surname in ``case`` and ``gender``, or None when it is not one."""
    if "-" in token and not token.startswith("-"):
        # «Гимранова-Лион», «Кара-Мурзы»: the first part declines, an indeclinable second part stays
        head, tail = token.split("-", 1)
        first = regular_surname(head, case, gender)
        if first is not None and not _SURNAME_STEM.match(tail):
            return f"{first}-{tail}"
        second = regular_surname(tail, case, gender)
        if first is not None and second is not None:
            return f"{first}-{second}"  # «Александрову-Зорину» → Александрова-Зорина: both parts decline
    m = _SURNAME_STEM.match(token)
    if m is None or gender not in _SURNAME_ENDINGS or is_given_name(token):
        return None
    ending = m.group(2) or ""
    if _SURNAME_ENDINGS[gender].get(case) != ending and not (ending == "ою" and gender == "femn"):
        return None
    return m.group(1) + ("а" if gender == "femn" else "")


UNDECLINED_FOR_WOMEN = re.compile(r"[бвгджзклмнпрстфхцчшщ]$", re.I)


def adjectival_surname(token: str, case: str, gender: str | None) -> str | None:
    """«Анны Белой» → «Белая», «Ивана Белого» → «Белый»: a surname the dictionary knows only as an adjective
    declines as one. A stem in ‑ов/‑ев/‑ин («Ледовой», «Полевой») stays a surname in ‑ова, by far the more
    common reading, though «Полевая» exists too."""
    if gender not in ("masc", "femn") or re.search(r"(?:ов|ев|ёв|ин|ын)(?:ой|ого|ому|ым|ом)$", token, re.I):
        return None
    found = parses(token)
    if any("Surn" in p.tag or "Name" in p.tag for p in found):
        return None
    for p in found:
        if p.tag.POS == "ADJF" and "Poss" not in p.tag and p.tag.case == case and p.tag.gender == gender:
            inflected = p.inflect({"nomn", "sing", gender})
            if inflected is not None:
                return restore_case(token, inflected.word)
    return None


def titled_woman(tokens: list[str], hint: set[tuple[str, str]] | None) -> list[str] | None:
    """«активистку Раджану Дугарову»: after a woman's title in the accusative, a given name the dictionary
    knows only as a man's («Раджан») is a woman's in ‑у, when the surname is a woman's in ‑ову/‑еву/‑ину."""
    if not hint or hint != {("accs", "femn")} or len(tokens) != 2:
        return None
    given, surname = tokens
    if any("femn" in p.tag for p in parses(given) if p.tag.POS == "NOUN"):
        return None  # the dictionary has a woman's reading: the usual path finds it
    if not re.search(r"[бвгджзклмнпрстфхцчшщ]у$", given.lower()):
        return None
    female = regular_surname(surname, "accs", "femn")
    return [given[:-1] + "а", female] if female is not None else None


def foreign_male_name(tokens: list[str]) -> list[str]:
    """A man's name in the genitive/accusative put in the nominative: «Сервета Газиева» → «Сервет Газиев»."""
    given = tokens[0][:-1] + ("ь" if tokens[0].endswith("я") else "")  # «Фаиля Алсынова» → «Фаиль»
    return [given, *(male_surname(token) for token in tokens[1:])]


def male_surname(token: str) -> str:
    """A man's surname in the genitive/accusative put in the nominative: «Газиева» → «Газиев»."""
    parse = agreeing_parse(token, "gent", "masc") or agreeing_parse(token, "accs", "masc")
    inflected = parse.inflect({"nomn"}) if parse is not None else None
    if inflected is not None:
        return restore_case(token, inflected.word)
    return token[:-1] if token.lower().endswith("а") else token


NC_SURNAME = re.compile(r"(.*[яеаи]нц)(?:а|у|ом|ем|е)$")  # Armenian «-янц»: no fleeting vowel


def regular_in_another_case(token: str, case: str) -> bool:
    """True when ``token`` is an -ов/-ин surname whose ending is not the masculine one of ``case``."""
    if re.search(r"(?:ск|цк)(?:ой|ую|ая)$", token.lower()):
        return True  # «Фаворской», «Белоцкую»: an adjectival surname in a woman's form
    m = _SURNAME_STEM.match(token)
    return m is not None and (m.group(2) or "") != _SURNAME_ENDINGS["masc"].get(case)


_CONSONANT_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}


def consonant_stem(token: str, case: str) -> str | None:
    """«Кроша» in the genitive is «Крош»: a consonant stem with the ending of ``case`` taken off."""
    ending = _CONSONANT_ENDINGS.get(case)
    if ending is None or not token.lower().endswith(ending) or len(token) < len(ending) + 3:
        return None
    stem = token[: -len(ending)]
    return stem if re.search(r"[бвгджзклмнпрстфхцчшщ]$", stem, re.I) else None


def word_before(before: str) -> str | None:
    """The word in lower case right before a name, which may govern its case and gender («активистку Марию»,
    «16-летнюю Козыреву»); None after another name or a capitalised word («супруга Антонца Антонина»)."""
    m = re.search(r"(?:^|\s)(?:\d+-)?([а-яёА-ЯЁ][а-яёА-ЯЁ-]*)[^а-яёА-ЯЁ\s]*\s*$", before[-40:])
    return m.group(1).lower() if m and m.group(1)[0].islower() else None


def agreed_surname(word: str, before: str) -> tuple[str, str] | None:
    """A lone surname and its gender, when the word right before it agrees with only one gender («16-летнюю
    Козыреву» is Козырева, «жителю Козыреву» Козырев)."""
    governing = word_before(before)
    if governing is None:
        return None
    hint = {(case, gender) for case, gender in government.agreement_hint(governing) if gender != "*"}
    genders = {gender for _, gender in hint}
    if len(genders) != 1:
        return None
    gender = genders.pop()
    forms = {f for case, g in hint if (f := regular_surname(word, case, g))}
    return (forms.pop(), gender) if len(forms) == 1 else None
