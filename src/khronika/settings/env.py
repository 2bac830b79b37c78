"""Reading ``KHRONIKA_*`` environment variables with clear errors."""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

# Every variable Khronika reads, with a one-line description. docs/configuration.md must name each of them
# (tests/test_docs.py checks it).
SETTINGS_DOC: dict[str, str] = {}


def env_str(name: str, default: str, doc: str) -> str:
    """Return the variable ``name`` or ``default``."""
    SETTINGS_DOC[name] = doc
    return os.environ.get(name, default)


def env_bool(name: str, default: bool, doc: str) -> bool:
    """Return a yes/no variable; accepts 1/0, true/false, yes/no, on/off."""
    SETTINGS_DOC[name] = doc
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a yes/no value (use 1 or 0)")


def env_int(name: str, default: int, doc: str) -> int:
    """Return a whole-number variable."""
    SETTINGS_DOC[name] = doc
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None


def env_list(name: str, default: list[str], doc: str) -> list[str]:
    """Return a comma-separated list variable."""
    SETTINGS_DOC[name] = doc
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]
