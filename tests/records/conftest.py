"""Fixtures for the case-record tests: users in the editor role, an outsider, and the devset path."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User

from khronika.records.services import EDITOR_GROUP, VIEWER_GROUP

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DEVSET = SHARED / "devset"


@pytest.fixture
def editor(db: None) -> User:
    """A non-superuser in the editor group (created by ``ensure_roles`` after migrate)."""
    user = User.objects.create_user("editor", password="editor-password-1", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    return User.objects.get(pk=user.pk)  # fresh instance: no cached permissions


@pytest.fixture
def viewer(db: None) -> User:
    """A staff user who may only look."""
    user = User.objects.create_user("viewer", password="viewer-password-1", is_staff=True)
    user.groups.add(Group.objects.get(name=VIEWER_GROUP))
    return User.objects.get(pk=user.pk)


@pytest.fixture
def outsider(db: None) -> User:
    """A logged-in user with no permission on the record."""
    return User.objects.create_user("outsider", password="outsider-password-1")


@pytest.fixture
def devset() -> Path:
    """The shared development set, or a skip when this checkout has none."""
    if not DEVSET.is_dir():
        pytest.skip(f"the shared devset is absent ({DEVSET})")
    return DEVSET
