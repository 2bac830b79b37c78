"""Production and the demo served by ``make run``: debug off, static files through whitenoise."""

from khronika.settings.base import *  # noqa: F403
from khronika.settings.env import env_bool

_HTTPS = env_bool(
    "KHRONIKA_HTTPS",
    False,
    "Set to 1 when the site is served over HTTPS: secure cookies, HSTS and redirects to https.",
)
SESSION_COOKIE_SECURE = _HTTPS
CSRF_COOKIE_SECURE = _HTTPS
SECURE_SSL_REDIRECT = _HTTPS
SECURE_HSTS_SECONDS = 31536000 if _HTTPS else 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if _HTTPS else None
