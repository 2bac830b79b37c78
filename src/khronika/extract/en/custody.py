"""The day after an arrest: "He was arrested on March 1 ... released from the detention facility and placed
under house arrest the following day" counts that day from the arrest, not from the date told last, and
tells that the arrest was police custody (a court's custody order does not end the next day)."""

from __future__ import annotations

import datetime
import re

from khronika.extract.facts import Event

# The steps that follow an arrest on the next day.
AFTER_CUSTODY = frozenset({"release", "house_arrest", "pretrial_detention"})
NEXT_DAY = re.compile(r"\b(?:the\s+)?(?:next|following)\s+day\b|\bthe\s+day\s+after\b", re.I)
# "released from the detention facility and placed under house arrest": a release, then a house arrest
# ("released to house arrest" is the house arrest alone).
RELEASED_FROM = re.compile(
    r"\s+from\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:facility|cent(?:re|er)|SIZO|custody|station|jail|prison)\b",
    re.I,
)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
# An arrest told as a court's order is no police custody.
_COURT_ORDER = re.compile(r"\b(?:remanded|custody|pre-?trial|SIZO|in\s+absentia|court)\b", re.I)
_REACH = 1500  # the arrest a "next day" counts from was told shortly before


def day_after_custody(events: list[tuple[list[int], Event]], who: list[int], offset: int) -> str | None:
    """The day after the last arrest of ``who`` told before ``offset``; a bare "arrested" it counts from
    becomes a detention."""
    for index in range(len(events) - 1, -1, -1):
        persons, event = events[index]
        start = event["evidence"]["start"]
        if start >= offset:
            continue
        if offset - start > _REACH:
            return None
        if event["type"] not in ("detention", "pretrial_detention") or not set(who) & set(persons):
            continue
        date = event["date"]
        if date is None or not _DAY.match(date):
            return None
        if event["type"] == "pretrial_detention" and not _COURT_ORDER.search(event["evidence"]["text"]):
            # released the next day: the arrest was police custody only, not the custody order it may tell
            twin = any(
                e["type"] == "detention" and e["evidence"] == event["evidence"] and p == persons
                for p, e in events
            )
            if twin:
                del events[index]
            else:
                event["type"] = "detention"
        return (datetime.date.fromisoformat(date) + datetime.timedelta(days=1)).isoformat()
    return None


def chain_step(kind: str, words: str) -> str:
    """The step of the day's chain (cues.SAME_DAY) an event of ``kind`` told by ``words`` is: an
    administrative report ("A protocol was drawn up against X") follows a detention on its day; other
    charges do not."""
    if kind == "charge" and re.search(r"\bprotocol\b", words, re.I):
        return "protocol"
    return kind
