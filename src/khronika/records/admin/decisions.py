"""Admin pages for merges of persons (with undo), "not the same person" decisions, and the name-key index."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.forms.models import construct_instance
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from khronika.records.admin.base import ModelAdminBase, ModelFormBase, ServiceAdmin
from khronika.records.models import NotSamePerson, PersonMerge, PersonNameKey
from khronika.records.services import MergeError, mark_not_same, merge_persons, undo_merge
from khronika.records.services.merge import merge_problem


class MergeForm(ModelFormBase):
    class Meta:
        model = PersonMerge
        fields = ["winner", "loser", "reason"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        winner, loser = data.get("winner"), data.get("loser")
        if winner is not None and loser is not None and (problem := merge_problem(winner, loser)):
            raise forms.ValidationError(problem)
        return data

    def _post_clean(self) -> None:
        # The merge row is written by the service (with the actor): fill the instance, skip row validation.
        self.instance = construct_instance(self, self.instance, self._meta.fields)


def copy_into(target: Any, source: Any) -> None:
    """Make the admin's unsaved ``target`` the row the service saved (for the admin's log and redirect)."""
    for field in type(source)._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))
    target._state.adding = False


@admin.register(PersonMerge)
class PersonMergeAdmin(ServiceAdmin):
    form: Any = MergeForm
    list_display = ["__str__", "actor", "created_at", "undone_at"]
    list_filter = ["undone_at"]
    search_fields = ["reason", "winner__names__full", "loser__names__full"]
    autocomplete_fields = ["winner", "loser"]
    actions = ["undo"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return []
        return ["winner", "loser", "reason", "actor", "created_at", "moved", "undone_at", "undone_by"]

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if change:
            return
        merge = merge_persons(request.user, obj.winner, obj.loser, reason=obj.reason)
        copy_into(obj, merge)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # a merge is undone, never deleted: its row is the record that it happened

    @admin.action(description=_("Undo the selected merges"))
    def undo(self, request: HttpRequest, queryset: QuerySet[PersonMerge]) -> None:
        for merge in queryset.order_by("-created_at", "-id"):
            try:
                undo_merge(request.user, merge, reason=str(_("undone in the admin")))
            except MergeError as exc:
                self.message_user(request, f"{merge}: {exc}", messages.ERROR)
            else:
                self.message_user(request, _("Undone: %(merge)s") % {"merge": merge}, messages.SUCCESS)


class NotSameForm(ModelFormBase):
    class Meta:
        model = NotSamePerson
        fields = ["person_a", "person_b", "reason"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, second = data.get("person_a"), data.get("person_b")
        if first is not None and first == second:
            raise forms.ValidationError(_("Choose two different persons."))
        return data

    def _post_clean(self) -> None:
        # The pair is stored in id order by the service; the ordered-pair constraint is its business.
        self.instance = construct_instance(self, self.instance, self._meta.fields)


@admin.register(NotSamePerson)
class NotSamePersonAdmin(ServiceAdmin):
    form: Any = NotSameForm
    list_display = ["__str__", "actor", "created_at"]
    search_fields = ["reason", "person_a__names__full", "person_b__names__full"]
    autocomplete_fields = ["person_a", "person_b"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [] if obj is None else ["person_a", "person_b", "reason", "actor", "created_at"]

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if change:
            return
        decision = mark_not_same(request.user, obj.person_a, obj.person_b, reason=obj.reason)
        copy_into(obj, decision)


@admin.register(PersonNameKey)
class PersonNameKeyAdmin(ModelAdminBase):
    """The match-key index, for looking only: the services rebuild it from the names."""

    list_display = ["key", "name", "person"]
    search_fields = ["key"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
