"""Services for collections."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max

from khronika.records.models import Case, Collection, CollectionMember, Person
from khronika.records.services.base import assign, delete, permission, require, save


def create_collection(actor: Any, *, slug: str, title: str, reason: str, **fields: Any) -> Collection:
    """Create a collection (``title_ru``/``title_en``, ``description_ru``/``_en``, ``published``)."""
    require(actor, permission(Collection, "add"))
    with transaction.atomic():
        return save(assign(Collection(slug=slug, title=title), fields), actor, reason)


def add_to_collection(
    actor: Any, collection: Collection, member: Person | Case, *, reason: str, position: int | None = None
) -> CollectionMember:
    """Add a person or a case to a collection, at the end unless ``position`` is given (idempotent)."""
    require(actor, permission(CollectionMember, "add"))
    field = "person" if isinstance(member, Person) else "case"
    with transaction.atomic():
        existing = CollectionMember.objects.filter(collection=collection, **{field: member}).first()
        if existing is not None:
            return existing
        if position is None:
            last = collection.members.aggregate(last=Max("position"))["last"]
            position = 0 if last is None else last + 1
        return save(
            CollectionMember(collection=collection, position=position, **{field: member}), actor, reason
        )


def remove_from_collection(actor: Any, membership: CollectionMember, *, reason: str) -> None:
    """Take a person or a case out of a collection."""
    require(actor, permission(CollectionMember, "delete"))
    with transaction.atomic():
        delete(membership, actor, reason)
