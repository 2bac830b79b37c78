"""``khronika demo``: the Khamroev case with evidence for every fact, the collection, idempotence, login."""

from __future__ import annotations

import json
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from khronika.records.demo.khamroev import DemoDataError, find_span, khamroev_demo
from khronika.records.management.commands.demo import DEMO_PASSWORD, DEMO_PERSONS
from khronika.records.models import (
    Case,
    CaseParty,
    Charge,
    Collection,
    Designation,
    Event,
    EventPerson,
    Evidence,
    Organisation,
    Person,
    PersonName,
    Sentence,
    Source,
)


def demo(*args: str) -> str:
    out = StringIO()
    call_command("demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def loaded(django_db_setup: None, django_db_blocker: Any) -> Iterator[str]:
    """The demo, loaded once for the module inside a transaction that is rolled back afterwards.

    Each test's own transaction nests inside it as a savepoint, so the tests see the demo and the
    database is left as it was for the other modules.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield demo()
        transaction.set_rollback(True)


def khamroev() -> Person:
    return PersonName.objects.get(full="Bakhrom Khamroev").person


def test_every_quote_is_found_in_the_article() -> None:
    demo_data = khamroev_demo()
    spans = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "span" in node:
                spans.append(node["span"])
            spans.extend(node.get("spans", []))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(demo_data.facts)
    assert len(spans) > 40
    for span in spans:
        assert demo_data.text[span.start : span.end] == span.quote


def test_a_missing_quote_is_a_clear_error() -> None:
    with pytest.raises(DemoDataError, match="quote not found"):
        find_span("some article text", "not in it")
    assert find_span("a b a b", "a b", occurrence=2).start == 4


def test_spans_agree_with_the_devset_gold(devset: Path) -> None:
    gold = json.loads((devset / "khamroev-en.gold.json").read_text(encoding="utf-8"))
    gold_spans = {(c["evidence"]["start"], c["evidence"]["end"]) for c in gold["charges"]}
    facts = khamroev_demo().facts
    assert {(c["span"].start, c["span"].end) for c in facts["charges"]} == gold_spans


@pytest.mark.django_db
def test_khamroev_has_his_name_in_both_scripts(loaded: str) -> None:
    person = khamroev()
    names = {(n.full, n.script, n.language) for n in person.names.all()}
    assert ("Bakhrom Khamroev", "Latn", "en") in names
    assert ("Бахром Хамроев", "Cyrl", "ru") in names


@pytest.mark.django_db
def test_the_case_as_reported(loaded: str) -> None:
    person = khamroev()
    charges = {(c.article, c.part, c.status) for c in Charge.objects.filter(person=person)}
    assert charges == {
        ("205.2", "2", "convicted"),
        ("205.5", "1", "reclassified"),
        ("205.5", "2", "convicted"),
        ("322.3", "", "convicted"),
    }
    old = Charge.objects.get(person=person, article="205.5", part="1")
    assert (old.reclassified_to.article, old.reclassified_to.part) == ("205.5", "2")
    sentences = {(s.stage, s.punishment, s.years, s.amount) for s in Sentence.objects.filter(person=person)}
    assert ("requested", "imprisonment", 21, None) in sentences
    assert ("imposed", "imprisonment", 14, None) in sentences
    assert any(
        stage == "imposed" and punishment == "fine" and amount == 200000
        for stage, punishment, _, amount in sentences
    )
    main = Case.objects.get(charges__article="205.2", charges__person=person)
    assert main.court.name_en == "2nd Western District Military Court"
    roles = {(p.person.display_name("en"), p.role) for p in main.parties.all()}
    assert {
        ("Timofey Shirokov", "lawyer"),
        ("Dania Mikheev", "expert"),
        ("Bakhrom Khamroev", "defendant"),
    } <= roles
    assert person.status == "imprisoned"
    assert Designation.objects.filter(
        organisation__name_en="Memorial Human Rights Centre", kind="liquidation"
    ).exists()


@pytest.mark.django_db
def test_every_fact_has_evidence_equal_to_the_source_text(loaded: str) -> None:
    source = Source.objects.get(publisher="OVD-Info")
    assert source.text == khamroev_demo().text
    for evidence in Evidence.objects.filter(source=source):
        assert source.text[evidence.start : evidence.end] == evidence.quote
        evidence.full_clean()
    person = khamroev()
    facts = [
        *Charge.objects.filter(person=person),
        *Sentence.objects.filter(person=person),
        *Event.objects.filter(participants__person=person),
        *CaseParty.objects.filter(person=person),
        *PersonName.objects.filter(person=person),
        *Case.objects.filter(parties__person=person).distinct(),
        *Organisation.objects.all(),
        *Designation.objects.all(),
        *Collection.objects.all(),
        person,
    ]
    for fact in facts:
        kind = ContentType.objects.get_for_model(fact)
        assert Evidence.objects.filter(content_type=kind, object_id=fact.pk, source=source).exists(), fact


@pytest.mark.django_db
def test_the_hizb_ut_tahrir_collection(loaded: str) -> None:
    collection = Collection.objects.get(slug="hizb-ut-tahrir")
    assert collection.title_ru == "Дела о причастности к «Хизб ут-Тахрир»"
    assert collection.title_en == "Cases of alleged Hizb ut-Tahrir membership"
    members = list(collection.members.all())
    assert {m.person_id for m in members if m.person_id} == {khamroev().pk}
    assert [m.case.charges.filter(article="205.5").exists() for m in members if m.case_id] == [True]


@pytest.mark.django_db
def test_generated_persons_and_the_demo_login(loaded: str) -> None:
    fictional = Person.objects.filter(private_notes__startswith="Fictional person")
    assert fictional.count() == DEMO_PERSONS
    assert "demo login created: demo / khronika-demo" in loaded
    user = User.objects.get(username="demo")
    assert user.is_staff and user.has_perm("records.change_person")
    assert Client().login(username="demo", password=DEMO_PASSWORD)


@pytest.mark.django_db
def test_running_it_again_changes_nothing(loaded: str) -> None:
    def counts() -> dict[str, int]:
        models = [*apps.get_app_config("records").get_models(), User, EventPerson.history.model]
        return {model.__name__: model.objects.count() for model in models}

    before = counts()
    again = demo()
    assert counts() == before
    assert "Khamroev case: unchanged" in again
    assert f"0 persons inserted ({DEMO_PERSONS} unchanged)" in again
    assert "demo login: demo exists, unchanged" in again
    assert "0 created, 0 updated" in again
