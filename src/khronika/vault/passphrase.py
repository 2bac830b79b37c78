"""Where the database passphrase comes from: ``KHRONIKA_DB_PASSPHRASE`` or a prompt. Never from disk."""

from __future__ import annotations

import getpass
import os
import sys

from khronika.vault.errors import VaultError

ENV_NAME = "KHRONIKA_DB_PASSPHRASE"
_cached: str | None = None


def get_passphrase(database: str) -> str:
    """Return the passphrase for ``database``, asking at the terminal once per process if needed.

    The answer is kept in memory and put into ``os.environ`` so that processes Khronika starts itself
    (gunicorn workers) inherit it without it ever touching the disk.
    """
    global _cached
    value = os.environ.get(ENV_NAME) or _cached
    if value:
        return value
    if not sys.stdin.isatty():
        raise VaultError(
            f"the database {database} is encrypted: set {ENV_NAME} or run khronika at a terminal to be asked"
        )
    value = getpass.getpass(f"Passphrase for {database}: ")
    if not value:
        raise VaultError("an empty passphrase was given; the database stays closed")
    _cached = value
    os.environ[ENV_NAME] = value
    return value
