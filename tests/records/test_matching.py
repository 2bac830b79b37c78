"""The name-key index and candidate look-up across scripts, spellings and case forms."""

from __future__ import annotations

from typing import Any

import pytest

from khronika import names
from khronika.records import services
from khronika.records.matching import find_person_candidates
from khronika.records.models import PersonNameKey

pytestmark = pytest.mark.django_db


def test_every_name_gets_its_match_keys(editor: Any) -> None:
    person = services.create_person(
        editor, names=[{"full": "Бахром Хамроев"}, {"full": "Bakhrom Khamroev"}], reason="x"
    )
    for name in person.names.all():
        stored = set(PersonNameKey.objects.filter(name=name).values_list("key", flat=True))
        assert stored == set(names.match_keys(name.full)) and stored
        assert set(name.keys.values_list("person_id", flat=True)) == {person.pk}


@pytest.mark.parametrize(
    "written", ["Khamroyev Bakhrom", "Хамроева Бахрома", "Bakhrom Khamroev", "Б. Хамроев"]
)
def test_candidates_are_found_in_any_script_and_case(editor: Any, written: str) -> None:
    khamroev = services.create_person(editor, names=[{"full": "Бахром Хамроев"}], reason="x")
    services.create_person(editor, names=[{"full": "Тимофей Широков"}], reason="x")
    found = find_person_candidates(written)
    assert [c.person for c in found] == [khamroev]
    assert found[0].name.full == "Бахром Хамроев" and found[0].score > 0


def test_namesakes_with_another_given_name_are_left_out(editor: Any) -> None:
    services.create_person(editor, names=[{"full": "Бахром Хамроев"}], reason="x")
    assert find_person_candidates("Рустам Хамроев") == []


def test_merged_and_decided_apart_persons_are_left_out(editor: Any) -> None:
    first = services.create_person(editor, names=[{"full": "Бахром Хамроев"}], reason="x")
    second = services.create_person(editor, names=[{"full": "Bakhrom Khamroev"}], reason="x")
    assert [c.person for c in find_person_candidates("Бахром Хамроев")] == [first, second]
    decision = services.mark_not_same(editor, first, second, reason="namesakes")
    assert [c.person for c in find_person_candidates("Бахром Хамроев", against=first)] == []
    services.remove_not_same(editor, decision, reason="x")
    assert [c.person for c in find_person_candidates("Бахром Хамроев", against=first)] == [second]
    services.merge_persons(editor, first, second, reason="same")
    assert [c.person for c in find_person_candidates("Bakhrom Khamroev")] == [first]
