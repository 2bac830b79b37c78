"""The SQLCipher backend: the file is encrypted, the key is checked, WAL is on, no passphrase on disk."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from khronika.vault.backend.base import DatabaseWrapper
from khronika.vault.errors import VaultError

KHRONIKA = [sys.executable, "-m", "khronika.cli"]


def wrapper(path: Path) -> DatabaseWrapper:
    settings = {
        "ENGINE": "khronika.vault.backend",
        "NAME": str(path),
        "OPTIONS": {},
        "TEST": {},
        "TIME_ZONE": None,
        "CONN_MAX_AGE": 0,
        "CONN_HEALTH_CHECKS": False,
        "AUTOCOMMIT": True,
        "ATOMIC_REQUESTS": False,
        "USER": "",
        "PASSWORD": "",
        "HOST": "",
        "PORT": "",
    }
    return DatabaseWrapper(settings, alias="vault-test")


@pytest.fixture(autouse=True)
def _own_connections(django_db_blocker: object) -> Iterator[None]:
    # These tests open their own database files, not the test database pytest-django guards.
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        yield


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("KHRONIKA_DB_PASSPHRASE", "correct horse battery staple")
    return "correct horse battery staple"


def write_secret(path: Path) -> None:
    db = wrapper(path)
    with db.cursor() as cursor:
        cursor.execute("CREATE TABLE note (body TEXT)")
        cursor.execute("INSERT INTO note VALUES (%s)", ["a secret name: Бахром"])
    db.close()


def test_file_is_encrypted_and_reopens_with_the_key(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "k.db"
    write_secret(path)
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "Бахром".encode() not in raw and b"secret" not in raw
    db = wrapper(path)
    with db.cursor() as cursor:
        cursor.execute("SELECT body FROM note")
        assert cursor.fetchone() == ("a secret name: Бахром",)
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    db.close()


def test_wrong_passphrase_is_one_clear_error(
    tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "k.db"
    write_secret(path)
    monkeypatch.setenv("KHRONIKA_DB_PASSPHRASE", "wrong")
    db = wrapper(path)
    with pytest.raises(VaultError, match="wrong passphrase"):
        db.ensure_connection()


def test_plain_sqlite_file_is_refused(tmp_path: Path, passphrase: str) -> None:
    import sqlite3

    path = tmp_path / "plain.db"
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    with pytest.raises(VaultError, match="not a Khronika database"):
        wrapper(path).ensure_connection()


def cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("KHRONIKA_", "DJANGO_"))}
    full_env.update(env)
    return subprocess.run(
        [*KHRONIKA, *args],
        env=full_env,
        cwd=cwd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


@pytest.mark.slow
def test_cli_migrate_wrong_and_missing_passphrase(tmp_path: Path) -> None:
    env = {"KHRONIKA_DATA_DIR": str(tmp_path / "var"), "KHRONIKA_DB_PASSPHRASE": "first passphrase"}
    done = cli(["migrate", "--verbosity", "0"], env, tmp_path)
    assert done.returncode == 0, done.stderr
    db_bytes = (tmp_path / "var" / "khronika.db").read_bytes()
    assert not db_bytes.startswith(b"SQLite format 3")
    for file in (tmp_path / "var").iterdir():  # the passphrase is never written to disk
        assert b"first passphrase" not in file.read_bytes()

    wrong = cli(["migrate", "--verbosity", "0"], {**env, "KHRONIKA_DB_PASSPHRASE": "nope"}, tmp_path)
    assert wrong.returncode == 2
    assert wrong.stderr.strip().count("\n") == 0, wrong.stderr
    assert "wrong passphrase" in wrong.stderr and "Traceback" not in wrong.stderr

    missing = cli(["migrate"], {"KHRONIKA_DATA_DIR": env["KHRONIKA_DATA_DIR"]}, tmp_path)
    assert missing.returncode == 2
    assert "KHRONIKA_DB_PASSPHRASE" in missing.stderr and "Traceback" not in missing.stderr
