"""The ``khronika`` command: dispatch, errors, and ``serve`` answering over HTTP with gunicorn."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

KHRONIKA = [sys.executable, "-m", "khronika.cli"]


def run(args: list[str], env: dict[str, str], cwd: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KHRONIKA, *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
        **kw,  # type: ignore[call-overload]
    )


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KHRONIKA_", "DJANGO_"))}
    env.update({"KHRONIKA_DATA_DIR": str(tmp_path / "var"), "KHRONIKA_DB_PASSPHRASE": "cli test passphrase"})
    return env


def test_help_lists_khronika_commands(clean_env: dict[str, str], tmp_path: Path) -> None:
    done = run(["help"], clean_env, tmp_path)
    assert done.returncode == 0
    for name in ("serve", "migrate", "createsuperuser", "shell"):
        assert name in done.stdout


def test_serve_rejects_a_bad_port(clean_env: dict[str, str], tmp_path: Path) -> None:
    done = run(["serve", "--port", "70000"], clean_env, tmp_path)
    assert done.returncode != 0
    assert "--port" in done.stderr and "Traceback" not in done.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_serve_answers_and_leads_to_the_admin(clean_env: dict[str, str], tmp_path: Path) -> None:
    assert run(["migrate", "--verbosity", "0"], clean_env, tmp_path).returncode == 0
    port = free_port()
    server = subprocess.Popen(
        [*KHRONIKA, "serve", "--port", str(port), "--workers", "1"],
        env=clean_env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        body, url = "", ""
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    body, url = response.read().decode(), response.geturl()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.25)
        assert "/admin/login/" in url, server.stdout and server.stdout.read(2000)
        assert 'name="password"' in body
        css = f"http://127.0.0.1:{port}/static/admin/css/base.css"
        with urllib.request.urlopen(css, timeout=5) as response:  # whitenoise serves the static files
            assert response.status == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
