"""The case histories of generated persons: which cases, which articles, what happened and when.

A criminal story runs search → detention → charge → custody (with its extensions) → trial hearings →
verdict → appeal → release, cut short where the case is still under investigation, at trial, closed, or
tried in absentia after the person left the country. An administrative story is one to three protocols, each
ending in a fine or an administrative arrest. Nothing is dated after :data:`HORIZON`.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from khronika.records.demo.story_parts import (
    CRIMINAL,
    HORIZON,
    Timeline,
    administrative_case,
    draw_sentence,
    pattern_rows,
)
from khronika.records.generate import GeneratedCase, GeneratedCharge, GeneratedSentence

#: Share of stories starting in each year: the numbers of new political cases grew sharply from 2022.
START_YEARS = {2014: 2, 2015: 2, 2016: 2, 2017: 3, 2018: 3, 2019: 3, 2020: 4, 2021: 6, 2022: 12, 2023: 14,
               2024: 14, 2025: 10}  # fmt: skip
#: How criminal cases end (or where they stand).
OUTCOMES = {"sentenced": 55, "investigation": 14, "trial": 16, "closed": 9, "acquitted": 1, "absentia": 5}
#: Case status by outcome (``records.vocabulary.CaseStatus`` values).
CASE_STATUS = {"sentenced": "sentenced", "absentia": "sentenced", "acquitted": "closed", "closed": "closed"}
FINAL_CHARGE_STATUS = {
    "sentenced": "convicted",
    "absentia": "convicted",
    "closed": "dropped",
    "acquitted": "acquitted",
}
SHARE_CRIMINAL = 0.8


def draw_cases(rng: random.Random, sex: str, key: str) -> tuple[GeneratedCase, ...]:
    """Return the cases of one person, 5 to 15 events in all (``key`` makes the case numbers unique)."""
    target = rng.randint(6, 15)
    if rng.random() >= SHARE_CRIMINAL:
        return _administrative_cases(rng, key, target=rng.randint(5, 10))
    rows = _draw_articles(rng)
    # 280.3 is a crime only after an administrative penalty under 20.3.3 within a year; others often had one.
    prior = rows[0]["article"] == "280.3" or rng.random() < 0.15
    criminal = _criminal_case(rng, sex, f"GEN-{key}-C1", rows, target - 3 if prior else target)
    if not prior:
        return (criminal,)
    first = datetime.date.fromisoformat(criminal.events[0].date[:7] + "-01")
    when = first - datetime.timedelta(days=rng.randint(60, 330))
    return (administrative_case(rng, f"GEN-{key}-A1", when, article="20.3.3"), criminal)


def _start(rng: random.Random, span_days: int) -> datetime.date:
    year = rng.choices(list(START_YEARS), weights=list(START_YEARS.values()))[0]
    start = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    return min(start, HORIZON - datetime.timedelta(days=span_days))


def _administrative_cases(rng: random.Random, key: str, target: int) -> tuple[GeneratedCase, ...]:
    count = rng.choices((1, 2, 3), weights=(60, 30, 10))[0]
    first = _start(rng, 320 * count)
    seeds = [rng.random() for _ in range(count)]
    dates = [first + datetime.timedelta(days=rng.randint(40, 300) * episode) for episode in range(count)]
    cases = [
        administrative_case(random.Random(seed), f"GEN-{key}-A{index + 1}", when)
        for index, (seed, when) in enumerate(zip(seeds, dates, strict=True))
    ]
    missing = target - sum(len(case.events) for case in cases)
    if missing > 0:
        # The same seed redraws the same last protocol, now with adjourned hearings before the decision.
        cases[-1] = administrative_case(
            random.Random(seeds[-1]), cases[-1].number, dates[-1], hearings=missing
        )
    return tuple(cases)


def _draw_articles(rng: random.Random) -> list[dict[str, Any]]:
    count = rng.choices((1, 2, 3), weights=(60, 30, 10))[0]
    chosen = [rng.choices(CRIMINAL, weights=[row["weight"] for row in CRIMINAL])[0]]
    while len(chosen) < count:
        used = {row["article"] for row in chosen}
        companions = sorted({a for row in chosen for a in row["with"] if a not in used})
        pool = pattern_rows(rng.choice(companions)) if companions else []
        pool = pool or [row for row in CRIMINAL if row["article"] not in used]
        chosen.append(rng.choices(pool, weights=[row["weight"] for row in pool])[0])
    return chosen


def _criminal_case(
    rng: random.Random, sex: str, number: str, rows: list[dict[str, Any]], target: int
) -> GeneratedCase:
    outcome = rng.choices(list(OUTCOMES), weights=list(OUTCOMES.values()))[0]
    absentia = outcome == "absentia"
    story = Timeline(rng, target=target)
    custody = "none"
    if absentia:
        story.add("emigration", -rng.randint(20, 400))
        story.add("charge", 0)
        story.add("other", rng.randint(5, 60), "Put on the wanted list", "Объявлен(а) в розыск")
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
    trial_day = story.last_day + rng.randint(60, 300)
    verdict_day = trial_day + rng.randint(30, 200)
    pretrial = custody if custody != "none" else "other"
    if outcome in {"investigation", "closed"}:
        story.fill(pretrial, 20, trial_day)
        if outcome == "closed":
            story.add("release", trial_day, "Case closed", "Дело прекращено")
        end = trial_day
    else:
        story.fill(pretrial, 20, trial_day - 10)
        story.add("trial", trial_day, "Trial opened", "Начался суд")
        story.fill("trial", trial_day + 1, verdict_day - 1)
        end = verdict_day if outcome != "trial" else verdict_day - 1
    appeal = outcome == "sentenced" and rng.random() < 0.6
    start = _start(rng, end + (200 if appeal else 1))
    verdict = start + datetime.timedelta(days=verdict_day)
    sentences: list[GeneratedSentence] = []
    if outcome in {"sentenced", "absentia", "acquitted"}:
        story.add(
            "verdict",
            verdict_day,
            "Acquitted" if outcome == "acquitted" else None,
            "Оправдан(а)" if outcome == "acquitted" else None,
        )
    if outcome in {"sentenced", "absentia"}:
        sentences, term_days = draw_sentence(rng, sex, rows, verdict, absentia)
        if appeal:
            appeal_day = verdict_day + rng.randint(60, 180)
            story.add("appeal", appeal_day)
            sentences.append(_appeal(rng, sentences[-1], start + datetime.timedelta(days=appeal_day)))
        if not absentia and custody != "none" and sentences[-1].punishment != "imprisonment":
            story.add(
                "release",
                verdict_day,
                "Released from custody after the verdict",
                "Освобождён(а) после приговора",
            )
        elif not absentia and sentences[-1].punishment == "imprisonment":
            story.add(
                "release", term_days, "Released after serving the sentence", "Освобождён(а) по отбытии срока"
            )
    elif outcome == "acquitted" and custody != "none":
        story.add("release", verdict_day, "Released after the acquittal", "Освобождён(а) после оправдания")
    charges = _charges(rng, rows, outcome, [0, *added_days], verdict_day, start)
    status = CASE_STATUS.get(outcome, outcome)
    return GeneratedCase(number, "criminal", status, charges, tuple(sentences), story.events(start, HORIZON))


def _charges(
    rng: random.Random,
    rows: list[dict[str, Any]],
    outcome: str,
    days: list[int],
    verdict_day: int,
    start: datetime.date,
) -> tuple[GeneratedCharge, ...]:
    def on(day: int) -> str:
        return (start + datetime.timedelta(days=day)).isoformat()

    charges = [
        GeneratedCharge(
            "RU-UK",
            row["article"],
            row["part"],
            FINAL_CHARGE_STATUS.get(outcome, "added" if i else "charged"),
            on(day),
        )
        for i, (row, day) in enumerate(zip(rows, days, strict=True))
    ]
    # At the verdict the court sometimes reclassifies the main charge to another part of the same article.
    main = charges[0]
    other_parts = [row["part"] for row in pattern_rows(main.article) if row["part"] != main.part]
    if outcome == "sentenced" and other_parts and rng.random() < 0.3:
        charges[0] = GeneratedCharge(
            main.code, main.article, main.part, "reclassified", main.date, len(charges)
        )
        charges.append(GeneratedCharge(main.code, main.article, other_parts[0], "convicted", on(verdict_day)))
    return tuple(charges)


def _appeal(rng: random.Random, imposed: GeneratedSentence, when: datetime.date) -> GeneratedSentence:
    months = imposed.years * 12 + imposed.months
    if months > 12 and rng.random() < 0.15:
        months -= rng.randint(1, 6)  # appeal courts now and then shave a few months off
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
