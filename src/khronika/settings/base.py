"""Settings shared by every Khronika deployment. Each operator-facing value comes from ``KHRONIKA_*``."""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from khronika.settings.database import database_from_url
from khronika.settings.env import env_bool, env_int, env_list, env_str
from khronika.settings.secret import secret_key_from

PACKAGE_DIR = Path(__file__).resolve().parent.parent

DATA_DIR = Path(
    env_str(
        "KHRONIKA_DATA_DIR",
        "var",
        "Folder for the embedded database, the generated secret key and collected static files "
        "(default: ./var).",
    )
).resolve()

DEBUG = env_bool("KHRONIKA_DEBUG", False, "Show Django's debug pages. Never on a public server.")

SECRET_KEY = env_str(
    "KHRONIKA_SECRET_KEY",
    "",
    "Django's secret key. When unset, Khronika generates one and keeps it in KHRONIKA_DATA_DIR/secret_key.",
)

if not SECRET_KEY:
    SECRET_KEY = secret_key_from(DATA_DIR)

ALLOWED_HOSTS = env_list(
    "KHRONIKA_ALLOWED_HOSTS",
    ["127.0.0.1", "localhost", "[::1]"],
    "Comma-separated host names the site answers to.",
)

CSRF_TRUSTED_ORIGINS = env_list(
    "KHRONIKA_CSRF_TRUSTED_ORIGINS",
    [],
    "Comma-separated origins (https://example.org) trusted for form posts behind a proxy.",
)

DATABASE_URL = env_str(
    "KHRONIKA_DATABASE_URL",
    "sqlite:///" + str(DATA_DIR / "khronika.db"),
    "Database: sqlite:///relative.db or sqlite:////absolute.db (encrypted with SQLCipher), "
    "or postgres://user:password@host:5432/name.",
)

DB_PASSPHRASE_ENV = "KHRONIKA_DB_PASSPHRASE"
env_str(
    DB_PASSPHRASE_ENV,
    "",
    "Passphrase of the encrypted SQLite database. When unset, Khronika asks for it at the terminal. "
    "It is never written to disk.",
)

DATABASES = {"default": database_from_url(DATABASE_URL, Path.cwd())}

LANGUAGE_CODE = env_str("KHRONIKA_LANGUAGE", "ru", "Default interface language: ru or en.")
LANGUAGES = [("ru", _("Russian")), ("en", _("English"))]
MODELTRANSLATION_DEFAULT_LANGUAGE = "ru"
MODELTRANSLATION_LANGUAGES = ("ru", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("ru", "en")
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = env_str("KHRONIKA_TIME_ZONE", "Europe/Moscow", "Time zone for dates shown to editors.")
USE_I18N = True
USE_TZ = True

INSTALLED_APPS = [
    "modeltranslation",  # must precede django.contrib.admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "simple_history",
    "khronika.vault",
    "khronika.records",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "khronika.urls"
WSGI_APPLICATION = "khronika.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    }
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

STATIC_URL = "static/"
STATIC_ROOT: Path | None = Path(
    env_str("KHRONIKA_STATIC_ROOT", str(DATA_DIR / "static"), "Where `collectstatic` puts static files.")
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LOGIN_URL = "admin:login"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int(
    "KHRONIKA_SESSION_AGE", 8 * 3600, "Seconds an editor stays logged in (default: 8 hours)."
)
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": env_str("KHRONIKA_LOG_LEVEL", "WARNING", "Log level: DEBUG, INFO, WARNING or ERROR."),
    },
}
