"""The fictional-data generator: deterministic for a seed, realistic distributions, valid values."""

from __future__ import annotations

import itertools
import statistics
from collections import Counter

import pytest

from khronika import dates
from khronika.names import transliterate
from khronika.records.demo.story_parts import HORIZON
from khronika.records.generate import LATIN_SCHEME, GeneratedPerson, generate_persons

SAMPLE = 3000


@pytest.fixture(scope="module")
def persons() -> list[GeneratedPerson]:
    return list(generate_persons(SAMPLE, seed=11))


def criminal_cases(persons: list[GeneratedPerson]) -> list:
    return [case for p in persons for case in p.cases if case.kind == "criminal"]


def test_same_seed_gives_identical_persons() -> None:
    assert list(generate_persons(200, seed=5)) == list(generate_persons(200, seed=5))


def test_different_seeds_give_different_persons() -> None:
    first, second = list(generate_persons(50, seed=5)), list(generate_persons(50, seed=6))
    assert sum(a.names != b.names for a, b in zip(first, second, strict=True)) > 40
    assert [p.events for p in first] != [p.events for p in second]


def test_a_slice_is_generated_on_its_own() -> None:
    whole = list(generate_persons(30, seed=3))
    assert list(generate_persons(10, seed=3, start=21)) == whole[20:]


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="0 or more"):
        list(generate_persons(-1, seed=1))


def test_keys_and_case_numbers_are_unique_and_marked(persons: list[GeneratedPerson]) -> None:
    assert len({p.key for p in persons}) == SAMPLE
    numbers = [case.number for p in persons for case in p.cases]
    assert len(set(numbers)) == len(numbers)
    assert all(number.startswith("GEN-11-") for number in numbers)


def test_events_per_person_between_5_and_15_averaging_10(persons: list[GeneratedPerson]) -> None:
    counts = [len(p.events) for p in persons]
    assert min(counts) >= 5
    assert max(counts) <= 15
    assert 9.5 <= statistics.mean(counts) <= 10.5


def test_case_mix(persons: list[GeneratedPerson]) -> None:
    with_criminal = [p for p in persons if any(c.kind == "criminal" for c in p.cases)]
    assert 0.75 <= len(with_criminal) / SAMPLE <= 0.85
    cases = criminal_cases(persons)
    several = [
        c
        for c in cases
        if len({(ch.article, ch.part) for ch in c.charges if ch.status != "reclassified"}) > 1
    ]
    assert 0.33 <= len(several) / len(cases) <= 0.47
    sentenced = [c for c in cases if any(s.stage == "imposed" for s in c.sentences)]
    assert 0.52 <= len(sentenced) / len(cases) <= 0.68
    statuses = Counter(c.status for c in cases)
    assert set(statuses) <= {"investigation", "trial", "sentenced", "closed"}
    assert min(statuses.values()) > 0.03 * len(cases)


def test_administrative_only_persons_are_fined_or_arrested(persons: list[GeneratedPerson]) -> None:
    administrative = [p for p in persons if all(c.kind == "administrative" for c in p.cases)]
    assert 0.15 <= len(administrative) / SAMPLE <= 0.25
    punishments = Counter(s.punishment for p in administrative for c in p.cases for s in c.sentences)
    assert set(punishments) == {"fine", "administrative_arrest"}
    assert punishments["fine"] > punishments["administrative_arrest"] > 0
    assert all(ch.code == "RU-KoAP" for p in administrative for c in p.cases for ch in c.charges)


def test_some_are_released_and_some_emigrate(persons: list[GeneratedPerson]) -> None:
    released = sum(any(e.type == "release" for e in p.events) for p in persons)
    emigrated = sum(any(e.type == "emigration" for e in p.events) for p in persons)
    assert 0.08 <= released / SAMPLE <= 0.4
    assert 0.02 <= emigrated / SAMPLE <= 0.08


def test_punishments_of_the_sentenced(persons: list[GeneratedPerson]) -> None:
    imposed = [s for c in criminal_cases(persons) for s in c.sentences if s.stage == "imposed"]
    share = Counter(s.punishment for s in imposed)
    assert 0.5 <= share["imprisonment"] / len(imposed) <= 0.75
    assert share["suspended"] and share["fine"] and share["restriction_of_freedom"]


def test_dates_are_valid_edtf_and_nothing_after_the_horizon(persons: list[GeneratedPerson]) -> None:
    for p in persons:
        dates.bounds(p.birth_date)
        for case in p.cases:
            spans = [dates.bounds(e.date) for e in case.events]
            # In date order; an event known only by its month may overlap its neighbours.
            assert all(a[0] <= b[1] for a, b in itertools.pairwise(spans)), case.number
            for item in [*case.events, *case.charges, *case.sentences]:
                assert dates.bounds(item.date)[1] <= HORIZON


def test_sentences_are_well_formed(persons: list[GeneratedPerson]) -> None:
    for p in persons:
        for case in p.cases:
            for s in case.sentences:
                assert 0 <= s.months < 12
                if s.punishment == "fine":
                    assert s.amount and s.amount > 0 and s.currency == "RUB"
                    assert (s.years, s.months, s.days) == (0, 0, 0)
                assert s.regime is None or s.punishment == "imprisonment"
                if p.sex == "female":
                    assert s.regime in {None, "general"}  # women serve in general-regime colonies


def test_reclassified_charges_point_at_a_conviction_under_the_same_article(
    persons: list[GeneratedPerson],
) -> None:
    seen = 0
    for case in criminal_cases(persons):
        for charge in case.charges:
            if charge.status == "reclassified":
                seen += 1
                target = case.charges[charge.reclassified_to]
                assert (target.article, target.status) == (charge.article, "convicted")
                assert target.part != charge.part
            else:
                assert charge.reclassified_to is None
    assert seen > 0


def test_names_in_both_scripts(persons: list[GeneratedPerson]) -> None:
    for p in persons[:500]:
        russian, english = p.names
        assert (russian.script, russian.language, english.script, english.language) == (
            "Cyrl",
            "ru",
            "Latn",
            "en",
        )
        assert russian.full == f"{russian.given} {russian.patronymic} {russian.surname}"
        assert english.full == transliterate(russian.full, LATIN_SCHEME)
        assert russian.patronymic.endswith(("вич", "ич") if p.sex == "male" else ("вна", "чна", "ична"))
    assert 0.7 <= sum(p.sex == "male" for p in persons) / SAMPLE <= 0.85


def test_helper_processes_give_the_same_batches_as_inline() -> None:
    from khronika.records.management.series import series

    inline = list(series(23, seed=4, start=3, size=10, workers=0))
    helped = list(series(23, seed=4, start=3, size=10, workers=1))
    assert [len(b.persons) for b in helped] == [10, 10, 3]
    assert helped == inline
    assert [p.number for b in helped for p in b.persons] == list(range(3, 26))
    assert all(b.keys[name.full] for b in helped for p in b.persons for name in p.names)
