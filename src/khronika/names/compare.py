"""Are two written names one person? A score and a cautious decision: ``same``, ``different``, ``unsure``.

A false ``same`` merges two people, the worst error a monitor's database can make, so ``same`` needs the
surname and the full given name to agree (as spellings, case forms or a diminutive of one name), no clash
of sex or patronymic, and no other reading of an ambiguous form that would disagree. Initials only, a
missing given name or a surname that is merely close give ``unsure``: a person decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.fuzz import ratio

from .given import table
from .nominative import DISAGREEING, NameForm, analyse
from .profile import Profile, profile, spelling_readings
from .skeleton import skeleton

# Surnames whose skeletons are at least this similar (0-100) but not equal are "close": unsure, never same.
SURNAME_CLOSE = 88.0
# Given names whose skeletons are this similar are a possible misspelling: unsure.
GIVEN_CLOSE = 85.0
_RANK = {"same": 2, "unsure": 1, "different": 0}


@dataclass(frozen=True)
class Comparison:
    """The outcome of :func:`compare`: score 0-100, decision, reasons and the forms that matched."""

    score: float
    decision: str
    reasons: list[str]
    matched: tuple[str, str]


def _sex_pair(a: str, b: str) -> bool:
    """True for a man's and a woman's form of one surname: Хамроев/Хамроева, Навальный/Навальная."""
    short, long_ = sorted((a, b), key=len)
    if long_ == short + "a":
        return True
    for male, female in (("i", "aia"), ("ii", "aia"), ("oi", "aia"), ("i", "aa")):
        if short.endswith(male) and long_ == short[: -len(male)] + female:
            return True
    return False


def _names_for(p: Profile, sex: str) -> set[str]:
    """The full names ``p``'s given name can stand for, for a person of ``sex``."""
    names = table().names
    return {f for f in p.given_full if sex == "unknown" or names[f.lower().replace("ё", "е")].sex == sex}


def _given(a: Profile, b: Profile) -> tuple[str, float, str]:
    """(verdict, similarity, reason) for the given names: match, initial, close, absent or clash."""
    if a.given and b.given:
        shared = a.given_full & b.given_full
        for x, y in ((a, b), (b, a)):
            names = _names_for(x, y.form.sex)
            if shared and a.given != b.given and len({skeleton(n) for n in names}) > 1:
                # Слава is Вячеслав, Станислав or Ярослав: the full name must be written to tell
                listed = ", ".join(sorted(names))
                return "close", 90.0, f"{x.form.given} can stand for several names ({listed})"
        if shared:
            how = "the same given name" if a.given == b.given else "forms of one given name"
            return "match", 100.0, f"{how}: {a.form.given} / {b.form.given} ({', '.join(sorted(shared))})"
        if a.given == b.given:  # Наталья and Наталия, Софья and София: two spellings of one name
            return "match", 100.0, f"the same given name: {a.form.given} / {b.form.given}"
        sim = ratio(a.given, b.given)
        if sim >= GIVEN_CLOSE and not (a.given_full and b.given_full):
            return "close", sim, f"given names are close but not equal: {a.form.given} / {b.form.given}"
        return "clash", sim, f"different given names: {a.form.given} / {b.form.given}"
    if a.given_initial and b.given_initial:
        if a.given_initials & b.given_initials:
            return "initial", 80.0, "given name known only by its initial"
        return "clash", 0.0, f"different initials: {a.form.given_initial} / {b.form.given_initial}"
    return "absent", 50.0, "a given name is missing"


def _patronymic(a: Profile, b: Profile) -> tuple[str, str]:
    if a.patronymic and b.patronymic:
        if a.patronymic == b.patronymic:
            return "match", f"the same patronymic: {a.form.patronymic} / {b.form.patronymic}"
        return "clash", f"different patronymics (father and son?): {a.form.patronymic} / {b.form.patronymic}"
    if a.patronymic_initial and b.patronymic_initial and a.patronymic_initial != b.patronymic_initial:
        return "clash", "different patronymic initials"
    return "none", ""


def _pair(a: Profile, b: Profile) -> tuple[str, float, list[str]]:
    reasons: list[str] = []
    if not (a.surname and b.surname):
        return "unsure", 0.0, ["a surname is missing"]
    surname_sim = 100.0 if a.surname == b.surname else ratio(a.surname, b.surname)
    given, given_sim, given_reason = _given(a, b)
    patronymic, patronymic_reason = _patronymic(a, b)
    score = round(0.6 * surname_sim + 0.4 * given_sim, 1)
    decision = "same"
    sexes = {a.form.sex, b.form.sex} - {"unknown"}
    if len(sexes) == 2:
        reasons.append("one is a man's name and the other a woman's")
        decision = "different"
    if a.surname == b.surname:
        reasons.append(f"the same surname: {a.form.surname} / {b.form.surname}")
    elif _sex_pair(a.surname, b.surname):
        reasons.append(f"a man's and a woman's form of one surname: {a.form.surname} / {b.form.surname}")
        decision = "different"
    elif surname_sim >= SURNAME_CLOSE:
        reasons.append(f"surnames are close but not equal: {a.form.surname} / {b.form.surname}")
        decision = "unsure" if decision == "same" else decision
    else:
        reasons.append(f"different surnames: {a.form.surname} / {b.form.surname}")
        decision = "different"
    reasons.append(given_reason)
    for side in (a, b):
        if side.form.case == DISAGREEING and decision == "same":
            decision = "unsure"
            reasons.append(f"the words of «{side.form.text}» agree in no grammatical case")
    if given == "clash":
        decision = "different"
    elif given != "match" and decision == "same":
        decision = "unsure"
    if patronymic_reason:
        reasons.append(patronymic_reason)
    if patronymic == "clash":
        decision = "different"
    if decision == "different":
        score = min(score, 60.0)
    elif decision == "unsure":
        score = min(score, 90.0)
    return decision, score, reasons


def compare(a: str, b: str) -> Comparison:
    """Compare two written names (any script, case, order, spelling) and decide whether they are one person.

    Raises :class:`~khronika.names.NameInputError` when either string is not a name.
    """
    left, right = analyse(a), analyse(b)
    best: tuple[str, float, list[str], tuple[str, str]] | None = None
    for sa in spelling_readings(a):
        for sb in spelling_readings(b):
            found = _compare_readings(left.candidates, right.candidates, sa, sb)
            if best is None or (_RANK[found[0]], found[1]) > (_RANK[best[0]], best[1]):
                best = found
    assert best is not None
    decision, score, reasons, matched = best
    return Comparison(score, decision, reasons, matched)


def _compare_readings(
    left: tuple[NameForm, ...], right: tuple[NameForm, ...], scholarly_a: bool, scholarly_b: bool
) -> tuple[str, float, list[str], tuple[str, str]]:
    pa = [profile(f, scholarly_a) for f in left]
    pb = [profile(f, scholarly_b) for f in right]
    results = [(_pair(x, y), x, y) for x in pa for y in pb]
    (decision, score, reasons), x, y = max(results, key=lambda r: (_RANK[r[0][0]], r[0][1]))
    # Any other pairing of readings that is not "same" means an ambiguous form may name another person:
    # «Евгения Хамроева» against «Евгений Хамроев», and even against itself (a woman, or a man's genitive).
    if decision == "same" and any(r[0][0] != "same" for r in results):
        decision = "unsure"
        score = min(score, 90.0)
        forms = sorted({p.form.text for p in (*pa, *pb)})
        reasons = [*reasons, f"an ambiguous case form reads more than one way: {' | '.join(forms)}"]
    return decision, score, reasons, (x.form.text, y.form.text)
