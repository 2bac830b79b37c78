"""Person names put in the nominative: the case and gender of a written name, read with pymorphy3.

«Ричарда Роуза» → «Ричард Роуз», «Марии Бонцлер» → «Мария Бонцлер», «Дмитрия Дыбу» → «Дмитрий Дыба». The word
before a name (an agreeing noun, a preposition, a transitive verb) and a name listed just before it help
where the forms alone are ambiguous.
"""

from __future__ import annotations

import re

from khronika.extract.ru.morph import (
    NAME_TAGS,
    is_given_name,
    is_patronymic,
    parses,
    unknown_indeclinable_man,
)
from khronika.extract.ru.name_forms import (
    NC_SURNAME,
    UNDECLINED_FOR_WOMEN,
    adjectival_surname,
    agreeing_parse,
    consonant_stem,
    foreign_male_name,
    male_surname,
    name_score,
    regular_in_another_case,
    regular_surname,
    restore_case,
    titled_woman,
)


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
        return [tokens[0], male_surname(tokens[1])], "masc", listed_in
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
    woman = titled_woman(tokens, hint)
    if woman is not None:
        return woman, "femn", "accs"
    if foreign_male and not (hint and all(g == "femn" for _, g in hint)):
        return foreign_male_name(tokens), "masc", "gent"
    best: tuple[float, list[str], str | None, str] | None = None
    for score, case, gender in choices:
        words = []
        total = score
        for token in tokens:
            regular = (
                (adjectival_surname(token, case, gender) or regular_surname(token, case, gender))
                if token is not anchor
                else None
            )
            if regular is not None:
                total += 1.0
                words.append(regular)
                continue
            parse = agreeing_parse(token, case, gender if gender in ("masc", "femn") else None)
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
                and not regular_in_another_case(token, case)
            ):
                # Men's surnames in -а/-я decline like feminine nouns («Дмитрия Дыбу» → «Дыба»); a regular
                # surname with another ending («Хабибулину», «Саутиевой») is no man's surname in that case
                parse = agreeing_parse(token, case, None)
            stem = consonant_stem(token, case) if parse is None and gender == "masc" else None
            if stem is not None and token is not anchor:
                # «активиста Энвера Кроша»: a man's surname ending in a consonant declines like «стол»
                total += 0.5
                words.append(stem)
                continue
            if (
                parse is None
                and gender == "femn"
                and token is not anchor
                and UNDECLINED_FOR_WOMEN.search(token)
            ):
                # «режиссеру Евгении Беркович»: a woman's surname ending in a consonant does not decline
                total += 0.5
                words.append(token)
                continue
            if parse is None:
                total -= 1.0  # a reading that leaves a word unexplained is a worse reading
                words.append(token)
                continue
            total += name_score(parse)
            inflected = parse.inflect({"nomn"})
            word = restore_case(token, inflected.word) if inflected is not None else token
            nc = NC_SURNAME.match(token)
            words.append(
                nc.group(1) if nc and word.endswith("нец") else word
            )  # «Мельконьянцу» → «Мельконьянц»
        if best is None or total > best[0]:
            best = (total, words, gender if gender in ("masc", "femn") else None, case)
    if best is None:
        return list(tokens), None, None
    return best[1], best[2], best[3]


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
    return (restore_case(word, inflected.word) if inflected is not None else word), gender
