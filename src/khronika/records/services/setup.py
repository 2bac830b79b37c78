"""Roles and reference data: what a fresh database needs before editors start."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from khronika.records import reference
from khronika.records.models import Facility, Region
from khronika.records.services.base import permission, require, stamp

EDITOR_GROUP = "editor"
VIEWER_GROUP = "viewer"


def record_models() -> list[Any]:
    """The case record's own models (not the historical copies django-simple-history makes)."""
    return [m for m in apps.get_app_config("records").get_models() if not m.__name__.startswith("Historical")]


def ensure_roles() -> dict[str, Group]:
    """Create or refresh the "editor" (add, change, delete, view every record) and "viewer" groups.

    Runs after every ``migrate`` (``RecordsConfig.ready``), so the groups always match the models.
    """
    codenames: dict[str, list[str]] = {EDITOR_GROUP: [], VIEWER_GROUP: []}
    for model in record_models():
        name = model._meta.model_name
        codenames[EDITOR_GROUP] += [f"{action}_{name}" for action in ("add", "change", "delete", "view")]
        codenames[VIEWER_GROUP].append(f"view_{name}")
    groups = {}
    with transaction.atomic():
        for group_name, wanted in codenames.items():
            group, _created = Group.objects.get_or_create(name=group_name)
            group.permissions.set(
                Permission.objects.filter(content_type__app_label="records", codename__in=wanted)
            )
            groups[group_name] = group
    return groups


def _load_facilities(actor: Any) -> tuple[int, int, int]:
    stems = {reference.region_stem(getattr(r, "name_ru", None) or r.name): r for r in Region.objects.all()}
    created = updated = unchanged = 0
    for row in reference.facility_rows():
        values = {
            "kind": row.kind,
            "locality": row.locality,
            "address": row.address,
            "latitude": row.latitude,
            "longitude": row.longitude,
            "region": reference.region_for(row.address, row.name, stems),
        }
        facility = Facility.objects.filter(name=row.name).first()
        if facility is None:
            facility = Facility(name=row.name, **values)
            stamp(facility, actor, "reference data")
            facility.save()
            created += 1
        elif any(getattr(facility, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(facility, key, value)
            stamp(facility, actor, "reference data")
            facility.save()
            updated += 1
        else:
            unchanged += 1
    return created, updated, unchanged


def load_reference_data(actor: Any = None) -> dict[str, dict[str, int]]:
    """Load the regions and detention facilities of ``records/data/``; idempotent.

    Returns ``{"regions": {"created": …, "updated": …, "unchanged": …}, "facilities": {…}}``. With an
    ``actor``, their permissions are checked and the history names them; without, it runs as the system
    (a migration, the demo loader).
    """
    if actor is not None:
        require(actor, permission(Region, "add"), permission(Facility, "add"), permission(Facility, "change"))
    with transaction.atomic():
        total = Region.objects.count()
        created, updated = reference.load_regions(Region)
        regions = {"created": created, "updated": updated, "unchanged": total - updated}
        f_created, f_updated, f_unchanged = _load_facilities(actor)
    return {
        "regions": regions,
        "facilities": {"created": f_created, "updated": f_updated, "unchanged": f_unchanged},
    }
