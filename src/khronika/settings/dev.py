"""Development: debug pages on."""

from khronika.settings.base import *  # noqa: F403

DEBUG = True
