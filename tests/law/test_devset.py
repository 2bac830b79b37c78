"""The parser against the real articles of the development set (skipped when it is absent)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from khronika.law import find_offences, find_references

DEVSET = Path(__file__).resolve().parents[2] / ".." / "shared" / "devset"


def _needs_devset() -> None:
    if not DEVSET.is_dir():
        pytest.skip(f"the development set is not at {DEVSET}")


def _body(path: Path) -> str:
    # OVD-Info items start with SOURCE: and PUBLISHED: lines (devset README).
    return path.read_text("utf-8").split("\n", 2)[2]


def test_every_explicit_charge_of_the_ovdinfo_items_is_found() -> None:
    _needs_devset()
    missing: list[str] = []
    for gold_path in sorted((DEVSET / "ovdinfo").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        refs = find_references(_body(gold_path.with_suffix(".txt")), "ru")
        found = {(r.code, r.article, r.part) for r in refs if not r.from_wording}
        for charge in gold["charges"]:
            key = (charge["code"], charge["article"], charge["part"])
            if charge["explicit"] and key not in found:
                missing.append(f"{gold_path.name}: {key}")
    assert missing == []


def test_khamroev_charges_are_found_with_their_parts() -> None:
    _needs_devset()
    text = (DEVSET / "khamroev-en.txt").read_text("utf-8")
    gold = json.loads((DEVSET / "khamroev-en.gold.json").read_text("utf-8"))
    found = {(r.code, r.article, r.part) for r in find_references(text, "en")}
    assert {(c["code"], c["article"], c["part"]) for c in gold["charges"]} <= found


@pytest.mark.parametrize("name", ["dmitriev", "filonova", "ponomarenko"])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_biography_charges_named_in_words(name: str, lang: str) -> None:
    _needs_devset()
    path = DEVSET / "biographies" / f"{name}-{lang}.txt"
    gold = json.loads(path.with_suffix(".json").read_text("utf-8"))
    text = path.read_text("utf-8")
    articles = {m.article for m in find_offences(text, lang)} | {
        r.article for r in find_references(text, lang)
    }
    assert {c["article"] for c in gold["charges"]} <= articles


def test_speed_on_real_text() -> None:
    _needs_devset()
    texts = [_body(p) for p in sorted((DEVSET / "ovdinfo").glob("*.txt"))]
    sample = "\n".join(texts)[:5000]
    find_references(sample, "ru")  # warm the compiled patterns
    best = min(_timed(sample) for _ in range(5))
    # The target is well under 5 ms per 5 KB; the bound leaves room for a loaded CI machine.
    assert best < 0.025


def _timed(text: str) -> float:
    started = time.perf_counter()
    find_references(text + " ", "ru")  # a new string each time, so no cached result is reused
    return time.perf_counter() - started
