"""``KHRONIKA_DATABASE_URL`` to Django's ``DATABASES`` entry.

``sqlite:///path/to/khronika.db`` is the embedded, SQLCipher-encrypted file (``khronika.vault`` backend);
``postgres://user:password@host:port/name`` (or ``postgresql://``) is a PostgreSQL server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured


def database_from_url(url: str, base_dir: Path) -> dict[str, Any]:
    """Return a ``DATABASES['default']`` dict for ``url``; relative SQLite paths are under ``base_dir``."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        raw_path = unquote(parts.path)
        if parts.netloc or not raw_path.startswith("/") or raw_path == "/":
            raise ImproperlyConfigured(
                f"KHRONIKA_DATABASE_URL={url!r}: write sqlite:///relative/file.db or sqlite:////absolute/file.db"
            )
        path = Path(raw_path[1:])
        if not path.is_absolute():
            path = base_dir / path
        return {
            "ENGINE": "khronika.vault.backend",
            "NAME": str(path),
            "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
            "TEST": {"NAME": None},
        }
    if scheme in {"postgres", "postgresql", "pgsql"}:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ImproperlyConfigured(f"KHRONIKA_DATABASE_URL={url!r} names no database after the host")
        options: dict[str, Any] = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "OPTIONS": options,
            "CONN_MAX_AGE": 60,
        }
    raise ImproperlyConfigured(
        f"KHRONIKA_DATABASE_URL={url!r}: unknown scheme {scheme!r}; use sqlite:/// or postgres://"
    )
