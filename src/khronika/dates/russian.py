"""Russian date expressions: «24 февраля 2022 года», «в начале 2000-х», «весной прошлого года», «вчера».

Regular expressions rather than a yargy grammar: they run in well under a millisecond per kilobyte,
and the expressions are short, fixed phrases. Ranges («с марта по май 2022 года») and appositions
(«в понедельник, 20 апреля») are joined afterwards from these pieces (see `finder`). What each match
means is worked out in `russian_readings`.
"""

from __future__ import annotations

import re

from khronika.dates import russian_readings as read
from khronika.dates.grammar import Rule, compile_rules, trigger_pattern
from khronika.dates.vocabulary import (
    RU_COUNT_WORDS,
    RU_MONTH_ABBREVIATIONS,
    RU_MONTH_FORMS,
    RU_MONTH_WORDS,
    RU_SEASON_WORDS,
    RU_WEEKDAY_WORDS,
    alternation,
)

# Grouped by stem («январ(?:ь|я|е|ю|ём|ем)»): twelve branches for the regex engine to try, not seventy.
_FULL_MONTHS = "|".join(
    f"{stem}(?:{'|'.join(sorted(endings.split('|'), key=len, reverse=True))})"
    for stem, endings in RU_MONTH_FORMS
)
_ABBREVIATED = alternation(RU_MONTH_ABBREVIATIONS)


def _month(name: str = "mon") -> str:
    # An abbreviation must end in a dot («24 фев. 2022»), so «мар» or «дек» inside other words never count.
    return rf"(?P<{name}>(?:{_FULL_MONTHS})(?![а-яё])|(?:{_ABBREVIATED})\.)"


MONTH = _month()
YEAR = r"(?<![\d.,/№])(?P<y>\d{4})(?!\d|[.,]\d)"
SUFFIX = r"(?:\s?-\s?(?:го|й|м|ого|ом|ый))?"  # «2022-го», «2023-м»
YEAR_WORD = r"(?:\s+(?:год(?:а|у|ом|ах|ы|ов|ам)?|гг?\.|гг?(?![а-яё])))?"  # «года», «г.», «гг.»
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

# Cheap substring tests that decide whether a rule is worth running on a window (see `Rule.needs`).
_MONTH_NEEDS = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_PART_NEEDS = ("начал", "середин", "конц", "конец", "половин")
_SEASON_NEEDS = ("весн", "лет", "осен", "зим")
_WEEKDAY_NEEDS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен")
_COUNT = rf"(?P<n>\d{{1,2}}|{alternation(RU_COUNT_WORDS)})"
_AGO_UNIT = (
    r"(?P<u>полгода|полтора\s+года|дн(?:я|ей)|день|сут(?:ки|ок)|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет)"
)
_B = r"\b"  # first, so that the regex engine skips positions inside words cheaply

RULES: list[Rule] = compile_rules(
    [
        (
            "day month year",
            rf"(?<![\d.,])(?P<day>\d{{1,2}})(?:-?го)?\s+{MONTH}\s*,?\s*{YEAR}{SUFFIX}{YEAR_WORD}",
            read.day_month_year,
            _MONTH_NEEDS,
        ),
        (
            "numeric date",
            rf"(?<![\d.,/])(?P<day>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.(?P<y>\d{{4}})(?!\d|[.,]\d){YEAR_WORD}",
            read.numeric,
            (),
        ),
        ("iso date", r"(?<![\d.,/-])(?P<y>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?![\d-])", read.numeric, ()),
        (
            "day range",
            rf"(?<![\d.,])(?:(?P<from>с|со)\s+)?(?P<day>\d{{1,2}})\s*(?P<sep>[-–—]|по)\s*(?P<day2>\d{{1,2}})\s+{MONTH}(?:\s*,?\s*{YEAR}{SUFFIX}{YEAR_WORD}|\s+{REL_YEAR_GENITIVE}\s+года)?",
            read.day_range,
            _MONTH_NEEDS,
        ),
        ("day month", rf"(?<![\d.,])(?P<day>\d{{1,2}})(?:-?го)?\s+{MONTH}", read.day_month, _MONTH_NEEDS),
        (
            "day month relative year",
            rf"(?<![\d.,])(?P<day>\d{{1,2}})\s+{MONTH}\s+{REL_YEAR_GENITIVE}\s+года",
            read.day_month_rel,
            _MONTH_NEEDS,
        ),
        (
            "month year",
            rf"{_B}{MONTH}\s+(?:{YEAR}{SUFFIX}{YEAR_WORD}|{REL_YEAR_GENITIVE}\s+года)",
            read.month_year,
            _MONTH_NEEDS,
        ),
        (
            "same year",
            rf"(?:(?<![\d.,])(?P<day>\d{{1,2}})\s+)?{_B}{MONTH}\s+того\s+же\s+года|{_B}(?:в|во)\s+(?P<d>том\s+же\s+году)",
            read.same_year,
            ("того же", "том же"),
        ),
        (
            # «в конце года»: the year of the date before, or of publication when none comes before.
            "part of the year",
            rf"\b{PART}\s+(?:(?:того|этого)\s+же\s+)?года(?![а-яё])",
            read.part_of_the_year,
            _PART_NEEDS,
        ),
        (
            "month",
            rf"{_B}(?:в|во|с|со|до|к|ко|по|от|после|около)\s+(?P<d>{MONTH})",
            read.bare_month,
            _MONTH_NEEDS,
        ),
        (
            "year",
            rf"{YEAR}(?:\s?-\s?(?:го|й|м|ого|ом|ый){YEAR_WORD}|\s+(?:год(?:а|у|ом)?|г\.|г(?![а-яё])))",
            read.year,
            (),
        ),
        (
            # «1 и 2 марта 2022 года»: the first days of a list take the month (and year) of the last.
            "listed day",
            rf"(?<![\d.,])(?P<day>\d{{1,2}})(?=(?:\s*,\s*\d{{1,2}})*\s*(?:,|и|или)\s*\d{{1,2}}\s+{MONTH}"
            rf"(?:\s*,?\s*{YEAR})?)",
            read.listed_day,
            _MONTH_NEEDS,
        ),
        (
            "listed year",
            rf"{YEAR}(?=(?:\s*,\s*\d{{4}})*\s*(?:,|и|или)\s*\d{{4}}{SUFFIX}\s+(?:год(?:ах|ы|ов|ам)|гг\.?))",
            read.year,
            (),
        ),
        (
            "year after preposition",
            rf"{_B}(?:в|во|с|со|до|к|по|от|около|после|примерно|начиная\s+с)\s+(?P<d>{YEAR})(?!\s?-?\s?(?:[хе]|ы[ех])(?![а-яё])|\s*[-–—]\s*\d|\s*(?:{UNITS}))",
            read.bare_year,
            (),
        ),
        (
            "year range",
            rf"{YEAR}\s*[-–—]\s*(?P<y2>\d{{4}}|\d{{2}})(?!\d)(?:\s?-?\s?[хемй])?\s+(?:год(?:ах|ы|ов|а|ам)|гг\.?)",
            read.year_range,
            (),
        ),
        (
            "year range after preposition",
            rf"{_B}(?:в|во|с|со|за)\s+(?P<d>{YEAR}\s*[-–—]\s*(?P<y2>\d{{4}}))(?!\d)",
            read.year_range,
            (),
        ),
        (
            "from year to year",
            rf"{_B}(?:с|со)\s+{YEAR}{SUFFIX}(?:\s+года)?\s+(?:по|до)\s+(?P<y2>\d{{4}})(?!\d){SUFFIX}{YEAR_WORD}",
            read.year_range,
            (),
        ),
        (
            "decade",
            rf"\b(?:{PART}\s+)?(?:(?<![\d.,])(?P<y>\d{{4}}|\d{{2}})\s?-?\s?(?:х|е|ые|ых)(?![а-яё\d])|(?P<word>{alternation(read.DECADE_WORDS)})(?:ые|ых|ым|ыми)(?![а-яё]))(?:\s+(?:год(?:ах|ов|ы|ам|ами)|гг\.?))?",
            read.decade,
            (),
        ),
        (
            "part of year",
            rf"{PART}\s+(?:{YEAR}{SUFFIX}{YEAR_WORD}|{REL_YEAR_GENITIVE}\s+года)(?!\s?-?\s?(?:[хе]|ы[ех])(?![а-яё]))",
            read.part_of_year,
            _PART_NEEDS,
        ),
        (
            "part of month",
            rf"{PART}\s+{MONTH}(?:\s+{YEAR}{SUFFIX}{YEAR_WORD}|\s+{REL_YEAR_GENITIVE}\s+года)?",
            read.part_of_month,
            _PART_NEEDS,
        ),
        (
            "season year",
            rf"{_B}{SEASON}\s+(?:{YEAR}(?:\s*[/–—-]\s*(?P<y2>\d{{4}}|\d{{2}})(?!\d))?{SUFFIX}{YEAR_WORD}|{REL_YEAR_GENITIVE}\s+года)",
            read.season,
            _SEASON_NEEDS,
        ),
        (
            "relative season",
            rf"{_B}(?:(?P<rel>прошл(?:ой|ым|ую|ая|ое|ого)|минувш(?:ей|им|ую|ее)|прошедш(?:ей|им|ую|ее)|эт(?:ой|им|у|о)|нынешн(?:ей|им|юю|ее)|текущ(?:ей|им))\s+)?{SEASON}",
            read.relative_season,
            _SEASON_NEEDS,
        ),
        (
            "relative day",
            # «Накануне суд отклонил…» is the day before; «накануне акции» the eve of something named after it
            rf"{_B}(?P<w>позавчера|вчера|сегодня|завтра|(?:сегодняшн|вчерашн)(?:его|ий|ем)\s+(?:дня|день|дне)"
            r"|накануне(?=\s*[,.;—–]|\s+(?-i:[А-ЯЁ])(?!овог)|\s+(?:в|во|на)\s"
            r"|\s+(?:[а-яё]+(?:ый|ий|ой|ая|ое|ые)\s|суд\b|полиц|силовик|следовател|прокурор|стало\b|был|его\b|ее\b|её\b|их\b"
            r"|вечером\b|утром\b|днем\b|днём\b|ночью\b"
            # «Курмашева накануне вышла на свободу»: a past-tense verb after it
            r"|[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись)(?![а-яё]))))"
            r"(?![а-яё])",
            read.relative_day,
            ("сегодн", "вчера", "вчерашн", "завтра", "накануне"),
        ),
        (
            "the day of the report",
            # «В Петербурге за день задержали троих», «Ранее в течение дня задержали ещё двух»: a live
            # report's own day («за день до акции» is the eve of something else)
            # «Около двадцати минут назад … были задержаны», «час назад»: minutes or hours before the report
            rf"{_B}(?P<w>за\s+день|в\s+течение\s+(?:сегодняшнего\s+)?дня)(?![а-яё])(?!\s+до\b)"
            rf"|{_B}(?P<h>(?:(?:около|почти|примерно|более|менее|меньше|уже|всего)\s+)?(?:[а-яё\d]+\s+){{0,2}}?"
            r"(?:минут[уы]?|час(?:а|ов)?|полчаса|полтора\s+часа)\s+назад)(?![а-яё])",
            read.relative_day,
            ("день", "дня", "назад"),
        ),
        (
            "week",
            rf"{_B}(?:на|в\s+течение)\s+(?P<d>(?:(?P<w>позапрошлой|прошлой|минувшей|прошедшей|этой|текущей)\s+)?недел[еи])(?![а-яё])",
            read.week,
            ("недел",),
        ),
        (
            "relative year or month",
            rf"{_B}(?:в|во)\s+(?P<d>(?P<rel>позапрошлом|прошлом|минувшем|прошедшем|этом|текущем|нынешнем|следующем|будущем)\s+(?P<unit>году|месяце))(?![а-яё])",
            read.relative_unit,
            ("году", "месяце"),
        ),
        (
            "weekday",
            rf"{_B}(?:в|во)\s+(?P<d>(?:(?:прошл|минувш|последн|эт)[а-я]{{1,3}}\s+)?(?P<wd>{alternation(RU_WEEKDAY_WORDS)}))(?![а-яё])",
            read.weekday,
            _WEEKDAY_NEEDS,
        ),
        (
            "ago",
            rf"{_B}(?P<d>(?:(?:почти|около|более|больше|примерно|уже|всего|лишь)\s+)?(?:{_COUNT}\s+)?{_AGO_UNIT}\s+назад)(?![а-яё])",
            read.ago,
            ("назад",),
        ),
        (
            "later",
            rf"{_B}(?P<d>(?:через|спустя)\s+(?:(?:почти|около|примерно|ещё|еще|всего|лишь)\s+)?(?:{_COUNT}\s+)?"
            rf"{_AGO_UNIT})(?![а-яё])",
            read.later,
            ("через", "спустя"),
        ),
        (
            "later, after the count",
            rf"{_B}(?P<d>(?:{_COUNT}\s+)?{_AGO_UNIT}\s+спустя)(?![а-яё])",
            read.later,
            ("спустя",),
        ),
        (
            "new year's eve",
            # «Перед Новым годом полицейские пришли с обыском»: the December before publication
            rf"{_B}(?P<d>(?:перед|под|накануне|в\s+канун)\s+Нов(?:ым|ый|ого)\s+год(?:ом|а)?)(?![а-яё])",
            read.new_year_eve,
            ("нов",),
        ),
        (
            "next day",
            rf"{_B}(?:на|в)\s+(?P<d>(?P<w>следующий|другой|тот\s+же|этот\s+же)\s+день)(?![а-яё])",
            read.next_day,
            (" день",),
        ),
    ],
    re.IGNORECASE,
)

# Word beginnings at least one of which every rule above contains (see `grammar.windows`).
TRIGGER = trigger_pattern(
    frozenset(word[:4] for word in RU_MONTH_WORDS)
    | frozenset(word[:4] for word in RU_SEASON_WORDS)
    | frozenset(word[:5] for word in RU_WEEKDAY_WORDS)
    | frozenset(read.DECADE_WORDS)
    | {
        "сегодн",
        "вчера",
        "вчерашн",
        "завтра",
        "недел",
        "год",
        "месяце",
        "назад",
        "позавчера",
        "через",
        "накануне",
    }
    | {"спустя", "день", "дня"}
)
