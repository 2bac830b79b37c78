"""Regression over the development set (issue #3): no F1 may drop by more than 0.005 below the baseline."""

from __future__ import annotations

import json

import pytest
from tests.extract.scoring import BASELINE, DEVSET, run_devset

TOLERANCE = 0.005


@pytest.mark.slow
def test_devset_scores_do_not_drop() -> None:
    if not DEVSET.is_dir():
        pytest.skip(f"the development set is not here ({DEVSET.resolve()}); it lives beside the repository")
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    scores = run_devset()
    drops = [
        f"{name} {field}: {scores[name][field]:.3f} < baseline {value:.3f}"
        for name, fields in baseline.items()
        for field, value in fields.items()
        if scores[name][field] < value - TOLERANCE
    ]
    assert not drops, "; ".join(drops)
