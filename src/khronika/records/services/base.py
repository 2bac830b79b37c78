"""What every service does: check the permission, validate, save with history, call the index hook."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext as _

from khronika.records.indexing import index_hook

M = TypeVar("M", bound=models.Model)
Actor = AbstractBaseUser | AnonymousUser


def require(actor: Any, *permissions: str) -> None:
    """Raise ``PermissionDenied`` naming the first permission (``records.add_person``…) ``actor`` lacks."""
    if actor is None or not getattr(actor, "is_authenticated", False):
        raise PermissionDenied(_("Log in to change the record."))
    for permission in permissions:
        if not actor.has_perm(permission):
            raise PermissionDenied(
                _("%(user)s may not do this: the permission %(permission)s is missing.")
                % {"user": actor.get_username(), "permission": permission}
            )


def permission(model: type[models.Model] | models.Model, action: str) -> str:
    """The Django permission name for ``action`` (add, change, delete, view) on ``model``."""
    meta = model._meta
    return f"{meta.app_label}.{action}_{meta.model_name}"


def stamp(obj: models.Model, actor: Any, reason: str) -> None:
    """Tell django-simple-history who makes the next change to ``obj`` and why."""
    obj._history_user = actor  # type: ignore[attr-defined]
    obj._change_reason = reason  # type: ignore[attr-defined]


def save(obj: M, actor: Any, reason: str, *, exclude: Iterable[str] | None = None) -> M:
    """Validate ``obj`` (``full_clean``), save it with its history user and reason, and index it.

    The caller has checked the permission and holds a transaction.
    """
    obj.full_clean(exclude=list(exclude) if exclude else None)
    stamp(obj, actor, reason)
    obj.save()
    index_hook(obj)
    return obj


def delete(obj: models.Model, actor: Any, reason: str) -> None:
    """Delete ``obj`` with its history user and reason, and tell the index."""
    stamp(obj, actor, reason)
    index_hook(obj, deleted=True)
    obj.delete()


def assign(obj: M, fields: dict[str, Any]) -> M:
    """Set ``fields`` on ``obj``; an unknown field name is a programming error, said plainly."""
    names = {f.name for f in obj._meta.get_fields()} | {
        getattr(f, "attname", f.name) for f in obj._meta.get_fields()
    }
    for name, value in fields.items():
        if name not in names:
            raise TypeError(f"{type(obj).__name__} has no field {name!r}")
        setattr(obj, name, value)
    return obj
