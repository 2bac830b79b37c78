"""The words of a clause that tell who it is about: pronouns, role nouns, asides, passive verbs, lists.

Used by ``subjects.Subjects``; kept apart so that the class reads as the procedure it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from khronika.extract.en.lexicon import DESCRIBED_PERSON

PRONOUN = re.compile(r"\b(?:(he|him|his|himself)|(she|her|herself)|(they|them|their))\b", re.IGNORECASE)
ROLE_NOUN = re.compile(
    r"\b(?P<article>the|a|an)\s+(?:(?:[\w.]+[- ]){0,3}?)(?P<noun>"
    + DESCRIBED_PERSON
    + r")\b(?!-)(?!\s+(?:"
    + DESCRIBED_PERSON
    + r")\b)",
    re.IGNORECASE,
)
# A headline's subject has no article: "Russian journalist sentenced to 8 years", "Moscow student jailed".
_HEADLINE_SUBJECT = re.compile(
    r"(?P<article>)(?-i:[A-Z])[\w'’-]*\s+(?:[\w'’.-]+\s+){0,3}?(?P<noun>" + DESCRIBED_PERSON + r")\s+"
    r"(?:(?:was|is|has\s+been)\s+)?(?:sentenced|jailed|detained|fined|charged|arrested|convicted|found|"
    r"given|handed|accused|searched|released)\b",
    re.IGNORECASE,
)
COORDINATED = re.compile(
    r"\b(?:and|but)\s+(?:then\s+|later\s+|was\s+)?(?:was|were|has\s+been|had\s+been|is|got)\b"
)
PASSIVE_GAP = re.compile(
    r"^(?:,[^,;]{0,80},)?\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are)\s+"
    r"(?:(?:\w+ly|themselves|himself|herself|also|again|then|later|too|both)\s+)?"
    r"(?:(?:sentenced|given|handed|fined)\s+(?:to\s+|a\s+)?(?:a\s+)?)?$"
    # "Ivan Pavlov, was forced to leave the country having been charged"
    r"|^,?\s+(?:was|were|is|are|has|had)\s+[^,;.]{0,60}?\bhaving\s+been\s+$",
    re.I,
)
OWNED_PENALTY = re.compile(r"^['’]s\s+(?:sentence|term|punishment)\s+(?:to|from)\s+$", re.I)
# "Kozlov's father died in prison": the fact is about the relative the text does not name, not Kozlov.
OWNED_RELATIVE = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+)?(?:father|mother|son|daughter|brother|sister|wife|husband|grandfather|"
    r"grandmother|parents|uncle|aunt|nephew|niece|cousin|relatives?)\b",
    re.I,
)
RELATIVE_ASIDE = re.compile(r"^,\s+(?:who|which|whose)\b[^,;]*,\s+(?:was|were|is|are|has|had|have)\b", re.I)
RELATIVE_OPEN = re.compile(r"^,\s+(?:who|which|whose)\b[^,;]*$", re.I)
IN_RELATIVE = re.compile(r"\b(?:whom|who|which|whose|when|where)\s+(?:\w+\s+)?$", re.I)
# "upheld the 25-year sentence of opposition politician X": the decision's owner stands after "of".
DECISION_OF = re.compile(
    r"[\w-]+\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:sentence|verdict|conviction|arrest|detention|case)\s+"
    r"(?:in\s+absentia\s+)?(?:of|against)\s+(?:[\w-]+\s+){0,4}$",
    re.I,
)
CLOSED_ASIDE = re.compile(r"^,[^,;]*,\s")
OF_PHRASE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
POSSESSED_BODY = re.compile(
    r"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:foundation|organi[sz]ation|fund|company|outlet|media|movement|party|"
    r"group|project|channel|website|newspaper|association|NGO|publication|magazine|band|studio|initiative)\b",
    re.I,
)
ANOTHER_VERB = re.compile(r"\band\s+(?:then\s+)?\w+ed\b", re.I)
# What stands between a trigger and the first name of the list it introduces: "...foreign agents: A, B",
# "...the register: journalist A, ...".
COLON_LEAD = re.compile(r"[\"'”’»]?\s*:\s*(?:[a-z-]+\s+){0,3}")
# "both deputies", "the two activists", "all three journalists": a counted group, described by a plural noun
GROUP = re.compile(
    r"\b(?P<count>both|(?:the|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten)"
    # "FSB officers then detained ten Muslims": a larger count alone, as the object
    r"|(?-i:five|six|seven|eight|nine|ten))\s+(?P<noun>(?!of\b|them\b|sides\b|years\b|months\b|days\b)"
    r"[a-z-]{3,}s|(?:wo)?men)\b",
    re.I,
)
GROUP_SIZE = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
GROUP_SIZE |= {"nine": 9, "ten": 10}
INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+", re.I)
AGAINST = re.compile(r"\b(?:against|targeting)\s+(?:the\s+)?", re.I)
PLURAL_OBJECT = re.compile(
    r"\s+(?:all\s+(?:two|three|four|five|six|seven|eight|nine|ten|of\s+them)|them(?!selves)|both)\b", re.I
)
# Between a verb and the person it acts on stand only words describing them ("detained local journalist X",
# "searched the home of activist X"), not another object ("detained 12 people at a memorial to X").
NOT_OBJECT = re.compile(
    r"\b(?:at|to|in|on|for|with|from|near|after|before|by|about|against|over|into|during|people|persons)\b"
    # "sentenced another supporter of X": the fact is about someone the text names by X
    r"|\b(?:supporters?|associates?|all(?:y|ies)|colleagues?|friends?|followers?|aides?|relatives?|family)\s+of\b",
    re.I,
)
# "sentenced another supporter of jailed politician X to a year": X only names the one the fact is about.
ASSOCIATE_OF = re.compile(
    r"\b(?:supporters?|associates?|all(?:y|ies)|colleagues?|friends?|followers?|aides?|critics?|opponents?|"
    r"rivals?)\s+of\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# "raided the homes of X’s family members and associates, including A and B": X only names the object.
OWNED_ASSOCIATE = re.compile(
    r"['’]s\s+(?:(?:[\w-]+\s+){0,2}?(?:family|relatives?|associates?|supporters?|colleagues?|friends?|allies|"
    r"parents|wife|husband|mother|father|son|daughter|brother|sister)\b)",
    re.I,
)
# ... or the title of the name right after it: "sentenced Navalny's spokeswoman, Kira Yarmysh".
OWNED_TITLE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,?\s+")
PRONOUN_AND = re.compile(r"\b(he|she)\s+and\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
PLURAL = re.compile(
    r"\b(?:they|them|their|both|the\s+(?:two\s+|three\s+)?(?:women|men|activists|defendants|couple|spouses|"
    r"friends|journalists|brothers|sisters|artists|students|detainees|believers|poets|suspects|teenagers)"
    # "The three were arrested in September 2022": the number alone
    r"|the\s+(?:two|three|four|five|six|seven|eight)(?=\s+(?:were|had|have|are|was)\b)|all\s+(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|of\s+them)|all\s+(?:the\s+)?(?:detainees|defendants|activists|accused|those\s+detained))\b",
    re.IGNORECASE,
)
# An elided repetition of the predicate: "Mediazona was declared a foreign agent, as were its editor A and its
# publisher B" (A and B were declared too).
AS_WERE = re.compile(r",\s+as\s+(?:were|was|had|have|has|did)\s+(?:(?:also|too)\s+)?", re.IGNORECASE)
TOGETHER = re.compile(r"\b(?:together\s+with|along\s+with|as\s+well\s+as|and\s+also)\b", re.IGNORECASE)
NOT_SUBJECT_ROLES = frozenset({"lawyer", "judge", "prosecutor", "investigator", "expert"})
# Words that can separate names in one list: "A, B and C", "A and B".
# "Denis Kamalyagin from Pskov and Sergei Markelov": the place a listed person is from
FROM_PLACE = r"(?:\s+(?:from|in)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
LIST_GAP = re.compile(
    rf"^{FROM_PLACE}(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*as\s+well\s+as\s+)(?:(?:his|her|their|the)\s+)?"
    # ", Moscow resident Ilya Startsev and Krasnoyarsk resident …": a place's resident before the name
    r"(?:(?:[A-Z][\w-]+\s+){1,2}(?:residents?|natives?)\s+|(?:[a-z-]+\s+){0,2})$"
)
# A description set off by commas after a name or before the next one: "detained A, B, a former member of
# the Public Oversight Commission (POC), and C, a human rights defender", "A and the founder of the
# Conflict Intelligence Team, B, were sentenced".
_DESCRIPTION = r"(?:a|an|the)\s+[a-z][^,;.:!?\"“”]{0,90}?,\s+"
# "added Grigoryev and five other correspondents of RFE/RL's Idel.Realities, Alina Grigoryeva, …": a count
# of the others, whom the names after it list.
_COUNTED_OTHERS = (
    r"\s+and\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+other\s+"
    r"(?:[^,;.:!?\"“”]|\.(?=\S)){0,90}?,\s+"
)
_APPOSED_GAP = re.compile(
    rf"^(?:,\s+{_DESCRIPTION}(?:(?:and|as\s+well\s+as)\s+(?:{_DESCRIPTION})?)?|\s*,?\s*and\s+{_DESCRIPTION}"
    # ", and the founder of the Yaroslavl film club “Neft” Andrey Alekseyev": a title right before the name
    rf"|\s*,?\s*and\s+(?:a|an|the)\s+[a-z][^,;.:!?]{{0,90}}?\s+|{_COUNTED_OTHERS})$"
)


def list_gap(gap: str) -> bool:
    """True when ``gap`` separates two names of one list."""
    return bool(LIST_GAP.match(gap) or _APPOSED_GAP.match(gap))


ANOTHER_SUBJECT = re.compile(
    r"\b(?:it|its|police|officers|authorities|security\s+forces|people|employees|members|organi[sz]ation|prosecution|"
    r"court|prosecutors?|investigators?|several|many|some|others|residents|activists|journalists)\b",
    re.IGNORECASE,
)


FULL_STOP = re.compile(r"\.(?:\s|$)")  # not the point of "8.5 years" or "Art. 205.2"
# ("X from Chechnya was denied parole": a place after a preposition is no subject.)
OTHER_CLAUSE = re.compile(
    r"(?<!\bfrom\s)(?<!\bin\s)(?<!\bof\s)\b(?:[A-Z][\w’'-]+|it|they|we|you|I|officers|police|authorities|court|people|employees|members|"
    r"organi[sz]ation|government|state)\s+(?:was|were|is|are|has|have|had|came|went|said|says|did|does)\b"
)


def gap_ok(gap: str) -> bool:
    """True when the words between a name and a fact do not start a clause with a subject of its own."""
    return len(gap) <= 160 and not FULL_STOP.search(gap.replace("St.", "")) and not OTHER_CLAUSE.search(gap)


def described_article(text: str, head: str, trigger_end: int | None) -> tuple[str | None, str | None]:
    """("the" or "a", gender) when a descriptive noun phrase is the subject of a clause (``head`` is the
    clause up to its fact: "The student was jailed") or the object right after the verb that ends at
    ``trigger_end`` ("sentenced a former journalist"); (None, None) when there is none. The gender is "m"
    or "f" for "the man", "the woman", "the actress"; None for most nouns."""
    found = None
    for found in ROLE_NOUN.finditer(head):  # noqa: B007 - the last one is the nearest to the fact
        pass
    if found is None and trigger_end is not None and text[trigger_end : trigger_end + 1] == " ":
        # "sentenced on Thursday a man to 24 years": a time adverbial may come before the object
        when = _WHEN.match(text, trigger_end + 1)
        found = ROLE_NOUN.match(text, when.end() if when else trigger_end + 1)
    if found is None:
        found = _HEADLINE_SUBJECT.match(head)  # "Russian theatre director sentenced to 6 years"
    if found is None:
        return None, None
    noun = found.group("noun").lower()
    sex = "f" if noun in _FEMININE else "m" if noun in _MASCULINE else None
    if sex is None:  # "One female defendant was jailed for 3.5 years"
        sex = (
            "f"
            if re.search(r"\bfemale\b", found.group(), re.I)
            else "m"
            if re.search(r"\bmale\b", found.group(), re.I)
            else None
        )
    return ("the" if found.group("article").lower() == "the" else "a"), sex


_WHEN = re.compile(r"(?:on\s+\w+day|yesterday|today|last\s+week|earlier\s+this\s+(?:week|month))\s+", re.I)
_FEMININE = frozenset(
    ["woman", "girl", "businesswoman", "actress", "schoolgirl", "nun", "grandmother", "mother", "waitress",
     "saleswoman"]
)  # fmt: skip
_MASCULINE = frozenset(
    ["man", "boy", "businessman", "actor", "schoolboy", "monk", "grandfather", "father", "waiter", "salesman",
     "serviceman"]
)  # fmt: skip


def gender(m: re.Match[str]) -> str | None:
    """The gender a PRONOUN match implies: "m", "f", or None for "they"."""
    return "m" if m.group(1) else "f" if m.group(2) else None


def last_pronoun(text: str) -> tuple[int, str | None] | None:
    """(offset, gender) of the last singular pronoun of ``text`` that can be a clause's subject."""
    found = None
    for m in PRONOUN.finditer(text):
        if m.group(3):  # "they" has no single antecedent here
            continue
        if IN_RELATIVE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Razumova, to whom he was married, ...": not the subject of the clause
        found = (m.start(), gender(m))
    return found


def first_pronoun(text: str) -> tuple[int, str | None] | None:
    """(offset, gender) of the first singular pronoun of ``text``."""
    for m in PRONOUN.finditer(text):
        if not m.group(3):
            return (m.start(), gender(m))
    return None


def subjectless(head: str) -> bool:
    """True when the words before the verb carry no noun of their own: "", "Later, ", "In April 2022, "."""
    words = re.findall(r"[A-Za-z]+", head)
    skip = {
        "later",
        "then",
        "initially",
        "also",
        "already",
        "in",
        "on",
        "at",
        "the",
        "of",
        "and",
        "after",
        "that",
        "since",
        "was",
        "were",
        "had",
        "been",
        "has",
        "is",
        "soon",
        "year",
        "same",
        "early",
        "late",
        "mid",
        "end",
        "beginning",
        "middle",
        "night",
        "morning",
        "evening",
    }
    months = {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "autumn",
        "winter",
        "fall",
    }
    return all(w.lower() in skip or w.lower() in months for w in words)


def unique(items: Iterable[int]) -> list[int]:
    """The items in their first order, each once."""
    out: list[int] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
