"""The generated secret key, kept beside the database when no ``KHRONIKA_SECRET_KEY`` is given."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def secret_key_from(data_dir: Path) -> str:
    """Return the key in ``data_dir/secret_key``, creating the folder and the key (mode 0600) if absent."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = data_dir / "secret_key"
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    key = secrets.token_urlsafe(50)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key)
    return key
