"""Reading a written name into given name, patronymic, surname and initials, in any word order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import permutations

from .given import is_known_given, patronymic_from_name
from .patronymics import looks_patronymic
from .surnames import surname_readings
from .text import NameInputError, clean, is_cyrillic, script_of, tokens

_INITIAL = re.compile(r"^(?:(?:[A-ZА-ЯЁ]|Kh|Zh|Ch|Sh|Yu|Ya|Ts|Ye|Yo|Shch)\.){1,3}$|^[A-ZА-ЯЁ]$")
_INITIAL_PART = re.compile(r"(Shch|Kh|Zh|Ch|Sh|Yu|Ya|Ts|Ye|Yo|[A-ZА-ЯЁ])\.?")
_LATIN_SURNAME = re.compile(
    r"(ov|ev|yov|in|yn|sky|skiy|skii|skij|ski|tskiy|ova|eva|ina|yna|aya|skaya|enko|uk|yuk|chuk|ich|ovich|"
    r"evich|ian|yan|dze|shvili|ykh|ikh|nyy|nyi|ny|iy|oy|ii|yi|ko|ets|man|berg|stein)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParsedName:
    """A name as written, split into its parts (each as written, not yet in the nominative)."""

    original: str
    given: str | None
    patronymic: str | None
    surname: str | None
    initials: tuple[str, ...]
    script: str
    sex: str
    words: tuple[str, ...]

    @property
    def given_initial(self) -> str | None:
        """The given name's initial: written as one, or the first letter of the given name."""
        if self.given:
            return self.given[:1].upper()
        return self.initials[0] if self.initials else None

    @property
    def patronymic_initial(self) -> str | None:
        """The patronymic's initial when written as one (``Хамроев Б. А.``)."""
        if self.patronymic:
            return self.patronymic[:1].upper()
        return self.initials[1] if len(self.initials) > 1 else None


def _surname_evidence(word: str) -> float:
    if is_cyrillic(word):
        return max((r.weight for r in surname_readings(word) if r.kind in ("poss", "adj")), default=0.4)
    return 1.0 if _LATIN_SURNAME.search(word) else 0.4


def _given_evidence(word: str) -> float:
    return 1.0 if is_known_given(word) else 0.3


def _patronymic_evidence(word: str, count: int) -> float:
    if not looks_patronymic(word):
        return 0.0
    return 1.2 if count >= 3 or patronymic_from_name(word) else 0.0


def assign_roles(words: list[str], surname_first: bool) -> dict[str, str]:
    """Choose which word is the given name, the patronymic and the surname, by evidence and word order."""
    n = len(words)
    if n == 1:
        word = words[0]
        is_given = _given_evidence(word) >= 1.0 and _surname_evidence(word) < 0.9
        return {"given" if is_given and not surname_first else "surname": word}
    if n == 2:
        orders: list[tuple[str, ...]] = [("given", "surname"), ("surname", "given"), ("given", "patronymic")]
    else:
        orders = list(permutations(("given", "patronymic", "surname")))
    best: tuple[float, tuple[str, ...]] | None = None
    for order in orders:
        score = 0.0
        for role, word in zip(order, words[:3], strict=False):
            if role == "given":
                score += _given_evidence(word)
            elif role == "surname":
                score += _surname_evidence(word)
            else:
                score += _patronymic_evidence(word, n)
        # Usual orders: "Given [Patronymic] Surname", "Surname Given [Patronymic]"; a comma means the latter.
        usual_first = order[0] == "given" and order[-1] in ("surname", "patronymic")
        usual_second = order[0] == "surname" and order[1] == "given"
        if surname_first:
            score += 2.0 if usual_second else -2.0
        else:
            score += 0.3 if usual_first else (0.1 if usual_second else -1.0)
        if best is None or score > best[0]:
            best = (score, order)
    assert best is not None
    out = dict(zip(best[1], words[:3], strict=False))
    if n > 3 and "surname" in out:  # extra words belong to a compound surname written with spaces
        out["surname"] = " ".join([out["surname"], *words[3:]])
    return out


def split_initials(raw: list[str]) -> tuple[list[str], list[str]]:
    """Separate initials (``Б.``, ``Б.А.``, ``Kh.``) from full words."""
    words: list[str] = []
    initials: list[str] = []
    for token in raw:
        if _INITIAL.match(token) and not (len(token) == 1 and not token.isupper()):
            initials.extend(m.group(1) for m in _INITIAL_PART.finditer(token))
        else:
            words.append(token.strip("."))
    return [w for w in words if w], initials


def parse_parts(name: str) -> ParsedName:
    """Split ``name`` into parts without the morphology's sex (see :func:`khronika.names.parse`)."""
    text = clean(name)
    surname_first = "," in text
    raw = tokens(text)
    words, initials = split_initials(raw)
    if not words:
        raise NameInputError("the name has initials but no surname")
    if initials and len(words) == 1:
        roles = {"surname": words[0]}
    elif initials and len(words) == 2 and len(initials) == 1:
        roles = assign_roles(words, surname_first)
        roles.pop("patronymic", None)
    else:
        roles = assign_roles(words, surname_first)
    return ParsedName(
        original=name,
        given=roles.get("given"),
        patronymic=roles.get("patronymic"),
        surname=roles.get("surname"),
        initials=tuple(i.upper() if len(i) == 1 else i.capitalize() for i in initials),
        script=script_of(" ".join(raw)),
        sex="unknown",
        words=tuple(words),
    )
