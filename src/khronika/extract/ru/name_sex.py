"""A person's sex read again from the rest of the text, when a full name's form fits both a man and a woman.

«Рафису Кашапову» is a man's dative or a woman's accusative; «Александру Чуракову» likewise. The first reading
of the name picks one; what the text says of the person later (the plain surname «Кашапов», a feminine verb
after «Чуракова») may show the other. ``persons.group_persons`` passes ``reread``, which reads a full mention
again in a given case and gender.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from khronika.extract.ru import morph
from khronika.extract.ru.person_records import NameMention, Person

Reread = Callable[[NameMention, str, tuple[str, str]], NameMention | None]
_CASES = ("datv", "gent", "accs", "ablt", "loct", "nomn")


def man_by_his_plain_surname(text: str, person: Person, reread: Reread) -> None:
    """«Рафису Кашапову предъявлено обвинение … Кашапов обвиняется»: a full name read as a woman's («Рафиса
    Кашапова», the accusative reading) is a man's when the text also writes the surname in the man's
    nominative on its own."""
    surname = person.surname or ""
    if person.gender != "femn" or not person.given or not re.search(r"(?:ов|ев|ёв|ин|ын)а$", surname):
        return
    if any(not m.given and m.word == surname[:-1] for m in person.mentions) or any(
        not m.given and m.word == surname and _verdict_gender(text, m.span["end"]) == "masc"
        for m in person.mentions
    ):
        # «Воробьева признали виновным»: the man's verdict word after the surname alone
        _read_again(text, person, "masc", _CASES, reread, whole=False)


def woman_by_her_verb(text: str, person: Person, reread: Reread) -> None:
    """«привлек к ответственности Александру Чуракову … 16 февраля Чуракова демонстрировала»: a full name read
    as a man's («Александру» is also the dative of «Александр») is a woman's when her surname, written on its
    own in the woman's nominative, is the subject of a feminine verb."""
    surname = person.surname or ""
    if person.gender != "masc" or not person.given or not re.search(r"(?:ов|ев|ёв|ин|ын)$", surname):
        return
    if any(
        not m.given and m.word == surname + "а" and clause_verb_gender(text, m.span["end"]) == "femn"
        for m in person.mentions
    ):
        _read_again(text, person, "femn", ("accs", *_CASES), reread, whole=True)


_VERDICT_WORD = re.compile(
    r"(?:не)?(?:виновн|причастн|обвиняем|подозреваем|осужденн|осуждённ)(?P<g>ым|ой)(?![а-яё])", re.I
)


def _verdict_gender(text: str, end: int) -> str | None:
    """«Воробьева признали виновным», «… виновной»: the sex an agreeing verdict word in the clause shows."""
    clause = re.split(r"[,.;:!?—–()]", text[end : end + 80], maxsplit=1)[0]
    m = _VERDICT_WORD.search(clause)
    if m is None or len(clause[: m.start()].split()) > 4:
        return None
    return "masc" if m.group("g").lower() == "ым" else "femn"


def clause_verb_gender(text: str, end: int) -> str | None:
    """The gender of the first past-tense verb in the clause after a name («Чуракова у памятника «Жертвам
    политических репрессий» публично демонстрировала»), within eight words."""
    clause = re.split(r"[,.;:!?—–()]", re.sub(r"«[^«»]*»", " q ", text[end : end + 160]), maxsplit=1)[0]
    for word in clause.lower().split()[:8]:
        if re.search(r"(?:л|ла)$", word):
            found = morph.parses(word)
            # the word's best reading only: «дела» is the plural of «дело», not a verb of «деть»
            p = found[0] if found else None
            if (
                p is not None
                and p.tag.POS == "VERB"
                and p.tag.tense == "past"
                and p.tag.gender in ("masc", "femn")
            ):
                return str(p.tag.gender)
    return None


def _read_again(
    text: str, person: Person, gender: str, cases: tuple[str, ...], reread: Reread, whole: bool
) -> None:
    """Read the person's full mentions again as ``gender``, in the first of ``cases`` that fits. ``whole``:
    only when every full mention fits (else nothing changes); otherwise each that fits is changed."""
    again_all: list[NameMention] = []
    for m in person.mentions:
        again = None
        if m.given and m.surname:
            again = next(
                (
                    a
                    for case in cases
                    if (a := reread(m, text, (case, gender))) is not None
                    and a.gender == gender
                    and a.given
                    and a.surname
                ),
                None,
            )
            if again is None and whole:
                return  # a full mention that cannot be of that sex: keep the first reading
        again_all.append(again or m)
    changed = [a for a, m in zip(again_all, person.mentions, strict=True) if a is not m]
    if not changed:
        return
    person.mentions = again_all
    person.given, person.surname, person.gender = changed[-1].given, changed[-1].surname, gender
