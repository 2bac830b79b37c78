"""Services for events and the persons taking part in them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from khronika.records.models import Event, EventPerson, Person
from khronika.records.services.base import assign, delete, permission, require, save
from khronika.records.services.persons import refresh_status
from khronika.records.vocabulary import Role

PersonWithRole = Person | tuple[Person, str]


def _pairs(persons: Iterable[PersonWithRole]) -> list[tuple[Person, str]]:
    return [p if isinstance(p, tuple) else (p, Role.DEFENDANT) for p in persons]


def add_event(
    actor: Any, *, type: str, reason: str, persons: Iterable[PersonWithRole] = (), **fields: Any
) -> Event:
    """Record an event (``date`` EDTF, ``place``, ``region``, ``facility``, ``case``, ``organisation``,
    ``description_ru``/``_en``) with its persons: ``Person`` (a defendant) or ``(Person, role)`` pairs.

    The status of each person is recomputed.
    """
    require(actor, permission(Event, "add"), permission(EventPerson, "add"))
    with transaction.atomic():
        event = save(assign(Event(type=type), fields), actor, reason)
        for person, role in _pairs(persons):
            save(EventPerson(event=event, person=person, role=role), actor, reason)
        for person, _role in _pairs(persons):
            refresh_status(actor, person, reason)
        return event


def update_event(actor: Any, event: Event, *, reason: str, **fields: Any) -> Event:
    """Change an event and recompute the status of its persons."""
    require(actor, permission(Event, "change"))
    with transaction.atomic():
        save(assign(event, fields), actor, reason)
        for person in event.persons.all():
            refresh_status(actor, person, reason)
        return event


def add_event_person(
    actor: Any, event: Event, person: Person, *, role: str = Role.DEFENDANT, reason: str
) -> EventPerson:
    """Add a person to an event in a role (idempotent) and recompute their status."""
    require(actor, permission(EventPerson, "add"))
    with transaction.atomic():
        link = EventPerson.objects.filter(event=event, person=person, role=role).first()
        if link is None:
            link = save(EventPerson(event=event, person=person, role=role), actor, reason)
        refresh_status(actor, person, reason)
        return link


def remove_event_person(actor: Any, link: EventPerson, *, reason: str) -> None:
    """Take a person out of an event and recompute their status."""
    require(actor, permission(EventPerson, "delete"))
    with transaction.atomic():
        person = link.person
        delete(link, actor, reason)
        refresh_status(actor, person, reason)


def delete_event(actor: Any, event: Event, *, reason: str) -> None:
    """Delete an event and recompute the status of the persons it had."""
    require(actor, permission(Event, "delete"))
    with transaction.atomic():
        persons = list(event.persons.all())
        delete(event, actor, reason)
        for person in persons:
            refresh_status(actor, person, reason)
