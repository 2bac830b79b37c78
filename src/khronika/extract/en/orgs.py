"""Organisations in English text: a gazetteer of the bodies these reports name, plus head-noun patterns."""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from khronika.extract.en.lexicon import alternation


def _load() -> dict[str, Any]:
    raw = (
        resources.files("khronika.extract.en").joinpath("data/organizations.json").read_text(encoding="utf-8")
    )
    data: dict[str, Any] = json.loads(raw)
    return data


_DATA = _load()
# canonical name, kind, aliases (matched case-insensitively, so headings in capitals count too).
_GAZETTEER: list[tuple[str, str, list[str]]] = [
    (o["name"], o["kind"], o["aliases"]) for o in _DATA["organizations"]
]
_ALIAS: dict[str, tuple[str, str]] = {}
for _canonical, _kind, _aliases in _GAZETTEER:
    for _alias in _aliases:
        _ALIAS[_alias.lower()] = (_canonical, _kind)
# Short all-capital aliases match only in capitals ("FAS", "VK"), longer ones in any case.
_CAPS_ALIASES = [a for _c, _k, aliases in _GAZETTEER for a in aliases if a.isupper() and len(a) <= 4]
_FREE_ALIASES = [a for a in _ALIAS if a.upper() not in _CAPS_ALIASES]


@lru_cache(maxsize=256)
def _gazetteer_pattern(free: tuple[str, ...], caps: tuple[str, ...]) -> re.Pattern[str]:
    parts = ([r"(?i:" + alternation(list(free)) + r")"] if free else []) + (
        [alternation(list(caps))] if caps else []
    )
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def _gazetteer(text: str) -> re.Pattern[str] | None:
    """A pattern of only the aliases that occur in ``text``: a substring test per alias is much cheaper
    than one alternation of all of them run at every position."""
    lower = text.lower()
    free = tuple(a for a in _FREE_ALIASES if a in lower)
    caps = tuple(a for a in _CAPS_ALIASES if a in text)
    return _gazetteer_pattern(free, caps) if free or caps else None


# Head nouns that make a capitalised phrase an organisation, with the kind they imply.
_HEADS: dict[str, str] = _DATA["heads"]
# A capitalised word: dots only inside it ("U.S.") or after a short abbreviation ("St."), so that a name
# ending a sentence ("… and Yury Primov. The North-Caucasus Military Court …") is not the court's
_CAP = r"(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]{0,2}\.|[A-Z][\w’'-]*(?:\.(?=\w)[\w’'-]*)*)"
_OF = r"(?:\s(?:of|for|on)\s(?:the\s)?[A-Z][\w’'-]*(?:\s(?:[A-Z][\w’'-]*|of|and|the))*?(?:\s[A-Z][\w’'-]*)?)?"
_HEAD_RE = re.compile(r"(?<![\w-])((?:" + _CAP + r"\s){1,5})(" + alternation(_HEADS) + r")(?![\w-])" + _OF)
# Words that begin a capitalised run but are not part of the name ("In the Moscow City Court").
_LEADING = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "at",
        "on",
        "by",
        "from",
        "to",
        "for",
        "of",
        "according",
        "after",
        "before",
        "upon",
        "since",
        "during",
        "when",
        "while",
        "as",
        "this",
        "that",
        "his",
        "her",
        "their",
        "its",
        "our",
        "and",
        "or",
        "but",
        "later",
        "then",
    ]
)
_LAW_WORDS = re.compile(r"\b(?:Code|Article|Part)\b")
_NGO_WORDS = re.compile(r"\b(?:Human Rights|Assistance|Support|Aid|Civil|Charity|Charitable)\b")
_LAW_ENF_WORDS = re.compile(r"\b(?:Investigative|Investigation|Security|Interior|Police|Anti-Extremism)\b")
_PROSECUTION_WORDS = re.compile(r"Prosecutor")
_APPOSITION_RE = re.compile(
    # ("Olga Smirnova, a member of the movement ...": a word before "of" heads the description, not the kind)
    r"(?<![\w-])([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,3}),\s(?:an?|the)\s(?:(?!(?:of|in|at|for|from)\s)[\w-]+\s){0,5}?"
    # ("Alexei Navalny, the rights group OVD-Info reported": a name after the kind word is the one it heads)
    r"(party|movement|foundation|organi[sz]ation|NGO|fund|group|media outlet|outlet|newspaper|channel)\b"
    r"(?!\s+[A-Z«\"“])"
    r"|\b(?:an?|the)\s(party|movement|foundation|organi[sz]ation|NGO|fund|media outlet|newspaper),\s"
    r"([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,3}),"
)
_APPOSITION_KIND = {
    "party": "party",
    "movement": "movement",
    "newspaper": "media",
    "channel": "media",
    "media outlet": "media",
    "outlet": "media",
}
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_ABBREVIATION_RE = re.compile(r"\s\(([A-Z]{2,6})\)")


@dataclass
class OrgMention:
    """One mention of an organisation: where it is and which organisation it names."""

    start: int
    end: int
    key: str
    kind: str
    canonical: str


@dataclass
class Org:
    """An organisation with its mentions, in order of first mention."""

    key: str
    kind: str
    canonical: str
    mentions: list[OrgMention] = field(default_factory=list)


def find_organizations(text: str) -> list[Org]:
    """Every organisation the text names, grouped, in order of first mention."""
    found: list[OrgMention] = []
    gazetteer = _gazetteer(text)
    for m in gazetteer.finditer(text) if gazetteer else ():
        canonical, kind = _ALIAS[m.group().lower()]
        found.append(OrgMention(m.start(), m.end(), canonical.lower(), kind, canonical))
    for m in _HEAD_RE.finditer(text):
        mention = _head_mention(text, m)
        if mention:
            found.append(mention)
    for m in _APPOSITION_RE.finditer(text):
        name_group, kind_word = (1, m.group(2)) if m.group(1) else (4, m.group(3))
        start, end = m.span(name_group)
        name = text[start:end]
        kind = _APPOSITION_KIND.get(kind_word.lower(), "ngo")
        found.append(OrgMention(start, end, name.lower(), kind, name))
    mentions = _without_overlaps(found)
    mentions += _abbreviations(text, mentions)
    return _group(sorted(_without_overlaps(mentions), key=lambda m: m.start))


def _head_mention(text: str, m: re.Match[str]) -> OrgMention | None:
    words = m.group(1).split()
    start = m.start(1)
    while words and (words[0].lower() in _LEADING or words[0].endswith(".")):
        start = text.index(words[0], start) + len(words[0])
        words = words[1:]
        while start < len(text) and text[start].isspace():
            start += 1
    if not words:
        return None
    name = text[start : m.end()]
    if _LAW_WORDS.search(name) or "\n" in name:
        return None
    kind = _HEADS[m.group(2)]
    if _PROSECUTION_WORDS.search(name):
        kind = "prosecution"
    elif _LAW_ENF_WORDS.search(name) and kind not in ("court", "ngo"):
        kind = "law_enforcement"
    elif _NGO_WORDS.search(name) and kind != "court":
        kind = "ngo"
    key = re.sub(r"^(?:second|2nd)\b", "2nd", name.lower())
    return OrgMention(start, m.end(), key, kind, name)


def _without_overlaps(mentions: list[OrgMention]) -> list[OrgMention]:
    """Keep the longest of overlapping mentions (the full court name over a gazetteer word inside it)."""
    kept: list[OrgMention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
        elif m.end - m.start > kept[-1].end - kept[-1].start:
            kept[-1] = m
    return kept


def _abbreviations(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """A capital abbreviation in brackets after a name ("(MHRC)") names the same body wherever it recurs."""
    named: dict[str, OrgMention] = {}
    for mention in mentions:
        m = _ABBREVIATION_RE.match(text, mention.end)
        if m:
            named.setdefault(m.group(1), mention)
    if not named:
        return mentions
    extra: list[OrgMention] = []
    pattern = r"(?<![\w-])(?:" + alternation(list(named)) + r")(?![\w-])"
    for a in re.finditer(pattern, text):
        mention = named[a.group()]
        extra.append(OrgMention(a.start(), a.end(), mention.key, mention.kind, mention.canonical))
    return mentions + extra


def _group(mentions: list[OrgMention]) -> list[Org]:
    orgs: dict[str, Org] = {}
    for m in mentions:
        org = orgs.setdefault(m.key, Org(m.key, m.kind, m.canonical))
        org.mentions.append(m)
    return list(orgs.values())


def org_name(text: str, org: Org) -> str:
    """The fullest written form of the organisation's name (not set in capitals), or its canonical name."""
    forms = [text[m.start : m.end] for m in org.mentions]
    forms = [f for f in forms if not f.isupper() and f.lower() != f and len(f) >= len(org.canonical)]
    # An English text names a body in Latin letters where it can ("OVD-Info", not a banner's "ОВД-Инфо").
    forms = [f for f in forms if not _CYRILLIC.search(f)] or (
        [] if not _CYRILLIC.search(org.canonical) else forms
    )
    if forms:
        return max(forms, key=lambda f: (len(f.split()), -forms.index(f)))
    return org.canonical


# International courts do not pass sentences in Russian cases.
_INTERNATIONAL = re.compile(r"European|International|Human Rights|ECHR|UN\b", re.I)


class Courts:
    """The national courts of a text and where each is mentioned, for the court of a sentence."""

    def __init__(self, orgs: list[Org]) -> None:
        self.courts = [o for o in orgs if o.kind == "court" and not _INTERNATIONAL.search(o.canonical)]
        self.court_at = {m.start: o.key for o in self.courts for m in o.mentions}
        self.starts = sorted(self.court_at)

    def of(self, start: int, end: int, stage: str, punishment: str) -> str | None:
        """The court named in the sentence [start, end); for a first-instance term, else the only court."""
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.starts) and self.starts[i] < end:
            return self.court_at[self.starts[i]]
        if stage == "imposed" and punishment != "fine" and len(self.courts) == 1:
            return self.courts[0].key
        return None
