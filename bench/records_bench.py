"""Record benchmark: generate and insert 100,000 fictional persons (about 1,000,000 events) per backend.

    .venv/bin/python bench/records_bench.py [--persons 100000] [--seed 1] [--backend sqlite|postgres|both]

SQLite: a fresh SQLCipher-encrypted file in a temporary folder, in the configuration Khronika ships (WAL,
``synchronous=NORMAL``; nothing is relaxed for the bench). PostgreSQL: a fresh database ``khronika_bench`` on
``postgres://postgres@127.0.0.1:5432`` (override with ``--postgres-url``), created and dropped here; skipped
with a message when no server answers. Each backend runs in its own process (``migrate``, then the same
``insert_generated`` that ``khronika generate`` uses, history rows included) and reports the time of the
insertion, the rows per second and whether the goal (under 3 minutes) is met. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

GOAL_SECONDS = 180.0
PASSPHRASE = "bench-passphrase-not-secret"
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/khronika_bench"


def child(persons: int, seed: int) -> None:
    """Run inside the backend's own process: migrate, insert, print one JSON line of figures."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from khronika.records.management.bulk import insert_batches
    from khronika.records.management.series import series

    began = time.perf_counter()
    call_command("migrate", verbosity=0)
    migrated = time.perf_counter()
    cpu = time.process_time()
    # The same path as `khronika generate`: one helper process generates ahead while this one writes.
    counts = insert_batches(series(persons, seed, workers=1), actor=None, reason="records benchmark")
    inserted = time.perf_counter()
    helpers = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        "backend": connection.vendor,
        "helper_cpu_s": helpers.ru_utime + helpers.ru_stime,
        "migrate_s": migrated - began,
        "insert_s": inserted - migrated,
        "cpu_s": time.process_time() - cpu,
        "counts": dict(counts),
        "rows": counts.rows,
    }
    print(json.dumps(result))


def run_backend(name: str, url: str, args: argparse.Namespace, data_dir: Path) -> dict[str, Any] | None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "khronika.settings.production",
        "KHRONIKA_DATABASE_URL": url,
        "KHRONIKA_DB_PASSPHRASE": PASSPHRASE,
        "KHRONIKA_DATA_DIR": str(data_dir),
    }
    command = [sys.executable, __file__, "--child", "--persons", str(args.persons), "--seed", str(args.seed)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"{name}: FAILED ({last})")
        return None
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def postgres_admin(url: str) -> Any:
    """A psycopg connection to the server's ``postgres`` database, or ``None`` when none answers."""
    import psycopg

    try:
        return psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", connect_timeout=3, autocommit=True)
    except psycopg.OperationalError:
        return None


def bench_sqlite(args: argparse.Namespace) -> dict[str, Any] | None:
    with tempfile.TemporaryDirectory(prefix="khronika-bench-") as folder:
        path = Path(folder) / "bench.db"
        result = run_backend("SQLite", f"sqlite:///{path}", args, Path(folder))
        if result is not None:
            result["size_mb"] = sum(p.stat().st_size for p in Path(folder).glob("bench.db*")) / 1e6
        return result


def bench_postgres(args: argparse.Namespace) -> dict[str, Any] | None:
    admin = postgres_admin(args.postgres_url)
    if admin is None:
        print(f"PostgreSQL: SKIPPED, no server answers at {args.postgres_url.rsplit('/', 1)[0]}")
        return None
    name = args.postgres_url.rsplit("/", 1)[1]
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            with tempfile.TemporaryDirectory(prefix="khronika-bench-") as folder:
                return run_backend("PostgreSQL", args.postgres_url, args, Path(folder))
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def report(label: str, result: dict[str, Any]) -> None:
    counts, seconds = result["counts"], result["insert_s"]
    verdict = "MET" if seconds < GOAL_SECONDS else "NOT MET"
    load = os.getloadavg()[0]
    print(f"{label}:")
    print(
        f"  {counts['persons']:,} persons, {counts['events']:,} events, {counts['cases']:,} cases, "
        f"{counts['charges']:,} charges, {counts['sentences']:,} sentences, {counts['names']:,} names, "
        f"{counts['name_keys']:,} name keys, {counts['history']:,} history rows"
    )
    print(
        f"  insert {seconds:.1f} s (CPU: writer {result['cpu_s']:.1f} s, generator "
        f"{result['helper_cpu_s']:.1f} s; migrate {result['migrate_s']:.1f} s): "
        f"{result['rows'] / seconds:,.0f} rows/s, "
        f"{counts['events'] / seconds:,.0f} events/s, {counts['persons'] / seconds:,.0f} persons/s"
    )
    print(f"  load average when it finished: {load:.1f} on {os.cpu_count()} CPUs (other work slows it)")
    if "size_mb" in result:
        print(f"  database file {result['size_mb']:.0f} MB")
    if counts["persons"] == 100_000:
        print(f"  goal (100,000 persons under {GOAL_SECONDS:.0f} s): {verdict}")
    else:
        projected = seconds * 100_000 / max(counts["persons"], 1)
        print(f"  goal applies to 100,000 persons; projected linearly: {projected:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.persons < 1:
        parser.error("--persons must be 1 or more")
    if args.child:
        child(args.persons, args.seed)
        return 0
    print(f"records benchmark: {args.persons:,} generated persons, seed {args.seed}, {os.cpu_count()} CPUs")
    # The exit status says whether a backend failed to run; a missed goal is reported, not an error.
    failed = False
    for backend, runner, label in (
        ("sqlite", bench_sqlite, "SQLite (SQLCipher, WAL)"),
        ("postgres", bench_postgres, "PostgreSQL"),
    ):
        if args.backend not in (backend, "both"):
            continue
        result = runner(args)
        if result is None:
            failed |= backend == "sqlite" or postgres_admin(args.postgres_url) is not None
            continue
        report(label, result)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
