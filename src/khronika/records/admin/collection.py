"""Admin pages for collections."""

from __future__ import annotations

from django.contrib import admin

from khronika.records.admin.base import BilingualAdmin, ServiceAdmin, TabularInlineBase
from khronika.records.models import Collection, CollectionMember


class CollectionMemberInline(TabularInlineBase):
    model = CollectionMember
    extra = 1
    autocomplete_fields = ["person", "case"]
    fields = ["position", "person", "case"]


@admin.register(Collection)
class CollectionAdmin(ServiceAdmin, BilingualAdmin):
    list_display = ["title", "slug", "published"]
    list_filter = ["published"]
    search_fields = ["title_ru", "title_en", "slug"]
    prepopulated_fields = {"slug": ["title_en"]}
    inlines = [CollectionMemberInline]


@admin.register(CollectionMember)
class CollectionMemberAdmin(ServiceAdmin):
    list_prefetch = ("person__names", "case", "collection")
    list_display = ["collection", "position", "person", "case"]
    list_filter = ["collection"]
    autocomplete_fields = ["collection", "person", "case"]
