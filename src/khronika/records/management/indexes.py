"""Building secondary indexes after a bulk load into empty tables, as ``pg_restore`` and ``.import`` do.

Inserting a million events into a table with eight indexes updates nine B-trees row by row, mostly at random
places (dates); building each index once from the loaded table sorts instead. Only plain (non-unique)
indexes are deferred: primary keys, unique constraints and foreign keys stay in force throughout, so the
data is checked exactly as usual. The definitions are read from the database before dropping and replayed
unchanged after the load, in ``finally`` so an error during the load still restores them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from django.db import connection, models


def _plain_indexes(tables: Sequence[str]) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of each non-unique index on ``tables``."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname "
                "JOIN pg_index x ON x.indexrelid = c.oid "
                "WHERE i.schemaname = current_schema() AND i.tablename = ANY(%s) AND NOT x.indisunique",
                [list(tables)],
            )
        else:
            marks = ", ".join(["%s"] * len(tables))
            cursor.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND upper(sql) NOT LIKE 'CREATE UNIQUE%%' AND tbl_name IN ({marks})",
                list(tables),
            )
        return sorted(cursor.fetchall())


@contextmanager
def indexes_built_after(models_: Sequence[type[models.Model]], *, when: bool) -> Iterator[int]:
    """Drop the plain indexes of ``models_`` (and their history tables) for the block; rebuild them after.

    Does nothing unless ``when`` (the caller passes "all these tables are empty"). Yields how many indexes
    were deferred.
    """
    if not when:
        yield 0
        return
    tables = [m._meta.db_table for m in models_]
    tables += [m.history.model._meta.db_table for m in models_ if hasattr(m, "history")]
    deferred = _plain_indexes(tables)
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for name, _definition in deferred:
            cursor.execute(f"DROP INDEX {quote(name)}")
    try:
        yield len(deferred)
    finally:
        with connection.cursor() as cursor:
            postgres = connection.vendor == "postgresql"
            if postgres:
                # Inside one transaction the deferred foreign-key checks are still pending, and PostgreSQL
                # refuses CREATE INDEX on a table with pending trigger events: run the checks now.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for _name, definition in deferred:
                cursor.execute(definition)
            if postgres:
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
