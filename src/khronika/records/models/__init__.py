"""The case record's models, one module per domain. Import them from here."""

from khronika.records.models.case import Case, CaseParty
from khronika.records.models.charge import Charge, Sentence
from khronika.records.models.collection import Collection, CollectionMember
from khronika.records.models.event import Event, EventPerson
from khronika.records.models.organisation import Designation, Organisation
from khronika.records.models.person import (
    PRIVATE_FIELDS,
    NotSamePerson,
    Person,
    PersonMerge,
    PersonName,
    PersonNameKey,
)
from khronika.records.models.place import Facility, Region
from khronika.records.models.source import Evidence, Source, content_hash

__all__ = [
    "PRIVATE_FIELDS",
    "Case",
    "CaseParty",
    "Charge",
    "Collection",
    "CollectionMember",
    "Designation",
    "Event",
    "EventPerson",
    "Evidence",
    "Facility",
    "NotSamePerson",
    "Organisation",
    "Person",
    "PersonMerge",
    "PersonName",
    "PersonNameKey",
    "Region",
    "Sentence",
    "Source",
    "content_hash",
]
