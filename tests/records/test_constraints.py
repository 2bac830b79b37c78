"""Database constraints and model validation of the case record."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from khronika.records.models import (
    Collection,
    CollectionMember,
    Designation,
    Evidence,
    NotSamePerson,
    Organisation,
    Person,
    PersonName,
    Sentence,
    Source,
    content_hash,
)
from khronika.records.models.person import validate_citizenships

pytestmark = pytest.mark.django_db


def person() -> Person:
    return Person.objects.create()


def fails_in_database(obj: Any) -> str:
    """Save ``obj`` bypassing validation and return the database's error message."""
    with pytest.raises(IntegrityError) as error, transaction.atomic():
        obj.save()
    return str(error.value)


@pytest.mark.parametrize(
    ("fields", "constraint"),
    [
        ({"punishment": "imprisonment", "months": 12}, "sentence_months_under_twelve"),
        ({"punishment": "imprisonment", "years": 100}, "sentence_years_in_range"),
        ({"punishment": "administrative_arrest", "days": 400}, "sentence_days_in_range"),
        ({"punishment": "fine"}, "sentence_fine_has_amount_and_currency"),
        ({"punishment": "fine", "currency": "RUB"}, "sentence_fine_has_amount_and_currency"),
        ({"punishment": "other", "amount": Decimal("200000")}, "sentence_amount_positive_with_currency"),
        ({"punishment": "other", "amount": Decimal("-5"), "currency": "RUB"}, "sentence_amount_positive"),
        ({"punishment": "fine", "amount": Decimal(1), "currency": "RUB", "regime": "strict"}, "regime"),
    ],
)
def test_sentence_check_constraints(fields: dict[str, Any], constraint: str) -> None:
    sentence = Sentence(person=person(), stage="imposed", **fields)
    with pytest.raises(ValidationError):
        sentence.full_clean()
    assert constraint in fails_in_database(sentence)


def test_a_valid_sentence_passes_both_checks() -> None:
    sentence = Sentence(
        person=person(), stage="imposed", punishment="imprisonment", years=14, months=0, regime="strict"
    )
    sentence.full_clean()
    sentence.save()
    fine = Sentence(person=sentence.person, stage="imposed", punishment="fine", amount=200000, currency="RUB")
    fine.full_clean()
    fine.save()
    assert fine.term() == "200\u00a0000 RUB"


@pytest.mark.parametrize("currency", ["rub", "RU", "рубли"])
def test_currency_is_an_iso_code(currency: str) -> None:
    fine = Sentence(person=person(), stage="imposed", punishment="fine", amount=100, currency=currency)
    with pytest.raises(ValidationError) as error:
        fine.full_clean()
    assert "currency" in error.value.message_dict


def test_person_names_are_unique_per_language_with_one_primary() -> None:
    someone = person()
    PersonName.objects.create(person=someone, full="Бахром Хамроев", language="ru")
    fails_in_database(PersonName(person=someone, full="Бахром Хамроев", language="ru", kind="alias"))
    fails_in_database(PersonName(person=someone, full="Хамроев Бахром", language="ru", kind="primary"))
    PersonName.objects.create(person=someone, full="Bakhrom Khamroev", language="en", kind="primary")
    fails_in_database(PersonName(person=someone, full="", language="en", kind="alias"))


def test_designation_applies_to_one_subject() -> None:
    org = Organisation.objects.create(name="Мемориал", kind="ngo")
    fails_in_database(Designation(kind="foreign_agent"))
    fails_in_database(Designation(kind="foreign_agent", organisation=org, person=person()))
    with pytest.raises(ValidationError):
        Designation(kind="liquidation", person=person()).full_clean()
    Designation(kind="liquidation", organisation=org, date="2021-12-28").full_clean()


def test_collection_member_is_a_person_or_a_case() -> None:
    collection = Collection.objects.create(slug="faces", title="Лица")
    fails_in_database(CollectionMember(collection=collection))
    member = CollectionMember.objects.create(collection=collection, person=person())
    fails_in_database(CollectionMember(collection=collection, person=member.person))


def test_not_same_person_pairs_are_ordered_and_unique(editor: Any) -> None:
    first, second = person(), person()
    fails_in_database(NotSamePerson(person_a=second, person_b=first, actor=editor, reason="x"))
    NotSamePerson.objects.create(person_a=first, person_b=second, actor=editor, reason="x")
    fails_in_database(NotSamePerson(person_a=first, person_b=second, actor=editor, reason="again"))


def make_source(text: str = "Khamroev was detained on 24 February 2022.") -> Source:
    data = text.encode()
    return Source.objects.create(title="t", original=data, content_hash=content_hash(data), text=text)


def test_evidence_quote_must_equal_the_span() -> None:
    source = make_source()
    someone = person()
    good = Evidence(source=source, start=0, end=8, quote="Khamroev", fact=someone)
    good.full_clean()
    with pytest.raises(ValidationError) as error:
        Evidence(source=source, start=0, end=8, quote="Khamroyev", fact=someone).full_clean()
    assert "quote" in error.value.message_dict
    with pytest.raises(ValidationError):
        Evidence(source=source, start=30, end=300, quote="x", fact=someone).full_clean()
    fails_in_database(Evidence(source=source, start=8, end=8, quote="", fact=someone))


def test_source_hash_is_unique_and_sha256() -> None:
    source = make_source()
    fails_in_database(
        Source(title="again", original=b"other", content_hash=source.content_hash, text="other")
    )
    fails_in_database(Source(title="bad", original=b"x", content_hash="not-a-hash", text="x"))


@pytest.mark.parametrize(
    ("value", "valid"),
    [(["RU"], True), (["RU", "UZ"], True), ([], True), (["ru"], False), ("RU", False), (["RUS"], False)],
)
def test_citizenships_are_iso_codes(value: object, valid: bool) -> None:
    if valid:
        validate_citizenships(value)
    else:
        with pytest.raises(ValidationError):
            validate_citizenships(value)
