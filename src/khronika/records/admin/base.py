"""What every record admin shares: saves and deletes go through the services, with a reason for history.

Bilingual models use modeltranslation's plain ``TranslationAdmin`` (Russian and English fields side by
side), not the tabbed one: the tabbed admin loads jQuery UI from a Google CDN, and an editor's browser
must not call third parties from a tool for documenting persecution (and it must work offline).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import admin
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from khronika.records.services import delete_record, save_record

DEFAULT_REASON = _("edited in the admin")

# django-stubs makes the admin and form classes generic for the type checker only; at run time they are not
# subscriptable, so the parametrised names exist under TYPE_CHECKING alone.
if TYPE_CHECKING:
    ModelFormBase = forms.ModelForm[Any]
    TabularInlineBase = admin.TabularInline[Any, Any]
    ModelAdminBase = admin.ModelAdmin[Any]
    BilingualAdmin = TranslationAdmin[Any]
else:
    ModelFormBase = forms.ModelForm
    TabularInlineBase = admin.TabularInline
    ModelAdminBase = admin.ModelAdmin
    BilingualAdmin = TranslationAdmin


class ReasonForm(ModelFormBase):
    """A model form with a "reason for the change" field that goes into the history."""

    change_reason = forms.CharField(
        label=_("reason for the change"),
        required=False,
        max_length=100,
        help_text=_("Kept in the history with your name, like «source: OVD-Info, 23.06.2023»."),
    )


def reason_of(form: forms.Form | None) -> str:
    """The editor's reason from the form, or the default one."""
    reason = (
        form.cleaned_data.get("change_reason") if form is not None and hasattr(form, "cleaned_data") else ""
    )
    return str(reason or DEFAULT_REASON)


class ServiceAdmin(SimpleHistoryAdmin):  # type: ignore[misc]  # simple_history ships no type hints
    """A model admin whose writes call ``save_record``/``delete_record`` and whose history is browsable."""

    form: Any = ReasonForm
    # URLs typed without a scheme are https (Django 6's default, asked for now).
    formfield_overrides: Any = {models.URLField: {"assume_scheme": "https"}}
    #: Relations that ``__str__`` of the listed rows needs: persons are shown by their names.
    list_prefetch: tuple[str, ...] = ()

    def get_queryset(self, request: HttpRequest) -> models.QuerySet[Any]:
        rows: models.QuerySet[Any] = super().get_queryset(request)
        return rows.prefetch_related(*self.list_prefetch) if self.list_prefetch else rows

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        self._reason = reason_of(form)
        save_record(request.user, obj, reason=self._reason)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        delete_record(request.user, obj, reason=str(_("deleted in the admin")))

    def delete_queryset(self, request: HttpRequest, queryset: models.QuerySet[Any]) -> None:
        for obj in queryset:
            delete_record(request.user, obj, reason=str(_("deleted in the admin")))

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        reason = reason_of(form)
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            delete_record(request.user, obj, reason=reason)
        for obj in instances:
            save_record(request.user, obj, reason=reason)
        formset.save_m2m()


class ReadOnlyInline(TabularInlineBase):
    """A table of related rows shown on a change page; they are edited on their own pages."""

    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
