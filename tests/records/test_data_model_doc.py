"""``docs/data-model.md`` shows every model of the record and every foreign key between them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.apps import apps

DOC = Path(__file__).resolve().parents[2] / "docs" / "data-model.md"
RELATION = re.compile(r"^\s*(\w+)\s+[|}o][|o]--[o|][|{]\s+(\w+)\s*:\s*\"?(\w+)\"?", re.M)
ENTITY = re.compile(r"^\s*(\w+)\s*\{", re.M)


def diagram() -> str:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(r"```mermaid\n(erDiagram\n.*?)```", text, re.S)
    assert found, f"{DOC} has no ```mermaid erDiagram``` block"
    return found.group(1)


def record_models() -> list[type]:
    return [m for m in apps.get_app_config("records").get_models() if not m.__name__.startswith("Historical")]


def expected_relations() -> set[tuple[str, str, str]]:
    """(target, model, field) for every forward foreign key, one-to-one and declared many-to-many."""
    found = set()
    for model in record_models():
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and not field.auto_created:
                found.add((field.related_model.__name__, model.__name__, field.name))
    return found


def test_every_model_is_an_entity() -> None:
    entities = set(ENTITY.findall(diagram()))
    missing = sorted(m.__name__ for m in record_models() if m.__name__ not in entities)
    assert missing == [], f"add these models to {DOC.name}: {missing}"


def test_every_foreign_key_is_a_relation() -> None:
    drawn = {(target, source, label) for target, source, label in RELATION.findall(diagram())}
    missing = sorted(expected_relations() - drawn)
    assert missing == [], f"add these relations to {DOC.name}: {missing}"


@pytest.mark.parametrize("model", record_models(), ids=lambda m: m.__name__)
def test_every_column_is_listed(model: type) -> None:
    block = re.search(rf"^\s*{model.__name__}\s*\{{(.*?)\}}", diagram(), re.S | re.M)
    assert block, model.__name__
    listed = set(re.findall(r"^\s*\w+\s+(\w+)", block.group(1), re.M))
    columns = {f.attname for f in model._meta.concrete_fields}  # type: ignore[attr-defined]
    assert columns <= listed, f"{model.__name__}: add {sorted(columns - listed)} to {DOC.name}"
