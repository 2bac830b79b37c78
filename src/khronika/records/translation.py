"""Bilingual fields (django-modeltranslation: ``_ru`` and ``_en`` columns) and history for those models.

The history of a translated model is registered here, after its translation fields exist, so the
historical table records both languages (django-simple-history's documented way to combine the two).
"""

from modeltranslation.translator import TranslationOptions, translator
from simple_history import register as register_history

from khronika.records.models import Case, Collection, Event, Organisation, Person, Region

TRANSLATED_FIELDS: dict[type, tuple[str, ...]] = {
    Person: ("birthplace", "bio"),
    Organisation: ("name", "short_name", "description"),
    Case: ("title", "summary"),
    Event: ("place", "description"),
    Region: ("name",),
    Collection: ("title", "description"),
}

for model, fields in TRANSLATED_FIELDS.items():
    options = type(f"{model.__name__}TranslationOptions", (TranslationOptions,), {"fields": fields})
    translator.register(model, options)
    register_history(model)
