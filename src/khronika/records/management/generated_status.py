"""The status of a generated person, by the rules of ``records.services.status`` applied in memory.

Bulk insertion cannot afford the service's two queries per person, so it applies the same rules to the
generated data before writing: the latest dated event that changes where the person is decides; a verdict or
an appeal gives "imprisoned" for real imprisonment and "at liberty" otherwise. The rule tables are the
service's own (``STATUS_OF_EVENT``, ``STORY_ORDER``), and tests/records/test_generate_insert.py checks that
the service recomputes the same status for inserted persons.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from khronika import dates
from khronika.records.generate import GeneratedPerson
from khronika.records.services.status import SENTENCING_EVENTS, STATUS_OF_EVENT, STORY_ORDER
from khronika.records.vocabulary import EventType, PersonStatus, Punishment, SentenceStage


@cache
def _bounds(value: str) -> tuple[Any, Any]:
    return dates.bounds(value)


def generated_status(person: GeneratedPerson) -> str:
    """The ``PersonStatus`` value the services would derive for ``person``'s events and sentences."""
    dated: list[tuple[Any, Any, int, int, Any, Any]] = []
    for case in person.cases:
        for event in case.events:
            index = len(dated)
            if event.type == EventType.DEATH:
                return PersonStatus.DECEASED
            if event.date:
                lower, upper = _bounds(event.date)
                order = STORY_ORDER.index(event.type) if event.type in STORY_ORDER else -1
                dated.append((lower, upper, order, index, event, case))
    # The services break the last ties by primary key, which follows the order events are written in.
    dated.sort(key=lambda item: item[:4], reverse=True)
    for _lower, upper, _order, _index, event, case in dated:
        if event.type in STATUS_OF_EVENT:
            return STATUS_OF_EVENT[event.type]
        if event.type in SENTENCING_EVENTS:
            stages = {SentenceStage.IMPOSED} if event.type == EventType.VERDICT else set(SentenceStage)
            court = [
                (_bounds(s.date)[0], position, s)
                for position, s in enumerate(case.sentences)
                if s.stage in stages and s.stage != SentenceStage.REQUESTED and _bounds(s.date)[0] <= upper
            ]
            if court:
                latest = max(court, key=lambda item: item[:2])[2]
                imprisoned = latest.punishment == Punishment.IMPRISONMENT
                return PersonStatus.IMPRISONED if imprisoned else PersonStatus.AT_LIBERTY
    return PersonStatus.UNKNOWN
