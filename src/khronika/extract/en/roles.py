"""Roles from the words around a person's mentions: "lawyer Timofey Shirokov", "Khamroev's first wife,
Margarita Suslyakova", "said Davidis", "the testimony of ... Asma Ismailova"."""

from __future__ import annotations

import re

from khronika.extract.en.lexicon import ROLE_WORDS, alternation
from khronika.extract.en.person_entity import Mention, PersonEntity

_ROLE = alternation(ROLE_WORDS)
# "lawyer Timofey Shirokov", "his wife, Zuhra", "Khamroev's lawyer Shirokov"; not "the lawyer of Ivanov",
# where the name is the client.
_BEFORE = re.compile(r"\b(" + _ROLE + r")s?,?\s+(?:and\s+[\w-]+\s+)?$", re.IGNORECASE)
# "Timofey Shirokov, Khamroev's lawyer", "Ivanova, a judge of the Basmanny court", "X, his wife,".
_AFTER = re.compile(
    r"^,\s+(?:(?:his|her|their|the|a|an|[A-Z][\w-]*['’]s)\s+)?(?:(?!(?:and|or)\b)[\w-]+\s+){0,2}?("
    + _ROLE
    + r")\b",
    re.IGNORECASE,
)
# "Novikova, a lawyer, had communicated with her friends": an occupation; "X, a lawyer for Y" is a part.
_PROFESSION = re.compile(
    r"^,\s+an?\s+(?:[\w-]+\s+)?(?:lawyer|attorney|advocate|investigator|prosecutor|expert)$", re.I
)
_ROLE_FOR = re.compile(r"\s+(?:for|representing|of|defending|acting|at|with)\b", re.I)
# "According to investigators, X ...", "Jehovah's Witness X": the role word does not name X's role.
_NOT_A_TITLE = re.compile(r"(?:\baccording\s+to\s+(?:the\s+)?|\bby\s+(?:the\s+)?|Jehovah['’]s\s+)$", re.I)
# "activist Dmitry Sokolov, writer Elena Morozova and lawyer Sergei Volkov": in a list of described names the
# word is a profession, not a part in the case.
_LISTED_AFTER_NAME = re.compile(r"[A-Z][\w'’-]+(?:,\s+(?:and\s+)?|\s+and\s+)$")
_JUDGE_AFTER = re.compile(r"^,?\s+(?:who\s+)?(?:presided|chaired)\b", re.IGNORECASE)
_CO_DEFENDANT = re.compile(r"\bco-?defendants?,?\s+(?:(?:and\s+)?[a-z][\w-]*,?\s+){0,2}$", re.IGNORECASE)
_TESTIMONY = re.compile(r"\b(?:testimony|testimonies|evidence)\s+of\s+(?:[\w'’-]+,?\s+){0,5}$", re.IGNORECASE)
_TESTIFIED = re.compile(
    r"^\s+(?:testified|gave\s+evidence|was\s+questioned\s+as\s+a\s+witness)\b", re.IGNORECASE
)
_EXPERTISE = re.compile(
    r"^['’]s\s+[“\"«']?(?:expertise|expert\s+opinion|examination|assessment)", re.IGNORECASE
)
# A quoted or cited source: "said Davidis", "Davidis said", "according to X", "X told OVD-Info".
_SPEECH = r"(?:said|says|told|tells|commented|comments|noted|notes|explained|explains|added|wrote|writes|stated|recalled|believes|thinks|reported|claimed|emphasi[sz]ed|stressed)"  # noqa: E501
# Inverted speech follows its quote ('..., said Davidis'); "added X to the register" names no source.
_INVERTED = (
    r"(?:said|says|wrote|writes|commented|comments|noted|notes|explained|explains|added|recalled|stressed)"
)
_SPEAKER_BEFORE = re.compile(
    r"(?:[,\"”»’'—–-]\s*" + _INVERTED + r"|\baccording\s+to|\b(?:post|statement|comment|words|message)\s+"
    r"(?:\w+\s+)?by)\s+"
    r"(?:(?:his|her|their|the|a|an)\s+)?"
    r"(?:(?!(?:that|how|whether|if|about)\b)[\w-]+\s+(?:and\s+)?){0,3}$",
    re.IGNORECASE,
)
_SPEAKER_AFTER = re.compile(r"^(?:,\s+[^,.]{0,60},|,)?\s+(?:has\s+|had\s+)?" + _SPEECH + r"\b", re.IGNORECASE)
_POSSESSOR_OF = re.compile(r"\bof\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_OTHER_BEFORE = re.compile(
    r"\b(?:photo|photos|by|author|editor|dictator|president|governor|minister)\s*:?\s*$", re.IGNORECASE
)

SPEAKER = "commentator"


def role_cues(text: str, person: PersonEntity) -> set[str]:
    """The roles other than defendant that the words next to the person's mentions give."""
    roles: set[str] = set()
    for mention in person.mentions:
        roles |= mention_roles(text, mention)
    return roles


# "The Judicial Collegium of the Bryansk Regional Court consisting of A, B and C upheld the verdict": judges
_PANEL = re.compile(
    r"\b(?:[Cc]ollegium|panel\s+of\s+judges|bench)\b[^.;]{0,80}?\bconsisting\s+of\s+(?:judges\s+)?"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:,\s+|\s+and\s+))*$"
)


def mention_roles(text: str, mention: Mention) -> set[str]:
    """Roles given next to one mention; "commentator" when the person is quoted or cited."""
    before = text[max(0, mention.start - 60) : mention.start]
    after = text[mention.end : mention.end + 80]
    roles: set[str] = set()
    if re.match(
        r"['’]s\b", after
    ):  # a possessor ("the testimony of Khamroev's ex-wife") is not the role-holder
        before = ""
    m = _BEFORE.search(before)
    if (
        m
        and not _NOT_A_TITLE.search(before, 0, m.start())
        and not _LISTED_AFTER_NAME.search(before, 0, m.start())
    ):
        roles.add(ROLE_WORDS[m.group(1).lower()])
    m = _AFTER.match(after)
    if m and (not _PROFESSION.match(m.group(0)) or _ROLE_FOR.match(after, m.end())):
        roles.add(ROLE_WORDS[m.group(1).lower()])
    if _JUDGE_AFTER.match(after) or _PANEL.search(text, max(0, mention.start - 200), mention.start):
        roles.add("judge")
    if (before and _TESTIMONY.search(before)) or _TESTIFIED.match(after):
        roles.add("witness")
    if _EXPERTISE.match(after):
        roles.add("expert")
    if _CO_DEFENDANT.search(before):
        roles.add("defendant")  # "her co-defendant, playwright Svetlana Petriyuk"
    if _speaker(before, after):
        roles.add(SPEAKER)
    return roles


def _speaker(before: str, after: str) -> bool:
    if _SPEAKER_BEFORE.search(before):
        return True
    # "The wife of Bakhrom Khamroev reported ...": the speaker is the wife, not the name inside "of ...".
    return bool(_SPEAKER_AFTER.match(after)) and not _POSSESSOR_OF.search(before)


def is_speaker_mention(text: str, mention: Mention) -> bool:
    """True when this mention names who is speaking ("said Davidis"), not who a fact is about."""
    before = text[max(0, mention.start - 60) : mention.start]
    after = text[mention.end : mention.end + 80]
    return _speaker(before, after) or bool(_OTHER_BEFORE.search(before))


def final_roles(cued: set[str], defendant: bool) -> list[str]:
    """The roles to report: a defendant who speaks stays a defendant; "commentator" only for someone with no
    other role; "other" when nothing is known."""
    roles = set(cued)
    if defendant:
        roles.add("defendant")
    if SPEAKER in roles and roles - {SPEAKER}:
        roles.discard(SPEAKER)
    if not roles:
        roles.add("other")
    order = [
        "defendant",
        "lawyer",
        "judge",
        "prosecutor",
        "investigator",
        "witness",
        "expert",
        "relative",
        "commentator",
        "other",
    ]
    return [r for r in order if r in roles]
