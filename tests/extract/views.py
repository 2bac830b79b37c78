"""Views of an extraction that the extractor's tests compare: persons by id, charges, defendants and terms."""

from __future__ import annotations

from typing import Any

from khronika.extract.facts import Facts


def names(facts: Facts) -> dict[str, str]:
    """Each person's name by id."""
    return {p["id"]: p["name"] for p in facts["persons"]}


def charges(facts: Facts) -> list[tuple[str, str, str]]:
    """(person's name, code, article) of every charge, sorted."""
    named = names(facts)
    return sorted((named[str(c["person"])], c["code"], c["article"]) for c in facts["charges"])


def defendants(facts: Facts) -> list[str]:
    """The names of the persons with the defendant role, sorted."""
    return sorted(p["name"] for p in facts["persons"] if "defendant" in p["roles"])


def terms(facts: Facts, *fields: str) -> list[tuple[Any, ...]]:
    """(person's name, the named fields of the sentence …) of every sentence, sorted."""
    named = names(facts)
    fact_fields: list[Any] = list(facts["sentences"])
    return sorted((named[str(s["person"])], *(s[f] for f in fields)) for s in fact_fields)
