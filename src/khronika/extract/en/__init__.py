"""The English extraction pipeline: rules and gazetteers, no model (docs/extraction.md).

``extract_facts(text, published)`` returns the facts of ``khronika.extraction/1`` without the document part.
"""

from khronika.extract.en.pipeline import extract_facts

__all__ = ["extract_facts"]
