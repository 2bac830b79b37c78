"""The record's vocabularies are the extraction format's, and every label has its Russian translation."""

from __future__ import annotations

import inspect
import json
from importlib import resources
from typing import Any

import pytest
from django.db import models
from django.utils import translation

from khronika.records import vocabulary

SCHEMA = json.loads(resources.files("khronika.extract").joinpath("schema.json").read_text(encoding="utf-8"))
ITEMS = {
    key: SCHEMA["properties"][key]["items"]["properties"]
    for key in ("persons", "organizations", "charges", "sentences", "events")
}

FORMAT_VOCABULARIES = [
    (vocabulary.Role, ITEMS["persons"]["roles"]["items"]["enum"]),
    (vocabulary.OrganisationKind, ITEMS["organizations"]["kind"]["enum"]),
    (vocabulary.ChargeStatus, ITEMS["charges"]["status"]["enum"]),
    (vocabulary.SentenceStage, ITEMS["sentences"]["stage"]["enum"]),
    (vocabulary.Punishment, ITEMS["sentences"]["punishment"]["enum"]),
    (vocabulary.Regime, [v for v in ITEMS["sentences"]["regime"]["enum"] if v is not None]),
    (vocabulary.EventType, ITEMS["events"]["type"]["enum"]),
]

ALL_VOCABULARIES = [
    obj
    for _name, obj in inspect.getmembers(vocabulary, inspect.isclass)
    if issubclass(obj, models.TextChoices) and obj is not models.TextChoices
]


@pytest.mark.parametrize(
    ("choices", "expected"), FORMAT_VOCABULARIES, ids=lambda v: getattr(v, "__name__", "")
)
def test_values_are_exactly_the_extraction_formats(choices: Any, expected: list[str]) -> None:
    assert list(choices.values) == expected


@pytest.mark.parametrize("choices", ALL_VOCABULARIES, ids=lambda v: v.__name__)
def test_every_label_is_translated_to_russian(choices: Any) -> None:
    with translation.override("en"):
        english = [str(label) for label in choices.labels]
    with translation.override("ru"):
        russian = [str(label) for label in choices.labels]
    untranslated = [en for en, ru in zip(english, russian, strict=True) if en == ru and en.isascii()]
    assert untranslated == []
