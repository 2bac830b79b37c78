"""Merging two records of one person (with undo) and deciding that two records are different people.

A merge never deletes: the loser is marked ``merged_into`` the winner and unpublished, and every row moved
from the loser to the winner is listed in ``PersonMerge.moved`` so ``undo_merge`` can move it back.
Rows that would duplicate one the winner already has (the same name, the same role in the same case)
stay on the loser.
"""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from khronika.records.indexing import index_hook
from khronika.records.models import (
    CaseParty,
    Charge,
    CollectionMember,
    Designation,
    EventPerson,
    Evidence,
    NotSamePerson,
    Person,
    PersonMerge,
    PersonName,
    Sentence,
)
from khronika.records.services.base import delete, permission, require, save, stamp
from khronika.records.services.persons import refresh_name_keys, refresh_status
from khronika.records.vocabulary import NameKind

# (key in PersonMerge.moved, model, the field pointing at the person, fields that must stay unique with it)
MOVABLE: tuple[tuple[str, Any, str, tuple[str, ...]], ...] = (
    ("charges", Charge, "person", ()),
    ("sentences", Sentence, "person", ()),
    ("case_parties", CaseParty, "person", ("case_id", "role")),
    ("event_roles", EventPerson, "person", ("event_id", "role")),
    ("designations", Designation, "person", ()),
    ("collection_members", CollectionMember, "person", ("collection_id",)),
    ("merged_persons", Person, "merged_into", ()),
)


class MergeError(ValueError):
    """A merge or its undo that cannot be done, with the reason for the editor."""


def _move(obj: models.Model, field: str, person: Person, actor: Any, reason: str) -> None:
    setattr(obj, field, person)
    stamp(obj, actor, reason)
    obj.save()
    index_hook(obj)


def _move_names(winner: Person, loser: Person, actor: Any, reason: str) -> list[dict[str, Any]]:
    taken = {(n.language, n.full) for n in winner.names.all()}
    primary = {n.language for n in winner.names.all() if n.kind == NameKind.PRIMARY}
    moved = []
    for name in PersonName.objects.filter(person=loser).order_by("id"):
        if (name.language, name.full) in taken:
            continue
        moved.append({"id": name.pk, "kind": name.kind})
        if name.kind == NameKind.PRIMARY and name.language in primary:
            name.kind = NameKind.ALIAS
        _move(name, "person", winner, actor, reason)
        refresh_name_keys(name)
        taken.add((name.language, name.full))
    return moved


def _move_evidence(winner: Person, loser: Person, actor: Any, reason: str) -> list[int]:
    kind = ContentType.objects.get_for_model(Person)
    held = set(
        Evidence.objects.filter(content_type=kind, object_id=winner.pk).values_list(
            "source_id", "start", "end"
        )
    )
    moved = []
    for item in Evidence.objects.filter(content_type=kind, object_id=loser.pk).order_by("id"):
        if (item.source_id, item.start, item.end) in held:
            continue
        _move(item, "object_id", winner.pk, actor, reason)  # type: ignore[arg-type]
        moved.append(item.pk)
    return moved


def merge_problem(winner: Person, loser: Person) -> str | None:
    """Why ``loser`` cannot be merged into ``winner``, or ``None`` when it can."""
    if winner.pk == loser.pk:
        return str(_("A person cannot be merged with themselves."))
    if winner.merged_into_id or loser.merged_into_id:
        return str(_("One of the two persons is already merged into another; merge into that one."))
    low, high = sorted((winner.pk, loser.pk))
    if NotSamePerson.objects.filter(person_a_id=low, person_b_id=high).exists():
        return str(_("An editor decided these are different people; remove that decision first."))
    return None


def merge_persons(actor: Any, winner: Person, loser: Person, *, reason: str) -> PersonMerge:
    """Merge ``loser`` into ``winner``: move the loser's names, charges, sentences, roles and evidence."""
    require(actor, permission(Person, "change"), permission(PersonMerge, "add"))
    if problem := merge_problem(winner, loser):
        raise MergeError(problem)
    with transaction.atomic():
        moved: dict[str, Any] = {"names": _move_names(winner, loser, actor, reason)}
        for key, model, field, unique in MOVABLE:
            held = set(model.objects.filter(**{field: winner}).values_list(*unique)) if unique else set()
            moved[key] = []
            for obj in model.objects.filter(**{field: loser}).order_by("id"):
                if unique and tuple(getattr(obj, f) for f in unique) in held:
                    continue
                _move(obj, field, winner, actor, reason)
                moved[key].append(obj.pk)
        moved["evidence"] = _move_evidence(winner, loser, actor, reason)
        moved["loser_published"] = loser.published
        loser.merged_into = winner
        loser.published = False
        stamp(loser, actor, reason)
        loser.save()
        index_hook(loser)
        merge = save(
            PersonMerge(winner=winner, loser=loser, actor=actor, reason=reason, moved=moved), actor, reason
        )
        refresh_status(actor, winner, reason)
        return merge


def undo_merge(actor: Any, merge: PersonMerge, *, reason: str) -> PersonMerge:
    """Move everything a merge moved back to the loser and make the loser a person of its own again."""
    require(actor, permission(Person, "change"), permission(PersonMerge, "change"))
    if merge.undone_at is not None:
        raise MergeError(_("This merge was already undone."))
    winner, loser = merge.winner, merge.loser
    with transaction.atomic():
        names = {item["id"]: item["kind"] for item in merge.moved.get("names", [])}
        plan: list[tuple[models.Model, str]] = [
            (name, "person") for name in PersonName.objects.filter(pk__in=names)
        ]
        for key, model, field, _unique in MOVABLE:
            plan += [(obj, field) for obj in model.objects.filter(pk__in=merge.moved.get(key, []))]
        for obj, field in plan:
            if getattr(obj, f"{field}_id") != winner.pk:
                raise MergeError(
                    f"{obj._meta.verbose_name} #{obj.pk} has changed since; undo later merges first"
                )
        for obj, field in plan:
            if isinstance(obj, PersonName):
                obj.kind = names[obj.pk]
            _move(obj, field, loser, actor, reason)
            if isinstance(obj, PersonName):
                refresh_name_keys(obj)
        kind = ContentType.objects.get_for_model(Person)
        for item in Evidence.objects.filter(pk__in=merge.moved.get("evidence", []), content_type=kind):
            _move(item, "object_id", loser.pk, actor, reason)  # type: ignore[arg-type]
        loser.merged_into = None
        loser.published = bool(merge.moved.get("loser_published", False))
        stamp(loser, actor, reason)
        loser.save()
        index_hook(loser)
        merge.undone_at = timezone.now()
        merge.undone_by = actor
        save(merge, actor, reason)
        refresh_status(actor, winner, reason)
        refresh_status(actor, loser, reason)
        return merge


def mark_not_same(actor: Any, first: Person, second: Person, *, reason: str) -> NotSamePerson:
    """Record that two persons are different people (idempotent: an existing decision is returned)."""
    require(actor, permission(NotSamePerson, "add"))
    if first.pk == second.pk:
        raise MergeError(_("A person is always the same as themselves."))
    low, high = sorted((first, second), key=lambda p: p.pk)
    with transaction.atomic():
        existing = NotSamePerson.objects.filter(person_a=low, person_b=high).first()
        if existing is not None:
            return existing
        return save(NotSamePerson(person_a=low, person_b=high, actor=actor, reason=reason), actor, reason)


def remove_not_same(actor: Any, decision: NotSamePerson, *, reason: str) -> None:
    """Withdraw a "not the same person" decision."""
    require(actor, permission(NotSamePerson, "delete"))
    with transaction.atomic():
        delete(decision, actor, reason)
