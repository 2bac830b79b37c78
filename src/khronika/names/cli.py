"""``khronika names``: compare names and show their forms, with no database.

khronika names compare "Bakhrom Khamroev" "Хамроева Бахрома"
khronika names compare --pairs pairs.csv        (columns a,b; prints a,b,score,decision)
khronika names forms "Хамроева Бахрома"
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from pathlib import Path

from .compare import compare
from .cyrillic import to_cyrillic
from .keys import match_keys, query_keys
from .nominative import analyse
from .text import NameInputError, is_cyrillic
from .translit import SCHEMES, transliterate

EXIT_BAD_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="khronika names", description="Match person names across scripts.")
    sub = parser.add_subparsers(dest="command", required=True)
    cmp = sub.add_parser("compare", help="compare two names, or every pair in a CSV file")
    cmp.add_argument("names", nargs="*", metavar="NAME", help="the two names to compare")
    cmp.add_argument("--pairs", metavar="FILE.csv", help="CSV file with columns a,b (others ignored)")
    forms = sub.add_parser("forms", help="show parts, nominative, sex, transliterations and keys")
    forms.add_argument("name", metavar="NAME")
    forms.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


class _BadInput(Exception):
    pass


def _read_pairs(path: str) -> list[tuple[str, str]]:
    file = Path(path)
    if not file.is_file():
        raise _BadInput(f"{path}: no such file")
    data = file.read_bytes()
    if b"\x00" in data:
        raise _BadInput(f"{path}: binary data, not a CSV text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _BadInput(f"{path}: not UTF-8 text (byte {exc.start})") from None
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "a" not in fields or "b" not in fields:
        found = ", ".join(fields) or "none"
        raise _BadInput(f"{path}: the header must have columns a and b (found: {found})")
    reader.fieldnames = fields
    pairs = []
    for number, row in enumerate(reader, start=2):
        a, b = (row.get("a") or "").strip(), (row.get("b") or "").strip()
        for column, value in (("a", a), ("b", b)):
            try:
                analyse(value)
            except NameInputError as exc:
                raise _BadInput(f"{path}: line {number}, column {column}: {exc}") from None
        pairs.append((a, b))
    return pairs


def _compare(args: argparse.Namespace) -> int:
    if args.pairs:
        if args.names:
            raise _BadInput("give either two names or --pairs FILE.csv, not both")
        pairs = _read_pairs(args.pairs)
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(["a", "b", "score", "decision"])
        for a, b in pairs:
            result = compare(a, b)
            out.writerow([a, b, f"{result.score:.1f}", result.decision])
        return 0
    if len(args.names) != 2:
        raise _BadInput("compare needs exactly two names (or --pairs FILE.csv)")
    result = compare(args.names[0], args.names[1])
    print(f"score: {result.score:.1f}")
    print(f"decision: {result.decision}")
    print(f"matched: {result.matched[0]} | {result.matched[1]}")
    print("why:")
    for reason in result.reasons:
        print(f"  - {reason}")
    return 0


def _forms(args: argparse.Namespace) -> int:
    result = analyse(args.name)
    p = result.parsed
    cyrillic = to_cyrillic(result.forms[0]) if not is_cyrillic(args.name) else []
    # A Latin name is shown in the other schemes through its likeliest Cyrillic spelling.
    source = cyrillic[0][0] if cyrillic else result.forms[0]
    info: dict[str, object] = {
        "given": p.given,
        "patronymic": p.patronymic,
        "surname": p.surname,
        "initials": list(p.initials),
        "script": p.script,
        "sex": result.sex,
        "nominative": result.forms,
        "ambiguous": result.ambiguous,
        "transliterations": {s: transliterate(source, s) for s in SCHEMES},
        "cyrillic": [[t, w] for t, w in cyrillic],
        "match_keys": match_keys(args.name),
        "query_keys": query_keys(args.name),
    }
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    for key, value in info.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for scheme, text in value.items():
                print(f"  {scheme:<10} {text}")
        elif isinstance(value, list):
            shown = ", ".join(f"{v[0]} ({v[1]:.2f})" if isinstance(v, list) else str(v) for v in value)
            print(f"{key}: {shown or '-'}")
        else:
            print(f"{key}: {'-' if value is None else value}")
    return 0


def main(argv: list[str]) -> int:
    """Run ``khronika names`` with ``argv`` and return the exit status (2 for bad input)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        return _compare(args) if args.command == "compare" else _forms(args)
    except (NameInputError, _BadInput) as exc:
        print(f"khronika names: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader (head, less) stopped early: not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter from failing at exit
        return 0
