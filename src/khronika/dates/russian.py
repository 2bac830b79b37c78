"""Russian date expressions: «24 февраля 2022 года», «в начале 2000-х», «весной прошлого года», «вчера».

Regular expressions rather than a yargy grammar: they run in well under a millisecond per kilobyte,
and the expressions are short, fixed phrases. Ranges («с марта по май 2022 года») and appositions
(«в понедельник, 20 апреля») are joined afterwards from these pieces (see `finder`).
"""

from __future__ import annotations

import datetime
import re

from khronika.dates import relative
from khronika.dates.grammar import (
    Context,
    Reading,
    Rule,
    compile_rules,
    decade_start,
    plausible_year,
    point,
    trigger_pattern,
)
from khronika.dates.parts import Part, decade_part, month_part, year_part
from khronika.dates.vocabulary import (
    RU_COUNT_WORDS,
    RU_MONTH_ABBREVIATIONS,
    RU_MONTH_WORDS,
    RU_SEASON_WORDS,
    RU_WEEKDAY_WORDS,
    alternation,
)

_FULL_MONTHS = alternation(RU_MONTH_WORDS)
_ABBREVIATED = alternation(RU_MONTH_ABBREVIATIONS)


def _month(name: str = "mon") -> str:
    # An abbreviation must end in a dot («24 фев. 2022»), so «мар» or «дек» inside other words never count.
    return rf"(?P<{name}>(?:{_FULL_MONTHS})(?![а-яё])|(?:{_ABBREVIATED})\.)"


MONTH = _month()
YEAR = r"(?<![\d.,/№])(?P<y>\d{4})(?!\d|[.,]\d)"
SUFFIX = r"(?:\s?-\s?(?:го|й|м|ого|ом|ый))?"  # «2022-го», «2023-м»
YEAR_WORD = r"(?:\s+(?:год(?:а|у|ом|ах|ы|ов|ам)?|гг?\.|гг?(?![а-яё])))?"  # «года», «г.», «гг.»
_REL_YEAR = {"прошл": -1, "минувш": -1, "прошедш": -1, "позапрошл": -2, "эт": 0, "текущ": 0, "нынешн": 0}
_REL_YEAR.update({"следующ": 1, "будущ": 1})
REL_YEAR_GENITIVE = (
    r"(?P<rel>позапрошлого|прошлого|минувшего|прошедшего|этого|текущего|нынешнего|следующего|будущего)"
)
PART = (
    r"(?P<part>начал[еоау]|середин[еуыа]|конц[еау]|кон[еа]ц|"
    r"перв(?:ой|ая|ую)\s+половин[еуыа]|втор(?:ой|ая|ую)\s+половин[еуыа])"
)
SEASON = rf"(?P<s>{alternation(RU_SEASON_WORDS)})(?![а-яё])"
# Quantities a bare year must not be: «в 2000 рублей», «до 2000 человек».
UNITS = (
    r"тыс|млн|млрд|руб|р\.|долл|евро|%|процент|человек|чел\.|шт|км|метр|м(?![а-яё])|кг|грамм|час|минут|"
    r"лет(?![а-яё])|раз(?![а-яё])|суток|дн|сообщени|пост|публикац|страниц|файл|эпизод|подпис"
)
_DECADE_WORDS = {"двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60}
_DECADE_WORDS.update({"семидесят": 70, "восьмидесят": 80, "девяност": 90, "нулев": 0, "двухтысячн": 0})


def _part(text: str) -> Part:
    text = text.lower()
    if text.startswith("перв"):
        return "first_half"
    if text.startswith("втор"):
        return "second_half"
    return {"нач": "early", "сер": "mid"}.get(text[:3], "late")  # type: ignore[return-value]


def _month_number(text: str) -> int:
    word = text.lower()
    return RU_MONTH_ABBREVIATIONS[word[:-1]] if word.endswith(".") else RU_MONTH_WORDS[word]


def _rel_year(match: re.Match[str], ctx: Context) -> int | None:
    if ctx.published is None:
        return None
    word = match["rel"].lower()
    return ctx.published.year + next(shift for stem, shift in _REL_YEAR.items() if word.startswith(stem))


def _day_month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    year = plausible_year(m["y"])
    return None if year is None else point(year, _month_number(m["mon"]), int(m["day"]))


def _numeric(m: re.Match[str], ctx: Context) -> Reading | None:
    year, month = plausible_year(m["y"]), int(m["mon"])
    return None if year is None or not 1 <= month <= 12 else point(year, month, int(m["day"]))


def _day_month(m: re.Match[str], ctx: Context) -> Reading | None:
    month, day = _month_number(m["mon"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    if ctx.published is None:
        return Reading(None, month=month, day=day, year_stated=False)
    after = ctx.text[m.end() : m.end() + 2].lstrip()
    stamp = ctx.at_paragraph_start(m.start()) and after[:1].isupper()
    # «до 13 марта» (a deadline) may lie ahead of publication, like an update stamp.
    deadline = re.search(r"(?:^|\s)до\s+$", ctx.text[max(0, m.start() - 4) : m.start()], re.IGNORECASE)
    found = relative.recent_day(ctx.published, month, day, forward=stamp or deadline is not None)
    return None if found is None else point(found.year, month, day, stated=False)


def _day_range(m: re.Match[str], ctx: Context) -> Reading | None:
    if m["sep"].lower() == "по" and not m["from"]:
        return None
    first, last, month = int(m["day"]), int(m["day2"]), _month_number(m["mon"])
    if m["y"]:
        year = plausible_year(m["y"])
    elif m["rel"]:
        year = _rel_year(m, ctx)
    else:
        found = None if ctx.published is None else relative.recent_day(ctx.published, month, first)
        year = None if found is None else found.year
    if year is None or not 1 <= first < last <= 31:
        return None
    start, end = point(year, month, first), point(year, month, last)
    if start.edtf is None or end.edtf is None:
        return None
    return Reading(f"{start.edtf}/{end.edtf}", kind="range")


def _day_month_rel(m: re.Match[str], ctx: Context) -> Reading | None:
    year = _rel_year(m, ctx)
    return None if year is None else point(year, _month_number(m["mon"]), int(m["day"]))


def _month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    return None if year is None else point(year, _month_number(m["mon"]))


def _bare_month(m: re.Match[str], ctx: Context) -> Reading | None:
    month = _month_number(m["mon"])
    if ctx.published is None:
        return Reading(None, month=month, year_stated=False)
    return point(relative.year_of_month(ctx.published, month), month, stated=False)


def _same_year(m: re.Match[str], ctx: Context) -> Reading | None:
    month = _month_number(m["mon"]) if m["mon"] else None
    day = int(m["day"]) if m["day"] else None
    return Reading(None, kind="same_year", month=month, day=day, year_stated=False)


def _year(m: re.Match[str], ctx: Context) -> Reading | None:
    year = plausible_year(m["y"])
    return None if year is None else point(year)


def _bare_year(m: re.Match[str], ctx: Context) -> Reading | None:
    year = int(m["y"])
    return point(year) if 1900 <= year <= 2099 else None


def _year_range(m: re.Match[str], ctx: Context) -> Reading | None:
    first = plausible_year(m["y"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else (int(m["y"]) // 100 * 100 + int(m["y2"]))
    if first is None or plausible_year(str(last)) is None or last <= first:
        return None
    return Reading(f"{first:04d}/{last:04d}", kind="range")


def _decade(m: re.Match[str], ctx: Context) -> Reading | None:
    if m["word"]:
        word = m["word"].lower()
        number = next(value for stem, value in _DECADE_WORDS.items() if word.startswith(stem))
        start = decade_start(f"{number:02d}", ctx.published)
    else:
        start = decade_start(m["y"], ctx.published)
    if start is None:
        return None
    narrow = decade_part(start, _part(m["part"])) if m["part"] else None
    return Reading(f"{start // 10:03d}X", narrow=narrow)


def _year_part(m: re.Match[str], ctx: Context) -> Reading | None:
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    if year is None:
        return None
    return Reading(f"{year:04d}", narrow=year_part(year, _part(m["part"])), year=year)


def _month_part(m: re.Match[str], ctx: Context) -> Reading | None:
    month = _month_number(m["mon"])
    if m["y"]:
        year = plausible_year(m["y"])
    elif m["rel"]:
        year = _rel_year(m, ctx)
    else:
        year = None if ctx.published is None else relative.year_of_month(ctx.published, month)
    if year is None:
        return None
    return Reading(relative.month_iso(year, month), narrow=month_part(year, month, _part(m["part"])))


def _season(m: re.Match[str], ctx: Context) -> Reading | None:
    season = RU_SEASON_WORDS[m["s"].lower()]
    year = plausible_year(m["y"]) if m["y"] else _rel_year(m, ctx)
    if year is not None and m["y2"] and season == 24:  # «зимой 2021/2022» is the winter of January 2022
        year = year // 100 * 100 + int(m["y2"][-2:])
    return None if year is None else Reading(f"{year:04d}-{season}")


def _relative_season(m: re.Match[str], ctx: Context) -> Reading | None:
    if ctx.published is None:
        return None
    season = RU_SEASON_WORDS[m["s"].lower()]
    word = (m["rel"] or "").lower()
    if word.startswith(("прошл", "минувш", "прошедш")):
        return Reading(relative.previous_season(ctx.published, season))
    if word:
        return Reading(relative.current_season(ctx.published, season))
    return Reading(relative.recent_season(ctx.published, season))


def _relative_day(m: re.Match[str], ctx: Context) -> Reading | None:
    if ctx.published is None:
        return None
    word = m["w"].lower()
    back = 2 if word.startswith("позавчера") else 1 if word.startswith("вчера") else 0
    back = -1 if word.startswith("завтра") else back
    day = ctx.published - datetime.timedelta(days=back)
    return Reading(relative.day_iso(day), kind="relative_day")


def _week(m: re.Match[str], ctx: Context) -> Reading | None:
    if ctx.published is None:
        return None
    word = (m["w"] or "").lower()
    back = 2 if word.startswith("позапрошл") else 1 if word.startswith(("прошл", "минувш", "прошедш")) else 0
    month, week = relative.week_of(ctx.published, back)
    return Reading(month, narrow=week)


def _relative_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    year = _rel_year(m, ctx)
    if year is None or ctx.published is None:
        return None
    if m["unit"].lower().startswith("год"):
        return point(year)
    shift = year - ctx.published.year
    return Reading(relative.month_iso(*relative.shift_months(ctx.published, -shift)))


def _weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    if ctx.published is None:
        return None
    day = relative.recent_weekday(ctx.published, RU_WEEKDAY_WORDS[m["wd"].lower()])
    return Reading(relative.day_iso(day), kind="weekday")


def _ago(m: re.Match[str], ctx: Context) -> Reading | None:
    if ctx.published is None:
        return None
    unit = m["u"].lower()
    count = (int(m["n"]) if m["n"].isdigit() else RU_COUNT_WORDS[m["n"].lower()]) if m["n"] else 1
    edtf: str | None
    if unit.startswith(("пол", "полтор")):
        months = 6 if unit == "полгода" else 18
        edtf = f"{relative.month_iso(*relative.shift_months(ctx.published, months))}~"
    else:
        stem = {"д": "day", "н": "week", "м": "month"}.get(unit[0], "year")
        edtf = relative.ago(ctx.published, count, stem)
    return None if edtf is None else Reading(edtf)


# Cheap substring tests that decide whether a rule is worth running on a window (see `Rule.needs`).
_MONTH_NEEDS = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_PART_NEEDS = ("начал", "середин", "конц", "конец", "половин")
_SEASON_NEEDS = ("весн", "лет", "осен", "зим")
_WEEKDAY_NEEDS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен")
_COUNT = rf"(?P<n>\d{{1,2}}|{alternation(RU_COUNT_WORDS)})"
_AGO_UNIT = r"(?P<u>полгода|полтора\s+года|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет)"
_B = r"\b"  # first, so that the regex engine skips positions inside words cheaply

RULES: list[Rule] = compile_rules(
    [
        (
            "day month year",
            rf"(?<![\d.,])(?P<day>\d{{1,2}})(?:-?го)?\s+{MONTH}\s*,?\s*{YEAR}{SUFFIX}{YEAR_WORD}",
            _day_month_year,
            _MONTH_NEEDS,
        ),
        (
            "numeric date",
            rf"(?<![\d.,/])(?P<day>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.(?P<y>\d{{4}})(?!\d|[.,]\d){YEAR_WORD}",
            _numeric,
            (),
        ),
        ("iso date", r"(?<![\d.,/-])(?P<y>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?![\d-])", _numeric, ()),
        (
            "day range",
            rf"(?<![\d.,])(?:(?P<from>с|со)\s+)?(?P<day>\d{{1,2}})\s*(?P<sep>[-–—]|по)\s*(?P<day2>\d{{1,2}})\s+{MONTH}(?:\s*,?\s*{YEAR}{SUFFIX}{YEAR_WORD}|\s+{REL_YEAR_GENITIVE}\s+года)?",
            _day_range,
            _MONTH_NEEDS,
        ),
        ("day month", rf"(?<![\d.,])(?P<day>\d{{1,2}})(?:-?го)?\s+{MONTH}", _day_month, _MONTH_NEEDS),
        (
            "day month relative year",
            rf"(?<![\d.,])(?P<day>\d{{1,2}})\s+{MONTH}\s+{REL_YEAR_GENITIVE}\s+года",
            _day_month_rel,
            _MONTH_NEEDS,
        ),
        (
            "month year",
            rf"{_B}{MONTH}\s+(?:{YEAR}{SUFFIX}{YEAR_WORD}|{REL_YEAR_GENITIVE}\s+года)",
            _month_year,
            _MONTH_NEEDS,
        ),
        (
            "same year",
            rf"(?:(?<![\d.,])(?P<day>\d{{1,2}})\s+)?{_B}{MONTH}\s+того\s+же\s+года|{_B}(?:в|во)\s+(?P<d>том\s+же\s+году)",
            _same_year,
            ("того же", "том же"),
        ),
        (
            "month",
            rf"{_B}(?:в|во|с|со|до|к|ко|по|от|после|около)\s+(?P<d>{MONTH})",
            _bare_month,
            _MONTH_NEEDS,
        ),
        (
            "year",
            rf"{YEAR}(?:\s?-\s?(?:го|й|м|ого|ом|ый){YEAR_WORD}|\s+(?:год(?:а|у|ом)?|г\.|г(?![а-яё])))",
            _year,
            (),
        ),
        (
            "listed year",
            rf"{YEAR}(?=(?:\s*,\s*\d{{4}})*\s*(?:,|и|или)\s*\d{{4}}{SUFFIX}\s+(?:год(?:ах|ы|ов|ам)|гг\.?))",
            _year,
            (),
        ),
        (
            "year after preposition",
            rf"{_B}(?:в|во|с|со|до|к|по|от|около|после|примерно|начиная\s+с)\s+(?P<d>{YEAR})(?!\s?-?\s?(?:[хе]|ы[ех])(?![а-яё])|\s*[-–—]\s*\d|\s*(?:{UNITS}))",
            _bare_year,
            (),
        ),
        (
            "year range",
            rf"{YEAR}\s*[-–—]\s*(?P<y2>\d{{4}}|\d{{2}})(?!\d)(?:\s?-?\s?[хемй])?\s+(?:год(?:ах|ы|ов|а|ам)|гг\.?)",
            _year_range,
            (),
        ),
        (
            "year range after preposition",
            rf"{_B}(?:в|во|с|со|за)\s+(?P<d>{YEAR}\s*[-–—]\s*(?P<y2>\d{{4}}))(?!\d)",
            _year_range,
            (),
        ),
        (
            "from year to year",
            rf"{_B}(?:с|со)\s+{YEAR}{SUFFIX}(?:\s+года)?\s+(?:по|до)\s+(?P<y2>\d{{4}})(?!\d){SUFFIX}{YEAR_WORD}",
            _year_range,
            (),
        ),
        (
            "decade",
            rf"\b(?:{PART}\s+)?(?:(?<![\d.,])(?P<y>\d{{4}}|\d{{2}})\s?-?\s?(?:х|е|ые|ых)(?![а-яё\d])|(?P<word>{alternation(_DECADE_WORDS)})(?:ые|ых|ым|ыми)(?![а-яё]))(?:\s+(?:год(?:ах|ов|ы|ам|ами)|гг\.?))?",
            _decade,
            (),
        ),
        (
            "part of year",
            rf"{PART}\s+(?:{YEAR}{SUFFIX}{YEAR_WORD}|{REL_YEAR_GENITIVE}\s+года)(?!\s?-?\s?(?:[хе]|ы[ех])(?![а-яё]))",
            _year_part,
            _PART_NEEDS,
        ),
        (
            "part of month",
            rf"{PART}\s+{MONTH}(?:\s+{YEAR}{SUFFIX}{YEAR_WORD}|\s+{REL_YEAR_GENITIVE}\s+года)?",
            _month_part,
            _PART_NEEDS,
        ),
        (
            "season year",
            rf"{_B}{SEASON}\s+(?:{YEAR}(?:\s*[/–—-]\s*(?P<y2>\d{{4}}|\d{{2}})(?!\d))?{SUFFIX}{YEAR_WORD}|{REL_YEAR_GENITIVE}\s+года)",
            _season,
            _SEASON_NEEDS,
        ),
        (
            "relative season",
            rf"{_B}(?:(?P<rel>прошл(?:ой|ым|ую|ая|ое|ого)|минувш(?:ей|им|ую|ее)|прошедш(?:ей|им|ую|ее)|эт(?:ой|им|у|о)|нынешн(?:ей|им|юю|ее)|текущ(?:ей|им))\s+)?{SEASON}",
            _relative_season,
            _SEASON_NEEDS,
        ),
        (
            "relative day",
            rf"{_B}(?P<w>позавчера|вчера|сегодня|завтра|(?:сегодняшн|вчерашн)(?:его|ий|ем)\s+(?:дня|день|дне))(?![а-яё])",
            _relative_day,
            ("сегодн", "вчера", "вчерашн", "завтра"),
        ),
        (
            "week",
            rf"{_B}(?:на|в\s+течение)\s+(?P<d>(?:(?P<w>позапрошлой|прошлой|минувшей|прошедшей|этой|текущей)\s+)?недел[еи])(?![а-яё])",
            _week,
            ("недел",),
        ),
        (
            "relative year or month",
            rf"{_B}(?:в|во)\s+(?P<d>(?P<rel>позапрошлом|прошлом|минувшем|прошедшем|этом|текущем|нынешнем|следующем|будущем)\s+(?P<unit>году|месяце))(?![а-яё])",
            _relative_unit,
            ("году", "месяце"),
        ),
        (
            "weekday",
            rf"{_B}(?:в|во)\s+(?P<d>(?:(?:прошл|минувш|последн|эт)[а-я]{{1,3}}\s+)?(?P<wd>{alternation(RU_WEEKDAY_WORDS)}))(?![а-яё])",
            _weekday,
            _WEEKDAY_NEEDS,
        ),
        (
            "ago",
            rf"{_B}(?P<d>(?:(?:почти|около|более|больше|примерно|уже|всего|лишь)\s+)?(?:{_COUNT}\s+)?{_AGO_UNIT}\s+назад)(?![а-яё])",
            _ago,
            ("назад",),
        ),
    ],
    re.IGNORECASE,
)

# Word beginnings at least one of which every rule above contains (see `grammar.windows`).
TRIGGER = trigger_pattern(
    frozenset(word[:4] for word in RU_MONTH_WORDS)
    | frozenset(word[:4] for word in RU_SEASON_WORDS)
    | frozenset(word[:5] for word in RU_WEEKDAY_WORDS)
    | frozenset(_DECADE_WORDS)
    | {"сегодн", "вчера", "вчерашн", "завтра", "недел", "год", "месяце", "назад", "позавчера"}
)
