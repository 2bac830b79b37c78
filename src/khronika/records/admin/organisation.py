"""Admin pages for organisations and their designations."""

from __future__ import annotations

from django.contrib import admin

from khronika.records.admin.base import BilingualAdmin, ServiceAdmin, TabularInlineBase
from khronika.records.models import Designation, Organisation


class DesignationInline(TabularInlineBase):
    model = Designation
    fk_name = "organisation"
    extra = 0
    autocomplete_fields = ["authority", "source"]
    fields = ["kind", "date", "lifted", "authority", "source", "note"]


@admin.register(Organisation)
class OrganisationAdmin(ServiceAdmin, BilingualAdmin):
    list_display = ["name", "kind", "country", "region"]
    list_filter = ["kind", "country"]
    search_fields = ["name_ru", "name_en", "short_name_ru", "short_name_en"]
    autocomplete_fields = ["region"]
    inlines = [DesignationInline]


@admin.register(Designation)
class DesignationAdmin(ServiceAdmin):
    list_prefetch = ("person__names", "organisation", "authority")
    list_display = ["__str__", "kind", "date", "lifted", "authority"]
    list_filter = ["kind"]
    search_fields = ["organisation__name_ru", "organisation__name_en", "person__names__full"]
    autocomplete_fields = ["organisation", "person", "authority", "source"]
