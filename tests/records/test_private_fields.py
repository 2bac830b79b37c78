"""Private fields are declared once, so public views and exports can be tested against them."""

from __future__ import annotations

from django.apps import apps

from khronika.records.models import PRIVATE_FIELDS


def test_private_fields_exist_on_their_models() -> None:
    for model_name, fields in PRIVATE_FIELDS.items():
        model = apps.get_model("records", model_name)
        names = {f.name for f in model._meta.get_fields()}
        assert fields <= names, f"{model_name} has no field(s) {sorted(fields - names)}"


def test_private_notes_are_private() -> None:
    assert "private_notes" in PRIVATE_FIELDS["Person"]
