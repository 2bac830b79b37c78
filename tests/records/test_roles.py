"""The editor and viewer groups, kept in step with the models after every migrate."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied

from khronika.records import services
from khronika.records.models import Event, Person
from khronika.records.services.setup import record_models

pytestmark = pytest.mark.django_db


def codenames(group: str) -> set[str]:
    return set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))


def test_editors_may_do_everything_with_every_record_viewers_only_look() -> None:
    models = record_models()
    assert len(models) == 19
    names = [m._meta.model_name for m in models]
    assert codenames("editor") == {f"{a}_{n}" for n in names for a in ("add", "change", "delete", "view")}
    assert codenames("viewer") == {f"view_{n}" for n in names}


def test_ensure_roles_repairs_a_changed_group() -> None:
    editor = Group.objects.get(name="editor")
    editor.permissions.clear()
    services.ensure_roles()
    assert "add_person" in codenames("editor")


def test_generic_save_and_delete_check_permissions_and_follow_up(editor: Any, viewer: Any) -> None:
    person = services.create_person(editor, names=[{"full": "Иван Петров"}], reason="x")
    event = Event(type="detention", date="2024-02-01")
    with pytest.raises(PermissionDenied):
        services.save_record(viewer, event, reason="x")
    services.save_record(editor, event, reason="from the admin")
    link = services.add_event_person(editor, event, person, reason="x")
    person.refresh_from_db()
    assert person.status == "detained"
    with pytest.raises(PermissionDenied):
        services.delete_record(viewer, link, reason="x")
    services.delete_record(editor, link, reason="wrong person")
    person.refresh_from_db()
    assert person.status == "unknown"
    assert (
        Person.objects.get().history.order_by("-history_id").first().history_change_reason == "wrong person"
    )
