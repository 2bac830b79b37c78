"""Finding the persons a written name may refer to: blocking keys first, then a name comparison.

``PersonNameKey`` holds the ``khronika.names.match_keys`` of every stored name; a look-up takes the
``query_keys`` of the written name, fetches the persons sharing one of them, and scores each of their
names with ``khronika.names.compare``. Intake review shows the result to an editor, who decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q

from khronika import names as name_rules
from khronika.records.models import NotSamePerson, Person, PersonName, PersonNameKey

#: At most this many persons are scored for one look-up (the blocking keys keep it far smaller).
MAX_SCORED = 500


@dataclass(frozen=True)
class Candidate:
    """A person who may be the one a name refers to, with the best-matching stored name."""

    person: Person
    name: PersonName
    score: float
    decision: str
    reasons: list[str] = field(default_factory=list)


def _decided_apart(person: Person) -> set[int]:
    pairs = NotSamePerson.objects.filter(Q(person_a=person) | Q(person_b=person))
    return {pid for pair in pairs.values_list("person_a_id", "person_b_id") for pid in pair} - {person.pk}


def find_person_candidates(
    name: str, *, limit: int = 10, against: Person | None = None, keep_different: bool = False
) -> list[Candidate]:
    """The persons whose names may be ``name``, best first (score, then oldest record).

    Merged records are left out (their names moved to the person they were merged into). With
    ``against``, persons an editor decided are not ``against`` are left out too, and so is ``against``.
    Comparisons the name matcher calls "different" are dropped unless ``keep_different``.
    Raises ``khronika.names.NameInputError`` when ``name`` is not a name.
    """
    keys = name_rules.query_keys(name)
    if not keys:
        return []
    ids = (
        PersonNameKey.objects.filter(key__in=keys, person__merged_into__isnull=True)
        .values_list("person_id", flat=True)
        .distinct()
        .order_by("person_id")
    )
    excluded = _decided_apart(against) | {against.pk} if against is not None else set()
    persons = Person.objects.filter(pk__in=list(ids[:MAX_SCORED])).exclude(pk__in=excluded)
    found: list[Candidate] = []
    for person in persons.prefetch_related("names").order_by("pk"):
        scored = []
        for stored in person.names.all():
            try:
                result = name_rules.compare(name, stored.full)
            except name_rules.NameInputError:
                continue
            scored.append((result.score, -stored.pk, stored, result))
        if not scored:
            continue
        _score, _pk, stored, result = max(scored, key=lambda item: (item[0], item[1]))
        if result.decision == "different" and not keep_different:
            continue
        found.append(Candidate(person, stored, float(result.score), result.decision, list(result.reasons)))
    found.sort(key=lambda c: (-c.score, c.person.pk))
    return found[:limit]
