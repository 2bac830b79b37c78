"""Extraction speed (issue #3, `make bench`): model load time, ru and en docs/s on 5 KB texts, peak RSS, and
the ratio against natasha's bare segment + NER on the same Russian texts.

Texts are built from the development set when ../shared/devset is present, else from the fixtures shipped in
tests/extract/fixtures. Prints figures; it is not a test.
"""

from __future__ import annotations

import datetime
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / ".." / "shared" / "devset"
FIXTURES = ROOT / "tests" / "extract" / "fixtures"
SIZE = 5_000
PUBLISHED = datetime.date(2026, 4, 1)


def _body(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and ":" in lines[0][:12] and lines[0].split(":")[0].isupper():
        lines.pop(0)
    return "\n".join(lines).strip()


def _texts(language: str) -> list[str]:
    """Texts of about 5 KB, each made of consecutive source texts of the language."""
    if DEVSET.is_dir():
        paths = (
            sorted((DEVSET / "ovdinfo").glob("*.txt")) if language == "ru" else [DEVSET / "khamroev-en.txt"]
        )
        paths += sorted((DEVSET / "biographies").glob(f"*-{language}.txt"))
    else:
        paths = sorted(FIXTURES.glob(f"*-{language}.txt"))
    if not paths:
        sys.exit(f"extract_bench: no {language} texts in {DEVSET} or {FIXTURES}")  # the fixtures ship both
    sources = [_body(p) for p in paths]
    texts: list[str] = []
    current = ""
    for i in range(max(len(sources) * 4, 160)):  # cycle through short sources until there are enough texts
        current += sources[i % len(sources)] + "\n\n"
        if len(current) >= SIZE:
            cut = current.rfind("\n", 0, SIZE)
            texts.append(current[: cut if cut > SIZE // 2 else SIZE])
            current = ""
        if len(texts) == 40:
            break
    return texts


def _rate(texts: list[str], run: Callable[[str], object]) -> float:
    """Documents per second of wall-clock time; the CPU-time rate is printed beside it, because on a shared
    2-core machine other processes can halve the wall-clock figure."""
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        run(text)
    wall, cpu_used = time.perf_counter() - started, time.process_time() - cpu
    print(f"  ({len(texts) / cpu_used:.1f} docs per CPU second; load average {os.getloadavg()[0]:.1f})")
    return len(texts) / wall


def main() -> None:
    started = time.perf_counter()
    from khronika.extract.ru import load_models

    load_models()
    load = time.perf_counter() - started
    print(f"model load: {load:.2f} s")

    from khronika.extract.pipeline import language_pipeline

    ru_texts, en_texts = _texts("ru"), _texts("en")
    ru = language_pipeline("ru")
    ru.extract_facts(ru_texts[0], PUBLISHED)  # warm the caches once, as a long-running intake would be
    ru_rate = _rate(ru_texts, lambda t: ru.extract_facts(t, PUBLISHED))
    print(f"ru: {ru_rate:.1f} docs/s on {len(ru_texts)} texts of ~{SIZE // 1000} KB (goal >= 28, minimum 15)")

    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def bare(text: str) -> None:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)

    bare_rate = _rate(ru_texts, bare)
    print(
        f"natasha segment+NER: {bare_rate:.1f} docs/s; ratio {bare_rate / ru_rate:.2f}x slower (goal <= 2x)"
    )

    try:
        en = language_pipeline("en")
        en.extract_facts(en_texts[0], PUBLISHED)
        en_rate = _rate(en_texts, lambda t: en.extract_facts(t, PUBLISHED))
        print(f"en: {en_rate:.1f} docs/s on {len(en_texts)} texts (minimum 50)")
    except (ImportError, AttributeError) as exc:
        print(f"en: pipeline not available ({exc})")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB (limit 600)")


if __name__ == "__main__":
    main()
