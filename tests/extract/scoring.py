"""Scoring an extraction against reduced gold (the rules of ../shared/devset/README.md): the development set
beside the repository and the evaluation set committed in ``evalsets/``.

A small re-implementation of ``../shared/tools/score_extraction.py`` so the regression test needs nothing
outside the repository at import time. ``python tests/extract/scoring.py --write-baseline`` rewrites the
committed baseline after a deliberate improvement.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

DEVSET = Path(__file__).resolve().parents[2] / ".." / "shared" / "devset"
# OVD-Info items with gold committed here (CC BY 3.0, see its README): scored even where the devset is absent.
COMMITTED = Path(__file__).with_name("evalsets") / "ovdinfo"
BASELINE = Path(__file__).with_name("devset_baseline.json")
FIELDS = ("defendants", "charges", "sentences", "events")
# Tuned on the first two thirds of the OVD-Info items (by file name), checked on the last third.
TUNED_SHARE = 22


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").lower().replace("ё", "е")
    return re.sub(r"[^\w]+", " ", s).strip()


def surname_matches(gold_surname: str, name: str) -> bool:
    g, toks = norm(gold_surname), norm(name).split()
    if not g:
        return False
    if " " in g:
        return f" {g} " in f" {' '.join(toks)} "
    return any(
        t == g or (len(g) >= 5 and len(t) >= 5 and t[:-2] == g[:-2] and abs(len(t) - len(g)) <= 2)
        for t in toks
    )


def sent_key(who: str, s: dict[str, Any]) -> tuple[Any, ...]:
    months = (s.get("years") or 0) * 12 + (s.get("months") or 0)
    return (who, s.get("stage"), s.get("punishment"), months, s.get("days") or 0, s.get("amount"))


def gold_sets(gold: dict[str, Any]) -> tuple[set[Any], set[Any], set[Any], list[Any]]:
    return (
        {norm(d["surname"]) for d in gold["defendants"]},
        {(norm(c["defendant"]), c["code"], str(c["article"])) for c in gold["charges"]},
        {sent_key(norm(s["defendant"]), s) for s in gold["sentences"]},
        [(norm(e["defendant"]), e["type"], e["date"] or "") for e in gold["events"]],
    )


def predicted_sets(
    pred: dict[str, Any], gold: dict[str, Any]
) -> tuple[set[Any], set[Any], set[Any], list[Any]]:
    surnames = [d["surname"] for d in gold["defendants"]]
    pid2sur = {}
    for p in pred["persons"]:
        for s in surnames:
            if surname_matches(s, p["name"]):
                pid2sur[p["id"]] = norm(s)
                break
    defendants = {
        pid2sur.get(p["id"], "?" + norm(p["name"])) for p in pred["persons"] if "defendant" in p["roles"]
    }
    charges = {
        (pid2sur.get(c["person"], "?"), c["code"], str(c["article"]))
        for c in pred["charges"]
        if c["status"] != "dropped"
    }
    sentences = {sent_key(pid2sur.get(s["person"], "?"), s) for s in pred["sentences"]}
    events = [
        (pid2sur.get(pid, "?"), e["type"], e["date"] or "") for e in pred["events"] for pid in e["persons"]
    ]
    return defendants, charges, sentences, events


def date_ok(gold_date: str, pred_date: str) -> bool:
    g, p = gold_date.rstrip("~?"), (pred_date or "").rstrip("~?")
    return bool(g) and (p == g or p.startswith(g + "-"))


def match_events(gold_ev: list[Any], pred_ev: list[Any]) -> int:
    used = [False] * len(pred_ev)
    tp = 0
    for g in gold_ev:
        for i, p in enumerate(pred_ev):
            if not used[i] and p[0] == g[0] and p[1] == g[1] and date_ok(g[2], p[2]):
                used[i] = True
                tp += 1
                break
    return tp


def reduce_full_gold(full: dict[str, Any]) -> dict[str, Any]:
    """The reduced form of a full ``khronika.extraction/1`` gold (Khamroev): persons keyed by surname."""
    key = {p["id"]: p["name"].split()[-1] for p in full["persons"]}
    return {
        "defendants": [
            {"name": p["name"], "surname": key[p["id"]]} for p in full["persons"] if "defendant" in p["roles"]
        ],
        "charges": [
            {"defendant": key.get(c["person"], "?"), "code": c["code"], "article": c["article"]}
            for c in full["charges"]
            if c["status"] != "dropped"
        ],
        "sentences": [{**s, "defendant": key.get(s["person"], "?")} for s in full["sentences"]],
        "events": [
            {"defendant": key[pid], "type": e["type"], "date": e["date"]}
            for e in full["events"]
            for pid in e["persons"]
        ],
    }


def read_item(path: Path) -> tuple[str, datetime.date | None]:
    """An item's text without its header lines, and its PUBLISHED date."""
    raw = path.read_text(encoding="utf-8")
    published = None
    while m := re.match(r"(SOURCE|PUBLISHED|TITLE|URL|DATE): ?(.*)\n", raw):  # not a dateline «MOSCOW: …»
        if m.group(1) == "PUBLISHED":
            published = datetime.date.fromisoformat(m.group(2).strip()[:10])
        raw = raw[m.end() :]
    return raw.lstrip("\n"), published


Item = tuple[str, datetime.date | None, dict[str, Any]]


def _item(gold_path: Path, gold: dict[str, Any] | None = None) -> Item:
    text, published = read_item(gold_path.with_suffix(".txt"))
    return text, published, gold or json.loads(gold_path.read_text(encoding="utf-8"))


def committed_items() -> dict[str, list[Item]]:
    """The evaluation set kept in the repository."""
    return {"ovdinfo-committed": [_item(p) for p in sorted(COMMITTED.glob("*.json"))]}


def devset_items() -> dict[str, list[Item]]:
    """The scored sets: OVD-Info tuned / held out, biographies ru and en, Khamroev (en, full gold)."""
    ovd = sorted((DEVSET / "ovdinfo").glob("*.json"))
    sets: dict[str, list[Item]] = {}
    item = _item

    sets["ovdinfo-ru-tuned"] = [item(p) for p in ovd[:TUNED_SHARE]]
    sets["ovdinfo-ru-heldout"] = [item(p) for p in ovd[TUNED_SHARE:]]
    bios = sorted((DEVSET / "biographies").glob("*.json"))
    sets["biographies-ru"] = [item(p) for p in bios if p.stem.endswith("-ru")]
    sets["biographies-en"] = [item(p) for p in bios if p.stem.endswith("-en")]
    full = json.loads((DEVSET / "khamroev-en.gold.json").read_text(encoding="utf-8"))
    text = (DEVSET / "khamroev-en.txt").read_text(encoding="utf-8")
    published = (
        datetime.date.fromisoformat(full["document"]["published"])
        if full["document"].get("published")
        else None
    )
    sets["khamroev-en"] = [(text, published, reduce_full_gold(full))]
    return sets


def score(items: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, float]:
    """Micro F1 per field over (prediction, gold) pairs."""
    totals = {k: [0, 0, 0] for k in FIELDS}
    for pred, gold in items:
        gs, ps = gold_sets(gold), predicted_sets(pred, gold)
        for k, g, p in zip(FIELDS[:3], gs[:3], ps[:3], strict=True):
            totals[k][0] += len(g & p)
            totals[k][1] += len(p)
            totals[k][2] += len(g)
        totals["events"][0] += match_events(gs[3], ps[3])
        totals["events"][1] += len(ps[3])
        totals["events"][2] += len(gs[3])
    out = {}
    for k, (tp, npred, ngold) in totals.items():
        p = tp / npred if npred else (1.0 if not ngold else 0.0)
        r = tp / ngold if ngold else 1.0
        out[k] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return out


def run_devset(devset: bool = True) -> dict[str, dict[str, float]]:
    """Extract every item of the committed set and (with ``devset``) of the devset, and score each set."""
    from khronika.extract.pipeline import extract_document
    from khronika.extract.reading import Document

    results = {}
    sets = {**committed_items(), **(devset_items() if devset else {})}
    for name, items in sets.items():
        lang = "en" if name.endswith("-en") else "ru"
        pairs = [
            (extract_document(Document(text=text), language=lang, published=published), gold)
            for text, published, gold in items
        ]
        results[name] = score(pairs)
    return results


if __name__ == "__main__":
    scores = run_devset(DEVSET.is_dir())
    print(json.dumps(scores, indent=2))
    if "--write-baseline" in sys.argv:
        BASELINE.write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
