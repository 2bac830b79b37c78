"""Dated events: a search, a detention, a verdict… with the persons it happened to and its date."""

from __future__ import annotations

import re

from khronika.extract.facts import Event, Span
from khronika.extract.facts import Sentence as Term
from khronika.extract.ru.context import CLAUSE_BOUNDARY, Context, Sentence, within
from khronika.extract.ru.cues import EVENT_CUES, SPEECH

# «приговорил к штрафу» is a verdict, not an administrative fine; «арестовал на 15 суток» is a verdict too.
_OWN_SENTENCE = ("designation", "search")
_THEN = re.compile(r"\s*(?:Тогда(?:\s+же)?|В\s+(?:тот|этот)(?:\s+же)?\s+день|После\s+этого|Затем|Потом)\b")
# «А в Казани задержали…», «В список также попали…»: the same kind of fact as just before, on its day.
_ALSO = re.compile(r"\s*(?:А\b|Кроме\s+того\b|(?:[\w«»\"-]+\s+){0,3}?(?:также|тоже|еще|ещё)\b)", re.I)
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*]|\d{1,2}[.)])\s")
_ITEM_LINE = re.compile(r"[ \t]*\n\s*")  # «Также в список попали:\n\nпоэтесса …;\n\nполитик …»
# «Минюст обновил реестр «иноагентов». В него вошли журналист Иван Петров и…»: the sentence after a
# designation that names nobody lists whom it was about.
_DESIGNATED_NEXT = re.compile(
    r"\s*(?:(?:Также\s+|Кроме\s+того,?\s+)?в\s+(?:[\w-]+\s+)?(?:него|нее|неё|них|список|реестр|перечень)\w*\b"
    r"|Среди\s+(?:них|новых|внесенных|внесённых|включенных|включённых)\b|Им(?:и)?\s+(?:стал|стали|признан)\w*\b"
    r"|(?:Новыми\s+)?(?:«|\")?иноагент\w*(?:»|\")?\s+(?:стал|стали|признан\w*)\b)",
    re.I,
)
# «Об этом сегодня, 7 марта, сообщили в суде»: the report that follows a fact dates it.
_KNOWN = re.compile(r"\bстал[оа]?\s+известно\b", re.I)
_REPORT = re.compile(r"\s*Об\s+этом\b")
_LIVE = re.compile(r"(?:задержан|арестован|оштрафован|обыскан)[аоы]?", re.IGNORECASE)
PARTICIPLE_BEFORE = re.compile(r"\b[а-яё]+(?:нн|вш|ем|им)(?:ому|ым|ого|ой|ую|ая|ый|ое|ые|ых)\s+$", re.I)
# «был оштрафован», «ранее задержан»: a participle in the past, not a live report of today.
_PAST_BEFORE = re.compile(r"\b(?:был[аио]?|ранее|уже|прежде|до\s+этого)\s+(?:\w+\s+)?$", re.I)
_ON_THE_DAY = ("detention", "release")
# «отклонил апелляцию на штраф, который назначили в декабре»: a date in a relative clause after the cue is the
# clause's own
_RELATIVE_CLAUSE = re.compile(r",\s*котор\w+\b", re.I)
_CASSATION = re.compile(r"\bВерховн\w+\s+суд\w*(?!\s+(?:Республик|республик))|\bкассац\w*", re.I)
_APPEAL_WORD = re.compile(r"\bапелляц\w*", re.I)
# «Как сообщило вчера следственное управление, они были признаны виновными»: the day of the report.
_SAID = r"(?:сообщил|рассказал|заявил|написал|уточнил|пояснил)\w*"
_SAID_BEFORE = re.compile(r"\b" + _SAID + r"\s+$", re.I)
_SAID_AFTER = re.compile(r"\s*,?\s*" + _SAID + r"\b", re.I)
_UNNAMED = re.compile(
    r"\s+(?:(?:в|из)\s+[\w-]+\s+)?(?:[а-яё-]+(?:ую|ого|юю|его)\s+){0,2}(?:жительниц[уы]|жителя|мужчину|женщину|девушку"
    r"|парня|молодого\s+человека|пенсионер(?:а|ку)|студент(?:а|ку))(?![а-яё])(?!\s+[А-ЯЁ])",
)
_COUNTED = re.compile(
    r"\s+(?:(?:еще|ещё|более|около|не\s+менее)\s+)?(?:двоих|троих|четверых|пятерых|шестерых|семерых|нескольк\w+"
    r"|\d+(?:[\s\u00a0]\d{3})*|двух|тр[её]х"
    r"|четыр[её]х|пяти|шести|десят\w+|сотн\w+|десятк\w+)\s+(?:[а-яё-]+\s+){0,2}?"
    r"(?:человек|активист|участник|жител|студент|верующ|задержанн|протестующ|мужчин|женщин)",
    re.I,
)
_DAYS = re.compile(r"\bна\s+(?:\d+|[а-яё]+)\s+сут(?:ок|ки)\b|\bадминистративн\w*\s+арест", re.I)
_SUPERSEDES = {"verdict": ("fine", "pretrial_detention")}


def find_events(
    ctx: Context,
    dates: list[tuple[int, int, str]],
    stamps: dict[int, str],
    today: str | None = None,
    live: bool = False,
) -> tuple[list[Event], set[str]]:
    """Events with a date, and the ids of every person some event (dated or not) happened to.

    ``today`` (the publication day) dates a live report's short participle with no date of its own:
    «Директор издательства Иван Петров задержан». In a ``live`` report (updates stamped «UPD 18:12») every
    detention and release told with no date happened that day.
    """
    events: list[Event] = []
    persecuted: set[str] = set()
    head: tuple[str, str | None] | None = None  # «Минюст объявил «иноагентами»:», the list's kind and date
    pending: tuple[int, str | None] | None = None  # a designation that named nobody: its sentence and date
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
                    {"type": head[0], "date": head[1], "persons": pids, "evidence": _span(ctx, sentence)}
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
                         "evidence": _span(ctx, sentence)}
                    )  # fmt: skip
                pending = None
                continue
        seen: set[tuple[str, str | None, tuple[str, ...]]] = set()
        for start, end, label in cues:
            # Organisations are liquidated and designated too: such a fact needs a person in its own sentence.
            # A search with nobody named in its sentence is usually of an office («обыски у сотрудников…»).
            # «арестовал троих активистов», «увезла в отделение местную жительницу»: someone unnamed
            counted = _COUNTED.match(ctx.text, end) is not None or _UNNAMED.match(ctx.text, end) is not None
            pids = (
                []
                if label == "liquidation"
                else ctx.attach(start, end, fallback=label not in _OWN_SENTENCE and not counted)
            )
            persecuted.update(pids)
            date = _date_of(ctx, dates, stamps, today, index, (start, end, label))
            if date is None and live and today and label in _ON_THE_DAY:
                date = today
            if label == "designation":
                if date is None and pending is not None and index - pending[0] <= 3:
                    date = pending[1]  # «В список попали…» after the sentence that dated the update
                if date is None:
                    date = _same_kind_before(ctx, dates, stamps, index, label)  # «В этот же список включены…»
                pending = (index, date) if not pids else None
            if label != "liquidation" and piece.rstrip().endswith(":"):
                head = (label, date)
            if date is None:
                continue
            k = (label, date, tuple(pids))
            if k in seen:
                continue
            seen.add(k)
            events.append({"type": label, "date": date, "persons": pids, "evidence": _span(ctx, sentence)})
    return _drop_repeats(_drop_vaguer(events)), persecuted


def _cues(ctx: Context, sentence: Sentence) -> list[tuple[int, int, str]]:
    """The event cues of a sentence, in order (kept between the two attachment passes)."""
    kept = ctx.cues.get(("events-kept", sentence.start))
    if kept is not None:
        return kept
    cues = ctx.cues.get(("events", sentence.start))
    if cues is None:
        piece = ctx.masked[sentence.start : sentence.end]
        cues = [
            (sentence.start + m.start(), sentence.start + m.end(), label)
            for label, pattern in EVENT_CUES
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
    labels = {c[2] for c in cues}
    kept = sorted(c for c in cues if not any(c[2] in _SUPERSEDES.get(lab, ()) for lab in labels))
    ctx.cues[("events-kept", sentence.start)] = kept
    return kept


def _claimed(text: str, end: int, date_start: int, others: list[int]) -> bool:
    """True when a clause boundary and then another cue stand between a cue and a date after it."""
    boundary = CLAUSE_BOUNDARY.search(text, end, date_start)
    return boundary is not None and any(boundary.start() <= o < date_start + 40 for o in others)


def _chained(ctx: Context, dates: list[tuple[int, int, str]], index: int) -> str | None:
    """«Провели обыски 7 октября. X задержали»: an undated detention told after a search is of its day."""
    if index == 0:
        return None
    before = ctx.sentences[index - 1]
    searches = [c for c in ctx.cues.get(("events", before.start), []) if c[2] == "search"]
    if not searches or before.paragraph != ctx.sentences[index].paragraph:
        return None
    return _date_for(ctx.text, dates, searches[-1][0], searches[-1][1], before.start, before.end)


def _cassation_before(ctx: Context, start: int, cue: int) -> bool:
    """A cassation court named in the clause of an appeal cue, before it."""
    clause = start
    for m in CLAUSE_BOUNDARY.finditer(ctx.masked, start, cue):
        clause = m.end()
    return _CASSATION.search(ctx.masked, clause, cue) is not None


def _span(ctx: Context, sentence: Sentence) -> Span:
    return {"start": sentence.start, "end": sentence.end, "text": ctx.text[sentence.start : sentence.end]}


def _date_of(
    ctx: Context,
    dates: list[tuple[int, int, str]],
    stamps: dict[int, str],
    today: str | None,
    index: int,
    cue: tuple[int, int, str],
) -> str | None:
    """The date of the fact a cue in sentence ``index`` reports: its own sentence's, else from context."""
    start, end, label = cue
    sentence = ctx.sentences[index]
    piece = ctx.text[sentence.start : sentence.end]
    others = [c[0] for c in ctx.cues.get(("events", sentence.start), []) if c[0] > end and c[2] != label]
    date = _date_for(ctx.text, dates, start, end, sentence.start, sentence.end, others) or stamps.get(
        sentence.paragraph
    )
    if date is None and label == "detention":
        date = _chained(ctx, dates, index)
    if (
        date is None
        and today
        and _LIVE.fullmatch(ctx.text[start:end])
        and not _PAST_BEFORE.search(ctx.text, sentence.start, start)
    ):
        date = today
    if date is None and _THEN.match(piece):
        date = _previous_date(ctx, dates, sentence.start)
    if date is None and (_ALSO.match(piece) or ctx.text[start:end].lower().startswith("среди")):
        date = _same_kind_before(ctx, dates, stamps, index, label)
    if date is None:
        date = _report_date(ctx, dates, index + 1)
    if date is None and label in ("verdict", "appeal"):
        date = _hearing_date(ctx, dates, index)
    if date is not None and "/" in date and not date.startswith(".."):
        date = date.split("/")[0]
    return date


def _same_kind_before(
    ctx: Context, dates: list[tuple[int, int, str]], stamps: dict[int, str], index: int, label: str
) -> str | None:
    """The date of the latest of the few sentences before that reports the same kind of fact."""
    for i in range(index - 1, max(-1, index - 4), -1):
        before = ctx.sentences[i]
        cues = [c for c in ctx.cues.get(("events", before.start), []) if c[2] == label]
        if cues:
            start, end, _ = cues[-1]
            found = _date_for(ctx.text, dates, start, end, before.start, before.end)
            if found or before.paragraph in stamps:
                return found or stamps[before.paragraph]
    return None


def _previous_date(ctx: Context, dates: list[tuple[int, int, str]], start: int) -> str | None:
    """The last date of the sentence before ``start``: what «Тогда…» and «В тот же день…» point back to."""
    sentence = ctx.sentence_at(max(0, start - 1))
    if sentence is None:
        index = ctx.sentence_index_before(start)
        sentence = ctx.sentences[index] if index >= 0 else None
    if sentence is None:
        return None
    inside = within(dates, sentence.start, sentence.end)
    return inside[-1][2] if inside else None


_HEARING = re.compile(r"\s*(?:Судебное\s+)?[Зз]аседание\s+(?:[\w-]+\s+){0,3}?(?:состоял|прошл|проходил)\w*")


def _hearing_date(ctx: Context, dates: list[tuple[int, int, str]], index: int) -> str | None:
    """«Краевой суд сократил сроки… Заседание суда состоялось 24 мая.»: the hearing told a little later."""
    for nxt in ctx.sentences[index + 1 : index + 4]:
        piece = ctx.text[nxt.start : nxt.end]
        if _HEARING.match(piece):
            inside = {d[2] for d in within(dates, nxt.start, nxt.end)}
            return inside.pop() if len(inside) == 1 else None
    return None


def _report_date(ctx: Context, dates: list[tuple[int, int, str]], index: int) -> str | None:
    """The date of sentence ``index`` when it reports the one before it.

    «Ивана Соколова приговорили… Об этом сегодня, 7 марта, сообщили в суде.»
    """
    if index >= len(ctx.sentences):
        return None
    nxt = ctx.sentences[index]
    piece = ctx.text[nxt.start : nxt.end]
    if not _REPORT.match(piece) or not (SPEECH.search(piece) or _KNOWN.search(piece)):
        return None
    inside = within(dates, nxt.start, nxt.end)
    return inside[0][2] if len({d[2] for d in inside}) == 1 else None


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


def verdicts_from_sentences(
    events: list[Event], sentences: list[Term], administrative: set[str] | None = None
) -> list[Event]:
    """A dated first-instance sentence is a verdict of that date («…а Разумову — к семи годам»); a dated fine
    of a person charged only under the Code of Administrative Offences (``administrative``) is a fine."""
    out = list(events)
    for s in sentences:
        if s["stage"] != "imposed" or not s["date"] or not s["person"]:
            continue
        if s["punishment"] == "fine":
            if s["person"] in (administrative or set()) and not any(
                e["type"] in ("fine", "verdict") and s["person"] in e["persons"] and e["date"] == s["date"]
                for e in out
            ):
                out.append(
                    {"type": "fine", "date": s["date"], "persons": [s["person"]], "evidence": s["evidence"]}
                )
            continue
        if any(
            e["type"] == "verdict" and s["person"] in e["persons"] and e["date"] == s["date"] for e in out
        ):
            continue
        out.append(
            {"type": "verdict", "date": s["date"], "persons": [s["person"]], "evidence": s["evidence"]}
        )
    return out


def _date_for(
    text: str,
    dates: list[tuple[int, int, str]],
    start: int,
    end: int,
    s_start: int,
    s_end: int,
    others: list[int] | None = None,
) -> str | None:
    """The date in the same sentence nearest to the cue; one before the cue wins a tie.

    A date in a later clause that has a cue of its own (``others``) is that cue's: «были задержаны, а
    9 октября арестованы».
    """
    # «по составленному вчера протоколу»: a date inside a participle phrase after the cue dates that phrase.
    inside = [
        d
        for d in within(dates, s_start, s_end)
        if (d[0] < end or not PARTICIPLE_BEFORE.search(text, s_start, d[0]))
        and not _SAID_BEFORE.search(text, max(s_start, d[0] - 30), d[0])
        and not _SAID_AFTER.match(text, d[1])
        and not (
            d[0] >= end
            and (_claimed(text, end, d[0], others or []) or _RELATIVE_CLAUSE.search(text, end, d[0]))
        )
    ]
    if not inside:
        return None

    def distance(d: tuple[int, int, str]) -> float:
        if d[1] <= start:
            return start - d[1] + 200 * len(CLAUSE_BOUNDARY.findall(text[d[1] : start]))
        return (d[0] - end) * 1.5 + 200 * len(CLAUSE_BOUNDARY.findall(text[end : d[0]]))

    return min(inside, key=distance)[2]
