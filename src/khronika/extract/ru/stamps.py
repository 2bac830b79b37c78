"""Dates a paragraph gets from its head: a newsroom update stamp or a news agency's dateline.

«11:32 …», «UPD 18:12 …», «UPD (01:20): …», «Обновлено 18:12»: an update of a live report, made the day the
item was published, or the night after it when stamped before 5 a.m. (unless the stamp states a date, which
``khronika.dates`` then finds in the sentence).
«МОСКВА, 7 марта. /ТАСС/. …»: the agency's dateline dates the paragraph it opens.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

_TIME_STAMP = re.compile(
    r"^[ \t]*(?:(?:UPD|Upd|upd|Обновлено|Обновление|Дополнено)\.?[ \t]*)?\(?[ \t]*"
    r"([01]?\d|2[0-3]):[0-5]\d\b(?![.:]\d)",
    re.MULTILINE,
)
# A place in capitals, a day and month, and the agency: «МОСКВА, 7 марта. /ТАСС/.», «КАЗАНЬ, 7 марта — РИА».
_DATELINE = re.compile(
    r"^[ \t]*[А-ЯЁA-Z][А-ЯЁA-Z-]+(?:[ -][А-ЯЁA-Z][А-ЯЁA-Z-]+)*,[ \t]+(\d{1,2}[ \t]+[а-яё]+(?:[ \t]+\d{4})?)"
    r"(?=[ \t]*[./—–-])",
    re.MULTILINE,
)


_NIGHT_ENDS = 5
_DAY_ISO = re.compile(r"\d{4}-\d\d-\d\d")


def _following(day: str, published: datetime.date) -> str:
    """A live report's day heading read as the latest such day before publication («30 января» in a report
    opened on 29 January) is the coming one: the report went on after it was published."""
    found = datetime.date.fromisoformat(day)
    try:
        later = found.replace(year=found.year + 1)
    except ValueError:
        return day
    return later.isoformat() if published < later <= published + datetime.timedelta(days=7) else day


def _line(text: str, pos: int) -> str:
    """The line of ``text`` that ``pos`` is on."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def day_headings(text: str, dates: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Days written on a line of their own («30 января», «20.03.2022»): each heads the entries of that day
    in a live report or a chronicle running several days. (position, EDTF day), in text order."""
    return [
        (d[0], d[2]) for d in dates
        if _DAY_ISO.fullmatch(d[2]) and _line(text, d[0]).strip(" \t.:") == text[d[0] : d[1]].strip(" \t.:")
    ]  # fmt: skip


def paragraph_dates(
    text: str,
    paragraph_of: Callable[[int], int],
    dates: list[tuple[int, int, str]],
    published: datetime.date | None,
) -> dict[int, str]:
    """The date each stamped paragraph (by index) gets, for facts whose own sentence states none."""
    found: dict[int, str] = {}
    headers = day_headings(text, dates)
    if published is not None:
        for m in _TIME_STAMP.finditer(text):
            header = [day for pos, day in headers if pos < m.start()]
            if header:
                found[paragraph_of(m.start())] = _following(header[-1], published)
                continue
            # An update stamped between midnight and five in the morning was made in the night after the day
            # the item was published: newsrooms do not open a live report at 1 a.m.
            night = int(m.group(1)) < _NIGHT_ENDS
            day = published + datetime.timedelta(days=1) if night else published
            found[paragraph_of(m.start())] = day.isoformat()
    for m in _DATELINE.finditer(text):
        stated = [d[2] for d in dates if d[0] >= m.start(1) and d[1] <= m.end(1) + 1]
        if stated:
            found[paragraph_of(m.start())] = stated[0]
    return found


# «Сейчас Резникова оставляют на ночь в ОВД», «задержанные сейчас находятся в отделе»: people held in a
# police station now were detained today.
_HELD_NOW = re.compile(
    r"\b(?:[Сс]ейчас|[Вв]\s+настоящий\s+момент|[Вв]\s+данный\s+момент)\b[^.!?\n]{0,60}?"
    r"\b(?:ОВД|отдел\w*\s+полиции|отдел\w*|автозак\w*|спецприемник\w*)"
    r"|\bоставляют\s+(?:[\w-]+\s+){0,2}на\s+ночь\b"
    # «Обыски у A, B и C уже закончились», «обыски продолжаются»: searches of the day, as it is reported
    r"|\b[Оо]быск\w*\s+[^.!?\n]{0,80}?\bуже\s+(?:закончил|заверш)\w*|\b[Оо]быск\w*\s+(?:продолжа|ид[уё]т)\w*"
    # «…, сейчас допрашивают в здании ЦПЭ», an «UPD:» line: as it happens
    r"|\b(?:[Сс]ейчас|[Вв]\s+настоящий\s+момент)\b[^.!?\n]{0,40}?\b(?:допрашива|удержива|держат|везут)\w*"
    r"|^[ \t]*UPD\b",
    re.MULTILINE,
)


def is_chronicle(text: str, headings: list[tuple[int, str]]) -> bool:
    """A live report or chronicle: entries stamped with the time of day or headed by their day."""
    return bool(headings) or _TIME_STAMP.search(text) is not None


def is_live(text: str) -> bool:
    """A live report: updates stamped with the time of day, or people held in a police station now, so what
    it tells happened on the day."""
    return _TIME_STAMP.search(text) is not None or _HELD_NOW.search(text) is not None


_UPDATE_HEAD = re.compile(r"[ \t]*(?:UPD|Upd|upd|Обновлено|Обновление|Дополнено)\b")
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_UPDATE_REACH = datetime.timedelta(days=120)


def updates_after(
    dates: list[tuple[int, int, str]], text: str, published: datetime.date | None
) -> list[tuple[int, int, str]]:
    """``dates`` with the yearless days of an update paragraph («Обновлено. 28 марта суд приговорил…» in an
    item of 17 March) moved to the first such day after publication: an update tells what came later."""
    if published is None:
        return dates
    out = []
    for start, end, edtf in dates:
        head = text.rfind("\n", 0, start) + 1
        if (
            _DAY_ISO.fullmatch(edtf)
            and not _YEAR_WRITTEN.search(text, start, end)
            and _UPDATE_HEAD.match(text, head)
            and datetime.date.fromisoformat(edtf) < published
        ):
            later = _year_later(datetime.date.fromisoformat(edtf))
            if later is not None and published < later <= published + _UPDATE_REACH:
                edtf = later.isoformat()
        out.append((start, end, edtf))
    return out


def _year_later(day: datetime.date) -> datetime.date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None
