"""Benchmark of the name index (``make bench``; not a test).

Generates N fictional persons (common Russian given names, patronymics and surnames combined at random),
stores each under one written form (Cyrillic nominative, a press or passport transliteration, or a case form
made by petrovich, an independent declension library), builds blocking keys for all of them, then looks up
other written forms of sampled persons and scores the candidates with ``compare``.

    .venv/bin/python bench/names_bench.py [--n 100000] [--queries 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass

from petrovich.enums import Case, Gender
from petrovich.main import Petrovich

from khronika.names import compare, match_keys, query_keys, skeleton, transliterate
from khronika.names.given import table
from khronika.names.translit import press_variants

ROOTS = (  # noqa: SIM905 - one string keeps the list of roots readable
    "Иван Петр Сидор Кузнец Смирн Попов Лебед Козл Новик Морозов Волк Соловь Васильч Зайц Павлик Семен "
    "Голуб Виноград Богдан Воробь Федор Михайл Беляк Тарас Белоус Комар Орл Киселёв Макар Андрей Ковал "
    "Ильин Гусак Титов Кузьмин Кудряв Баран Куликов Алексе Степан Яковл Сорок Сергее Романов Захар Борис "
    "Королёв Герасим Пономар Григорь Лазар Медвед Ершов Никит Соболь Рябин Полян Цветк Данилов Жук Фрол "
    "Журавл Николаев Крылов Максим Сидорк Осип Белов Федот Дорофе Егор Матве Бобр Дмитри Калин Анисим "
    "Петух Антон Тимофе Никифор Веселов Филипп Марков Большак Суханов Миронов Ширяев Александр Коновал "
    "Шестак Казак Ефим Денис Громов Фомин Давыд Мельник Щербак Блинов Колесник Карпов Афанась Власов "
    "Маслов Исаак Тихонов Аксён Гаврил Родион Котов Горбун Кудрин Жданов Абрамов Мартын Сазон Шевчук "
    "Хамро Мифтах Исмаил Хабиб Гарипов Нуриев Сафин Галим Ахмет Юсуп Шараф Вали Хасан Тагир Рахим Салих"
).split()
ENDINGS = ("ов", "ев", "ин", "ский", "енко", "ук", "ян", "ич")
# Surnames in -их/-ых are few and do not decline; petrovich declines made-up ones, so only real ones are used.
INDECLINABLE = ("Черных", "Седых", "Долгих", "Белых", "Толстых", "Кручёных", "Мягких", "Русских")


@dataclass(frozen=True)
class Person:
    given: str
    patronymic: str
    surname: str
    sex: str

    def identity(self) -> tuple[str, str, str]:
        """What a written name shows without the patronymic, spellings folded (Наталья = Наталия)."""
        return (skeleton(self.given), skeleton(self.surname), self.sex)

    def nominative(self, with_patronymic: bool) -> str:
        parts = [self.given, self.patronymic, self.surname] if with_patronymic else [self.given, self.surname]
        return " ".join(parts)


def feminine(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ёв", "ин")):
        return surname + "а"
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    return surname


def patronymic(father: str, sex: str) -> str:
    low = father
    if low.endswith("ий"):
        stem = low[:-2] + ("иев" if low[-3] in "рт" and low[-4] in "тдр" else "ьев")
    elif low.endswith("й"):
        stem = low[:-1] + "ев"
    elif low.endswith(("а", "я")):
        return low[:-1] + ("ич" if sex == "male" else "ична")
    elif low.endswith("ь"):
        stem = low[:-1] + "ев"
    else:
        stem = {"Павел": "Павлов", "Лев": "Львов", "Пётр": "Петров"}.get(low, low + "ов")
    return stem + ("ич" if sex == "male" else "на")


def make_people(n: int, rng: random.Random) -> list[Person]:
    names = list(table().names.values())
    men = [e.name for e in names if e.sex == "male"]
    women = [e.name for e in names if e.sex == "female"]
    fathers = [m for m in men if m[-1] not in "оиу"]
    surnames = sorted({root + ending for root in ROOTS for ending in ENDINGS if not root.endswith(ending)})
    surnames += INDECLINABLE
    seen: set[tuple[str, str, str]] = set()
    people: list[Person] = []
    while len(people) < n:
        sex = "male" if rng.random() < 0.75 else "female"  # most defendants in the monitors' data are men
        given = rng.choice(men if sex == "male" else women)
        surname = rng.choice(surnames)
        surname = surname if sex == "male" else feminine(surname)
        person = Person(given, patronymic(rng.choice(fathers), sex), surname, sex)
        key = (person.given, person.patronymic, person.surname)
        if key not in seen:
            seen.add(key)
            people.append(person)
    return people


CASES = (Case.GENITIVE, Case.DATIVE, Case.ACCUSATIVE, Case.INSTRUMENTAL, Case.PREPOSITIONAL)


def written_form(person: Person, rng: random.Random, inflector: Petrovich) -> str:
    """One way a text may write the person: nominative, transliterated, inflected, reordered."""
    with_patronymic = rng.random() < 0.3
    roll = rng.random()
    if roll < 0.3:
        return person.nominative(with_patronymic)
    if roll < 0.65:
        latin = rng.choice(press_variants(person.nominative(with_patronymic)))
        words = latin.split()
        return latin if rng.random() < 0.8 else " ".join([words[-1], *words[:-1]])  # "Surname Given [Patr.]"
    if roll < 0.75:
        return transliterate(person.nominative(with_patronymic), rng.choice(("icao", "bgn", "lc")))
    case = rng.choice(CASES)
    gender = Gender.MALE if person.sex == "male" else Gender.FEMALE
    given = inflector.firstname(person.given, case, gender)
    # petrovich declines -их/-ых surnames, which Russian never does; keep them as they are.
    surname = (
        person.surname if person.surname in INDECLINABLE else inflector.lastname(person.surname, case, gender)
    )
    if with_patronymic:
        return f"{given} {inflector.middlename(person.patronymic, case, gender)} {surname}"
    return f"{surname} {given}" if rng.random() < 0.3 else f"{given} {surname}"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="persons in the index")
    parser.add_argument("--queries", type=int, default=2000, help="look-ups to time")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    inflector = Petrovich()

    people = make_people(args.n, rng)
    stored = [written_form(p, rng, inflector) for p in people]
    scripts = sum(1 for s in stored if any("\u0400" <= ch <= "\u04ff" for ch in s))
    print(f"persons: {len(people):,} stored forms: {scripts:,} Cyrillic, {len(stored) - scripts:,} Latin")

    start = time.perf_counter()
    index: dict[str, set[int]] = defaultdict(set)
    rows = 0
    for pid, name in enumerate(stored):
        for key in match_keys(name):
            index[key].add(pid)
            rows += 1
    build = time.perf_counter() - start
    print(f"keys: {rows:,} rows ({rows / len(stored):.2f} per person), {len(index):,} distinct")
    print(f"key building: {len(stored) / build:,.0f} names/s ({build:.1f} s)")

    sizes: list[float] = []
    times: list[float] = []
    found = same = false_same = namesakes = 0
    sample = rng.sample(range(len(people)), min(args.queries, len(people)))
    for pid in sample:
        query = written_form(people[pid], rng, inflector)
        t0 = time.perf_counter()
        candidates: set[int] = set()
        for key in query_keys(query):
            candidates |= index.get(key, set())
        decisions = {cid: compare(query, stored[cid]).decision for cid in candidates}
        times.append((time.perf_counter() - t0) * 1000)
        sizes.append(len(candidates))
        if pid in candidates:
            found += 1
            same += decisions[pid] == "same"
        for cid, decision in decisions.items():
            if cid == pid or decision != "same":
                continue
            if people[cid].identity() != people[pid].identity():
                false_same += 1  # another given name, surname or sex: a real false merge
            else:
                namesakes += 1  # same name, other patronymic, which the written forms did not show
    recall = found / len(sample)
    median_ms = statistics.median(times)
    print(f"candidates per query: median {statistics.median(sizes):.0f}, p95 {percentile(sizes, 95):.0f}")
    verdict = "met" if recall >= 0.99 else "NOT met"
    print(f"recall of the true twin among candidates: {recall:.2%} (goal >= 99%: {verdict})")
    print(f"twin decided 'same': {same / len(sample):.2%} of queries (the rest 'unsure' or missed)")
    pairs = int(sum(sizes))
    print(f"false 'same' (another given name, surname or sex): {false_same} in {pairs:,} candidate pairs")
    print(f"'same' for a namesake differing only in a patronymic not written: {namesakes}")
    print(
        f"lookup + scoring per query: median {median_ms:.2f} ms, p95 {percentile(times, 95):.2f} ms "
        f"(goal median < 5 ms: {'met' if median_ms < 5 else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
