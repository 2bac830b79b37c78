"""Partial and uncertain dates: an EDTF string plus two indexed day columns for ordering and filtering.

A date such as ``201X`` or ``2022-10`` cannot be a ``DateField``. Each such date is stored as its EDTF
string and the first and last day it may denote (``khronika.dates.bounds``), so lists can be ordered and
filtered by day in SQL on both backends.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from khronika import dates

EDTF_HELP = _(
    "EDTF: 2022-02-24, 2022-10, 2022, 201X (the 2010s), 2022-21 (spring 2022), 2016/2019 (interval), "
    "a trailing ~ for approximate, ? for uncertain; Russian and English dates are converted."
)


def partial_date_fields(
    verbose_name: Any,
) -> tuple[models.CharField[Any, Any], models.DateField[Any, Any], models.DateField[Any, Any]]:
    """Return the EDTF field and its ``_lower``/``_upper`` day columns, to unpack in a model body."""
    return (
        models.CharField(verbose_name, max_length=64, blank=True, default="", help_text=EDTF_HELP),
        models.DateField(_("earliest day"), null=True, blank=True, editable=False, db_index=True),
        models.DateField(_("latest day"), null=True, blank=True, editable=False, db_index=True),
    )


def by_date(field: str, *, descending: bool = False) -> models.OrderBy:
    """Order by a partial date's earliest day, undated rows last on every backend.

    SQLite puts NULL first and PostgreSQL last; a timeline needs the same order on both.
    """
    column = models.F(f"{field}_lower")
    return column.desc(nulls_last=True) if descending else column.asc(nulls_last=True)


def normalize_partial_date(value: str) -> str:
    """Return ``value`` as canonical EDTF, or raise ``ValidationError`` with an actionable message."""
    try:
        return dates.normalize(value)
    except dates.InvalidDate as exc:
        raise ValidationError(
            _("%(value)s is not a date Khronika understands (%(reason)s). %(help)s"),
            code="invalid_date",
            params={"value": repr(value), "reason": str(exc), "help": EDTF_HELP},
        ) from exc


class PartialDates(models.Model):
    """Abstract base: validates the EDTF fields named in ``partial_dates`` and fills their day bounds."""

    partial_dates: ClassVar[tuple[str, ...]] = ()

    class Meta:
        abstract = True

    def clean_fields(self, exclude: Any = None) -> None:
        errors: dict[str, Any] = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        for name in self.partial_dates:
            value = getattr(self, name)
            if (exclude and name in exclude) or not value:
                continue
            try:
                setattr(self, name, normalize_partial_date(value.strip()))
            except ValidationError as exc:
                errors.setdefault(name, []).extend(exc.error_list)
        if errors:
            raise ValidationError(errors)

    def fill_date_bounds(self) -> None:
        """Set ``<field>_lower`` and ``<field>_upper`` from each EDTF field (``None`` when no date)."""
        for name in self.partial_dates:
            value = getattr(self, name) or ""
            lower = upper = None
            if value:
                try:
                    lower, upper = dates.bounds(value)
                except dates.InvalidDate as exc:
                    raise ValidationError({name: normalize_partial_date_error(value, exc)}) from exc
            setattr(self, f"{name}_lower", lower)
            setattr(self, f"{name}_upper", upper)

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.fill_date_bounds()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            extra = [
                f"{n}_{end}" for n in self.partial_dates if n in update_fields for end in ("lower", "upper")
            ]
            kwargs["update_fields"] = [*update_fields, *extra]
        super().save(*args, **kwargs)


def normalize_partial_date_error(value: str, exc: Exception) -> ValidationError:
    """The ``ValidationError`` for a stored value that is not EDTF (raised on save without ``clean``)."""
    return ValidationError(
        _("%(value)s is not an EDTF date (%(reason)s)."),
        code="invalid_date",
        params={"value": repr(value), "reason": str(exc)},
    )
