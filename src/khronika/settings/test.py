"""The test suite: fast password hashing, plain static storage, the database from KHRONIKA_DATABASE_URL.

Tests run against an in-memory SQLCipher database unless ``KHRONIKA_DATABASE_URL`` names PostgreSQL
(``make test-postgres`` and ``.ci/run`` do both).
"""

import os

os.environ.setdefault("KHRONIKA_DB_PASSPHRASE", "test-passphrase-not-secret")

from khronika.settings.base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LANGUAGE_CODE = "en"

# SQLite tests run on an in-memory database per test process (":memory:" also keeps pytest-xdist from
# turning the file name into a worker-suffixed path).
if DATABASES["default"]["ENGINE"] == "khronika.vault.backend":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}  # noqa: F405
# Static files come straight from the apps in tests; nothing is collected.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
