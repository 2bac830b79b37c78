"""The one shared pymorphy3 analyser (its dictionaries ship inside the ``pymorphy3-dicts-ru`` wheel)."""

from __future__ import annotations

from functools import lru_cache

import pymorphy3


@lru_cache(maxsize=1)
def morph() -> pymorphy3.MorphAnalyzer:
    """Load the Russian analyser once (about 0.15 s) and share it."""
    return pymorphy3.MorphAnalyzer(lang="ru")
