"""``khronika serve``: run Khronika under gunicorn, with static files served by whitenoise."""

from __future__ import annotations

import os
import shutil
import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = "Serve Khronika with gunicorn on HOST:PORT (default 127.0.0.1:8000)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="Address to listen on (default 127.0.0.1).")
        parser.add_argument("--port", type=int, default=8000, help="Port to listen on (default 8000).")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default 2).")

    def handle(self, *args: Any, **options: Any) -> None:
        if not 0 < options["port"] < 65536:
            raise CommandError(_("--port must be between 1 and 65535"))
        # Open the database once here: a wrong passphrase fails now, in one line, and a passphrase typed at
        # the prompt is handed to the workers through their environment (never through a file).
        connection.ensure_connection()
        connection.close()
        # The manifest static storage needs collected files; collecting again is quick and keeps them current.
        call_command("collectstatic", interactive=False, verbosity=0)
        gunicorn = shutil.which("gunicorn", path=os.path.dirname(sys.executable)) or shutil.which("gunicorn")
        if gunicorn is None:
            raise CommandError(_("gunicorn is not installed in this environment"))
        bind = f"{options['host']}:{options['port']}"
        self.stdout.write(_("Khronika is serving on http://%(bind)s/ (Ctrl+C stops it)") % {"bind": bind})
        argv = [
            gunicorn,
            "khronika.wsgi:application",
            "--bind",
            bind,
            "--workers",
            str(options["workers"]),
            "--access-logfile",
            "-",
            "--env",
            f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', settings.SETTINGS_MODULE)}",
        ]
        sys.stdout.flush()
        os.execv(gunicorn, argv)
