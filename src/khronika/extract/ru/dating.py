"""Which date an event has: the dates of its own sentence, chosen by where they stand, else the story
around it (an update stamp, «Тогда…», «Об этом сообщили 7 марта», a hearing told just after, a search of the
same day before).
"""

from __future__ import annotations

import re

from khronika.extract.ru import morph
from khronika.extract.ru.context import CLAUSE_BOUNDARY, Context, within
from khronika.extract.ru.cues import OF_AN_ACTION, SPEECH
from khronika.extract.ru.custody_dates import held_for, measure_before

_THEN = re.compile(r"\s*(?:Тогда(?:\s+же)?|В\s+(?:тот|этот)(?:\s+же)?\s+день|После\s+этого|Затем|Потом)\b")
# «А в Казани задержали…», «В список также попали…»: the same kind of fact as just before, on its day.
_ALSO = re.compile(r"\s*(?:А\b|Кроме\s+того\b|(?:[\w«»\"-]+\s+){0,3}?(?:также|тоже|еще|ещё)\b)", re.I)

# «Об этом сегодня, 7 марта, сообщили в суде»: the report that follows a fact dates it.
_KNOWN = re.compile(r"\bстал[оа]?\s+известно\b", re.I)
_REPORT = re.compile(r"\s*Об\s+этом\b")
_LIVE = re.compile(r"(?:задержан|обыскан|доставлен)[аоы]?(?![а-яё])", re.IGNORECASE)
# «обыски проходят у семи человек», «идут обыски», «задерживают участников»: happening as the item is written.
_GOING_ON = re.compile(
    r"\bобыск\w*\s+(?:[\w-]+\s+){0,2}?(?:проход|ид)(?:ит|ят|ут)\b|\b(?:проход|ид)(?:ит|ят|ут)\s+обыск"
    r"|\b(?:задерживают|обыскивают)\b",
    re.IGNORECASE,
)
PARTICIPLE_BEFORE = re.compile(r"\b[а-яё]+(?:нн|вш|ем|им)(?:ому|ым|ого|ой|ую|ая|ый|ое|ые|ых)\s+$", re.I)
# «был оштрафован», «ранее задержан»: a participle in the past, not a live report of today.
_PAST_BEFORE = re.compile(r"\b(?:был[аио]?|ранее|уже|прежде|до\s+этого)\s+(?:\w+\s+)?$", re.I)

# «отклонил апелляцию на штраф, который назначили в декабре»: a date in a relative clause after the cue is the
# clause's own
_RELATIVE_CLAUSE = re.compile(
    # «обвинили в … из-за того, что в августе 2024 года они съездили…»: the reason's date is of the act
    r",\s*котор\w+\b|\b(?:из-за\s+того|за\s+то|потому),?\s+что\b",
    re.I,
)

# «Как сообщило вчера следственное управление, они были признаны виновными»: the day of the report.
_SAID = r"(?:сообщил|рассказал|рассказыва|расскаж|заявил|написал|уточнил|пояснил)\w*"
_SAID_BEFORE = re.compile(r"\b" + _SAID + r"\s+$", re.I)
# «…, сообщил он», «Сегодня Елизавета Нестерова рассказывает о …»: the day of the telling
SAID_AFTER = re.compile(r"\s*,?\s*(?:(?-i:[А-ЯЁ])[а-яё-]+\s+){0,2}" + _SAID + r"\b", re.I)


# «останутся под стражей как минимум до 27 апреля», «продлил арест до 5 мая»: a deadline, not the fact's day
_UNTIL = re.compile(r"(?<![\w-])(?:вплоть\s+)?до\s+$", re.I)


def _claimed(text: str, end: int, date_start: int, others: list[int]) -> bool:
    """True when a clause boundary and then another cue stand between a cue and a date after it."""
    boundary = CLAUSE_BOUNDARY.search(text, end, date_start)
    return boundary is not None and any(boundary.start() <= o < date_start + 40 for o in others)


_AFTER_SEARCHES = re.compile(r"\s*(?:После|По\s+итогам|В\s+ходе)\s+(?:[\w-]+\s+)?обыск", re.I)


def _chained(ctx: Context, dates: list[tuple[int, int, str]], index: int) -> str | None:
    """«Провели обыски 7 октября. X задержали»: an undated detention told after a search is of its day."""
    if index == 0:
        return None
    before = ctx.sentences[index - 1]
    if index >= 2 and _REPORT.match(ctx.text, before.start):
        before = ctx.sentences[index - 2]  # «…обыски 23 марта. Об этом сообщает портал. После обысков …»
    searches = [c for c in ctx.cues.get(("events", before.start), []) if c[2] == "search"]
    sentence = ctx.sentences[index]
    after_searches = _AFTER_SEARCHES.match(
        ctx.text, sentence.start
    )  # «После обысков задержали…» opens a paragraph
    if not searches or (before.paragraph != sentence.paragraph and not after_searches):
        return None
    return _date_for(ctx.text, dates, searches[-1][0], searches[-1][1], before.start, before.end)


def _custody_after(ctx: Context, dates: list[tuple[int, int, str]], index: int) -> str | None:
    """«Рыжов был задержан 1 ноября. Суд арестовал его на два месяца»: custody ordered right after a dated
    detention falls within days of it, so in its month (no finer: the day is not told)."""
    if index == 0:
        return None
    before, sentence = ctx.sentences[index - 1], ctx.sentences[index]
    # «8 сентября прошли обыски… Должикова увезли в Новосибирск и там поместили под арест»: after searches too
    detentions = [c for c in ctx.cues.get(("events", before.start), []) if c[2] in ("detention", "search")]
    if not detentions or before.paragraph != sentence.paragraph:
        return None
    found = _date_for(ctx.text, dates, detentions[-1][0], detentions[-1][1], before.start, before.end)
    return found[:7] if found and _DAY_OR_MONTH.match(found) else None


_DAY_OR_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")
_DAY_SPAN = re.compile(r"\d{4}-\d\d(?:-\d\d)?/\d{4}-\d\d(?:-\d\d)?")  # «с августа 2023 по август 2024»
_JUST_NOW = re.compile(r"\b(?:только|лишь)\s+(?:сейчас|теперь)\b", re.I)


_COURT_ACTS = ("verdict", "appeal", "trial", "charge", "fine")


_WHICH_CLAUSE = re.compile(r",\s+котор(?:ый|ая|ое|ые|ого|ой|ому|ую|ым|ом|ых|ыми)\b[^,.;]*")


def date_of(
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
    events_dated = dates
    if label in _COURT_ACTS:
        # «назначили за участие в митинге «Забастовка избирателей» 28 января»: the rally's day
        events_dated = [d for d in dates if not OF_AN_ACTION.search(ctx.text, max(0, d[0] - 60), d[0])]
    # «признал Габышева, который в январе объявил о походе, виновным»: the relative clause's date is its own
    clauses = [m.span() for m in _WHICH_CLAUSE.finditer(ctx.text, sentence.start, sentence.end)]
    events_dated = [
        d
        for d in events_dated
        if not any(a <= d[0] < b and not (a <= start < b or a < end <= b) for a, b in clauses)
    ]
    date = _date_for(ctx.text, events_dated, start, end, sentence.start, sentence.end, others) or stamps.get(
        sentence.paragraph
    )
    if date is not None and _DAY_SPAN.fullmatch(date) and label not in ("pretrial_detention", "house_arrest"):
        date = (
            None  # «События … произошли с 26 июля 2019 года по 20 ноября 2020 года»: what was done, not when
        )
    if date is None and today and _JUST_NOW.search(piece):
        date = today  # «Уголовное дело возбудили только сейчас»
    if date is None and label == "detention":
        date = _chained(ctx, dates, index)
    if date is None and label == "pretrial_detention":
        date = _custody_after(ctx, dates, index)
    if date is None and label in ("pretrial_detention", "house_arrest"):
        date = measure_before(ctx, dates, index)
    if date is None and today and label in ("pretrial_detention", "house_arrest"):
        date = held_for(piece, today)
    if (
        date is None
        and today
        and _LIVE.match(ctx.text, start, end)
        and not _PAST_BEFORE.search(ctx.text, sentence.start, start)
    ):
        date = today
    if (
        date is None
        and today
        and label in ("search", "detention")
        and _GOING_ON.search(ctx.text, max(sentence.start, start - 40), min(sentence.end, end + 40))
    ):
        date = today
    if date is None and _THEN.match(piece):
        date = _previous_date(ctx, dates, sentence.start)
    if date is None and (_ALSO.match(piece) or ctx.text[start:end].lower().startswith("среди")):
        date = same_kind_before(ctx, dates, stamps, index, label)
    if date is None:
        date = _report_date(ctx, dates, index + 1)
    if date is None and label in ("verdict", "appeal"):
        date = _hearing_date(ctx, dates, index)
    if date is not None and "/" in date and not date.startswith(".."):
        date = date.split("/")[0]
    return date


def same_kind_before(
    ctx: Context, dates: list[tuple[int, int, str]], stamps: dict[int, str], index: int, label: str
) -> str | None:
    """The date of the latest of the few sentences before that reports the same kind of fact."""
    for i in range(index - 1, max(-1, index - 4), -1):
        before = ctx.sentences[i]
        cues = [c for c in ctx.cues.get(("events", before.start), []) if c[2] == label]
        if cues:
            start, end, _ = cues[-1]
            found = _date_for(ctx.text, dates, start, end, before.start, before.end)
            if found is None and label == "detention":
                # «…провели обыски 23 марта. После обысков задержали 11 человек. Среди задержанных: …»
                found = _chained(ctx, dates, i)
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


_YEAR_ONLY = re.compile(r"\d{4}~?")
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+)\s+$")


def _year_of_noun(text: str, date: tuple[int, int, str]) -> bool:
    """«участника думских выборов 2021 года», «после протестов 2011 года»: a year right after a noun in the
    genitive dates that noun (the elections), not the fact of the sentence."""
    if not _YEAR_ONLY.fullmatch(date[2]):
        return False
    m = _WORD_BEFORE.search(text, max(0, date[0] - 30), date[0])
    if m is None or len(m.group(1)) < 4:
        return False  # «в 2022 году», «с 2021 года»: a preposition
    found = morph.parses(m.group(1).lower())
    return bool(found) and found[0].tag.POS == "NOUN" and found[0].tag.case == "gent"


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
        if not _year_of_noun(text, d)
        # a participle between the cue and the date, not the cue's own («задержанного 30 ноября»)
        and (d[0] < end or not PARTICIPLE_BEFORE.search(text, max(s_start, end), d[0]))
        and not _SAID_BEFORE.search(text, max(s_start, d[0] - 30), d[0])
        and not SAID_AFTER.match(text, d[1])
        and not _UNTIL.search(text, max(s_start, d[0] - 30), d[0])
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
