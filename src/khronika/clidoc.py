"""The CLI reference (docs/cli.md), generated from each command's own ``--help``.

``make docs`` writes it; ``tests/test_docs.py`` fails when the committed file differs from what this produces.
"""

from __future__ import annotations

import contextlib
import io
import os

from khronika import cli

# Commands a reader of docs/cli.md is told about, in this order; Khronika's own management commands are added.
DJANGO_COMMANDS = ["migrate", "createsuperuser", "shell", "changepassword", "collectstatic"]
# The commands of the pure core, as the `khronika` command dispatches them (one list, kept in cli.py).
PURE_COMMANDS = list(cli.PURE_COMMANDS)


def khronika_management_commands() -> list[str]:
    """Names of the management commands that Khronika's own apps define."""
    from django.core.management import get_commands

    return sorted(name for name, app in get_commands().items() if app.startswith("khronika"))


def pure_help(name: str, *extra: str) -> str:
    """The ``--help`` text of a command of the pure core."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        cli.main([name, *extra, "--help"])
    return out.getvalue()


def django_help(name: str) -> str:
    """The ``--help`` text of a management command, as ``khronika NAME --help`` prints it."""
    from django.core.management import ManagementUtility

    command = ManagementUtility(["khronika"]).fetch_command(name)
    return command.create_parser("khronika", name).format_help()


def render() -> str:
    """Return the Markdown of the CLI reference."""
    os.environ["COLUMNS"] = "100"  # argparse wraps help text to the terminal width
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "khronika.settings.production")
    django.setup()
    lines = [
        "# Command-line reference",
        "",
        "Generated from each command's `--help` by `make docs`; a test fails when it is out of date.",
        "`khronika extract` and `khronika names` need no database and no passphrase; every other command",
        "opens the database named by `KHRONIKA_DATABASE_URL` (see configuration.md).",
        "",
    ]
    sections: list[tuple[str, str]] = [(f"khronika {name}", pure_help(name)) for name in PURE_COMMANDS]
    sections += [(f"khronika names {sub}", pure_help("names", sub)) for sub in ("compare", "forms")]
    for name in khronika_management_commands() + DJANGO_COMMANDS:
        sections.append((f"khronika {name}", django_help(name)))
    for title, text in sections:
        lines += [f"## `{title}`", "", "```", text.rstrip(), "```", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(), end="")
