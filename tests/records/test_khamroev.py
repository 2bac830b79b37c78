"""Regression for issue #2: the Khamroev case (devset ``khamroev-en``) can be recorded in full.

The gold extraction is put into the record through the services: the persons with their roles, the
organisations, the case, the four charges (one reclassified), the three sentences and twelve events, each
fact with its evidence span into the stored source.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from khronika.records import services
from khronika.records.models import Charge, Evidence, Person

pytestmark = pytest.mark.django_db

COURT_ROLES = {"defendant", "lawyer", "judge", "prosecutor", "investigator", "witness", "expert"}


def record_gold(editor: Any, devset: Path) -> dict[str, Any]:
    """Record the gold extraction as a reviewer would accept it; return the created rows by gold id."""
    raw = (devset / "khamroev-en.txt").read_bytes()
    gold = json.loads((devset / "khamroev-en.gold.json").read_text(encoding="utf-8"))
    reason = "accepted from the gold extraction of khamroev-en"
    doc = gold["document"]
    source, created = services.create_source(
        editor,
        original=raw,
        title=doc["title"],
        language=doc["language"],
        published=doc["published"],
        publisher="OVD-Info",
        reason=reason,
    )
    assert created
    persons = {}
    for item in gold["persons"]:
        persons[item["id"]] = person = services.create_person(
            editor, names=[{"full": item["name"], "language": "en"}], reason=reason
        )
        first = item["mentions"][0]
        services.add_evidence(editor, source, person, start=first["start"], end=first["end"], reason=reason)
    orgs = {
        item["id"]: services.create_organisation(
            editor, name=item["name"], name_en=item["name"], kind=item["kind"], reason=reason
        )
        for item in gold["organizations"]
    }
    court = next(o for o in orgs.values() if o.name_en == "2nd Western District Military Court")
    case = services.create_case(
        editor,
        title="Дело Бахрома Хамроева",
        title_en="The case of Bakhrom Khamroev",
        court=court,
        reason=reason,
    )
    for item in gold["persons"]:
        for role in set(item["roles"]) & COURT_ROLES:
            services.add_case_party(editor, case, persons[item["id"]], role=role, reason=reason)

    def evidence(fact: Any, span: dict[str, Any]) -> None:
        services.add_evidence(
            editor, source, fact, start=span["start"], end=span["end"], quote=span["text"], reason=reason
        )

    charges = []
    convicted = [c for c in gold["charges"] if c["status"] == "convicted"]
    for item in gold["charges"]:
        on_case = case if item["article"].startswith("205") else None
        fields = {"part": item["part"] or "", "point": item["point"] or "", "date": item["date"] or ""}
        if item["status"] == "reclassified":
            charge = services.add_charge(
                editor,
                persons[item["person"]],
                code=item["code"],
                article=item["article"],
                case=on_case,
                status="added",
                reason=reason,
                **{**fields, "date": "2022-10"},
            )
            became = next(
                c for c in convicted if c["article"] == item["article"] and c["part"] != item["part"]
            )
            new = services.reclassify_charge(
                editor,
                charge,
                article=became["article"],
                part=became["part"],
                status="convicted",
                date=became["date"],
                reason=reason,
            )
            evidence(new, became["evidence"])
            convicted.remove(became)
        elif item in convicted:
            charge = services.add_charge(
                editor,
                persons[item["person"]],
                code=item["code"],
                article=item["article"],
                case=on_case,
                status=item["status"],
                reason=reason,
                **fields,
            )
        else:
            continue
        evidence(charge, item["evidence"])
        charges.append(charge)
    for item in gold["sentences"]:
        sentence = services.add_sentence(
            editor,
            persons[item["person"]],
            stage=item["stage"],
            punishment=item["punishment"],
            years=item["years"],
            months=item["months"],
            days=item["days"],
            amount=item["amount"],
            currency=item["currency"] or "",
            regime=item["regime"] or "",
            date=item["date"] or "",
            court=orgs.get(item["court"]),
            reason=reason,
        )
        evidence(sentence, item["evidence"])
    for item in gold["events"]:
        event = services.add_event(
            editor,
            type=item["type"],
            date=item["date"] or "",
            reason=reason,
            persons=[(persons[p], "defendant" if p == "p1" else "relative") for p in item["persons"]],
        )
        evidence(event, item["evidence"])
    return {"source": source, "raw": raw, "khamroev": persons["p1"], "case": case, "gold": gold}


def test_the_khamroev_case_is_recorded_with_evidence(editor: Any, devset: Path) -> None:
    story = record_gold(editor, devset)
    khamroev: Person = story["khamroev"]
    khamroev.refresh_from_db()
    assert khamroev.status == "imprisoned"
    citations = [(c.article, c.part, c.status) for c in Charge.objects.filter(person=khamroev)]
    assert citations == [
        ("322.3", "", "convicted"),  # 201X
        ("205.5", "1", "reclassified"),  # added in October 2022
        ("205.2", "2", "convicted"),  # May 2023, the verdict
        ("205.5", "2", "convicted"),
    ]
    old = Charge.objects.get(article="205.5", part="1")
    assert old.reclassified_to == Charge.objects.get(article="205.5", part="2")
    sentences = khamroev.sentences.all()  # Meta ordering: by earliest day, undated last
    assert [(s.stage, s.punishment, s.years, s.amount) for s in sentences] == [
        ("imposed", "fine", None, 200000),
        ("imposed", "imprisonment", 14, None),
        ("requested", "imprisonment", 21, None),  # undated: sorts last
    ]
    assert khamroev.event_roles.count() == 12
    text = story["source"].text
    for item in Evidence.objects.all():
        assert text[item.start : item.end] == item.quote
    assert Evidence.objects.count() == len(story["gold"]["persons"]) + 4 + 3 + 12
    again, created = services.create_source(editor, original=story["raw"], title="again", reason="re-import")
    assert (again, created) == (story["source"], False)


def test_the_khamroev_person_page_tells_the_story(editor: Any, devset: Path) -> None:
    story = record_gold(editor, devset)
    client = Client()
    client.force_login(editor)
    url = reverse("admin:records_person_change", args=[story["khamroev"].pk])
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    events = page[page.lower().index("events, in date order") :]
    order = [events.index(words) for words in ("2000s", "24 February 2022", "October 2022", "23 May 2023")]
    assert order == sorted(order)
    assert "Participating in" in page or "participating in" in page.lower()
    assert story["source"].title.split(".")[0] in page
