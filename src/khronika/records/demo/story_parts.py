"""Building blocks of generated case histories: the article table, a timeline, sentences, protocols."""

from __future__ import annotations

import datetime
import random
from typing import Any

from khronika.records.generate import (
    GeneratedCase,
    GeneratedCharge,
    GeneratedEvent,
    GeneratedSentence,
    generator_table,
)

CRIMINAL: list[dict[str, Any]] = generator_table("case_patterns.json")["criminal"]
ADMINISTRATIVE: list[dict[str, Any]] = generator_table("case_patterns.json")["administrative"]
#: Nothing generated happens after this day, so the output does not depend on the day it is made.
HORIZON = datetime.date(2026, 6, 30)
#: Articles whose convicts mostly go to strict-regime colonies (terrorism, treason).
STRICT_ARTICLES = frozenset({"205", "205.1", "205.5", "275", "275.1"})
#: Default description of each event type, in English and Russian.
EVENT_TEXT = {
    "search": ("Home searched", "Обыск дома"),
    "detention": ("Detained", "Задержан(а)"),
    "pretrial_detention": ("Remanded in pretrial detention", "Арестован(а), помещён(а) в СИЗО"),
    "house_arrest": ("Placed under house arrest", "Помещён(а) под домашний арест"),
    "charge": ("Charged", "Предъявлено обвинение"),
    "trial": ("Court hearing", "Судебное заседание"),
    "verdict": ("Verdict", "Приговор"),
    "appeal": ("Appeal heard", "Рассмотрена апелляция"),
    "release": ("Released", "Освобождён(а)"),
    "fine": ("Fined", "Назначен штраф"),
    "designation": (
        "Added to the list of terrorists and extremists",
        "Внесён(а) в перечень террористов и экстремистов",
    ),
    "emigration": ("Left Russia", "Уехал(а) из России"),
    "other": ("Questioned by investigators", "Допрошен(а) следователем"),
}
#: What a filler event in a stretch of the story means (extensions of custody, hearings, questioning).
FILLER_TEXT = {
    "pretrial_detention": ("Pretrial detention extended", "Продлён срок содержания под стражей"),
    "house_arrest": ("House arrest extended", "Продлён срок домашнего ареста"),
    "trial": ("Court hearing", "Судебное заседание"),
    "other": ("Questioned by investigators", "Допрошен(а) следователем"),
}


def pattern_rows(article: str) -> list[dict[str, Any]]:
    """The criminal pattern rows (one per part) of ``article``."""
    return [row for row in CRIMINAL if row["article"] == article]


class Timeline:
    """Events of one case as day offsets from its start; stretches are padded with filler to ``target``."""

    def __init__(self, rng: random.Random, target: int) -> None:
        self.rng = rng
        self.target = target
        self.items: list[tuple[int, str, str, str]] = []
        self.stretches: list[tuple[str, int, int]] = []

    def add(self, kind: str, day: int, en: str | None = None, ru: str | None = None) -> None:
        default_en, default_ru = EVENT_TEXT[kind]
        self.items.append((day, kind, en or default_en, ru or default_ru))

    def fill(self, kind: str, first: int, last: int) -> None:
        """Allow filler events of ``kind`` between day ``first`` and day ``last``."""
        if last > first:
            self.stretches.append((kind, first, last))

    @property
    def last_day(self) -> int:
        return max(day for day, *_ in self.items)

    @property
    def first_day(self) -> int:
        return min(day for day, *_ in self.items)

    def events(self, start: datetime.date, horizon: datetime.date) -> tuple[GeneratedEvent, ...]:
        """The dated events, filler included, in date order; nothing after ``horizon``."""
        items = list(self.items)
        missing = max(0, self.target - len(items))
        for index, (kind, first, last) in enumerate(self.stretches):
            share = missing // len(self.stretches) + (1 if index < missing % len(self.stretches) else 0)
            step = (last - first) / (share + 1)
            for slot in range(1, share + 1):
                en, ru = FILLER_TEXT[kind]
                items.append((first + round(step * slot), kind, en, ru))
        items.sort(key=lambda item: item[0])
        dated = []
        for day, kind, en, ru in items:
            when = start + datetime.timedelta(days=day)
            if when > horizon:
                continue
            # Press reports sometimes give only the month.
            date = when.isoformat()[:7] if self.rng.random() < 0.08 else when.isoformat()
            dated.append(GeneratedEvent(kind, date, en, ru))
        return tuple(dated)


def draw_sentence(
    rng: random.Random, sex: str, rows: list[dict[str, Any]], verdict: datetime.date, absentia: bool
) -> tuple[list[GeneratedSentence], int]:
    """The prosecution's request and the imposed sentence, and the term in days counted from detention."""
    with_years = [row for row in rows if row["years"]]
    fines = [row["fine"] for row in rows if row["fine"]]
    choice = "fine"
    if with_years:
        weights = (0 if absentia else 14, 14 if fines else 0, 0 if absentia else 10)
        choice = rng.choices(("imprisonment", "suspended", "fine", "restriction"), weights=(62, *weights))[0]
    date = verdict.isoformat()
    if choice == "fine":
        low, high = max(fines, key=lambda pair: pair[1])
        amount = int(round(rng.uniform(low, high), -4))
        asked = GeneratedSentence(
            "requested", "fine", date, amount=int(round(amount * 1.5, -4)), currency="RUB"
        )
        return [asked, GeneratedSentence("imposed", "fine", date, amount=amount, currency="RUB")], 0
    low, high = max((row["years"] for row in with_years), key=lambda pair: pair[1])
    if choice in {"suspended", "restriction"}:
        high = min(high, 8 if choice == "suspended" else 4)
    # Courts cluster near the lower middle of the range; half-year steps as in most verdicts.
    months = 6 * round((low + (high - low) * rng.random() ** 1.6) * 2)
    months += 6 * rng.randint(0, 2) * (len(rows) - 1)
    kind = {"restriction": "restriction_of_freedom"}.get(choice, choice)
    regime = None
    if kind == "imprisonment":
        strict = any(row["article"] in STRICT_ARTICLES for row in rows) or months >= 120
        regime = "general" if sex == "female" else ("strict" if strict and rng.random() < 0.85 else "general")
    asked_months = months + 12 * rng.randint(1, 4)
    asked = GeneratedSentence("requested", kind, date, asked_months // 12, asked_months % 12, regime=regime)
    imposed = GeneratedSentence("imposed", kind, date, months // 12, months % 12, regime=regime)
    return [asked, imposed], round(months * 30.44) if kind == "imprisonment" else 0


def administrative_case(
    rng: random.Random, number: str, when: datetime.date, article: str | None = None, hearings: int = 0
) -> GeneratedCase:
    """One administrative protocol: detention (often), the protocol, a hearing, a fine or an arrest."""
    pool = [row for row in ADMINISTRATIVE if article is None or row["article"] == article]
    row = rng.choices(pool, weights=[r["weight"] for r in pool])[0]
    story = Timeline(rng, target=0)
    detained = article is None and rng.random() < 0.75
    if detained:
        story.add("detention", 0)
    story.add(
        "charge",
        0,
        "Administrative offence report drawn up",
        "Составлен протокол об административном правонарушении",
    )
    court_day = rng.randint(1, 3) if detained else rng.randint(10, 60)
    for hearing in range(hearings):
        story.add("trial", court_day + 7 * hearing, "Hearing adjourned", "Заседание отложено")
    court_day += 7 * hearings
    story.add("trial", court_day, "Court hearing", "Судебное заседание")
    charge = GeneratedCharge("RU-KoAP", row["article"], row["part"], "convicted", when.isoformat())
    decided = (when + datetime.timedelta(days=court_day)).isoformat()
    if row["arrest_days"] and detained and rng.random() < 0.3:
        days = rng.randint(*row["arrest_days"])
        story.add("verdict", court_day, "Administrative arrest ordered", "Назначен административный арест")
        story.add(
            "release", court_day + days, "Released after administrative arrest", "Освобождён(а) после ареста"
        )
        sentence = GeneratedSentence("imposed", "administrative_arrest", decided, days=days)
    else:
        amount = int(round(rng.uniform(*row["fine"]), -3))
        story.add("fine", court_day)
        sentence = GeneratedSentence("imposed", "fine", decided, amount=amount, currency="RUB")
    events = story.events(when, HORIZON)
    return GeneratedCase(number, "administrative", "closed", (charge,), (sentence,), events)
