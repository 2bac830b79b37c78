"""The case histories of generated persons: which cases, which articles, what happened and when.

A criminal story runs search → detention → charge → custody (with its extensions) → trial hearings →
verdict → appeal → release, cut short where the case is still under investigation, at trial, closed or tried in
absentia. An administrative story is one to three protocols, each ending in a fine or an administrative arrest.
Dates are placed so that nothing happens after :data:`HORIZON`, which keeps the output independent of the
day it is generated.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from khronika.records.demo.story_parts import (
    CRIMINAL,
    Timeline,
    administrative_case,
    draw_sentence,
    pattern_rows,
)

from khronika.records.generate import GeneratedCase, GeneratedCharge, GeneratedSentence

HORIZON = datetime.date(2026, 6, 30)
#: Share of stories starting in each year: the numbers of new political cases grew sharply from 2022.
START_YEARS = {2014: 2, 2015: 2, 2016: 2, 2017: 3, 2018: 3, 2019: 3, 2020: 4, 2021: 6, 2022: 12, 2023: 14,
               2024: 14, 2025: 10}  # fmt: skip
OUTCOMES = {"sentenced": 62, "investigation": 11, "trial": 14, "closed": 6, "acquitted": 1, "absentia": 6}


def draw_cases(rng: random.Random, sex: str, key: str) -> tuple[GeneratedCase, ...]:
    """Return the cases of one person (``key`` makes their case numbers unique)."""
    if rng.random() >= 0.8:
        episodes = rng.choices((1, 2, 3), weights=(60, 30, 10))[0]
        first = _start(rng, 60 * episodes)
        cases = []
        for episode in range(episodes):
            when = first + datetime.timedelta(days=episode * rng.randint(40, 300))
            cases.append(administrative_case(rng, f"GEN-{key}-A{episode + 1}", min(when, HORIZON)))
        return tuple(cases)
    criminal = _criminal_case(rng, sex, f"GEN-{key}-C1")
    # 280.3 is criminal only after an administrative penalty under 20.3.3 within a year; others often have one.
    if criminal.charges[0].article == "280.3" or rng.random() < 0.15:
        first_event = datetime.date.fromisoformat(criminal.events[0].date[:7] + "-01")
        when = first_event - datetime.timedelta(days=rng.randint(30, 330))
        prior = administrative_case(rng, f"GEN-{key}-A1", when, article="20.3.3", short=True)
        return (prior, criminal)
    return (criminal,)


def _start(rng: random.Random, span_days: int) -> datetime.date:
    year = rng.choices(list(START_YEARS), weights=list(START_YEARS.values()))[0]
    start = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    return min(start, HORIZON - datetime.timedelta(days=span_days))


def _criminal_case(rng: random.Random, sex: str, number: str) -> GeneratedCase:
    outcome = rng.choices(list(OUTCOMES), weights=list(OUTCOMES.values()))[0]
    rows = _draw_articles(rng)
    story = Timeline(rng, target=rng.randint(6, 15))
    absentia = outcome == "absentia"
    custody = "none"
    if absentia:
        story.add("emigration", -rng.randint(20, 400))
        story.add("charge", 0)
        story.add("other", rng.randint(5, 60), "Put on the wanted list", "Объявлен в розыск")
    else:
        if rng.random() < 0.7:
            story.add("search", 0)
        story.add("detention", 0)
        story.add("charge", rng.randint(0, 2))
        custody = rng.choices(("pretrial_detention", "house_arrest", "none"), weights=(60, 15, 25))[0]
        if custody != "none":
            story.add(custody, rng.randint(1, 3))
    if rng.random() < 0.25:
        story.add("designation", rng.randint(30, 150))
    added_days = [rng.randint(60, 240) for _ in rows[1:]]
    for day in added_days:
        story.add("charge", day, "New charge added", "Добавлено новое обвинение")
    trial_start = max([story.last_day, *added_days]) + rng.randint(60, 300)
    verdict_day = trial_start + rng.randint(30, 200)
    if outcome == "investigation":
        story.fill(custody if custody != "none" else "other", 30, trial_start)
        end = trial_start
    elif outcome == "closed":
        story.fill(custody if custody != "none" else "other", 30, trial_start)
        story.add("release", trial_start, "Case closed, released", "Дело прекращено, освобождён")
        end = trial_start
    else:
        story.add("trial", trial_start, "Trial opened", "Начался суд")
        story.fill("trial", trial_start + 1, verdict_day)
        story.add("verdict", verdict_day)
        end = verdict_day
    sentences: list[GeneratedSentence] = []
    charges = _charges(rng, rows, outcome, added_days)
    start = _start(rng, end - min(0, story.first_day) + 1)
    verdict = start + datetime.timedelta(days=verdict_day)
    if outcome in {"sentenced", "absentia"}:
        sentences, term_days = draw_sentence(rng, sex, rows, verdict, absentia)
        if not absentia and rng.random() < 0.6 and verdict + datetime.timedelta(days=200) < HORIZON:
            appeal_day = verdict_day + rng.randint(60, 180)
            story.add("appeal", appeal_day)
            sentences.append(_appeal(rng, sentences[-1], start + datetime.timedelta(days=appeal_day)))
        if custody != "none" and sentences[-1].punishment != "imprisonment" and not absentia:
            story.add(
                "release",
                verdict_day,
                "Released from custody after the verdict",
                "Освобождён после приговора",
            )
        elif sentences[-1].punishment == "imprisonment" and not absentia:
            story.add(
                "release", term_days, "Released after serving the sentence", "Освобождён по отбытии срока"
            )
    elif outcome == "acquitted":
        story.add("release", verdict_day, "Acquitted and released", "Оправдан и освобождён")
    events = story.events(start, HORIZON)
    dated = [_dated(charge, start) for charge in charges]
    status = {"sentenced": "sentenced", "absentia": "sentenced", "acquitted": "closed"}.get(outcome, outcome)
    if status == "sentenced" and any(event.type == "appeal" for event in events):
        status = "sentenced"
    return GeneratedCase(number, "criminal", status, tuple(dated), tuple(sentences), events)


def _draw_articles(rng: random.Random) -> list[dict[str, Any]]:
    count = rng.choices((1, 2, 3), weights=(60, 30, 10))[0]
    first = rng.choices(CRIMINAL, weights=[row["weight"] for row in CRIMINAL])[0]
    chosen = [first]
    while len(chosen) < count:
        used = {row["article"] for row in chosen}
        companions = [a for row in chosen for a in row["with"] if a not in used]
        pool = (
            pattern_rows(rng.choice(companions))
            if companions
            else [r for r in CRIMINAL if r["article"] not in used]
        )
        chosen.append(rng.choices(pool, weights=[row["weight"] for row in pool])[0])
    return chosen


def _charges(
    rng: random.Random, rows: list[dict[str, Any]], outcome: str, added_days: list[int]
) -> list[tuple[GeneratedCharge, int]]:
    final = {"sentenced": "convicted", "absentia": "convicted", "closed": "dropped", "acquitted": "acquitted"}
    charges: list[tuple[GeneratedCharge, int]] = []
    for index, row in enumerate(rows):
        pending = "charged" if index == 0 else "added"
        status = final.get(outcome, pending)
        day = 0 if index == 0 else added_days[index - 1]
        charges.append((GeneratedCharge("RU-UK", row["article"], row["part"], status, ""), day))
    # The court sometimes reclassifies the main charge to another part of the same article.
    first = charges[0][0]
    others = [r for r in pattern_rows(first.article) if r["part"] != first.part]
    if outcome == "sentenced" and others and rng.random() < 0.25:
        target = GeneratedCharge("RU-UK", first.article, others[0]["part"], "convicted", "")
        charges[0] = (
            GeneratedCharge("RU-UK", first.article, first.part, "reclassified", "", len(charges)),
            0,
        )
        charges.append((target, -1))
    return charges


def _dated(item: tuple[GeneratedCharge, int], start: datetime.date) -> GeneratedCharge:
    charge, day = item
    # day -1: the charge it was reclassified to dates from the verdict, which this layer leaves undated.
    date = "" if day < 0 else (start + datetime.timedelta(days=day)).isoformat()
    return GeneratedCharge(
        charge.code, charge.article, charge.part, charge.status, date, charge.reclassified_to
    )


def _appeal(rng: random.Random, imposed: GeneratedSentence, when: datetime.date) -> GeneratedSentence:
    months = imposed.years * 12 + imposed.months
    if months > 12 and rng.random() < 0.15:
        months -= rng.randint(1, 6)  # appeal courts shave a few months off now and then
    return GeneratedSentence(
        "appeal",
        imposed.punishment,
        when.isoformat(),
        months // 12,
        months % 12,
        imposed.days,
        imposed.amount,
        imposed.currency,
        imposed.regime,
    )
