"""Reference data in ``records/data/``: Russian regions with court-registry codes, detention facilities.

The readers here are plain functions over model classes, so the data migration (with its historical models)
and ``services.load_reference_data`` share them.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from khronika.records.vocabulary import FacilityKind

DATA_DIR = Path(__file__).resolve().parent / "data"
REGIONS_FILE = DATA_DIR / "sudrf_region_codes.json"
REGIONS_EN_FILE = DATA_DIR / "region_names_en.json"
FACILITIES_FILE = DATA_DIR / "detention_facilities_ovdinfo_names.csv"

# Words in a facility's name that give its kind, tried in this order (a "ЛИУ" is a colony-hospital, so the
# hospital words come before the colony ones). Matched on lower case with word boundaries.
FACILITY_KIND_WORDS: tuple[tuple[FacilityKind, str], ...] = (
    (FacilityKind.PSYCHIATRIC, r"психиатр|\bпб\b|пбстин"),
    (FacilityKind.PRETRIAL_CENTRE, r"сизо|следственный изолятор"),
    (FacilityKind.TEMPORARY_DETENTION, r"\bивс\b|изолятор временного"),
    (FacilityKind.SPECIAL_DETENTION, r"спецприемник|спецприёмник|\bцвсиг\b"),
    (FacilityKind.HOSPITAL, r"\bлиу\b|больниц|\bмсч\b|лпу\b|\bктб\b|\bмб\b|«б\s*№"),
    (FacilityKind.PRISON, r"тюрьма|\bт-\d|«т\s*№"),
    (FacilityKind.COLONY, r"\bик\b|\bик-|\bкп\b|\bкп-|\bоик\b|\bвк\b|колони|\bкп\s*№|\bик\s*№"),
    (FacilityKind.POLICE_STATION, r"\bовд\b|\bомвд\b|отдел полиции|\bуувд\b"),
)

FACILITY_WORDS = re.compile(
    r"фку|фгу|фсин|уфсин|сизо|\bик\b|\bик-|\bкп\b|тюрьма|\bлиу\b|ивс|овд|больниц", re.I
)


@dataclass(frozen=True)
class FacilityRow:
    """One facility as read from the CSV."""

    name: str
    locality: str
    kind: FacilityKind
    address: str
    latitude: Decimal | None
    longitude: Decimal | None


def region_names() -> dict[str, tuple[str, str]]:
    """``{code: (Russian name, English name)}`` for the regions of the court registry."""
    russian: dict[str, str] = json.loads(REGIONS_FILE.read_text(encoding="utf-8"))
    english: dict[str, str] = json.loads(REGIONS_EN_FILE.read_text(encoding="utf-8"))
    return {code: (name.strip(), english.get(code, name.strip())) for code, name in sorted(russian.items())}


def facility_kind(name: str) -> FacilityKind:
    """Guess a facility's kind from the words of its official name."""
    lowered = name.lower()
    for kind, pattern in FACILITY_KIND_WORDS:
        if re.search(pattern, lowered):
            return kind
    return FacilityKind.OTHER


def split_facility_name(name_ovd: str) -> tuple[str, str]:
    """``"Тюмень | ФКУ «ИК № 4 …»"`` → (facility name, locality); the parts come in either order."""
    parts = [p.strip() for p in name_ovd.split("|") if p.strip()]
    named = [p for p in parts if FACILITY_WORDS.search(p)]
    name = named[0] if named else parts[0]
    others = [p for p in parts if p != name]
    return name, (others[0] if others else "")


def parse_coordinate(text: str) -> tuple[Decimal | None, Decimal | None]:
    """``"55.98,37.17"`` → (latitude, longitude), rounded to the six decimals the model stores."""
    try:
        lat, lon = (Decimal(p.strip()).quantize(Decimal("0.000001")) for p in text.split(","))
    except (ValueError, ArithmeticError):
        return None, None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, None
    return lat, lon


def facility_rows() -> list[FacilityRow]:
    """The facilities of the CSV, one per distinct name (the first row wins for a repeated name)."""
    rows: dict[str, FacilityRow] = {}
    with FACILITIES_FILE.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            name, locality = split_facility_name(record["name_ovd"])
            if not name or name in rows:
                continue
            lat, lon = parse_coordinate(record.get("coordinate") or "")
            rows[name] = FacilityRow(name, locality, facility_kind(name), record["address"].strip(), lat, lon)
    return list(rows.values())


REGION_WORDS = ("обл", "край", "респ", "округ", "москва", "петербург", "севастополь", "крым", "чуваш", "югра")
GENERIC_REGION_WORDS = frozenset(
    {"республика", "край", "область", "автономный", "автономная", "округ", "город", "северная"}
)


def region_stem(name: str) -> str:
    """The part of a region's name that appears in addresses: «Белгородская область» → «белгородск»."""
    # Hyphenated names stay whole («ямало-ненецк»), so «ненецк» of the Nenets okrug does not match them.
    words = [w for w in re.split(r"[\s()]+", name.lower()) if w]
    specific = [w for w in words if w not in GENERIC_REGION_WORDS]
    word = specific[0] if specific else words[0]
    # Adjectival names decline («Белгородская обл.», «по Белгородской области»): keep the stem.
    return word[:-2] if word.endswith(("ская", "ский", "цкая", "цкий")) else word


def dashes(text: str) -> str:
    """Lower case with every dash written as one hyphen: «Осетия — Алания» → «осетия-алания»."""
    return re.sub(r"\s*[-‐–—]\s*", "-", text.strip().lower())


def region_for(address: str, facility_name: str, regions: dict[str, Any]) -> Any:
    """The region named in the address (or else in the facility's name, «по Тюменской области»).

    ``regions`` maps a stem (``region_stem``) to a Region. Only the address parts that name a region
    («Белгородская обл.», «Москва») are searched, so a street named after a region does not count.
    """
    parts = [dashes(p) for p in address.split(",")]
    places = [p for p in parts if any(word in p for word in REGION_WORDS)] + [dashes(facility_name)]
    ordered = sorted(regions.items(), key=lambda item: (-len(item[0]), item[0]))
    for place in places:
        for stem, region in ordered:
            if re.search(rf"(?<![а-яё]){re.escape(stem)}", place):
                return region
    return None


def load_regions(region_model: Any) -> tuple[int, int]:
    """Create or update a Region row per code; return (created, updated). Works with historical models."""
    created = updated = 0
    for code, (russian, english) in region_names().items():
        # Only the language columns are compared: on the live model ``name`` reads the current language.
        values = {"name_ru": russian, "name_en": english}
        region = region_model.objects.filter(code=code).first()
        if region is None:
            region_model.objects.create(code=code, name=russian, **values)
            created += 1
        elif any(getattr(region, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(region, key, value)
            region.save()
            updated += 1
    return created, updated
