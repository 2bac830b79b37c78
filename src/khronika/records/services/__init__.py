"""Every change to the case record goes through one of these functions.

Each checks the actor's Django permission (``records.add_person``…; ``PermissionDenied`` otherwise), runs
in ``transaction.atomic()``, validates the rows (``full_clean``), writes django-simple-history rows with the
actor as ``history_user`` and the ``reason`` as ``history_change_reason``, and calls
``khronika.records.indexing.index_hook`` for the search index. The admin, the CLI, the API and the
review queue all call them.
"""

from khronika.records.services.cases import (
    add_case_party,
    add_charge,
    add_sentence,
    create_case,
    reclassify_charge,
    remove_case_party,
    update_case,
    update_charge,
    update_sentence,
)
from khronika.records.services.collection import add_to_collection, create_collection, remove_from_collection
from khronika.records.services.events import (
    add_event,
    add_event_person,
    delete_event,
    remove_event_person,
    update_event,
)
from khronika.records.services.generic import delete_record, save_record
from khronika.records.services.merge import (
    MergeError,
    mark_not_same,
    merge_persons,
    remove_not_same,
    undo_merge,
)
from khronika.records.services.organisations import add_designation, create_organisation, update_organisation
from khronika.records.services.persons import (
    add_person_name,
    create_person,
    delete_person,
    refresh_name_keys,
    refresh_status,
    remove_person_name,
    update_person,
    update_person_name,
)
from khronika.records.services.setup import EDITOR_GROUP, VIEWER_GROUP, ensure_roles, load_reference_data
from khronika.records.services.sources import add_evidence, confirm_evidence, create_source

__all__ = [
    "EDITOR_GROUP",
    "VIEWER_GROUP",
    "MergeError",
    "add_case_party",
    "add_charge",
    "add_designation",
    "add_event",
    "add_event_person",
    "add_evidence",
    "add_person_name",
    "add_sentence",
    "add_to_collection",
    "confirm_evidence",
    "create_case",
    "create_collection",
    "create_organisation",
    "create_person",
    "create_source",
    "delete_event",
    "delete_person",
    "delete_record",
    "ensure_roles",
    "load_reference_data",
    "mark_not_same",
    "merge_persons",
    "reclassify_charge",
    "refresh_name_keys",
    "refresh_status",
    "remove_case_party",
    "remove_event_person",
    "remove_from_collection",
    "remove_not_same",
    "remove_person_name",
    "save_record",
    "undo_merge",
    "update_case",
    "update_charge",
    "update_event",
    "update_organisation",
    "update_person",
    "update_person_name",
    "update_sentence",
]
