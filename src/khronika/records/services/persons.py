"""Services for persons and their names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from khronika import names as name_rules
from khronika.records.indexing import index_hook
from khronika.records.models import Person, PersonName, PersonNameKey
from khronika.records.services.base import assign, delete, permission, require, save, stamp
from khronika.records.services.status import recompute_status
from khronika.records.vocabulary import Language, NameKind, Script

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def script_of(text: str) -> Script:
    """The script a name is written in (Cyrillic wins when both appear: a Latin letter is likely a typo)."""
    if CYRILLIC.search(text):
        return Script.CYRILLIC
    if LATIN.search(text):
        return Script.LATIN
    return Script.OTHER


def name_keys(full: str) -> list[str]:
    """The match keys of a name (``khronika.names.match_keys``); a ``ValidationError`` if it is no name."""
    try:
        return sorted({str(key) for key in name_rules.match_keys(full) if key})
    except name_rules.NameInputError as exc:
        problem = ValidationError(
            _("%(name)s is not a name: %(reason)s"),
            code="not_a_name",
            params={"name": repr(full), "reason": str(exc)},
        )
        raise ValidationError({"full": problem}) from exc


def refresh_name_keys(name: PersonName) -> None:
    """Rebuild the ``PersonNameKey`` rows of one name, so the matcher finds the person by it."""
    PersonNameKey.objects.filter(name=name).delete()
    PersonNameKey.objects.bulk_create(
        [PersonNameKey(person_id=name.person_id, name=name, key=key) for key in name_keys(name.full)]
    )


def name_parts(full: str) -> dict[str, str]:
    """Surname, given name and patronymic of a written name (``khronika.names.parse``), as written."""
    try:
        parsed = name_rules.parse(full)
    except name_rules.NameInputError:
        return {}  # name_keys reports the bad name as a field error
    return {
        "surname": parsed.surname or "",
        "given": parsed.given or "",
        "patronymic": parsed.patronymic or "",
    }


def fill_name_parts(name: PersonName) -> PersonName:
    """Fill surname, given name and patronymic from the full name when none of them is set."""
    if name.full and not (name.surname or name.given or name.patronymic):
        assign(name, name_parts(name.full))
    return name


def _new_name(person: Person, spec: Mapping[str, Any]) -> PersonName:
    full = " ".join(str(spec.get("full", "")).split())
    fields = {**spec, "full": full}
    fields.setdefault("script", script_of(full))
    fields.setdefault("language", Language.RU if fields["script"] == Script.CYRILLIC else Language.EN)
    fields.setdefault("kind", NameKind.PRIMARY)
    return assign(PersonName(person=person), fields)


def _save_name(actor: Any, name: PersonName, reason: str) -> PersonName:
    save(fill_name_parts(name), actor, reason)
    refresh_name_keys(name)
    return name


def create_person(actor: Any, *, names: Iterable[Mapping[str, Any]], reason: str, **fields: Any) -> Person:
    """Create a person with their names (dicts of PersonName fields: ``full``, ``kind``, ``language``…).

    ``script`` and ``language`` default from the name's letters; ``kind`` defaults to primary.
    Other keyword arguments are Person fields (``sex``, ``birth_date``, ``bio_ru``, ``private_notes``…).
    """
    require(actor, permission(Person, "add"), permission(PersonName, "add"))
    specs = list(names)
    if not specs:
        raise ValueError("a person needs at least one name")
    with transaction.atomic():
        person = save(assign(Person(), fields), actor, reason)
        for spec in specs:
            _save_name(actor, _new_name(person, spec), reason)
        return refresh_status(actor, person, reason)


def update_person(actor: Any, person: Person, *, reason: str, **fields: Any) -> Person:
    """Change Person fields; the status is then recomputed (events first, then ``status_override``)."""
    require(actor, permission(Person, "change"))
    with transaction.atomic():
        assign(person, fields)
        recompute_status(person)
        return save(person, actor, reason)


def add_person_name(actor: Any, person: Person, *, full: str, reason: str, **fields: Any) -> PersonName:
    """Add a name (alias, transliteration, former name…) to a person and index its match keys."""
    require(actor, permission(PersonName, "add"))
    with transaction.atomic():
        return _save_name(actor, _new_name(person, {**fields, "full": full}), reason)


def update_person_name(actor: Any, name: PersonName, *, reason: str, **fields: Any) -> PersonName:
    """Change a name and rebuild its match keys."""
    require(actor, permission(PersonName, "change"))
    parts = ("surname", "given", "patronymic")
    if "full" in fields and not any(p in fields for p in parts):
        fields = {**fields, **dict.fromkeys(parts, "")}  # re-derived from the new full name
    with transaction.atomic():
        return _save_name(actor, assign(name, fields), reason)


def remove_person_name(actor: Any, name: PersonName, *, reason: str) -> None:
    """Remove one of a person's names (a person keeps at least one)."""
    require(actor, permission(PersonName, "delete"))
    with transaction.atomic():
        if PersonName.objects.filter(person_id=name.person_id).count() <= 1:
            raise ValueError("a person keeps at least one name")
        delete(name, actor, reason)


def refresh_status(actor: Any, person: Person, reason: str) -> Person:
    """Recompute and save the derived status (called by the services that change events and sentences)."""
    if recompute_status(person):
        stamp(person, actor, reason)
        person.save(update_fields=["status", "updated_at"])
        index_hook(person)
    return person


def delete_person(actor: Any, person: Person, *, reason: str) -> None:
    """Delete a person and everything that belongs only to them (names, charges, sentences, roles)."""
    require(actor, permission(Person, "delete"))
    with transaction.atomic():
        delete(person, actor, reason)
