"""``khronika demo``: load the demo dataset; running it again changes nothing and says so."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from khronika.records import services
from khronika.records.demo.load import demo_loader, load_khamroev
from khronika.records.generate import generate_persons
from khronika.records.management.bulk import insert_generated
from khronika.records.management.commands.generate import database_ready, describe, generated_reason

DEMO_SEED = 2023
DEMO_PERSONS = 1000
DEMO_USERNAME = "demo"
#: Public on purpose, like the demo database passphrase: the demo holds only a published article and fiction.
DEMO_PASSWORD = "khronika-demo"


def ensure_demo_user() -> bool:
    """Create the ``demo`` editor login (password :data:`DEMO_PASSWORD`) if absent; return whether created."""
    user_model = get_user_model()
    if user_model.objects.filter(username=DEMO_USERNAME).exists():
        return False
    user = user_model(username=DEMO_USERNAME, is_staff=True, is_active=True)
    user.set_password(DEMO_PASSWORD)
    user.save()
    user.groups.add(Group.objects.get(name=services.EDITOR_GROUP))
    return True


class Command(BaseCommand):
    help = (
        "Load the demo: reference data (regions, detention facilities), the Khamroev case from an OVD-Info "
        f"article with evidence for every fact, the Hizb ut-Tahrir collection, {DEMO_PERSONS} clearly "
        f"fictional generated persons (seed {DEMO_SEED}) and a '{DEMO_USERNAME}' editor login. Idempotent."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--no-user", action="store_true", help=f"Do not create the '{DEMO_USERNAME}' editor login."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with database_ready(), transaction.atomic():
            services.ensure_roles()
            reference = services.load_reference_data()
            loader = demo_loader()
            case = load_khamroev(loader)
            generated = insert_generated(
                generate_persons(DEMO_PERSONS, DEMO_SEED), actor=loader, reason=generated_reason(DEMO_SEED)
            )
        for table, numbers in reference.items():
            changes = ", ".join(f"{count} {what}" for what, count in numbers.items())
            self.stdout.write(f"reference data, {table}: {changes}")
        if case:
            inserted = ", ".join(f"{count} {what}" for what, count in sorted(case.items()))
            self.stdout.write(f"Khamroev case: inserted {inserted}")
        else:
            self.stdout.write("Khamroev case: unchanged (its source is already in the record)")
        self.stdout.write(f"fictional generated persons (seed {DEMO_SEED}): {describe(generated)}")
        if options["no_user"]:
            return
        if ensure_demo_user():
            self.stdout.write(
                f"demo login created: {DEMO_USERNAME} / {DEMO_PASSWORD} "
                "(demo only: delete it on any real deployment)"
            )
        else:
            self.stdout.write(f"demo login: {DEMO_USERNAME} exists, unchanged")
