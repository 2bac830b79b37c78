"""Checking an extraction against the ``khronika.extraction/1`` JSON Schema and its cross-references."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

FORMAT = "khronika.extraction/1"


class InvalidExtraction(ValueError):
    """An extraction object that breaks the format: the message names the first problem found."""


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema shipped in the package (``khronika/extract/schema.json``)."""
    text = resources.files("khronika.extract").joinpath("schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def problems(obj: object, text: str | None = None) -> list[str]:
    """Every way ``obj`` breaks the format; empty when it is valid.

    Beyond the schema: ids are unique, every ``person``/``court``/``persons[]`` reference resolves, and,
    when the plain ``text`` is given, every span's ``text`` equals ``text[start:end]``.
    """
    found = [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}"
        for error in sorted(_validator().iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))
    ]
    if found or not isinstance(obj, dict):
        return found
    person_ids = [p["id"] for p in obj["persons"]]
    org_ids = [o["id"] for o in obj["organizations"]]
    if len(set(person_ids)) != len(person_ids):
        found.append("persons: duplicate ids")
    if len(set(org_ids)) != len(org_ids):
        found.append("organizations: duplicate ids")
    for kind in ("charges", "sentences"):
        for i, fact in enumerate(obj[kind]):
            if fact["person"] is not None and fact["person"] not in person_ids:
                found.append(f"{kind}/{i}/person: unknown id {fact['person']}")
    for i, sentence in enumerate(obj["sentences"]):
        if sentence["court"] is not None and sentence["court"] not in org_ids:
            found.append(f"sentences/{i}/court: unknown id {sentence['court']}")
    for i, event in enumerate(obj["events"]):
        for pid in event["persons"]:
            if pid not in person_ids:
                found.append(f"events/{i}/persons: unknown id {pid}")
    if text is not None:
        found.extend(_span_problems(obj, text))
    return found


def _span_problems(obj: dict[str, Any], text: str) -> list[str]:
    found = []
    spans: list[tuple[str, dict[str, Any]]] = []
    for kind in ("persons", "organizations"):
        for i, item in enumerate(obj[kind]):
            spans += [(f"{kind}/{i}/mentions/{j}", m) for j, m in enumerate(item["mentions"])]
    for kind in ("charges", "sentences", "events"):
        spans += [(f"{kind}/{i}/evidence", fact["evidence"]) for i, fact in enumerate(obj[kind])]
    for where, span in spans:
        if (
            not 0 <= span["start"] <= span["end"] <= len(text)
            or text[span["start"] : span["end"]] != span["text"]
        ):
            found.append(f"{where}: span {span['start']}-{span['end']} does not match the text")
    return found


def validate(obj: object, text: str | None = None) -> None:
    """Raise InvalidExtraction naming the first problem when ``obj`` breaks the format."""
    found = problems(obj, text)
    if found:
        raise InvalidExtraction(found[0])
