"""A person's status, derived from their events: the latest dated event that changes where they are.

Death is final whatever its date. A verdict or an appeal decision gives "imprisoned" when the sentence it
brought is real imprisonment and "at liberty" otherwise (suspended sentence, fine…). When no event says
anything, the editor's ``status_override`` applies (for example "wanted", which no event type expresses),
and otherwise the status is unknown.
"""

from __future__ import annotations

from django.db.models import Q

from khronika.records.models import Event, Person, Sentence
from khronika.records.vocabulary import EventType, PersonStatus, Punishment, Role, SentenceStage

STATUS_OF_EVENT: dict[str, PersonStatus] = {
    EventType.DETENTION: PersonStatus.DETAINED,
    EventType.PRETRIAL_DETENTION: PersonStatus.PRETRIAL_DETENTION,
    EventType.HOUSE_ARREST: PersonStatus.HOUSE_ARREST,
    EventType.RELEASE: PersonStatus.RELEASED,
    EventType.EXCHANGE: PersonStatus.RELEASED,
    EventType.EMIGRATION: PersonStatus.EMIGRATED,
    EventType.DEATH: PersonStatus.DECEASED,
}
SENTENCING_EVENTS = (EventType.VERDICT, EventType.APPEAL)

# Within one day the story runs in this order (searched, detained, remanded, tried, sentenced, released).
STORY_ORDER: list[str] = [
    EventType.SEARCH,
    EventType.DETENTION,
    EventType.PRETRIAL_DETENTION,
    EventType.HOUSE_ARREST,
    EventType.CHARGE,
    EventType.TRIAL,
    EventType.VERDICT,
    EventType.APPEAL,
    EventType.RELEASE,
    EventType.EXCHANGE,
    EventType.EMIGRATION,
    EventType.DEATH,
]


def sentencing_status(person: Person, event: Event) -> PersonStatus | None:
    """The status a verdict or appeal event gives, from the court's sentence closest before its end."""
    stages = [SentenceStage.IMPOSED] if event.type == EventType.VERDICT else list(SentenceStage)
    sentences = Sentence.objects.filter(person=person, stage__in=stages).exclude(
        stage=SentenceStage.REQUESTED
    )
    if event.date_upper is not None:
        sentences = sentences.filter(Q(date_lower__lte=event.date_upper) | Q(date_lower__isnull=True))
    if event.case_id is not None:
        sentences = sentences.filter(Q(case_id=event.case_id) | Q(case__isnull=True))
    latest = sentences.order_by("-date_lower", "-id").first()
    if latest is None:
        return None
    if latest.punishment == Punishment.IMPRISONMENT:
        return PersonStatus.IMPRISONED
    return PersonStatus.AT_LIBERTY


def derive_status(person: Person) -> PersonStatus | None:
    """The status the person's events give, or ``None`` when none of them changes it."""
    events = list(
        Event.objects.filter(participants__person=person, participants__role=Role.DEFENDANT).distinct()
    )
    if any(e.type == EventType.DEATH for e in events):
        return PersonStatus.DECEASED
    dated = [e for e in events if e.date_lower is not None]
    dated.sort(
        key=lambda e: (
            e.date_lower,
            e.date_upper,
            STORY_ORDER.index(e.type) if e.type in STORY_ORDER else -1,
            e.pk,
        ),
        reverse=True,
    )
    for event in dated:
        if event.type in STATUS_OF_EVENT:
            return STATUS_OF_EVENT[event.type]
        if event.type in SENTENCING_EVENTS:
            status = sentencing_status(person, event)
            if status is not None:
                return status
    return None


def recompute_status(person: Person) -> bool:
    """Set ``person.status`` from the events (or the override, or unknown); return whether it changed."""
    status = derive_status(person) or person.status_override or PersonStatus.UNKNOWN
    if status == person.status:
        return False
    person.status = status
    return True
