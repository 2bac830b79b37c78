"""Merging two records of one person, undoing it exactly, and "not the same person" decisions."""

from __future__ import annotations

from typing import Any

import pytest

from khronika.records import services
from khronika.records.models import NotSamePerson, Person, PersonMerge

pytestmark = pytest.mark.django_db


def snapshot(person: Person) -> dict[str, Any]:
    """Everything that hangs off a person, as comparable values."""
    return {
        "names": sorted(person.names.values_list("id", "full", "kind", "language")),
        "keys": sorted(person.name_keys.values_list("name_id", "key")),
        "charges": sorted(person.charges.values_list("id", flat=True)),
        "sentences": sorted(person.sentences.values_list("id", flat=True)),
        "parties": sorted(person.case_parties.values_list("id", flat=True)),
        "events": sorted(person.event_roles.values_list("id", flat=True)),
        "designations": sorted(person.designations.values_list("id", flat=True)),
        "collections": sorted(person.collection_memberships.values_list("id", flat=True)),
        "evidence": sorted(person.evidence.values_list("id", flat=True)),
        "row": Person.objects.filter(pk=person.pk).values("status", "published", "merged_into").get(),
    }


@pytest.fixture
def two_records(editor: Any) -> tuple[Person, Person]:
    """One person recorded twice: from an English article and from a Russian news item."""
    winner = services.create_person(
        editor, names=[{"full": "Бахром Хамроев"}, {"full": "Bakhrom Khamroev"}], published=True, reason="a"
    )
    loser = services.create_person(
        editor,
        names=[{"full": "Хамроев Бахром Абдуллаевич"}, {"full": "Bakhrom Khamroev"}],
        published=True,
        reason="b",
    )
    case = services.create_case(editor, title="Дело", reason="b")
    services.add_charge(editor, loser, code="RU-UK", article="205.2", part="2", case=case, reason="b")
    services.add_sentence(
        editor, loser, stage="imposed", punishment="imprisonment", years=14, date="2023-05", reason="b"
    )
    services.add_event(editor, type="verdict", date="2023-05", persons=[loser], reason="b")
    shared = services.add_event(editor, type="search", date="2022-02-24", persons=[winner, loser], reason="b")
    assert shared.participants.count() == 2
    services.add_designation(editor, loser, kind="terrorist", reason="b")
    collection = services.create_collection(editor, slug="c", title="C", reason="b")
    services.add_to_collection(editor, collection, loser, reason="b")
    source, _ = services.create_source(editor, original="Хамроев".encode(), title="s", reason="b")
    services.add_evidence(editor, source, loser, start=0, end=7, reason="b")
    return winner, loser


def test_merge_moves_relations_and_undo_restores_them_exactly(editor: Any, two_records: Any) -> None:
    winner, loser = two_records
    before = {"winner": snapshot(winner), "loser": snapshot(loser)}
    merge = services.merge_persons(editor, winner, loser, reason="same birth date and case")
    winner.refresh_from_db()
    loser.refresh_from_db()
    assert loser.merged_into == winner and not loser.published
    assert winner.charges.count() == 1 and winner.sentences.count() == 1 and winner.evidence.count() == 1
    assert winner.status == "imprisoned"
    # The English name both had stays with the loser; the loser's Russian primary name becomes an alias.
    assert set(winner.names.values_list("full", "kind")) == {
        ("Бахром Хамроев", "primary"),
        ("Bakhrom Khamroev", "primary"),
        ("Хамроев Бахром Абдуллаевич", "alias"),
    }
    assert list(loser.names.values_list("full", flat=True)) == ["Bakhrom Khamroev"]
    # The shared search already had the winner as defendant: that role stays with the loser.
    assert loser.event_roles.count() == 1
    assert PersonMerge.objects.get() == merge and merge.actor == editor
    services.undo_merge(editor, merge, reason="different fathers' names after all")
    after = {"winner": snapshot(winner), "loser": snapshot(loser)}
    for who in after:
        for key in after[who]:
            assert (who, key, after[who][key]) == (who, key, before[who][key])
    merge.refresh_from_db()
    assert merge.undone_by == editor and merge.undone_at is not None
    with pytest.raises(services.MergeError):
        services.undo_merge(editor, merge, reason="again")


def test_merge_history_names_the_editor_and_reason(editor: Any, two_records: Any) -> None:
    winner, loser = two_records
    services.merge_persons(editor, winner, loser, reason="one person")
    charge = winner.charges.get()
    record = charge.history.order_by("-history_id").first()
    assert (record.person_id, record.history_user, record.history_change_reason) == (
        winner.pk,
        editor,
        "one person",
    )


def test_a_later_merge_must_be_undone_first(editor: Any, two_records: Any) -> None:
    winner, loser = two_records
    third = services.create_person(editor, names=[{"full": "Бахром Хамроев-Третий"}], reason="c")
    first = services.merge_persons(editor, winner, loser, reason="one")
    services.merge_persons(editor, third, winner, reason="two")
    with pytest.raises(services.MergeError):
        services.undo_merge(editor, first, reason="x")


def test_merging_is_refused_for_the_same_person_merged_ones_and_decided_pairs(
    editor: Any, two_records: Any
) -> None:
    winner, loser = two_records
    with pytest.raises(services.MergeError):
        services.merge_persons(editor, winner, winner, reason="x")
    decision = services.mark_not_same(editor, loser, winner, reason="different birth years")
    assert (decision.person_a, decision.person_b) == (winner, loser)  # stored in id order
    assert services.mark_not_same(editor, winner, loser, reason="again") == decision
    with pytest.raises(services.MergeError):
        services.merge_persons(editor, winner, loser, reason="x")
    services.remove_not_same(editor, decision, reason="it was a typo in the year")
    assert not NotSamePerson.objects.exists()
    services.merge_persons(editor, winner, loser, reason="x")
    with pytest.raises(services.MergeError):
        services.merge_persons(editor, loser, winner, reason="x")


def test_not_same_decision_records_who_and_why(editor: Any, two_records: Any) -> None:
    winner, loser = two_records
    decision = services.mark_not_same(editor, winner, loser, reason="namesakes: born 1964 and 1990")
    assert (decision.actor, decision.reason) == (editor, "namesakes: born 1964 and 1990")
    record = decision.history.get()
    assert (record.history_user, record.history_change_reason) == (editor, "namesakes: born 1964 and 1990")
    with pytest.raises(services.MergeError):
        services.mark_not_same(editor, winner, winner, reason="x")
