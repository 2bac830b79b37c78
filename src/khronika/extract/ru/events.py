"""Dated events: a search, a detention, a verdict… with the persons it happened to and its date."""

from __future__ import annotations

import re

from khronika.extract.facts import Event, Sentence, Span
from khronika.extract.ru.context import CLAUSE_BOUNDARY, Context, within
from khronika.extract.ru.cues import EVENT_CUES, SPEECH

# «приговорил к штрафу» is a verdict, not an administrative fine; «арестовал на 15 суток» is a verdict too.
_OWN_SENTENCE = ("designation", "search")
_THEN = re.compile(r"\s*(?:Тогда(?:\s+же)?|В\s+(?:тот|этот)(?:\s+же)?\s+день)\b")
# «А в Казани задержали…», «Также задержали…»: the same kind of fact as the sentence before, on its day.
_ALSO = re.compile(r"\s*(?:А|Также|Кроме\s+того|Еще|Ещё)\b")
# «Об этом сегодня, 7 марта, сообщили в суде»: the report that follows a fact dates it.
_REPORT = re.compile(r"\s*Об\s+этом\b")
_LIVE = re.compile(r"(?:задержан|арестован|оштрафован|обыскан)[аоы]?", re.IGNORECASE)
_SUPERSEDES = {"verdict": ("fine", "pretrial_detention")}


def find_events(
    ctx: Context, dates: list[tuple[int, int, str]], stamps: dict[int, str], today: str | None = None
) -> tuple[list[Event], set[str]]:
    """Events with a date, and the ids of every person some event (dated or not) happened to.

    ``today`` (the publication day) dates a live report's short participle with no date of its own:
    «Директор издательства Иван Петров задержан».
    """
    events: list[Event] = []
    persecuted: set[str] = set()
    for sentence in ctx.sentences:
        cues = ctx.cues.get(("events", sentence.start))
        if cues is None:
            piece = ctx.masked[sentence.start : sentence.end]
            cues = [
                (sentence.start + m.start(), sentence.start + m.end(), label)
                for label, pattern in EVENT_CUES
                for m in pattern.finditer(piece)
            ]
            ctx.cues[("events", sentence.start)] = cues
        labels = {c[2] for c in cues}
        cues = [c for c in cues if not any(c[2] in _SUPERSEDES.get(lab, ()) for lab in labels)]
        seen: set[tuple[str, str | None, tuple[str, ...]]] = set()
        for start, end, label in sorted(cues):
            # Organisations are liquidated and designated too: such a fact needs a person in its own sentence.
            # A search with nobody named in its sentence is usually of an office («обыски у сотрудников…»).
            pids = (
                [] if label == "liquidation" else ctx.attach(start, end, fallback=label not in _OWN_SENTENCE)
            )
            persecuted.update(pids)
            date = _date_for(ctx.text, dates, start, end, sentence.start, sentence.end) or stamps.get(
                sentence.paragraph
            )
            if date is None and today and _LIVE.fullmatch(ctx.text[start:end]):
                date = today
            if date is None and _THEN.match(ctx.text[sentence.start : sentence.end]):
                date = _previous_date(ctx, dates, sentence.start)
            if date is None and _ALSO.match(ctx.text[sentence.start : sentence.end]):
                date = _previous_date(ctx, dates, sentence.start, label)
            if date is None:
                date = _report_date(ctx, dates, ctx.sentence_index(sentence) + 1)
            if date is None:
                continue
            date = date.split("/")[0] if "/" in date and not date.startswith("..") else date
            k = (label, date, tuple(pids))
            if k in seen:
                continue
            seen.add(k)
            evidence: Span = {
                "start": sentence.start,
                "end": sentence.end,
                "text": ctx.text[sentence.start : sentence.end],
            }
            events.append({"type": label, "date": date, "persons": pids, "evidence": evidence})
    return _drop_vaguer(events), persecuted


def _previous_date(
    ctx: Context, dates: list[tuple[int, int, str]], start: int, label: str | None = None
) -> str | None:
    """The last date of the sentence before ``start``: what «Тогда…» and «В тот же день…» point back to.

    With ``label``, only when that sentence reports the same kind of fact («А в Казани задержали…»).
    """
    sentence = ctx.sentence_at(max(0, start - 1))
    if sentence is None:
        index = ctx.sentence_index_before(start)
        sentence = ctx.sentences[index] if index >= 0 else None
    if sentence is None:
        return None
    if label is not None and not any(c[2] == label for c in ctx.cues.get(("events", sentence.start), [])):
        return None
    inside = within(dates, sentence.start, sentence.end)
    return inside[-1][2] if inside else None


def _report_date(ctx: Context, dates: list[tuple[int, int, str]], index: int) -> str | None:
    """The date of sentence ``index`` when it reports the one before it.

    «Ивана Соколова приговорили… Об этом сегодня, 7 марта, сообщили в суде.»
    """
    if index >= len(ctx.sentences):
        return None
    nxt = ctx.sentences[index]
    piece = ctx.text[nxt.start : nxt.end]
    if not _REPORT.match(piece) or not SPEECH.search(piece):
        return None
    inside = within(dates, nxt.start, nxt.end)
    return inside[0][2] if len({d[2] for d in inside}) == 1 else None


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


def verdicts_from_sentences(events: list[Event], sentences: list[Sentence]) -> list[Event]:
    """A dated first-instance sentence is a verdict of that date («…а Разумову — к семи годам»)."""
    out = list(events)
    for s in sentences:
        if s["stage"] != "imposed" or not s["date"] or not s["person"] or s["punishment"] == "fine":
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
    text: str, dates: list[tuple[int, int, str]], start: int, end: int, s_start: int, s_end: int
) -> str | None:
    """The date in the same sentence nearest to the cue; one before the cue wins a tie."""
    inside = within(dates, s_start, s_end)
    if not inside:
        return None

    def distance(d: tuple[int, int, str]) -> float:
        if d[1] <= start:
            return start - d[1] + 200 * len(CLAUSE_BOUNDARY.findall(text[d[1] : start]))
        return (d[0] - end) * 1.5 + 200 * len(CLAUSE_BOUNDARY.findall(text[end : d[0]]))

    return min(inside, key=distance)[2]
