"""The case record: persons, cases, charges, sentences, events, organisations, sources, evidence."""

from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_roles(sender: AppConfig, **kwargs: Any) -> None:
    """After ``migrate``, make sure the editor and viewer groups have every permission of the record."""
    from khronika.records.services import ensure_roles

    ensure_roles()


class RecordsConfig(AppConfig):
    name = "khronika.records"
    label = "records"
    verbose_name = _("Case record")

    def ready(self) -> None:
        # Runs after django.contrib.auth's own post_migrate handler (auth is installed first), so the
        # permissions exist when the groups are given them.
        post_migrate.connect(create_roles, sender=self, dispatch_uid="khronika.records.roles")
