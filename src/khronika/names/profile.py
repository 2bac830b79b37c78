"""A nominative reading reduced to the skeletons that matching compares and blocking keys are made of."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .given import full_forms
from .nominative import NameForm
from .patronymics import male_form
from .skeleton import looks_scholarly, maybe_scholarly, skeleton


@dataclass(frozen=True)
class Profile:
    """What a matcher sees of one reading: skeletons of surname, given name(s) and patronymic."""

    form: NameForm
    surname: str | None
    given: str | None
    given_full: frozenset[str]  # full forms (Евгений, Евгения) the given name stands for
    given_initial: str | None
    given_initials: frozenset[str]  # its own initial and those of the full forms (Женя: Ж and Е)
    patronymic: str | None
    patronymic_initial: str | None
    scholarly: bool


def spelling_readings(text: str) -> tuple[bool, ...]:
    """How to read a name's Latin letters: press (False), scholarly (True), or both when unmarked x or c
    could be either (Xamroev is scholarly Хамроев, Xenia is the press's Ксения)."""
    if looks_scholarly(text):
        return (True,)
    latin = not re.search(r"[\u0400-\u04ff]", text)
    if latin and (re.search(r"[xc](?!h)", text.lower()) or maybe_scholarly(text)):
        return (False, True)
    return (False,)


def initial_class(letter: str | None, scholarly: bool = False) -> str | None:
    """The skeleton class of an initial; iotated Е/Ю/Я/Ё and И share one (Yevgeny and Evgeny)."""
    if not letter:
        return None
    first = skeleton(letter, scholarly)[:1]
    return "i" if first in ("i", "e") else (first or None)


def profile(form: NameForm, scholarly: bool = False) -> Profile:
    """Reduce a reading to its skeletons (``scholarly``: the Latin is in a GOST/scholarly spelling)."""
    surname = skeleton(form.surname, scholarly) if form.surname else None
    given = skeleton(form.given, scholarly) if form.given else None
    full = full_forms(form.given) if form.given else frozenset()
    patronymic = skeleton(male_form(form.patronymic), scholarly) if form.patronymic else None
    own = initial_class(form.given_initial, scholarly)
    initials = {c for c in (initial_class(f[:1]) for f in full) if c} | ({own} if own else set())
    return Profile(
        form=form,
        surname=surname or None,
        given=given or None,
        given_full=full,
        given_initial=own,
        given_initials=frozenset(initials),
        patronymic=patronymic or None,
        patronymic_initial=initial_class(form.patronymic_initial, scholarly),
        scholarly=scholarly,
    )


def given_keys(p: Profile) -> list[str]:
    """Skeletons identifying the given name: of each full form it stands for, else of itself."""
    if p.given_full:
        return sorted({skeleton(f) for f in p.given_full})
    return [p.given] if p.given else []
