"""Person names put in the nominative: the case and gender of a written name, read with pymorphy3.

«Ричарда Роуза» → «Ричард Роуз», «Марии Бонцлер» → «Мария Бонцлер», «Дмитрия Дыбу» → «Дмитрий Дыба». The word
before a name (an agreeing noun, a preposition, a transitive verb) and a name listed just before it help
where the forms alone are ambiguous.
"""

from __future__ import annotations

import re
from typing import Any

from khronika.extract.ru.morph import (
    NAME_TAGS,
    is_given_name,
    is_patronymic,
    parses,
    unknown_indeclinable_man,
)


def _restore_case(original: str, word: str) -> str:
    """Capitalise ``word`` the way ``original`` is (Title, UPPER, Hyphen-Ated)."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е")  # the document's own spelling: «Новоселов» stays without ё
    if original.isupper() and len(original) > 1:
        return word.upper()
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _name_score(p: Any) -> float:
    """How well a parse reads as part of a person's name: name tags count, things («марта», «дыба») do not."""
    score = (
        float(p.score)
        + (1.0 if any(t in p.tag for t in NAME_TAGS) else 0.0)
        - (0.2 if "Fixd" in p.tag else 0.0)
    )
    return score - 0.5 if "inan" in p.tag else score


def _agreeing(word: str, case: str, gender: str | None) -> Any | None:
    """The best parse of ``word`` in ``case`` (and ``gender`` when given), names preferred."""
    best = None
    best_score = -1.0
    for p in parses(word):
        if p.tag.case != case or p.tag.number == "plur" or p.tag.POS not in ("NOUN", "ADJF"):
            continue
        if gender and p.tag.gender is not None and str(p.tag.gender) != gender and "ms-f" not in p.tag:
            continue
        score = _name_score(p)
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
    m = _SURNAME_STEM.match(token)
    if m is None or gender not in _SURNAME_ENDINGS or is_given_name(token):
        return None
    ending = m.group(2) or ""
    if _SURNAME_ENDINGS[gender].get(case) != ending and not (ending == "ою" and gender == "femn"):
        return None
    return m.group(1) + ("а" if gender == "femn" else "")


_UNDECLINED_FOR_WOMEN = re.compile(r"[бвгджзклмнпрстфхцчшщ]$", re.I)


def _adjectival_surname(token: str, case: str, gender: str | None) -> str | None:
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
                return _restore_case(token, inflected.word)
    return None


def _titled_woman(tokens: list[str], hint: set[tuple[str, str]] | None) -> list[str] | None:
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


def _foreign_male(tokens: list[str]) -> list[str]:
    """A man's name in the genitive/accusative put in the nominative: «Сервета Газиева» → «Сервет Газиев»."""
    words = [tokens[0][:-1] + ("ь" if tokens[0].endswith("я") else "")]  # «Фаиля Алсынова» → «Фаиль»
    for token in tokens[1:]:
        parse = _agreeing(token, "gent", "masc") or _agreeing(token, "accs", "masc")
        inflected = parse.inflect({"nomn"}) if parse is not None else None
        if inflected is not None:
            words.append(_restore_case(token, inflected.word))
        else:
            words.append(token[:-1] if token.lower().endswith("а") else token)
    return words


def name_nominative(
    tokens: list[str], hint: set[tuple[str, str]] | None = None
) -> tuple[list[str], str | None]:
    """The tokens of a person's name put in the nominative, and the name's gender ("masc"/"femn"/None)."""
    words, gender, _ = name_reading(tokens, hint)
    return words, gender


def name_reading(
    tokens: list[str], hint: set[tuple[str, str]] | None = None, only_case: str | None = None
) -> tuple[list[str], str | None, str | None]:
    """A name's tokens in the nominative, its gender, and the case it was written in.

    The case and gender are read from the token pymorphy3 knows best (a given name, else a patronymic, else
    the first token), and every other token is inflected in agreement; a token with no agreeing form (a
    foreign or indeclinable surname: «Марии Бонцлер») is kept as written.
    """
    if not tokens:
        return [], None, None
    anchor = next((t for t in tokens if is_given_name(t)), None) or next(
        (t for t in tokens if is_patronymic(t)), None
    )
    # «Зелимхана Мовлаева», «Бахрома Хамроева»: a given name the dictionary does not know, in -а, before a
    # surname in -ова/-ина, is far more often a man's name in the genitive or accusative than a woman's.
    foreign_male = (
        len(tokens) >= 2
        and not any(p.is_known and "Name" in p.tag for p in parses(tokens[0]))
        and re.search(r"[бвгджзйклмнпрстфхцчшщ][ая]$", tokens[0].lower()) is not None
        and (
            re.search(r"(?:ов|ев|ёв|ин|ын)а$", tokens[-1].lower()) is not None
            or (
                not any(p.is_known for p in parses(tokens[-1]))
                and re.search(r"[бвгджзклмнпрстфхцчшщ]а$", tokens[-1].lower()) is not None
            )
        )
    )
    listed_in = only_case or next(
        (c for c, g in sorted(hint or ()) if g == "*" or (g == "masc" and c in ("gent", "accs"))), None
    )
    if listed_in in ("gent", "accs") and unknown_indeclinable_man(tokens):
        # «…Рустема Ваитова и Нури Примова», listed with names in the genitive: his surname is in it too
        return [tokens[0], _foreign_male(["x" + tokens[0], tokens[1]])[1]], "masc", listed_in
    choices = []
    for p in parses(anchor or tokens[0]):
        if p.tag.case and p.tag.number != "plur" and p.tag.POS == "NOUN":
            bonus = 1.0 if any(t in p.tag for t in NAME_TAGS) else 0.0
            gender = str(p.tag.gender) if p.tag.gender else None
            if hint and not p.is_known and (str(p.tag.case), gender) in hint:
                # Only a name the dictionary does not know needs its neighbour: «жена учителя Марта» is Марта.
                bonus += 1.5
            if hint and (str(p.tag.case), "*") in hint:
                bonus += 0.8
            if hint and p.is_known and gender == "femn" and (str(p.tag.case), gender) in hint:
                bonus += 0.8  # «поэтесса Василина Орлова»: a woman's title decides a name read both ways
            if "inan" in p.tag:
                bonus -= 0.5  # «Бахрома» the fringe is not a person
            if "Fixd" in p.tag:
                bonus -= 0.2  # «Анне» is far more often Анна declined than the indeclinable French Anne
            if str(p.tag.case) == "accs":
                bonus += 0.1  # a tie («Марину» Марина or Марин): the persecuted are mostly objects
            choices.append((float(p.score) + bonus, str(p.tag.case), gender))
    gendered = {h for h in hint or set() if h[1] != "*"}
    agreeing = [c for c in choices if (c[1], c[2]) in gendered]
    if gendered and agreeing:
        # «активистку Александру Козичеву»: a title in apposition agrees with the name; a reading in another
        # case and gender («Александру» as a man's dative) cannot be the one
        choices = agreeing
    elif gendered & {("gent", "masc"), ("accs", "masc")} and re.search(
        r"(?:ов|ев|ин|ын)а$", tokens[-1].lower()
    ):
        foreign_male = foreign_male or (
            len(tokens) == 2 and re.search(r"[ая]$", tokens[0].lower()) is not None
        )
    if only_case is not None:
        # the case is known from elsewhere (a name listed with this one): keep the readings in it, if any
        choices = [c for c in choices if c[1] == only_case] or choices
    woman = _titled_woman(tokens, hint)
    if woman is not None:
        return woman, "femn", "accs"
    if foreign_male and not (hint and all(g == "femn" for _, g in hint)):
        return _foreign_male(tokens), "masc", "gent"
    best: tuple[float, list[str], str | None, str] | None = None
    for score, case, gender in choices:
        words = []
        total = score
        for token in tokens:
            regular = (
                (_adjectival_surname(token, case, gender) or regular_surname(token, case, gender))
                if token is not anchor
                else None
            )
            if regular is not None:
                total += 1.0
                words.append(regular)
                continue
            parse = _agreeing(token, case, gender if gender in ("masc", "femn") else None)
            if (
                parse is None
                and gender == "masc"
                and case == "nomn"
                and token is not anchor
                and len(tokens) == 2
            ):
                male = re.match(r"(.+(?:ов|ев|ёв|ин|ын))а$", token, re.I)
                if male:
                    # «директора … Давид Истеева»: a man's given name left undeclined before his surname in
                    # the genitive; «Давид» and «Истеева» cannot both be nominative
                    total -= 0.5
                    words.append(male.group(1))
                    continue
            if (
                parse is None
                and gender == "masc"
                and token is not anchor
                and not _regular_in_another_case(token, case)
            ):
                # Men's surnames in -а/-я decline like feminine nouns («Дмитрия Дыбу» → «Дыба»); a regular
                # surname with another ending («Хабибулину», «Саутиевой») is no man's surname in that case
                parse = _agreeing(token, case, None)
            stem = _consonant_stem(token, case) if parse is None and gender == "masc" else None
            if stem is not None and token is not anchor:
                # «активиста Энвера Кроша»: a man's surname ending in a consonant declines like «стол»
                total += 0.5
                words.append(stem)
                continue
            if (
                parse is None
                and gender == "femn"
                and token is not anchor
                and _UNDECLINED_FOR_WOMEN.search(token)
            ):
                # «режиссеру Евгении Беркович»: a woman's surname ending in a consonant does not decline
                total += 0.5
                words.append(token)
                continue
            if parse is None:
                total -= 1.0  # a reading that leaves a word unexplained is a worse reading
                words.append(token)
                continue
            total += _name_score(parse)
            inflected = parse.inflect({"nomn"})
            word = _restore_case(token, inflected.word) if inflected is not None else token
            nc = _NC_SURNAME.match(token)
            words.append(
                nc.group(1) if nc and word.endswith("нец") else word
            )  # «Мельконьянцу» → «Мельконьянц»
        if best is None or total > best[0]:
            best = (total, words, gender if gender in ("masc", "femn") else None, case)
    if best is None:
        return list(tokens), None, None
    return best[1], best[2], best[3]


_NC_SURNAME = re.compile(r"(.*[яеаи]нц)(?:а|у|ом|ем|е)$")  # Armenian «-янц»: no fleeting vowel


def _regular_in_another_case(token: str, case: str) -> bool:
    """True when ``token`` is an -ов/-ин surname whose ending is not the masculine one of ``case``."""
    if re.search(r"(?:ск|цк)(?:ой|ую|ая)$", token.lower()):
        return True  # «Фаворской», «Белоцкую»: an adjectival surname in a woman's form
    m = _SURNAME_STEM.match(token)
    return m is not None and (m.group(2) or "") != _SURNAME_ENDINGS["masc"].get(case)


_CONSONANT_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}


def _consonant_stem(token: str, case: str) -> str | None:
    """«Кроша» in the genitive is «Крош»: a consonant stem with the ending of ``case`` taken off."""
    ending = _CONSONANT_ENDINGS.get(case)
    if ending is None or not token.lower().endswith(ending) or len(token) < len(ending) + 3:
        return None
    stem = token[: -len(ending)]
    return stem if re.search(r"[бвгджзклмнпрстфхцчшщ]$", stem, re.I) else None


def surname_nominative(word: str) -> tuple[str, str | None]:
    """A lone surname (or given name) in the nominative, with its gender when the form shows it."""
    candidates = [p for p in parses(word) if p.tag.POS == "NOUN" and p.tag.number != "plur"]
    named = [p for p in candidates if any(t in p.tag for t in NAME_TAGS)]
    pool = named or candidates
    if not pool:
        return word, None
    best = max(pool, key=lambda p: float(p.score))
    if best.tag.case == "nomn":
        nominative_gender = str(best.tag.gender) if best.tag.gender else None
        return word, nominative_gender if nominative_gender in ("masc", "femn") else None
    inflected = best.inflect({"nomn"})
    gender = str(best.tag.gender) if best.tag.gender else None
    gender = gender if gender in ("masc", "femn") else None
    return (_restore_case(word, inflected.word) if inflected is not None else word), gender
