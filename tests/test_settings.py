"""KHRONIKA_* settings: database URLs and typed variables give clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from khronika.settings import env
from khronika.settings.database import database_from_url
from khronika.settings.env import env_bool, env_int, env_list


@pytest.mark.parametrize(
    ("url", "engine", "name"),
    [
        ("sqlite:///var/k.db", "khronika.vault.backend", "/base/var/k.db"),
        ("sqlite:////srv/khronika/k.db", "khronika.vault.backend", "/srv/khronika/k.db"),
        ("postgres://postgres@127.0.0.1:5432/khronika", "django.db.backends.postgresql", "khronika"),
        ("postgresql://u:p%40ss@db.internal/k", "django.db.backends.postgresql", "k"),
    ],
)
def test_database_urls(url: str, engine: str, name: str) -> None:
    db = database_from_url(url, Path("/base"))
    assert db["ENGINE"] == engine
    assert db["NAME"] == name


def test_postgres_url_parts() -> None:
    db = database_from_url("postgres://u:p%40ss@db.internal:6432/k?sslmode=require", Path("/"))
    assert (db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == ("u", "p@ss", "db.internal", "6432")
    assert db["OPTIONS"] == {"sslmode": "require"}


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite://", "sqlite:///", "postgres://host/", "k.db"])
def test_bad_database_urls_name_the_variable(url: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="KHRONIKA_DATABASE_URL"):
        database_from_url(url, Path("/"))


def test_typed_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    # These made-up variables must not land in the registry that tests/test_docs.py checks.
    monkeypatch.setattr(env, "SETTINGS_DOC", {})
    monkeypatch.setenv("KHRONIKA_X_BOOL", "yes")
    monkeypatch.setenv("KHRONIKA_X_INT", "12")
    monkeypatch.setenv("KHRONIKA_X_LIST", "a.org, b.org,")
    assert env_bool("KHRONIKA_X_BOOL", False, "doc") is True
    assert env_int("KHRONIKA_X_INT", 0, "doc") == 12
    assert env_list("KHRONIKA_X_LIST", [], "doc") == ["a.org", "b.org"]
    monkeypatch.setenv("KHRONIKA_X_BOOL", "maybe")
    with pytest.raises(ImproperlyConfigured, match="KHRONIKA_X_BOOL"):
        env_bool("KHRONIKA_X_BOOL", False, "doc")
    monkeypatch.setenv("KHRONIKA_X_INT", "twelve")
    with pytest.raises(ImproperlyConfigured, match="KHRONIKA_X_INT"):
        env_int("KHRONIKA_X_INT", 0, "doc")
