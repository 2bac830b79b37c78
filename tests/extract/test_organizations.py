"""Organisation kinds from their wording, and facilities that are not organisations."""

from __future__ import annotations

import pytest

from khronika.extract.ru.nlp import Entity
from khronika.extract.ru.organizations import find_organizations


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Прикубанский районный суд Краснодара", "court"),
        ("Генпрокуратура", "prosecution"),
        ("УФСБ по Калининградской области", "law_enforcement"),
        ("Центра „Э“", "law_enforcement"),
        ("Минюст", "government"),
        ("ОВД-Инфо", "ngo"),
        ("Мемориал", "ngo"),
        ("RusNews", "media"),
        ("КПРФ", "party"),
        ("Свобода России", "movement"),
        ("ВКонтакте", "company"),
        ("Свидетелей Иеговы", "religious"),
    ],
)
def test_kind(name: str, kind: str) -> None:
    (org,) = find_organizations([Entity("ORG", 0, len(name), name)])
    assert org["kind"] == kind


def test_facilities_are_not_organisations_and_repeats_are_grouped() -> None:
    names = ["ШИЗО", "СИЗО-2", "ИК-29", "ФСБ", "ФСБ"]
    entities, pos = [], 0
    for n in names:
        entities.append(Entity("ORG", pos, pos + len(n), n))
        pos += len(n) + 1
    (org,) = find_organizations(entities)
    assert org["name"] == "ФСБ" and len(org["mentions"]) == 2 and org["id"] == "o1"
