"""Admin pages for cases, their parties, charges and sentences."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from khronika.records.admin.base import BilingualAdmin, ServiceAdmin, TabularInlineBase
from khronika.records.models import Case, CaseParty, Charge, Sentence


class CasePartyInline(TabularInlineBase):
    model = CaseParty
    extra = 1
    autocomplete_fields = ["person"]
    fields = ["person", "role", "note"]


@admin.register(Case)
class CaseAdmin(ServiceAdmin, BilingualAdmin):
    list_display = ["title", "number", "kind", "status", "opened", "court"]
    list_filter = ["kind", "status", "region"]
    search_fields = ["title_ru", "title_en", "number"]
    autocomplete_fields = ["court", "region"]
    inlines = [CasePartyInline]


@admin.register(CaseParty)
class CasePartyAdmin(ServiceAdmin):
    list_prefetch = ("person__names", "case")
    list_display = ["person", "role", "case"]
    list_filter = ["role"]
    search_fields = ["person__names__full", "case__title_ru", "case__number"]
    autocomplete_fields = ["case", "person"]


@admin.register(Charge)
class ChargeAdmin(ServiceAdmin):
    list_prefetch = ("person__names", "case")
    list_display = ["person", "citation", "title", "status", "date", "case"]
    list_filter = ["status", "code"]
    search_fields = ["article", "person__names__full", "case__number"]
    autocomplete_fields = ["person", "case", "reclassified_to"]
    readonly_fields = ["title"]

    @admin.display(description=_("article"))
    def citation(self, obj: Charge) -> str:
        return obj.citation()

    @admin.display(description=_("title of the article"))
    def title(self, obj: Charge) -> str:
        return obj.article_title(get_language() or "ru") or "—"


@admin.register(Sentence)
class SentenceAdmin(ServiceAdmin):
    list_prefetch = ("person__names", "court")
    list_display = ["person", "stage", "punishment", "term", "regime", "date", "court"]
    list_filter = ["stage", "punishment", "regime"]
    search_fields = ["person__names__full", "case__number"]
    autocomplete_fields = ["person", "case", "court"]
