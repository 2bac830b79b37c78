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
    r"evich|ian|yan|dze|shvili|ykh|ikh|nyy|nyi|ny|oy|ko|ets|man|berg|stein)$",
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
    # Rival assignments of roles: (score below the best, (given, patronymic, surname)).
    rivals: tuple[tuple[float, tuple[str | None, str | None, str | None]], ...] = ()

    @property
    def given_initial(self) -> str | None:
        """The given name's initial: written as one, or the first letter of the given name."""
        if self.given:
            return self.given[:1].upper()
        return self.initials[0] if self.initials else None

    @property
    def patronymic_initial(self) -> str | None:
        """The patronymic's initial: ``Хамроев Б. А.``, or ``Bakhrom A. Khamroev`` with a full given name."""
        if self.patronymic:
            return self.patronymic[:1].upper()
        if self.given:
            return self.initials[0] if self.initials else None
        return self.initials[1] if len(self.initials) > 1 else None


def _surname_evidence(word: str) -> float:
    if is_cyrillic(word):
        found = max((r.weight for r in surname_readings(word) if r.kind in ("poss", "adj")), default=0.4)
    else:
        found = 1.0 if _LATIN_SURNAME.search(word) else 0.4
    # A known given name (Анной, Валентина) is a weak surname, whatever its ending.
    return found * 0.5 if is_known_given(word) else found


def _given_evidence(word: str) -> float:
    return 1.0 if is_known_given(word) else 0.3


# Turkic patronymics are the father's name and a particle: Рашад Вагиф оглы, Айгюн Вагиф кызы.
_PARTICLES = frozenset(
    "оглы огли улы уулу угли кызы гызы кизи ogly oglu ogli uly uulu ugli kyzy gyzy qizi".split()  # noqa: SIM905
)
PARTICLE = re.compile(rf" ({'|'.join(sorted(_PARTICLES))})$", re.IGNORECASE)
_FEMALE_PATRONYMIC = re.compile(r"(овн|евн|ичн|ovn|evn|ichn)(а|ы|е|у|ой|a)$", re.IGNORECASE)


def _patronymic_evidence(word: str, count: int) -> float:
    """A patronymic stands third in three words; in two (Евгения Борисовна) only a woman's one, since men's
    -ович/-ич endings are common surnames (Беркович, Петрович, Степанич)."""
    if PARTICLE.search(word):
        return 1.5
    if not looks_patronymic(word):
        return 0.0
    if count >= 3:
        return 1.2
    return 1.2 if _FEMALE_PATRONYMIC.search(word) and patronymic_from_name(word) else 0.0


# Another assignment of roles this close to the best one is kept as a rival reading («Филиппина Валентина»:
# the woman Валентина Филиппина, surname first, or the genitive of Валентин Филиппин).
ROLE_MARGIN = 0.5


def assign_roles(words: list[str], surname_first: bool) -> list[tuple[float, dict[str, str]]]:
    """Assignments of given name, patronymic and surname to the words, best first, with their scores.

    Only the best and those within :data:`ROLE_MARGIN` of it are returned.
    """
    n = len(words)
    if n == 1:
        word = words[0]
        is_given = _given_evidence(word) >= 1.0 and _surname_evidence(word) < 0.9
        return [(0.0, {"given" if is_given and not surname_first else "surname": word})]
    if n == 2:
        orders: list[tuple[str, ...]] = [("given", "surname"), ("surname", "given"), ("given", "patronymic")]
    else:
        orders = list(permutations(("given", "patronymic", "surname")))
    scored: list[tuple[float, tuple[str, ...]]] = []
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
        scored.append((score, order))
    scored.sort(key=lambda s: -s[0])
    top = scored[0][0]
    out = []
    for score, order in scored:
        if score < top - ROLE_MARGIN:
            break
        roles = dict(zip(order, words[:3], strict=False))
        if n > 3 and "surname" in roles:  # extra words belong to a compound surname written with spaces
            roles["surname"] = " ".join([roles["surname"], *words[3:]])
        out.append((round(score - top, 3), roles))
    return out


# Forms of address: Mr Khamroev, г-н Хамроев
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr", "г-н", "г-жа", "гр", "гражданин", "гражданка"))
# Words that open a sentence or a phrase before a name (На Сергея Крупенько составили протокол).
_FUNCTION_WORDS = frozenset(
    [
        "на",
        "в",
        "во",
        "с",
        "со",
        "к",
        "ко",
        "о",
        "об",
        "обо",
        "по",
        "у",
        "и",
        "а",
        "но",
        "для",
        "от",
        "до",
        "из",
        "за",
        "над",
        "под",
        "при",
        "про",
        "без",
        "через",
        "как",
    ]
)


def split_initials(raw: list[str]) -> tuple[list[str], list[str]]:
    """Separate initials (``Б.``, ``Б.А.``, ``Kh.``) from full words."""
    words: list[str] = []
    initials: list[str] = []
    for token in raw:
        if _INITIAL.match(token) and not (len(token) == 1 and not token.isupper()):
            initials.extend(m.group(1) for m in _INITIAL_PART.finditer(token))
        else:
            words.append(token.strip("."))
    words = [w for w in words if w]
    for i in range(len(words) - 1, 0, -1):
        if words[i].lower() in _PARTICLES:
            words[i - 1 : i + 1] = [f"{words[i - 1]} {words[i].lower()}"]
    while len(words) > 2 and words[0].lower() in _FUNCTION_WORDS:
        words = words[1:]
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
        words = words[1:]
    return words, initials


def parse_parts(name: str) -> ParsedName:
    """Split ``name`` into parts without the morphology's sex (see :func:`khronika.names.parse`)."""
    text = clean(name)
    surname_first = "," in text
    raw = tokens(text)
    words, initials = split_initials(raw)
    if not words:
        raise NameInputError("the name has initials but no surname")
    if initials and len(words) == 1:
        assignments = [(0.0, {"surname": words[0]})]
    else:
        assignments = assign_roles(words, surname_first)
        if initials and len(words) == 2 and len(initials) == 1:
            for _, found in assignments:
                found.pop("patronymic", None)
    roles = assignments[0][1]
    rivals = tuple(
        (deficit, (found.get("given"), found.get("patronymic"), found.get("surname")))
        for deficit, found in assignments[1:]
        if "surname" in found
    )
    return ParsedName(
        original=name,
        given=roles.get("given"),
        patronymic=roles.get("patronymic"),
        surname=roles.get("surname"),
        initials=tuple(i.upper() if len(i) == 1 else i.capitalize() for i in initials),
        script=script_of(" ".join(raw)),
        sex="unknown",
        words=tuple(words),
        rivals=rivals,
    )
