"""Reference data: Russian regions with court-registry codes, detention facilities with postal addresses."""

from __future__ import annotations

from typing import Any

import pytest

from khronika.records import reference, services
from khronika.records.models import Facility, Region

REGIONS = reference.region_names()
STEMS = {reference.region_stem(ru): code for code, (ru, _en) in REGIONS.items()}


@pytest.mark.django_db
def test_regions_are_loaded_by_migration_in_both_languages() -> None:
    assert Region.objects.count() == len(REGIONS) == 86
    moscow = Region.objects.get(code="77")
    assert (moscow.name_ru, moscow.name_en) == ("Город Москва", "Moscow")
    assert Region.objects.get(code="16").name_ru == "Республика Татарстан"  # the source has a trailing space


@pytest.mark.django_db
def test_loading_twice_changes_nothing(editor: Any) -> None:
    first = services.load_reference_data(editor)
    assert first["regions"] == {"created": 0, "updated": 0, "unchanged": 86}
    assert first["facilities"]["created"] == Facility.objects.count() > 500
    second = services.load_reference_data(editor)
    assert second["facilities"] == {"created": 0, "updated": 0, "unchanged": Facility.objects.count()}
    sizo = Facility.objects.get(name__startswith="ФКУ СИЗО-1 УФСИН России по г. Москве")
    assert (sizo.kind, sizo.region.code, sizo.address) == (
        "pretrial_centre",
        "77",
        "ул. Матросская Тишина, 18, Москва, Россия, 107076",
    )
    assert sizo.history.get().history_user == editor
    assert Facility.objects.filter(region__isnull=True).count() <= 5  # occupied Ukrainian regions


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("ФКУ СИЗО-2 УФСИН России по г. Москве (Бутырка)", "pretrial_centre"),
        ("ФКУ «ИК № 4 УФСИН России по Тюменской области»", "colony"),
        ("ФКУ «КП № 2 УФСИН по Московской области»", "colony"),
        ("ФКУ «Тюрьма УФСИН Ульяновской области»", "prison"),
        ("ФКУ «ЛИУ № 1 УФСИН России по Алтайскому краю»", "hospital"),
        ("ФКЛПУ «КТБ № 12 УФСИН России по Алтайскому краю»", "hospital"),
        ("Смоленская ПБСТИН", "psychiatric"),
        ("ИВС УМВД России по г. Брянску", "temporary_detention"),
    ],
)
def test_facility_kind_from_its_name(name: str, kind: str) -> None:
    assert reference.facility_kind(name) == kind


@pytest.mark.parametrize(
    ("name_ovd", "expected"),
    [
        (
            "Тюмень | ФКУ «ИК № 4 УФСИН России по Тюменской области»",
            ("ФКУ «ИК № 4 УФСИН России по Тюменской области»", "Тюмень"),
        ),
        (
            "ФКУ СИЗО-1 УФСИН России по Самарской области | Самарская область",
            ("ФКУ СИЗО-1 УФСИН России по Самарской области", "Самарская область"),
        ),
    ],
)
def test_facility_names_come_in_either_order(name_ovd: str, expected: tuple[str, str]) -> None:
    assert reference.split_facility_name(name_ovd) == expected


@pytest.mark.parametrize(
    ("address", "name", "code"),
    [
        ("ул. Тимирязева, 3, Валуйки, Белгородская обл., Россия, 309996", "", "31"),
        ("Грузовой пр-д, 7, Санкт-Петербург, Россия, 192288", "", "78"),
        ("проспект Коста, д. 205, г. Владикавказ, Республика Северная Осетия — Алания, Россия", "", "15"),
        ("ул. Мира, 1, Салехард, Ямало-Ненецкий автономный округ, Россия", "", "89"),
        ("ул. Мира, 1, Нарьян-Мар, Ненецкий автономный округ, Россия", "", "83"),
        (
            "ул. Максима Горького, д. 219, г. Ростов-на-Дону, Россия",
            "ФКУ СИЗО-1 ГУФСИН России по Ростовской области",
            "61",
        ),
        ("Белгородская ул., 5, Москва, Россия", "", "77"),  # a street named after a region is not the region
        ("ул. Кобозева, д. 4, г. Донецк, 283086", "", None),
    ],
)
def test_region_from_the_address(address: str, name: str, code: str | None) -> None:
    assert reference.region_for(address, name, STEMS) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [("55.985637,37.170452", ("55.985637", "37.170452")), ("", (None, None)), ("91,200", (None, None))],
)
def test_coordinates(text: str, expected: tuple[str | None, str | None]) -> None:
    lat, lon = reference.parse_coordinate(text)
    assert (str(lat) if lat is not None else None, str(lon) if lon is not None else None) == expected
