"""Every service checks the permission, writes history (who, what, why) and calls the index hook."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models

from khronika.records import services
from khronika.records.indexing import register_index_hook, unregister_index_hook
from khronika.records.models import Case, Charge, Organisation, Person, Sentence

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed() -> Iterator[list[tuple[str, int | None, bool]]]:
    """The (model, id, deleted) of every object the services hand to the index hook."""
    seen: list[tuple[str, int | None, bool]] = []

    def hook(obj: models.Model, *, deleted: bool) -> None:
        seen.append((type(obj).__name__, obj.pk, deleted))

    register_index_hook(hook)
    yield seen
    unregister_index_hook(hook)


def khamroev(actor: Any) -> Person:
    return services.create_person(
        actor,
        names=[{"full": "Бахром Хамроев"}, {"full": "Bakhrom Khamroev", "kind": "transliteration"}],
        sex="male",
        birth_date="1964",
        reason="OVD-Info, 23.06.2023",
    )


def last_change(obj: models.Model) -> Any:
    return obj.history.order_by("-history_id").first()  # type: ignore[attr-defined]


def test_create_person_writes_names_history_and_index(editor: Any, indexed: list[Any]) -> None:
    person = khamroev(editor)
    assert [(n.full, n.language, n.script, n.kind) for n in person.names.order_by("id")] == [
        ("Бахром Хамроев", "ru", "Cyrl", "primary"),
        ("Bakhrom Khamroev", "en", "Latn", "transliteration"),
    ]
    record = last_change(person)
    assert (record.history_type, record.history_user, record.history_change_reason) == (
        "+",
        editor,
        "OVD-Info, 23.06.2023",
    )
    name_record = last_change(person.names.first())
    assert name_record.history_user == editor
    assert ("Person", person.pk, False) in indexed
    assert sum(1 for kind, _pk, _deleted in indexed if kind == "PersonName") == 2


def test_update_person_records_what_changed(editor: Any) -> None:
    person = khamroev(editor)
    services.update_person(editor, person, bio_en="Migrant rights defender.", reason="bio from the article")
    new, old = person.history.order_by("-history_id")[:2]
    delta = new.diff_against(old)
    assert "bio_en" in delta.changed_fields
    assert new.history_change_reason == "bio from the article"


@pytest.mark.parametrize(
    "call",
    [
        lambda u, p: services.create_person(u, names=[{"full": "Иван Петров"}], reason="x"),
        lambda u, p: services.update_person(u, p, bio_ru="…", reason="x"),
        lambda u, p: services.add_person_name(u, p, full="Ivan Petrov", reason="x"),
        lambda u, p: services.create_case(u, title="Дело", reason="x"),
        lambda u, p: services.add_charge(u, p, code="RU-UK", article="205.2", reason="x"),
        lambda u, p: services.add_sentence(u, p, stage="imposed", punishment="fine", reason="x"),
        lambda u, p: services.add_event(u, type="search", reason="x"),
        lambda u, p: services.create_organisation(u, name="ФСБ", kind="law_enforcement", reason="x"),
        lambda u, p: services.create_source(u, original=b"x", title="t", reason="x"),
        lambda u, p: services.create_collection(u, slug="s", title="t", reason="x"),
        lambda u, p: services.mark_not_same(u, p, p, reason="x"),
        lambda u, p: services.merge_persons(u, p, p, reason="x"),
        lambda u, p: services.delete_person(u, p, reason="x"),
        lambda u, p: services.load_reference_data(u),
    ],
)
def test_services_refuse_users_without_the_permission(
    call: Callable[[Any, Person], object], editor: Any, viewer: Any, outsider: Any
) -> None:
    person = khamroev(editor)
    for user in (viewer, outsider):
        with pytest.raises(PermissionDenied):
            call(user, person)
    with pytest.raises(PermissionDenied):
        services.create_person(None, names=[{"full": "Иван Петров"}], reason="x")


def test_case_charges_and_reclassification(editor: Any) -> None:
    person = khamroev(editor)
    case = services.create_case(editor, title="Дело Хамроева", title_en="The Khamroev case", reason="x")
    first = services.add_charge(
        editor, person, code="RU-UK", article="205.2", part="2", date="2022-02-24", case=case, reason="x"
    )
    added = services.add_charge(
        editor,
        person,
        code="RU-UK",
        article="205.5",
        part="1",
        status="added",
        date="2022-10",
        case=case,
        reason="x",
    )
    new = services.reclassify_charge(
        editor, added, article="205.5", part="2", status="convicted", date="2023-05", reason="verdict"
    )
    added.refresh_from_db()
    assert (added.status, added.reclassified_to) == ("reclassified", new)
    assert (new.case, new.person, new.date_lower.isoformat()) == (case, person, "2023-05-01")
    assert list(case.parties.values_list("person_id", "role")) == [(person.pk, "defendant")]
    services.update_charge(editor, first, status="convicted", reason="verdict")
    assert last_change(first).history_change_reason == "verdict"
    with pytest.raises(ValidationError):
        services.add_charge(editor, person, code="RU-UK", article="205.9", reason="x")
    assert Charge.objects.count() == 3


def test_sentences_are_validated(editor: Any) -> None:
    person = khamroev(editor)
    services.add_sentence(
        editor,
        person,
        stage="imposed",
        punishment="fine",
        amount=200000,
        currency="RUB",
        date="201X",
        reason="x",
    )
    with pytest.raises(ValidationError):
        services.add_sentence(editor, person, stage="imposed", punishment="fine", reason="x")
    with pytest.raises(ValidationError):
        services.add_sentence(
            editor, person, stage="imposed", punishment="imprisonment", months=14, reason="x"
        )
    assert Sentence.objects.count() == 1


def test_events_with_roles_and_status(editor: Any) -> None:
    person = khamroev(editor)
    lawyer = services.create_person(editor, names=[{"full": "Тимофей Широков"}], reason="x")
    event = services.add_event(
        editor, type="detention", date="2022-02-24", persons=[person, (lawyer, "lawyer")], reason="x"
    )
    assert sorted(event.participants.values_list("role", flat=True)) == ["defendant", "lawyer"]
    person.refresh_from_db()
    lawyer.refresh_from_db()
    assert (person.status, lawyer.status) == ("detained", "unknown")
    services.add_event(editor, type="pretrial_detention", date="2022-02-24~", persons=[person], reason="x")
    person.refresh_from_db()
    assert person.status == "pretrial_detention"
    services.delete_event(editor, event, reason="duplicate")
    person.refresh_from_db()
    assert person.status == "pretrial_detention"


def test_organisations_and_designations(editor: Any) -> None:
    memorial = services.create_organisation(
        editor,
        name="Правозащитный центр «Мемориал»",
        name_en="Memorial Human Rights Centre",
        kind="ngo",
        reason="x",
    )
    ministry = services.create_organisation(editor, name="Минюст", kind="government", reason="x")
    designation = services.add_designation(
        editor, memorial, kind="foreign_agent", date="2014-07-21", authority=ministry, reason="register"
    )
    person = khamroev(editor)
    services.add_designation(editor, person, kind="terrorist", date="2023", reason="Rosfinmonitoring list")
    assert list(memorial.designations.all()) == [designation]
    assert person.designations.get().kind == "terrorist"
    assert Organisation.objects.get(pk=memorial.pk).name_en == "Memorial Human Rights Centre"


def test_sources_are_idempotent_by_hash_and_evidence_checks_quotes(editor: Any) -> None:
    text = "After the search, Khamroev was detained."
    source, created = services.create_source(
        editor, original=text.encode(), title="OVD-Info", language="en", reason="x"
    )
    again, created_again = services.create_source(
        editor, original=text.encode(), title="Other title", reason="y"
    )
    assert (created, created_again, again.pk, again.title) == (True, False, source.pk, "OVD-Info")
    assert source.history.count() == 1
    person = khamroev(editor)
    evidence, new = services.add_evidence(editor, source, person, start=18, end=26, reason="x")
    assert (new, evidence.quote, evidence.language) == (True, "Khamroev", "en")
    same, new_again = services.add_evidence(editor, source, person, start=18, end=26, reason="x")
    assert (new_again, same.pk, same.first_seen) == (False, evidence.pk, evidence.first_seen)
    assert same.last_seen >= evidence.last_seen
    with pytest.raises(ValidationError):
        services.add_evidence(editor, source, person, start=0, end=5, quote="Later", reason="x")
    services.confirm_evidence(editor, evidence, reason="checked")
    evidence.refresh_from_db()
    assert evidence.confirmed_by == editor and evidence.confirmed_at is not None
    assert person.evidence.count() == 1


def test_collections_keep_order_and_are_idempotent(editor: Any) -> None:
    collection = services.create_collection(editor, slug="faces", title="Лица", title_en="Faces", reason="x")
    first = khamroev(editor)
    second = services.create_person(editor, names=[{"full": "Иван Петров"}], reason="x")
    case = services.create_case(editor, title="Дело", reason="x")
    services.add_to_collection(editor, collection, first, reason="x")
    services.add_to_collection(editor, collection, second, reason="x")
    services.add_to_collection(editor, collection, case, reason="x")
    services.add_to_collection(editor, collection, first, reason="x")
    members = [(m.person_id, m.case_id, m.position) for m in collection.members.order_by("position")]
    assert members == [(first.pk, None, 0), (second.pk, None, 1), (None, case.pk, 2)]


def test_names_keep_their_keys_and_a_person_keeps_a_name(editor: Any) -> None:
    person = khamroev(editor)
    alias = services.add_person_name(editor, person, full="Khamroyev Bakhrom", kind="alias", reason="x")
    assert alias.keys.exists()
    services.update_person_name(editor, alias, full="Bahrom Hamroev", reason="typo")
    assert (alias.surname, alias.given) == ("Hamroev", "Bahrom")
    assert set(alias.keys.values_list("key", flat=True)) == set(
        services.persons.name_keys("Bahrom Hamroev")  # type: ignore[attr-defined]
    )
    for name in list(person.names.order_by("-id"))[:-1]:
        services.remove_person_name(editor, name, reason="x")
    with pytest.raises(ValueError):
        services.remove_person_name(editor, person.names.get(), reason="x")
    with pytest.raises(ValueError):
        services.create_person(editor, names=[], reason="x")


def test_a_string_that_is_no_name_is_a_validation_error(editor: Any) -> None:
    with pytest.raises(ValidationError) as error:
        services.create_person(editor, names=[{"full": "12345 !!!"}], reason="x")
    assert "full" in error.value.message_dict
    assert not Person.objects.exists()


def test_delete_goes_to_history_and_index(editor: Any, indexed: list[Any]) -> None:
    person = khamroev(editor)
    pk = person.pk
    services.delete_person(editor, person, reason="duplicate entry")
    record = Person.history.filter(id=pk).order_by("-history_id").first()  # type: ignore[attr-defined]
    assert (record.history_type, record.history_user, record.history_change_reason) == (
        "-",
        editor,
        "duplicate entry",
    )
    assert ("Person", pk, True) in indexed
    assert not Case.objects.exists()


def test_status_override_applies_only_while_events_say_nothing(editor: Any) -> None:
    person = services.create_person(
        editor, names=[{"full": "Иван Петров"}], status_override="wanted", reason="x"
    )
    assert person.status == "wanted"
    services.add_event(editor, type="detention", date="2024-03-01", persons=[person], reason="x")
    person.refresh_from_db()
    assert person.status == "detained"
    services.update_person(editor, person, status_override="", reason="x")
    assert person.status == "detained"


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Хамроев Бахром Абдуллаевич", ("Хамроев", "Бахром", "Абдуллаевич")),
        ("Bakhrom Khamroev", ("Khamroev", "Bakhrom", "")),
        ("Б. Хамроев", ("Хамроев", "", "")),
    ],
)
def test_name_parts_are_filled_from_the_full_name(
    editor: Any, full: str, parts: tuple[str, str, str]
) -> None:
    person = services.create_person(editor, names=[{"full": full}], reason="x")
    name = person.names.get()
    assert (name.surname, name.given, name.patronymic) == parts


def test_name_parts_given_by_the_editor_are_kept(editor: Any) -> None:
    person = services.create_person(editor, names=[{"full": "Zuhra", "given": "Zuhra"}], reason="x")
    assert person.names.get().surname == ""
