"""The editors' admin for the case record: every model, in Russian or English, writes through the services."""

from khronika.records.admin import case, collection, decisions, event, organisation, person, place, source

__all__ = ["case", "collection", "decisions", "event", "organisation", "person", "place", "source"]
