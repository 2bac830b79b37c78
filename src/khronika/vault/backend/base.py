"""The SQLCipher database wrapper (see the package docstring)."""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Mapping
from typing import Any

from django.db.backends.sqlite3 import base as sqlite_base
from django.db.backends.sqlite3._functions import register as register_functions
from django.utils.asyncio import async_unsafe
from django.utils.dateparse import parse_date, parse_datetime, parse_time
from sqlcipher3 import dbapi2 as Database

from khronika.vault.errors import VaultError
from khronika.vault.passphrase import get_passphrase

# The same converters and adapters Django registers on the standard sqlite3 module.
Database.register_converter("bool", b"1".__eq__)
Database.register_converter("date", sqlite_base.decoder(parse_date))
Database.register_converter("time", sqlite_base.decoder(parse_time))
Database.register_converter("datetime", sqlite_base.decoder(parse_datetime))
Database.register_converter("timestamp", sqlite_base.decoder(parse_datetime))
Database.register_adapter(decimal.Decimal, str)
Database.register_adapter(datetime.date, sqlite_base.adapt_date)
Database.register_adapter(datetime.datetime, sqlite_base.adapt_datetime)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


class CipherCursorWrapper(Database.Cursor):  # type: ignore[misc]
    """Django's "format"/"pyformat" placeholders on a SQLCipher cursor (as ``SQLiteCursorWrapper`` does)."""

    def execute(self, query: str, params: Any = None) -> Any:
        if params is None:
            return super().execute(query)
        param_names = list(params) if isinstance(params, Mapping) else None
        return super().execute(self.convert_query(query, param_names=param_names), params)

    def executemany(self, query: str, param_list: Any) -> Any:
        param_list = iter(param_list)
        try:
            first = next(param_list)
        except StopIteration:
            return None
        param_names = list(first) if isinstance(first, Mapping) else None

        def rows() -> Any:
            yield first
            yield from param_list

        return super().executemany(self.convert_query(query, param_names=param_names), rows())

    convert_query = sqlite_base.SQLiteCursorWrapper.convert_query


class DatabaseWrapper(sqlite_base.DatabaseWrapper):
    """Django's SQLite backend on an encrypted SQLCipher file."""

    vendor = "sqlite"
    display_name = "SQLite (SQLCipher)"
    Database = Database

    def get_connection_params(self) -> dict[str, Any]:
        params: dict[str, Any] = super().get_connection_params()
        params["detect_types"] = Database.PARSE_DECLTYPES | Database.PARSE_COLNAMES
        return params

    @async_unsafe
    def get_new_connection(self, conn_params: dict[str, Any]) -> Any:
        name = str(conn_params["database"])
        in_memory = self.is_in_memory_db()
        conn = Database.connect(**conn_params)
        try:
            if not in_memory:
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(f"PRAGMA key = {_quote(get_passphrase(name))}")
            # Reading the schema is what fails when the key is wrong or the file is not SQLCipher.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Database.DatabaseError as exc:
            conn.close()
            raise VaultError(
                f"cannot open the database {name}: wrong passphrase, or not a Khronika database ({exc})"
            ) from None
        register_functions(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA legacy_alter_table = OFF")
        if not in_memory:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        for init_command in getattr(self, "init_commands", []):  # set by get_connection_params
            if init_command := init_command.strip():
                conn.execute(init_command)
        return conn

    def create_cursor(self, name: str | None = None) -> Any:
        return self.connection.cursor(factory=CipherCursorWrapper)
