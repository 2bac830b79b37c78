"""Docs are tested against the code: every setting and every command is documented (docs/STYLE.md, 3)."""

from __future__ import annotations

import re
from pathlib import Path

from khronika import clidoc
from khronika.settings.env import SETTINGS_DOC

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_every_setting_is_documented() -> None:
    import khronika.settings.production  # noqa: F401  (reads every KHRONIKA_* variable)

    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    missing = sorted(name for name in SETTINGS_DOC if f"`{name}`" not in text)
    assert not missing, f"docs/configuration.md does not describe {missing}"


def test_no_undocumented_setting_is_read() -> None:
    source = Path(__file__).resolve().parents[1] / "src" / "khronika"
    read = set()
    for path in source.rglob("*.py"):
        read |= set(re.findall(r"\"(KHRONIKA_[A-Z_]+)\"", path.read_text(encoding="utf-8")))
    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    missing = sorted(name for name in read if f"`{name}`" not in text)
    assert not missing, f"docs/configuration.md does not describe {missing}"


def test_cli_reference_is_current() -> None:
    expected = clidoc.render()
    actual = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/cli.md is out of date: run `make docs`"


def test_every_command_is_in_the_cli_reference() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name in [*clidoc.PURE_COMMANDS, *clidoc.khronika_management_commands(), "migrate", "createsuperuser"]:
        assert f"## `khronika {name}`" in text, name
