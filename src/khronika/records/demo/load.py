"""Loading the demo into the record: the Khamroev case through the services, with evidence for every fact.

The case is keyed on its source: ``create_source`` is idempotent by the sha256 of the article's bytes, so a
second run finds the source and writes nothing. Everything is written by the demo loader account (an editor
that cannot log in), so the history says who entered the demo.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models, transaction

from khronika.records import services
from khronika.records.demo.khamroev import khamroev_demo
from khronika.records.models import Organisation, Person, Region

LOADER_USERNAME = "khronika-demo-loader"
REASON = "Demo data: the Khamroev case as reported by OVD-Info (23.06.2023)"


def demo_loader() -> Any:
    """The account the demo is entered by: an editor with no usable password (it cannot log in)."""
    user_model = get_user_model()
    user = user_model.objects.filter(username=LOADER_USERNAME).first()
    if user is None:
        user = user_model(username=LOADER_USERNAME, is_active=True)
        user.set_unusable_password()
        user.save()
    editors = Group.objects.get(name=services.EDITOR_GROUP)
    if not user.groups.filter(pk=editors.pk).exists():
        user.groups.add(editors)
    return user_model.objects.get(pk=user.pk)  # fresh, so its permission cache sees the group


class _Loader:
    def __init__(self, actor: Any) -> None:
        self.actor = actor
        self.demo = khamroev_demo()
        self.counts: Counter[str] = Counter()
        self.persons: dict[str, Person] = {}
        self.organisations: dict[str, Organisation] = {}
        self.cases: dict[str, Any] = {}
        self.source: Any = None

    def evidence(self, fact: models.Model, span: Any) -> None:
        services.add_evidence(
            self.actor, self.source, fact, start=span.start, end=span.end, quote=span.quote, reason=REASON
        )
        self.counts["evidence"] += 1

    def load(self) -> Counter[str]:
        facts = self.demo.facts
        spec = facts["source"]
        self.source, created = services.create_source(
            self.actor,
            original=self.demo.original,
            text=self.demo.text,
            reason=REASON,
            **{key: spec[key] for key in ("title", "publisher", "author", "language", "published", "url")},
            media_type=spec["media_type"],
        )
        if not created:
            return self.counts
        self.counts["sources"] += 1
        for org in facts["organisations"]:
            self.organisation(org)
        for item in facts["designations"]:
            designation = services.add_designation(
                self.actor,
                self.organisations[item["organisation"]],
                kind=item["kind"],
                date=item["date"],
                note=item["note"],
                source=self.source,
                reason=REASON,
            )
            self.evidence(designation, item["span"])
        for person in facts["persons"]:
            self.person(person)
        for case in facts["cases"]:
            self.case(case)
        self.charges(facts["charges"])
        for sentence in facts["sentences"]:
            self.sentence(sentence)
        for event in facts["events"]:
            self.event(event)
        self.collection(facts["collection"])
        return self.counts

    def organisation(self, org: dict[str, Any]) -> None:
        created = services.create_organisation(
            self.actor,
            name=org["name_ru"],
            name_ru=org["name_ru"],
            name_en=org["name_en"],
            short_name=org["short_ru"],
            short_name_ru=org["short_ru"],
            short_name_en=org["short_en"],
            kind=org["kind"],
            country=org["country"],
            reason=REASON,
        )
        self.organisations[org["ref"]] = created
        self.counts["organisations"] += 1
        self.evidence(created, org["span"])

    def person(self, spec: dict[str, Any]) -> None:
        names = [
            {key: name[key] for key in ("kind", "language", "script", "full", "given", "surname")}
            for name in spec["names"]
        ]
        fields = {
            key: spec[key] for key in ("bio_en", "bio_ru", "birthplace_en", "birthplace_ru") if key in spec
        }
        person = services.create_person(
            self.actor, names=names, sex=spec["sex"], published=spec["published"], reason=REASON, **fields
        )
        self.persons[spec["ref"]] = person
        self.counts["persons"] += 1
        for span in spec["spans"]:
            self.evidence(person, span)
        for name in spec["names"]:
            self.evidence(person.names.get(full=name["full"], language=name["language"]), name["span"])
            self.counts["names"] += 1

    def case(self, spec: dict[str, Any]) -> None:
        case = services.create_case(
            self.actor,
            title=spec["title_ru"],
            title_ru=spec["title_ru"],
            title_en=spec["title_en"],
            summary=spec["summary_ru"],
            summary_ru=spec["summary_ru"],
            summary_en=spec["summary_en"],
            kind=spec["kind"],
            status=spec["status"],
            number=spec["number"],
            opened=spec["opened"],
            court=self.organisations.get(spec["court"] or ""),
            region=Region.objects.filter(code=spec["region"]).first(),
            published=spec["published"],
            reason=REASON,
        )
        self.cases[spec["ref"]] = case
        self.counts["cases"] += 1
        self.evidence(case, spec["span"])
        for party in spec["parties"]:
            link = services.add_case_party(
                self.actor, case, self.persons[party["person"]], role=party["role"], reason=REASON
            )
            self.evidence(link, party["span"])

    def charges(self, specs: list[dict[str, Any]]) -> None:
        by_ref = {spec["ref"]: spec for spec in specs}
        targets = {spec["reclassified_to"] for spec in specs if spec.get("reclassified_to")}
        for spec in specs:
            if spec["ref"] in targets:
                continue  # written by the reclassification below
            fields = {key: spec[key] for key in ("part", "date")}
            charge = services.add_charge(
                self.actor,
                self.persons[spec["person"]],
                code=spec["code"],
                article=spec["article"],
                case=self.cases[spec["case"]],
                status="charged" if spec.get("reclassified_to") else spec["status"],
                reason=REASON,
                **fields,
            )
            self.counts["charges"] += 1
            self.evidence(charge, spec["span"])
            if target := by_ref.get(spec.get("reclassified_to") or ""):
                new = services.reclassify_charge(
                    self.actor,
                    charge,
                    article=target["article"],
                    part=target["part"],
                    status=target["status"],
                    date=target["date"],
                    reason=REASON,
                )
                self.counts["charges"] += 1
                self.evidence(new, target["span"])

    def sentence(self, spec: dict[str, Any]) -> None:
        keys = ("years", "months", "days", "amount", "currency", "regime", "date")
        sentence = services.add_sentence(
            self.actor,
            self.persons[spec["person"]],
            stage=spec["stage"],
            punishment=spec["punishment"],
            case=self.cases[spec["case"]],
            court=self.organisations.get(spec["court"] or ""),
            reason=REASON,
            **{key: spec[key] for key in keys},
        )
        self.counts["sentences"] += 1
        self.evidence(sentence, spec["span"])

    def event(self, spec: dict[str, Any]) -> None:
        event = services.add_event(
            self.actor,
            type=spec["type"],
            date=spec["date"],
            persons=[(self.persons[ref], role) for ref, role in spec["persons"]],
            case=self.cases.get(spec["case"] or ""),
            organisation=self.organisations.get(spec["organisation"] or ""),
            description=spec["ru"],
            description_ru=spec["ru"],
            description_en=spec["en"],
            reason=REASON,
        )
        self.counts["events"] += 1
        self.evidence(event, spec["span"])

    def collection(self, spec: dict[str, Any]) -> None:
        collection = services.create_collection(
            self.actor,
            slug=spec["slug"],
            title=spec["title_ru"],
            title_ru=spec["title_ru"],
            title_en=spec["title_en"],
            description=spec["description_ru"],
            description_ru=spec["description_ru"],
            description_en=spec["description_en"],
            published=spec["published"],
            reason=REASON,
        )
        self.counts["collections"] += 1
        self.evidence(collection, spec["span"])
        members = [self.cases[ref] for ref in spec["members"]["cases"]]
        members += [self.persons[ref] for ref in spec["members"]["persons"]]
        for member in members:
            services.add_to_collection(self.actor, collection, member, reason=REASON)


def load_khamroev(actor: Any) -> Counter[str]:
    """Enter the Khamroev case; returns what was inserted (empty when the source was already there)."""
    with transaction.atomic():
        return _Loader(actor).load()
