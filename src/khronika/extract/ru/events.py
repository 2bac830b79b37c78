"""Dated events: a search, a detention, a verdict… with the persons it happened to and its date."""

from __future__ import annotations

import itertools
import re

from khronika.extract.facts import Event
from khronika.extract.ru.actor_types import named_persons
from khronika.extract.ru.context import CLAUSE_BOUNDARY, Context, Sentence
from khronika.extract.ru.cues import EVENT_CUES, EVENT_KEYS
from khronika.extract.ru.dating import date_of, same_kind_before
from khronika.extract.ru.event_objects import (
    COUNTED,
    COUNTED_LIST,
    LATER,
    MASS,
    UNNAMED,
    described_object,
    detention_before,
    nobodys_search,
    searched_before,
)
from khronika.extract.ru.term_items import is_inline_item

# «приговорил к штрафу» is a verdict, not an administrative fine; «арестовал на 15 суток» is a verdict too.
_OWN_SENTENCE = ("designation", "search")
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*]|\d{1,2}[.)])\s")
_ITEM_LINE = re.compile(r"[ \t]*\n\s*")  # «Также в список попали:\n\nпоэтесса …;\n\nполитик …»
# «Минюст обновил реестр «иноагентов». В него вошли журналист Иван Петров и…»: the sentence after a
# designation that names nobody lists whom it was about.
_DESIGNATED_NEXT = re.compile(
    r"\s*(?:(?:Также\s+|Кроме\s+того,?\s+|Сегодня\s+|Вчера\s+)?в\s+(?:[\w-]+\s+)?(?:него|нее|неё|них|список|реестр|перечень)\w*\b"
    r"|Среди\s+(?:них|новых|внесенных|внесённых|включенных|включённых)\b|Им(?:и)?\s+(?:стал|стали|признан)\w*\b"
    r"|(?:Новыми\s+)?(?:«|\")?иноагент\w*(?:»|\")?\s+(?:стал|стали|признан\w*)\b)",
    re.I,
)
# «Обыски проходят у семи человек. Среди них глава совета Олег Орлов, …»: the group a fact happened to, named
# in the sentence after.
_AMONG_THEM = re.compile(
    # «…задержано 13 человек. Это Лев Лямшин, Владимир Писарев, …»: the names of the counted
    r"\s*(?:Среди\s+них|В\s+их\s+числе|В\s+том\s+числе|(?-i:Это|Ими\s+стали)\s+(?=[А-ЯЁ][а-яё]+\s+[А-ЯЁ]))\b",
    re.I,
)
_ON_THE_DAY = ("detention", "release")
# «Ранее был задержан сам Алексей Навальный»: what a live report recalls happened before its day
_EARLIER = re.compile(r"\s*(?:Ранее|До\s+этого|Прежде|Еще\s+раньше|Ещё\s+раньше|Раньше)\b")
_CASSATION = re.compile(r"\bВерховн\w+\s+суд\w*(?!\s+(?:Республик|республик))|\bкассац\w*", re.I)
_APPEAL_WORD = re.compile(r"\bапелляц\w*", re.I)
_DAYS = re.compile(r"\bна\s+(?:\d+|[а-яё]+)\s+сут(?:ок|ки)\b|\bадминистративн\w*\s+арест", re.I)
_SUPERSEDES = {"verdict": ("fine", "pretrial_detention")}
_KOAP = re.compile(r"\bКоАП\b")
_UK = re.compile(r"\bУК\b")


def find_events(
    ctx: Context,
    dates: list[tuple[int, int, str]],
    stamps: dict[int, str],
    today: str | None = None,
    live: bool = False,
    headings: list[tuple[int, str]] | None = None,
) -> tuple[list[Event], set[str]]:
    """Events with a date, and the ids of every person some event (dated or not) happened to.

    ``today`` (the publication day) dates a live report's short participle with no date of its own:
    «Директор издательства Иван Петров задержан». In a ``live`` report (updates stamped «UPD 18:12») every
    detention and release told with no date happened that day; under a day heading (``headings``: «20.03.2022»
    on a line of its own, in a chronicle) they happened on that day.
    """
    events: list[Event] = []
    persecuted: set[str] = set()
    head: tuple[str, str | None] | None = None  # «Минюст объявил «иноагентами»:», the list's kind and date
    pending: tuple[int, str | None] | None = None  # a designation that named nobody: its sentence and date
    group: tuple[int, str, str] | None = None  # a dated fact that named nobody: its sentence, kind and date
    # Where the sentence before ended: a list item stands on a line of its own after «:» or «;».
    previous_end = 0
    for index, sentence in enumerate(ctx.sentences):
        piece = ctx.text[sentence.start : sentence.end]
        item_line = ctx.text[max(0, previous_end - 1) : previous_end] in (":", ";") and bool(
            _ITEM_LINE.fullmatch(ctx.text, previous_end, sentence.start)
        )
        previous_end = sentence.end
        if head is not None and (_LIST_ITEM.match(piece) or item_line):
            # «- журналиста Максима Кузина — за высказывания…»: an item of the list the head announced.
            pids = ctx.attach(sentence.start, sentence.start + 1, fallback=False)
            persecuted.update(pids)
            if head[1] is not None and pids:
                events.append(
                    {"type": head[0], "date": head[1], "persons": pids, "evidence": ctx.quote(sentence)}
                )
            continue
        head = None
        cues = _cues(ctx, sentence)
        if pending is not None and index - pending[0] <= 3 and _DESIGNATED_NEXT.match(piece):
            if piece.rstrip().endswith(":"):
                head = ("designation", pending[1])  # «В него включили:» and a list of names follows
                continue
            if not cues:
                named = [a for a in sentence.actors if a.named and a.role in (None, "commentator")]
                pids = [pid for a in named for pid in a.pids]
                persecuted.update(pids)
                if pending[1] is not None and pids:
                    events.append(
                        {"type": "designation", "date": pending[1], "persons": list(dict.fromkeys(pids)),
                         "evidence": ctx.quote(sentence)}
                    )  # fmt: skip
                pending = None
                continue
        item = group is not None and not cues and index - group[0] <= 3 and is_inline_item(ctx, sentence)
        named_next = (
            group is not None
            and index - group[0] == 1
            and (_AMONG_THEM.match(piece) or _opens_with_count(ctx, sentence, ctx.sentences[group[0]]))
        )
        if group is not None and not cues and (item or named_next):
            # «Среди них — A и B»; «…задержали ещё двух пикетчиков. Александра Тарасова — за пикет с плакатом
            # …. Антона Броусека — за …»: the items the dash carries the verb over to
            dash = re.search(r"\s[—–-]\s", piece) if item else None
            limit = sentence.start + dash.start() if dash else sentence.end
            pids = named_persons([a for a in sentence.actors if a.end <= limit])
            persecuted.update(pids)
            if pids:
                events.append(
                    {"type": group[1], "date": group[2], "persons": pids, "evidence": ctx.quote(sentence)}
                )
        group = group if item else None
        seen: set[tuple[str, str | None, tuple[str, ...]]] = set()
        for start, end, label in cues:
            # Organisations are liquidated and designated too: such a fact needs a person in its own sentence.
            # A search with nobody named in its sentence is usually of an office («обыски у сотрудников…»).
            # «арестовал троих активистов», «увезла в отделение местную жительницу»: someone unnamed
            counted = COUNTED.match(ctx.text, end) is not None or UNNAMED.match(ctx.text, end) is not None
            if label == "search" and nobodys_search(ctx.text, end):
                continue  # «после обысков в так называемом «Зале царства»»: a place searched, not a home
            if label in ("detention", "search") and MASS.search(ctx.text, max(0, start - 20), start):
                continue  # «привели к массовым задержаниям по всей стране»: of many people, none named
            if described_object(ctx.text, start, end):
                continue  # «губернатор Куйвашев после задержания политика выступил…»: the politician's
            pids = (
                []
                if label == "liquidation"
                else ctx.attach(start, end, fallback=label not in _OWN_SENTENCE and not counted)
            )
            listed = COUNTED_LIST.match(ctx.masked, end, sentence.end)
            if listed is not None:
                # «сократил на два месяца сроки наказания четверым Свидетелям Иеговы: A …, B …, а C …»
                pids = named_persons(sentence.actors, listed.end()) or pids
            persecuted.update(pids)
            date = date_of(ctx, dates, stamps, today, index, (start, end, label))
            if date is None and label == "detention" and not LATER.search(piece):
                date = detention_before(ctx, events, index)
            if date is None and label == "charge" and not LATER.search(piece):
                date = searched_before(ctx, events, index)  # «После обысков … предъявили им обвинение»
            if date is None and label in _ON_THE_DAY and not _EARLIER.match(piece):
                heading = [day for pos, day in headings or [] if pos < start]
                date = heading[-1] if heading else today if live else None
            if label == "designation":
                if date is None and pending is not None and index - pending[0] <= 3:
                    date = pending[1]  # «В список попали…» after the sentence that dated the update
                if date is None:
                    date = same_kind_before(ctx, dates, stamps, index, label)  # «В этот же список включены…»
                pending = (index, date) if not pids else None
            if label != "liquidation" and piece.rstrip().endswith(":"):
                head = (label, date)
            if not pids and date is not None and label not in ("designation", "liquidation"):
                group = (index, label, date)
            if date is None or (label == "designation" and _bracketed(ctx.text, sentence.start, start)):
                continue  # «журналиста X (признан в РФ иностранным агентом)»: a status noted, not the event
            k = (label, date, tuple(pids))
            if k in seen:
                continue
            seen.add(k)
            events.append({"type": label, "date": date, "persons": pids, "evidence": ctx.quote(sentence)})
    return _drop_repeats(_drop_vaguer(events)), persecuted


def _bracketed(text: str, start: int, pos: int) -> bool:
    """True when ``pos`` stands inside a parenthesis opened in its sentence (which starts at ``start``)."""
    opened = text.rfind("(", start, pos)
    return opened >= 0 and ")" not in text[opened:pos]


def _cues(ctx: Context, sentence: Sentence) -> list[tuple[int, int, str]]:
    """The event cues of a sentence, in order (kept between the two attachment passes)."""
    kept = ctx.cues.get(("events-kept", sentence.start))
    if kept is not None:
        return kept
    cues = ctx.cues.get(("events", sentence.start))
    if cues is None:
        piece = ctx.masked[sentence.start : sentence.end]
        lowered = piece.lower()
        cues = [
            (sentence.start + m.start(), sentence.start + m.end(), label)
            for label, pattern in EVENT_CUES
            if any(key in lowered for key in EVENT_KEYS[label])
            for m in pattern.finditer(piece)
        ]
        ctx.cues[("events", sentence.start)] = cues
    if not _APPEAL_WORD.search(ctx.masked, sentence.start, sentence.end):
        # «Верховный суд отменил приговор», «кассационный суд оставил в силе»: a cassation, no appeal
        cues = [c for c in cues if c[2] != "appeal" or not _cassation_before(ctx, sentence.start, c[0])]
    if _DAYS.search(ctx.masked, sentence.start, sentence.end):
        # «арестовал Олега Орлова на 15 суток»: an administrative arrest is a verdict, not custody
        cues = [
            c
            for c in cues
            if not (
                c[2] == "pretrial_detention"
                and ctx.text[c[0] : c[1]].lower().startswith(("арест", "под страж"))
            )
        ]
    # «приговорили к штрафу», «осудили и взяли под стражу в зале суда»: the verdict's own parts, within its
    # clause («…заочно арестованы Р. и К., а Анна Монгайт была осуждена» tells two facts)
    # «оштрафовал …, признав их виновными в нарушении … (ч. 2 ст. 20.2 КоАП)»: an administrative court's
    # fine is the fine, not a verdict
    petty = _KOAP.search(ctx.text, sentence.start, sentence.end) and not _UK.search(
        ctx.text, sentence.start, sentence.end
    )
    kept = sorted(
        c
        for c in cues
        if not (petty and c[2] == "verdict" and any(o[2] == "fine" for o in cues))
        and not any(
            c[2] in _SUPERSEDES.get(other[2], ())
            and not (petty and other[2] == "verdict")
            and not CLAUSE_BOUNDARY.search(ctx.masked, min(c[1], other[1]), max(c[0], other[0]))
            for other in cues
        )
    )
    ctx.cues[("events-kept", sentence.start)] = kept
    return kept


def _cassation_before(ctx: Context, start: int, cue: int) -> bool:
    """A cassation court named in the clause of an appeal cue, before it."""
    clause = start
    for m in CLAUSE_BOUNDARY.finditer(ctx.masked, start, cue):
        clause = m.end()
    return _CASSATION.search(ctx.masked, clause, cue) is not None


def _drop_repeats(events: list[Event]) -> list[Event]:
    """A fact told twice (the lead and its update, «задержали» then «при задержании») is one event."""
    told: set[tuple[str, str | None, str]] = set()
    kept = []
    for e in events:
        fresh = [p for p in e["persons"] if (e["type"], e["date"], p) not in told]
        if e["persons"] and not fresh:
            continue
        told.update((e["type"], e["date"], p) for p in fresh)
        kept.append(e if fresh == e["persons"] else {**e, "persons": fresh})
    return kept


def _drop_vaguer(events: list[Event]) -> list[Event]:
    """«задержали в конце мая» beside «задержания 28 мая 2025 года»: keep the precise date of a fact."""
    kept = []
    for e in events:
        date = e["date"] or ""
        finer = any(
            o is not e and o["type"] == e["type"] and o["persons"] == e["persons"]
            and (o["date"] or "").startswith(date + "-")
            for o in events
        )  # fmt: skip
        if not finer:
            kept.append(e)
    return kept


_COUNT_WORDS = {"двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6, "семерых": 7}
_COUNT = re.compile(
    r"(?i)\b(" + "|".join(_COUNT_WORDS) + r"|\d{1,2})\s+(?:[а-яё-]+\s+){0,2}?(?:человек|участник|активист)"
)


def _opens_with_count(ctx: Context, sentence: Sentence, before: Sentence) -> bool:
    """«…задержали семерых участников акции. A, B, …, и G в 18:00 сели у камня»: a sentence that opens with a
    list of exactly as many names as the sentence before counted names that group."""
    m = _COUNT.search(ctx.text, before.start, before.end)
    if m is None:
        return False
    count = int(m.group(1)) if m.group(1).isdigit() else _COUNT_WORDS[m.group(1).lower()]
    named = sorted((a for a in sentence.actors if a.named and a.role is None), key=lambda a: a.start)
    if count < 3 or len(named) != count or named[0].start - sentence.start > 3:
        return False
    return all(
        re.fullmatch(r"\s*(?:,|и|,\s*и)\s*", ctx.text[a.end : b.start]) for a, b in itertools.pairwise(named)
    )
