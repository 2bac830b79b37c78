"""Charges are checked against the law tables (``khronika.law``) and show the article's title."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from khronika.records.models import Charge, Person

pytestmark = pytest.mark.django_db


def charge(**fields: str) -> Charge:
    return Charge(person=Person.objects.create(), **fields)


@pytest.mark.parametrize(
    ("code", "article", "part", "point"),
    [
        ("RU-UK", "205.2", "2", ""),
        ("RU-UK", "205.5", "1", ""),
        ("RU-UK", "322.3", "", ""),
        ("RU-KoAP", "20.3.3", "1", ""),
        ("RU-UK", "207.3", "", ""),
        ("BY-UK", "342", "1", ""),  # no tables for Belarus yet: taken as written
    ],
)
def test_known_articles_pass(code: str, article: str, part: str, point: str) -> None:
    charge(code=code, article=article, part=part, point=point).full_clean()


@pytest.mark.parametrize(
    ("code", "article", "part", "field"),
    [
        ("RU-UK", "999", "", "article"),
        ("RU-UK", "205.2", "7", "part"),
        ("RU-UK", "322.3", "2", "part"),
        ("RU-KoAP", "205.2", "", "article"),
        ("УК РФ", "205.2", "", "code"),
    ],
)
def test_unknown_articles_and_parts_are_refused(code: str, article: str, part: str, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        charge(code=code, article=article, part=part).full_clean()
    assert field in error.value.message_dict


def test_article_title_comes_from_the_law_tables() -> None:
    item = charge(code="RU-UK", article="205.2", part="2")
    assert "терроризма" in item.article_title("ru")
    assert "terrorism" in item.article_title("en")
    assert charge(code="BY-UK", article="342").article_title("en") == ""
    assert item.citation() == "RU-UK 205.2 part 2"


def test_reclassified_to_needs_the_reclassified_status() -> None:
    new = charge(code="RU-UK", article="205.5", part="2", status="convicted")
    new.save()
    old = Charge(
        person=new.person, code="RU-UK", article="205.5", part="1", status="charged", reclassified_to=new
    )
    with pytest.raises(ValidationError) as error:
        old.full_clean()
    assert "reclassified_to" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        old.save()
    old.status = "reclassified"
    old.full_clean()
    old.save()
    assert list(new.reclassified_from.all()) == [old]


def test_parts_of_articles_tabled_without_parts_are_taken_as_written() -> None:
    from khronika import law

    article = next(a for a in law.articles("RU-UK") if not a.parts_known and not a.parts)
    charge(code="RU-UK", article=article.number, part="2").full_clean()
