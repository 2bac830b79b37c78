"""Admin pages for sources (upload the original file) and evidence (quote and span, checked)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from khronika.records.admin.base import ReasonForm, ServiceAdmin, reason_of
from khronika.records.models import Evidence, Source
from khronika.records.services import create_source

METADATA = ["title", "url", "publisher", "author", "language", "published", "media_type"]


class SourceAddForm(ReasonForm):
    upload = forms.FileField(label=_("original file"), help_text=_("The page, text or PDF as received."))

    class Meta:
        model = Source
        fields = [*METADATA, "text"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Left blank, the media type is taken from the upload.
        self.fields["media_type"].required = False


@admin.register(Source)
class SourceAdmin(ServiceAdmin):
    list_display = ["title", "publisher", "language", "published", "retrieved_at"]
    list_filter = ["language", "publisher"]
    search_fields = ["title", "url", "publisher", "author", "content_hash"]
    readonly_fields = ["content_hash", "size", "text", "retrieved_at"]

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any) -> Any:
        if obj is None:
            kwargs["form"] = SourceAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ["upload", *METADATA, "text", "change_reason"]
        return [*METADATA, "content_hash", "size", "retrieved_at", "text", "change_reason"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return self.readonly_fields if obj is not None else []

    @admin.display(description=_("size in bytes"))
    def size(self, obj: Source) -> int:
        return len(obj.original or b"")

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if change:
            return super().save_model(request, obj, form, change)
        data = form.cleaned_data
        upload = data["upload"]
        original = upload.read()
        fields = {name: data[name] for name in METADATA if name in data and name != "title"}
        if not fields.get("media_type"):
            fields["media_type"] = upload.content_type or "application/octet-stream"
        source, created = create_source(
            request.user,
            original=original,
            title=data["title"],
            text=data.get("text") or None,
            reason=reason_of(form),
            **fields,
        )
        for field in Source._meta.concrete_fields:
            setattr(obj, field.attname, getattr(source, field.attname))
        obj._state.adding = False
        if not created:
            self.message_user(
                request,
                _("This file is already stored as source #%(id)s; nothing was changed.") % {"id": source.pk},
                messages.WARNING,
            )


@admin.register(Evidence)
class EvidenceAdmin(ServiceAdmin):
    list_display = ["__str__", "source", "content_type", "object_id", "language", "confirmed_by", "last_seen"]
    list_filter = ["content_type", "language"]
    search_fields = ["quote", "source__title"]
    autocomplete_fields = ["source"]
    readonly_fields = ["fact_link", "confirmed_by", "confirmed_at"]

    @admin.display(description=_("fact"))
    def fact_link(self, obj: Evidence) -> Any:
        fact = obj.fact
        if fact is None:
            return "—"
        meta = fact._meta
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[fact.pk])
        return format_html("<a href='{}'>{}: {}</a>", url, meta.verbose_name, fact)

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "content_type":
            kwargs["queryset"] = ContentType.objects.filter(app_label="records").exclude(
                model__startswith="historical"
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
