"""Persons in English text: capitalised names found by given-name lists, surname shapes and role words,
grouped so that "Khamroev", "Khamroev's" and "Khamroyev" join the "Bakhrom Khamroev" mentioned elsewhere.
"""

from __future__ import annotations

import bisect
import itertools
import re

from khronika.extract.en.family_names import share_surnames
from khronika.extract.en.lexicon import (
    NOT_NAME_WORDS,
    PERSON_NOUNS,
    PLACES,
    ROLE_WORDS,
    alternation,
    is_given_name,
)
from khronika.extract.en.person_entity import Mention, PersonEntity
from khronika.names.skeleton import skeleton

_TOKEN = re.compile(
    r"(?<![\w’'-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+|['’][A-Z][a-z]+)*(?![\w-])"
)
# Endings of Russian, Ukrainian, Belarusian, Georgian and Armenian surnames in Latin script.
_SURNAME_SHAPE = re.compile(
    r"(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skiy|skii|ski|skaya|tskaya|enko|chuk|yuk|uk|ko|dze|"
    r"shvili|yan|vich|ovich|evich|ovna|evna|ykh|ikh|aya|iy|oy|ay)$"
)
_NOT_SURNAMES = frozenset(
    ["kremlin", "berlin", "latin", "asian", "russian", "begin", "within", "again", "china", "argentina"]
)
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|from|to|near|of|across|around|at|into|outside|via)\s+(?:the\s+)?)$")
# "sentenced Muslim Aliyev to 19 years": a given name that is also a word, right before a Russian surname
_NAME_THAT_IS_A_WORD = re.compile(r"(?:Muslim|Islam|Said|Nur)\s+[A-Z][a-z]+(?:ov|ev|yev|in|ova|eva|ina)\b")
_RESIDENTS_AFTER = re.compile(r"\s+(?:residents?|natives?|region|district|oblast)\b")
_ROLE_BEFORE = re.compile(r"\b(?:" + alternation(ROLE_WORDS) + r")s?,?\s+$", re.IGNORECASE)
# A describing noun or an age right before a capitalised pair makes it a name ("preacher Khristolyub Vegan").
_DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?:" + alternation(PERSON_NOUNS) + r")|\b\d{1,3}-year-old|(?-i:Jehovah['’]s\s+Witness))\s+$",
    re.IGNORECASE,
)
# ... or an age or a description right after it ("Ivan Ivanov, 38,", "Ivan Ivanov, a resident of Tver").
_DESCRIBED_AFTER = re.compile(
    r"^,\s+(?:\d{1,3},|(?:an?|the)\s+(?:\d{1,3}-year-old\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + alternation(PERSON_NOUNS)
    + r")\b)",
    re.IGNORECASE,
)


def find_persons(text: str, blocked: list[tuple[int, int]]) -> list[PersonEntity]:
    """Persons named in ``text``, in order of first mention; ``blocked`` spans (organisations) are skipped."""
    groups = _name_groups(text, blocked)
    persons: list[PersonEntity] = []
    by_key: dict[tuple[str, str], PersonEntity] = {}
    singles: list[Mention] = []
    for mention in groups:
        if len(mention.tokens) == 1:
            singles.append(mention)
            continue
        if not _is_full_name(text, mention):
            continue
        key = (skeleton(mention.tokens[0]), skeleton(mention.tokens[-1]))  # "Tatyana" and "Tatiana" are one
        person = by_key.get(key)
        if person is None:
            person = by_key[key] = PersonEntity()
            persons.append(person)
        person.mentions.append(mention)
    unknown: dict[str, PersonEntity] = {}
    rest: list[Mention] = []
    full_names = _FullNames(persons)
    for mention in singles:
        person = full_names.person_for(mention)
        if person is None and _is_lone_name(text, mention):
            lone_key = skeleton(mention.tokens[0])
            person = unknown.get(lone_key)
            if person is None:
                person = unknown[lone_key] = PersonEntity()
                persons.append(person)
        if person is not None:
            person.mentions.append(mention)
        else:
            rest.append(mention)
    # A word once accepted as a lone surname ("Putin") is that person everywhere, even "supporter of Putin".
    for mention in rest:
        person = unknown.get(skeleton(mention.tokens[0]))
        if person is not None:
            person.mentions.append(mention)
    persons = _merge_aliases(text, persons)
    for person in persons:
        person.mentions.sort(key=lambda m: m.start)
    persons.sort(key=lambda p: p.mentions[0].start)
    return persons


# A full name right after another one, alone in brackets: "Samuel Vedel (Sergei Klokov)".
_ALIAS_OPEN = re.compile(r"\s*\($")


def _merge_aliases(text: str, persons: list[PersonEntity]) -> list[PersonEntity]:
    """One person for a name and the alias in brackets right after it ("Samuel Vedel (Sergei Klokov), a
    former police officer, was sentenced"): the first name is the main one, the facts are the person's."""
    owner = {id(m): p for p in persons for m in p.mentions}
    ordered = sorted((m for p in persons for m in p.mentions), key=lambda m: m.start)
    for before, alias in itertools.pairwise(ordered):
        first, second = owner[id(before)], owner[id(alias)]
        if (
            first is second
            or len(before.tokens) < 2
            or len(alias.tokens) < 2
            or not _ALIAS_OPEN.fullmatch(text, before.end, alias.start)
            or text[alias.end : alias.end + 1] != ")"
        ):
            continue
        first.main = first.main or before
        for m in second.mentions:
            first.mentions.append(m)
            owner[id(m)] = first
        second.mentions = []
    return [p for p in persons if p.mentions]


def _name_groups(text: str, blocked: list[tuple[int, int]]) -> list[Mention]:
    """Runs of adjacent capitalised words that could be a name (stop words, places of one word and
    organisations cut them)."""
    groups: list[Mention] = []
    current: list[re.Match[str]] = []

    def close() -> None:
        if current:
            groups.append(Mention(current[0].start(), current[-1].end(), tuple(m.group() for m in current)))
            current.clear()

    spans = sorted(blocked)
    starts = [s for s, _e in spans]
    for m in _TOKEN.finditer(text):
        word = m.group().lower()
        at = bisect.bisect_right(starts, m.start()) - 1
        inside = at >= 0 and m.start() < spans[at][1]
        nameable = (word not in NOT_NAME_WORDS or _NAME_THAT_IS_A_WORD.match(text, m.start())) and (
            word not in ROLE_WORDS and not inside
        )
        adjacent = bool(current) and text[current[-1].end() : m.start()] == " "
        if not adjacent:
            close()
        if nameable:
            current.append(m)
            # two names run together without a comma: cut before the second given name
            if len(current) == 4 and is_given_name(current[2].group()):
                last = current.pop()
                second = current.pop()
                close()
                current.extend([second, last])
        else:
            close()
    close()
    return share_surnames(text, [g for part in groups for g in _split_places(part)])


def _trim_titles(mention: Mention) -> Mention:
    """Drop capitalised words before the given name ("Bachelor of Psychology Dania Mikheev")."""
    tokens = mention.tokens
    if len(tokens) >= 3 and not is_given_name(tokens[0]):
        for i in range(1, len(tokens) - 1):
            if is_given_name(tokens[i]):
                skipped = sum(len(t) + 1 for t in tokens[:i])
                return Mention(mention.start + skipped, mention.end, tokens[i:])
    return mention


def _split_places(mention: Mention) -> list[Mention]:
    """Drop place words at the edge of a run ("Moscow Ivanov"), but keep a given name that is also a place
    ("Vladimir Putin")."""
    mention = _trim_titles(mention)
    tokens = list(mention.tokens)
    start, end = mention.start, mention.end
    while tokens and tokens[0].lower() in PLACES and not (len(tokens) > 1 and is_given_name(tokens[0])):
        start += len(tokens[0]) + 1
        tokens.pop(0)
    while tokens and tokens[-1].lower() in PLACES and len(tokens) > 1:
        end -= len(tokens[-1]) + 1
        tokens.pop()
    if not tokens or (len(tokens) == 1 and tokens[0].lower() in PLACES):
        return []
    return [Mention(start, end, tuple(tokens))]


def _is_full_name(text: str, mention: Mention) -> bool:
    first, last = mention.tokens[0], mention.tokens[-1]
    if is_given_name(first):
        return True
    if _SURNAME_SHAPE.search(last.lower()) and last.lower() not in _NOT_SURNAMES:
        return True
    before = text[max(0, mention.start - 40) : mention.start]
    if _ROLE_BEFORE.search(before) or _DESCRIBED_BEFORE.search(before):
        return len(mention.tokens) <= 3 and not any(t.lower() in PLACES for t in mention.tokens)
    return bool(_DESCRIBED_AFTER.match(text, mention.end)) and len(mention.tokens) <= 3


class _FullNames:
    """The persons named in full so far, indexed by surname skeleton and by given name."""

    def __init__(self, persons: list[PersonEntity]) -> None:
        self.by_surname: dict[str, list[PersonEntity]] = {}
        self.by_given: dict[str, list[PersonEntity]] = {}
        self.starts: dict[int, list[int]] = {}
        for person in persons:
            self.starts[id(person)] = sorted(m.start for m in person.mentions)
            for m in person.mentions:
                if len(m.tokens) > 1:
                    _add_once(self.by_surname.setdefault(skeleton(m.tokens[-1]), []), person)
                    _add_once(self.by_given.setdefault(m.tokens[0], []), person)

    def person_for(self, mention: Mention) -> PersonEntity | None:
        """The person a one-word mention refers to: the nearest earlier one with that surname or given
        name, else the first later one."""
        word = mention.tokens[0]
        matches = (
            self.by_surname.get(skeleton(word))
            or self.by_given.get(word)
            or self.by_surname.get(skeleton(_other_gender(word)))
        )
        if not matches:
            return None

        def distance(p: PersonEntity) -> tuple[int, int]:
            starts = self.starts[id(p)]
            i = bisect.bisect_left(starts, mention.start)
            return (0, mention.start - starts[i - 1]) if i else (1, starts[0])

        return min(matches, key=distance)


def _other_gender(surname: str) -> str:
    """The surname of the other sex, for a lone mention written in the wrong one ("he and Safonov" of
    Anastasia Safonova): Safonov / Safonova, Ilyin / Ilyina."""
    if re.search(r"(?:ov|ev|yov|in|yn)$", surname):
        return surname + "a"
    if re.search(r"(?:ova|eva|yova|ina|yna)$", surname):
        return surname[:-1]
    return surname


def _add_once(people: list[PersonEntity], person: PersonEntity) -> None:
    if all(p is not person for p in people):
        people.append(person)


_EPONYM_AFTER = re.compile(r"\s+(?:cocktails?|prize|award|medal|ribbon|street|avenue|square|bridge)\b", re.I)
_COURT_AFTER = re.compile(r"\s+(?:(?:district|city|regional|garrison|military|municipal)\s+)?court\b", re.I)


# The target of a case: "a case has been filed against X", "charges against X" (places, countries and
# organisations are matched before this).
_CASE_AGAINST = re.compile(
    r"\b(?:case|cases|charges|proceedings|lawsuit)\s+(?:[\w-]+\s+){0,4}?against\s+$", re.IGNORECASE
)


_THE_NOUN_BEFORE = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}(?:" + alternation(PERSON_NOUNS) + r")\s+$")


def _is_lone_name(text: str, mention: Mention) -> bool:
    """A single capitalised word not linked to a full name is a person when it is a surname in form (not a
    place) or a given name that a role word introduces ("his wife, Zuhra")."""
    word = mention.tokens[0]
    lower = word.lower()
    if lower in PLACES or lower in _NOT_SURNAMES:
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    if (
        _PLACE_BEFORE.search(before)
        or _COURT_AFTER.match(text, mention.end)
        or _RESIDENTS_AFTER.match(text, mention.end)
    ):
        return False  # "in Meshchansky", "the Meshchansky court", "four Novozybkov residents": a place
    if _EPONYM_AFTER.match(text, mention.end):
        return False  # "Molotov cocktails": a thing named after someone
    if _ROLE_BEFORE.search(before):
        return True
    if _THE_NOUN_BEFORE.search(before) and _verb_follows(text, mention.end):
        return True  # a pseudonym: "The street art artist Philippenzo was subjected to searches"
    if _CASE_AGAINST.search(text, max(0, mention.start - 60), mention.start) and not is_given_name(word):
        return True  # "Another case has been filed against Navalny": a surname of any shape
    if _SURNAME_SHAPE.search(lower) and len(lower) >= 5 and not is_given_name(word):
        return not _sentence_initial(text, mention.start) or _verb_follows(text, mention.end)
    return False


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return start == 0 or bool(re.search(r"(?:[.!?\n]\s*|^\s*)$", before))


def _verb_follows(text: str, end: int) -> bool:
    return bool(
        re.match(r"(?:['’]s\b|\s+(?:was|is|has|had|said|says|told|wrote|were|did|does|will))", text[end:])
    )
