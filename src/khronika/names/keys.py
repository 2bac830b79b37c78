"""Blocking keys: short strings stored one row per person per key, so a look-up compares few pairs.

Three kinds, each at most 32 characters:

* ``n:<surname>:<given>``  surname skeleton and the skeleton of each full given name (a diminutive gives
  every full form it stands for: Женя -> ``evgeni`` and ``evgenia``);
* ``i:<surname>:<initial>`` surname skeleton and the initial's class (Б. Хамроев finds Бахром Хамроев);
* ``s:<surname>``           the surname alone, for names written without a given name.

Every reading of an ambiguous form contributes (Хамроева gives keys for Хамроев and Хамроева).
:func:`match_keys` gives the keys to store; :func:`query_keys` the narrower subset to look up with.
"""

from __future__ import annotations

from .nominative import analyse
from .profile import Profile, given_keys, profile, spelling_readings

MAX_KEY = 32


def _profiles(name: str) -> list[Profile]:
    result = analyse(name)
    forms = (*result.candidates, result.loose) if result.loose else result.candidates
    return [profile(form, s) for s in spelling_readings(name) for form in forms]


def _keys(p: Profile, kinds: str) -> set[str]:
    out: set[str] = set()
    if not p.surname:
        return out
    surname = p.surname[:20]
    if "n" in kinds:
        out.update(f"n:{surname}:{g[:9]}" for g in given_keys(p))
    if "i" in kinds:
        out.update(f"i:{surname}:{initial}" for initial in p.given_initials)
    if "s" in kinds:
        out.add(f"s:{surname}")
    return out


def match_keys(name: str) -> list[str]:
    """The sorted unique keys to store for a person known by ``name`` (one table row per key).

    Raises :class:`~khronika.names.NameInputError` for a string that is not a name.
    """
    out: set[str] = set()
    for p in _profiles(name):
        out |= _keys(p, "nis")
    return sorted(out)


def query_keys(name: str) -> list[str]:
    """The keys to look up candidates for ``name``: a subset of :func:`match_keys` of the same name.

    With a full given name: its ``n:`` and ``i:`` keys (so persons recorded with initials only are found);
    with an initial: ``i:`` keys; with a surname alone: the ``s:`` key.
    """
    out: set[str] = set()
    for p in _profiles(name):
        if p.given:
            out |= _keys(p, "ni")
        elif p.given_initial:
            out |= _keys(p, "i")
        else:
            out |= _keys(p, "s")
    return sorted(out)
