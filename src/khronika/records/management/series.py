"""A numbered series of generated persons, made in helper processes while the main process writes.

Generating persons and computing their name keys (``khronika.names.match_keys``, about 0.3 ms a name) is pure
Python and needs no database, so it runs in a forked helper process one batch ahead of the writer. The
output is the same as generating inline: each person depends only on (seed, number).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from khronika.records.generate import GeneratedPerson, generate_persons
from khronika.records.services.persons import name_keys


@dataclass(frozen=True)
class Batch:
    """Persons and the match keys of each of their names (by full name)."""

    persons: list[GeneratedPerson]
    keys: dict[str, list[str]]


def make_batch(persons: Iterable[GeneratedPerson]) -> Batch:
    """A batch of ``persons`` with their name keys computed here."""
    people = list(persons)
    return Batch(people, {name.full: name_keys(name.full) for p in people for name in p.names})


def _generated_batch(seed: int, start: int, count: int) -> Batch:
    return make_batch(generate_persons(count, seed, start=start))


def series(count: int, seed: int, *, start: int = 1, size: int = 5000, workers: int = 1) -> Iterator[Batch]:
    """Batches of at most ``size`` persons numbered ``start`` … ``start + count - 1``, in order.

    With ``workers`` > 0, that many forked processes prepare the batches ahead (at most ``workers + 1``
    waiting, so memory stays bounded); with 0, everything runs in this process.
    """
    specs = [(seed, first, min(size, start + count - first)) for first in range(start, start + count, size)]
    if workers <= 0:
        yield from (_generated_batch(*spec) for spec in specs)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pending: deque[Any] = deque(pool.apply_async(_generated_batch, spec) for spec in specs[: workers + 1])
        queued = len(pending)
        while pending:
            batch: Batch = pending.popleft().get()
            if queued < len(specs):
                pending.append(pool.apply_async(_generated_batch, specs[queued]))
                queued += 1
            yield batch
