"""The search-index hook: every service calls ``index_hook(obj)`` after a change, inside its transaction.

The search app registers its indexer here when it exists::

    from khronika.records.indexing import register_index_hook

    @register_index_hook
    def index(obj, *, deleted):
        ...

Hooks run inside the service's ``transaction.atomic()`` block. Both search backends keep their index in
the same database as the record (SQLite FTS5, a PostgreSQL tsvector column), so a change and its index
entry commit or roll back together; a hook that raises undoes the change.
"""

from __future__ import annotations

from typing import Protocol

from django.db import models


class IndexHook(Protocol):
    def __call__(self, obj: models.Model, *, deleted: bool) -> None: ...


_hooks: list[IndexHook] = []


def register_index_hook(hook: IndexHook) -> IndexHook:
    """Call ``hook(obj, deleted=…)`` after every change made through the services. Usable as a decorator."""
    if hook not in _hooks:
        _hooks.append(hook)
    return hook


def unregister_index_hook(hook: IndexHook) -> None:
    """Stop calling ``hook`` (tests use this to clean up)."""
    if hook in _hooks:
        _hooks.remove(hook)


def index_hook(obj: models.Model, *, deleted: bool = False) -> None:
    """Tell every registered indexer that ``obj`` was saved (or deleted)."""
    for hook in list(_hooks):
        hook(obj, deleted=deleted)


__all__ = ["IndexHook", "index_hook", "register_index_hook", "unregister_index_hook"]
