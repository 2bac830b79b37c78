"""Services for cases, their parties, charges and sentences."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from khronika.records.models import Case, CaseParty, Charge, Person, Sentence
from khronika.records.services.base import assign, delete, permission, require, save
from khronika.records.services.persons import refresh_status
from khronika.records.vocabulary import ChargeStatus, Role


def create_case(actor: Any, *, title: str, reason: str, **fields: Any) -> Case:
    """Create a case (``number``, ``kind``, ``summary_ru``/``_en``, ``status``, ``court``, ``opened``…)."""
    require(actor, permission(Case, "add"))
    with transaction.atomic():
        return save(assign(Case(title=title), fields), actor, reason)


def update_case(actor: Any, case: Case, *, reason: str, **fields: Any) -> Case:
    """Change a case's fields."""
    require(actor, permission(Case, "change"))
    with transaction.atomic():
        return save(assign(case, fields), actor, reason)


def add_case_party(
    actor: Any, case: Case, person: Person, *, role: str = Role.DEFENDANT, reason: str, note: str = ""
) -> CaseParty:
    """Record that ``person`` takes part in ``case`` as defendant, lawyer, judge… (idempotent)."""
    require(actor, permission(CaseParty, "add"))
    with transaction.atomic():
        existing = CaseParty.objects.filter(case=case, person=person, role=role).first()
        if existing is not None:
            return existing
        return save(CaseParty(case=case, person=person, role=role, note=note), actor, reason)


def remove_case_party(actor: Any, party: CaseParty, *, reason: str) -> None:
    """Remove a person's role in a case."""
    require(actor, permission(CaseParty, "delete"))
    with transaction.atomic():
        delete(party, actor, reason)


def add_charge(
    actor: Any,
    person: Person,
    *,
    code: str,
    article: str,
    reason: str,
    case: Case | None = None,
    **fields: Any,
) -> Charge:
    """Charge ``person`` under ``article`` of ``code`` (checked against ``khronika.law``).

    ``fields``: ``part``, ``point``, ``status`` (charged by default), ``date`` (EDTF), ``note``. When a case
    is given, the person becomes a defendant in it.
    """
    require(actor, permission(Charge, "add"))
    with transaction.atomic():
        charge = Charge(person=person, case=case, code=code, article=article)
        save(assign(charge, fields), actor, reason)
        if case is not None and not CaseParty.objects.filter(case=case, person=person).exists():
            save(CaseParty(case=case, person=person, role=Role.DEFENDANT), actor, reason)
        return charge


def update_charge(actor: Any, charge: Charge, *, reason: str, **fields: Any) -> Charge:
    """Change a charge (its status: dropped, convicted, acquitted…)."""
    require(actor, permission(Charge, "change"))
    with transaction.atomic():
        return save(assign(charge, fields), actor, reason)


def reclassify_charge(
    actor: Any,
    charge: Charge,
    *,
    article: str,
    reason: str,
    part: str = "",
    point: str = "",
    status: str = ChargeStatus.CHARGED,
    date: str = "",
    code: str | None = None,
) -> Charge:
    """Reclassify ``charge`` to another article or part: the old one is "reclassified" and points at the new.

    Returns the new charge (``status`` charged, or convicted when the court reclassified it in the verdict).
    """
    require(actor, permission(Charge, "add"), permission(Charge, "change"))
    with transaction.atomic():
        new = Charge(
            person=charge.person,
            case=charge.case,
            code=code or charge.code,
            article=article,
            part=part,
            point=point,
            status=status,
            date=date,
        )
        save(new, actor, reason)
        charge.status = ChargeStatus.RECLASSIFIED
        charge.reclassified_to = new
        if date and not charge.date:
            charge.date = date
        save(charge, actor, reason)
        return new


def add_sentence(
    actor: Any, person: Person, *, stage: str, punishment: str, reason: str, **fields: Any
) -> Sentence:
    """Record a sentence (requested, imposed, on appeal…): ``years``, ``months``, ``days``, ``amount`` and
    ``currency`` for a fine, ``regime``, ``date`` (EDTF), ``court``, ``case``. Recomputes the person's status.
    """
    require(actor, permission(Sentence, "add"))
    with transaction.atomic():
        sentence = save(
            assign(Sentence(person=person, stage=stage, punishment=punishment), fields), actor, reason
        )
        refresh_status(actor, person, reason)
        return sentence


def update_sentence(actor: Any, sentence: Sentence, *, reason: str, **fields: Any) -> Sentence:
    """Change a sentence and recompute the person's status."""
    require(actor, permission(Sentence, "change"))
    with transaction.atomic():
        save(assign(sentence, fields), actor, reason)
        refresh_status(actor, sentence.person, reason)
        return sentence
