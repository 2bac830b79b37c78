"""Admin pages for events and the persons in them."""

from __future__ import annotations

from django.contrib import admin

from khronika.records.admin.base import BilingualAdmin, ServiceAdmin, TabularInlineBase
from khronika.records.models import Event, EventPerson


class EventPersonInline(TabularInlineBase):
    model = EventPerson
    extra = 1
    autocomplete_fields = ["person"]
    fields = ["person", "role"]


@admin.register(Event)
class EventAdmin(ServiceAdmin, BilingualAdmin):
    list_display = ["__str__", "type", "date", "place", "case"]
    list_filter = ["type", "region"]
    search_fields = ["description_ru", "description_en", "place_ru", "participants__person__names__full"]
    autocomplete_fields = ["region", "facility", "case", "organisation"]
    ordering = ["-date_lower", "-id"]
    inlines = [EventPersonInline]


@admin.register(EventPerson)
class EventPersonAdmin(ServiceAdmin):
    list_prefetch = ("person__names", "event")
    list_display = ["person", "role", "event"]
    list_filter = ["role", "event__type"]
    search_fields = ["person__names__full"]
    autocomplete_fields = ["event", "person"]
