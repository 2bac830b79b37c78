"""The house rules of docs/architecture.md that code can check."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "khronika"
PURE = ["dates", "names", "law", "extract"]
APPS = ["records", "intake", "search", "site", "api", "reports", "accounts", "vault", "settings"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", PURE)
def test_pure_core_imports_no_django_and_no_app(package: str) -> None:
    offenders = []
    for path in sorted((SRC / package).rglob("*.py")):
        for name in imported_modules(path):
            top = name.split(".")
            if top[0] == "django" or (top[0] == "khronika" and len(top) > 1 and top[1] in APPS):
                offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert not offenders, offenders


def test_extract_and_names_commands_do_not_load_django() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from khronika import cli; import khronika.extract.cli, khronika.names.cli; "
        "print('django' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
