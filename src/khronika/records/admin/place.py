"""Admin pages for regions and detention facilities."""

from __future__ import annotations

from django.contrib import admin

from khronika.records.admin.base import BilingualAdmin, ServiceAdmin
from khronika.records.models import Facility, Region


@admin.register(Region)
class RegionAdmin(ServiceAdmin, BilingualAdmin):
    list_display = ["name", "code"]
    search_fields = ["name_ru", "name_en", "code"]
    ordering = ["code"]


@admin.register(Facility)
class FacilityAdmin(ServiceAdmin):
    list_display = ["name", "kind", "locality", "region", "address"]
    list_filter = ["kind", "region"]
    search_fields = ["name", "locality", "address"]
    autocomplete_fields = ["region"]
