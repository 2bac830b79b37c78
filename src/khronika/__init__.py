"""Khronika: a case record for human-rights monitors who document politically motivated persecution."""

__version__ = "0.1.0"
