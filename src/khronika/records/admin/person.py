"""The person pages: names inline; charges, sentences and events in date order; sources via evidence."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from khronika import dates
from khronika.records.admin.base import BilingualAdmin, ReadOnlyInline, ServiceAdmin, TabularInlineBase
from khronika.records.models import Charge, Event, EventPerson, Person, PersonName, Sentence, Source
from khronika.records.models.partial_date import by_date


def shown_date(edtf: str) -> str:
    """An EDTF date as words in the interface language («24 февраля 2022 г.», "24 February 2022")."""
    if not edtf:
        return "—"
    try:
        return dates.display(edtf, "en" if (get_language() or "ru").startswith("en") else "ru")
    except dates.InvalidDate:
        return edtf


class PersonNameInline(TabularInlineBase):
    model = PersonName
    extra = 1
    min_num = 1  # a person is known by at least one name

    def get_formset(self, request: HttpRequest, obj: Any = None, **kwargs: Any) -> Any:
        return super().get_formset(request, obj, validate_min=True, **kwargs)

    fields = ["kind", "full", "surname", "given", "patronymic", "language", "script"]


class ChargeInline(ReadOnlyInline):
    model = Charge
    fk_name = "person"
    verbose_name_plural = _("charges, in date order")
    fields = ["citation", "title", "status", "when", "case"]
    readonly_fields = ["citation", "title", "status", "when", "case"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Charge]:
        return super().get_queryset(request).select_related("case").order_by(by_date("date"), "id")

    @admin.display(description=_("article"))
    def citation(self, obj: Charge) -> str:
        return obj.citation()

    @admin.display(description=_("title"))
    def title(self, obj: Charge) -> str:
        return obj.article_title(get_language() or "ru")

    @admin.display(description=_("date"))
    def when(self, obj: Charge) -> str:
        return shown_date(obj.date)


class SentenceInline(ReadOnlyInline):
    model = Sentence
    verbose_name_plural = _("sentences, in date order")
    fields = ["stage", "punishment", "length", "regime", "when", "court"]
    readonly_fields = ["stage", "punishment", "length", "regime", "when", "court"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Sentence]:
        return super().get_queryset(request).select_related("court").order_by(by_date("date"), "id")

    @admin.display(description=_("term or amount"))
    def length(self, obj: Sentence) -> str:
        return obj.term()

    @admin.display(description=_("date"))
    def when(self, obj: Sentence) -> str:
        return shown_date(obj.date)


class EventInline(ReadOnlyInline):
    model = EventPerson
    verbose_name = _("event")
    verbose_name_plural = _("events, in date order")
    fields = ["when", "kind", "role", "event"]
    readonly_fields = ["when", "kind", "role", "event"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[EventPerson]:
        return (
            super().get_queryset(request).select_related("event").order_by(by_date("event__date"), "event_id")
        )

    @admin.display(description=_("date"))
    def when(self, obj: EventPerson) -> str:
        return shown_date(obj.event.date)

    @admin.display(description=_("type"))
    def kind(self, obj: EventPerson) -> str:
        return str(obj.event.get_type_display())


def person_sources(person: Person) -> QuerySet[Source]:
    """The sources with evidence for the person or for their names, charges, sentences and events."""
    facts = [
        (Person, [person.pk]),
        (PersonName, list(person.names.values_list("pk", flat=True))),
        (Charge, list(person.charges.values_list("pk", flat=True))),
        (Sentence, list(person.sentences.values_list("pk", flat=True))),
        (Event, list(Event.objects.filter(participants__person=person).values_list("pk", flat=True))),
    ]
    query = Q(pk__in=[])
    for model, ids in facts:
        if ids:
            kind = ContentType.objects.get_for_model(model)
            query |= Q(evidence__content_type=kind, evidence__object_id__in=ids)
    return Source.objects.filter(query).distinct().order_by(by_date("published"), "id")


@admin.register(Person)
class PersonAdmin(ServiceAdmin, BilingualAdmin):
    list_display = ["__str__", "status", "birth_date", "published", "updated_at"]
    list_filter = ["status", "sex", "published"]
    search_fields = ["names__full", "names__surname"]
    readonly_fields = ["status", "merged_into", "sources", "created_at", "updated_at"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "sex",
                    "birth_date",
                    "birthplace",
                    "citizenships",
                    "status",
                    "status_override",
                    "published",
                ]
            },
        ),
        (_("biography"), {"fields": ["bio"]}),
        (_("private"), {"fields": ["private_notes"], "description": _("Never shown on public pages.")}),
        (_("sources"), {"fields": ["sources"]}),
        (_("record"), {"fields": ["merged_into", "created_at", "updated_at", "change_reason"]}),
    ]
    inlines = [PersonNameInline, ChargeInline, SentenceInline, EventInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Person]:
        return super().get_queryset(request).prefetch_related("names")

    @admin.display(description=_("sources"))
    def sources(self, obj: Person) -> Any:
        if obj.pk is None:
            return "—"
        rows = [
            (
                reverse("admin:records_source_change", args=[s.pk]),
                s.title,
                s.publisher,
                shown_date(s.published),
            )
            for s in person_sources(obj)
        ]
        if not rows:
            return "—"
        items = format_html_join("", "<li><a href='{}'>{}</a> — {} {}</li>", rows)
        return format_html("<ul>{}</ul>", items)


@admin.register(PersonName)
class PersonNameAdmin(ServiceAdmin):
    list_prefetch = ("person__names",)
    list_display = ["full", "kind", "language", "script", "person"]
    list_filter = ["kind", "language", "script"]
    search_fields = ["full", "surname", "given"]
    autocomplete_fields = ["person"]
