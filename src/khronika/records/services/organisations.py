"""Services for organisations and designations."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from khronika.records.models import Designation, Organisation, Person
from khronika.records.services.base import assign, permission, require, save


def create_organisation(actor: Any, *, name: str, kind: str, reason: str, **fields: Any) -> Organisation:
    """Create an organisation; ``name`` is in the current language, ``name_ru``/``name_en`` set both."""
    require(actor, permission(Organisation, "add"))
    with transaction.atomic():
        return save(assign(Organisation(name=name, kind=kind), fields), actor, reason)


def update_organisation(
    actor: Any, organisation: Organisation, *, reason: str, **fields: Any
) -> Organisation:
    """Change an organisation's fields."""
    require(actor, permission(Organisation, "change"))
    with transaction.atomic():
        return save(assign(organisation, fields), actor, reason)


def add_designation(
    actor: Any,
    subject: Organisation | Person,
    *,
    kind: str,
    reason: str,
    **fields: Any,
) -> Designation:
    """Record that ``subject`` was designated (foreign agent, undesirable…) or liquidated.

    ``fields``: ``date`` and ``lifted`` (EDTF), ``authority`` (an Organisation), ``source``, ``note``.
    """
    require(actor, permission(Designation, "add"))
    with transaction.atomic():
        designation = Designation(kind=kind)
        if isinstance(subject, Organisation):
            designation.organisation = subject
        else:
            designation.person = subject
        return save(assign(designation, fields), actor, reason)
