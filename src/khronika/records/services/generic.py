"""``save_record`` and ``delete_record``: the way in for forms (the admin) that edit any record row.

They check the add/change/delete permission of the row's model, validate, write history with the
editor and reason, and run what a change of that kind implies (match keys for a name, the derived
status of the persons of an event or a sentence), then the index hook. Domain operations with more to
them (a merge, a reclassification) have their own services.
"""

from __future__ import annotations

from typing import Any

from django.db import models, transaction

from khronika.records.models import Event, EventPerson, Person, PersonName, Sentence
from khronika.records.services.base import delete, permission, require, save
from khronika.records.services.persons import fill_name_parts, refresh_name_keys, refresh_status


def _persons_affected(obj: models.Model) -> list[Person]:
    if isinstance(obj, Event) and obj.pk:
        return list(obj.persons.all())
    if isinstance(obj, EventPerson | Sentence):
        return [obj.person]
    if isinstance(obj, Person):
        return [obj]
    return []


def save_record(actor: Any, obj: models.Model, *, reason: str) -> models.Model:
    """Validate and save any record row (new or changed) as ``actor``, with ``reason`` in its history."""
    require(actor, permission(obj, "change" if obj.pk else "add"))
    with transaction.atomic():
        if isinstance(obj, PersonName):
            fill_name_parts(obj)
        save(obj, actor, reason)
        if isinstance(obj, PersonName):
            refresh_name_keys(obj)
        for person in _persons_affected(obj):
            refresh_status(actor, person, reason)
        return obj


def delete_record(actor: Any, obj: models.Model, *, reason: str) -> None:
    """Delete any record row as ``actor``, with ``reason`` in its history; statuses follow."""
    require(actor, permission(obj, "delete"))
    with transaction.atomic():
        persons = [p for p in _persons_affected(obj) if not isinstance(obj, Person)]
        delete(obj, actor, reason)
        for person in persons:
            refresh_status(actor, person, reason)
