"""WSGI entry point for gunicorn (``khronika serve``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "khronika.settings.production")
application = get_wsgi_application()
