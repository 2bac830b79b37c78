"""The ``khronika`` command.

``khronika extract`` and ``khronika names`` run the pure core and need no database, no passphrase and no
Django. Every other subcommand is a Django management command run with Khronika's settings preset.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

PURE_COMMANDS = {
    "extract": "khronika.extract.cli",
    "names": "khronika.names.cli",
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``khronika`` command line and return its exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in PURE_COMMANDS:
        import importlib

        module = importlib.import_module(PURE_COMMANDS[args[0]])
        return int(module.main(args[1:]))
    return run_django(args)


def run_django(args: list[str]) -> int:
    """Run a Django management command with Khronika's settings."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "khronika.settings.production")
    from django.core.management import execute_from_command_line

    from khronika.vault.errors import VaultError

    try:
        execute_from_command_line(["khronika", *args])
    except VaultError as exc:
        print(f"khronika: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("khronika: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
