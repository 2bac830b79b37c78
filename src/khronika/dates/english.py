"""English date expressions: "February 24th, 2022", "in the mid-2010s", "in late 2023", "last week".

Month and weekday names must be capitalised ("May", "March" are also an auxiliary and a verb); the
other words match in any case. What each match means is worked out in `english_readings`.
"""

from __future__ import annotations

from khronika.dates import english_readings as read
from khronika.dates.grammar import Rule, compile_rules, trigger_pattern
from khronika.dates.vocabulary import EN_COUNT_WORDS, EN_MONTH_WORDS, EN_WEEKDAY_WORDS, MONTHS_EN, alternation

_ABBREVIATED = alternation(word.capitalize() for word in EN_MONTH_WORDS if len(word) <= 4 and word != "may")
MONTH = rf"(?P<mon>(?:{alternation(MONTHS_EN)})(?![A-Za-z])|(?:{_ABBREVIATED})(?:\.|(?![A-Za-z.])))"
WEEKDAY = rf"(?P<wd>{alternation(name.capitalize() for name in EN_WEEKDAY_WORDS)})(?![a-z])"
YEAR = r"(?<![\d.,/#№])(?P<y>\d{4})(?!\d|[.,]\d)"
ORDINAL = r"(?:st|nd|rd|th)?"
REL_YEAR = r"(?P<rel>last|this|next)\s+year"
PART = (
    r"(?:(?P<part>early|mid|late)[\s-]+|(?:the\s+)?(?P<part2>beginning|start|middle|end|"
    r"first\s+half|second\s+half|latter\s+half)\s+of\s+(?:the\s+year\s+)?)"
)
SEASON = r"(?P<s>spring|summer|autumn|fall|winter)"
UNITS = (
    r"rubles|roubles|RUB|dollars|euros|USD|EUR|%|percent|per\s+cent|people|persons|km|kilometres|"
    r"times|posts|signatures|pages|copies|hours|followers|subscribers|members"
)
_B = r"(?<![\w.])"

# Cheap substring tests that decide whether a rule is worth running on a window (see `Rule.needs`).
_MONTH_NEEDS = tuple(name[:3].lower() for name in MONTHS_EN)
_SEASON_NEEDS = ("spring", "summer", "autumn", "fall", "winter")
_WEEKDAY_NEEDS = tuple(EN_WEEKDAY_WORDS)
_SAME = r"(?i:the\s+same\s+year|that\s+(?:same\s+)?year)"
_COUNT = rf"(?P<n>\d{{1,2}}|{alternation(EN_COUNT_WORDS)})"
_QUALIFIER = r"(?:(?:almost|nearly|about|around|some|more\s+than|over|just|only|roughly)\s+)?"

RULES: list[Rule] = compile_rules(
    [
        (
            "month day year",
            rf"\b{MONTH}\s+(?P<day>\d{{1,2}}){ORDINAL},?\s+{YEAR}",
            read.full_date,
            _MONTH_NEEDS,
        ),
        (
            "day month year",
            rf"(?<![\d.,])(?:(?i:the)\s+)?(?P<day>\d{{1,2}}){ORDINAL}\s+(?i:of\s+)?{MONTH},?\s+{YEAR}",
            read.full_date,
            _MONTH_NEEDS,
        ),
        (
            "numeric date",
            r"(?<![\d.,/])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<y>\d{4})(?!\d|[.,]\d)",
            read.full_date,
            (),
        ),
        ("iso date", r"(?<![\d.,/-])(?P<y>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?![\d-])", read.full_date, ()),
        (
            "day range",
            rf"(?<![\d.,])(?P<day>\d{{1,2}}){ORDINAL}\s*[-–—]\s*(?P<day2>\d{{1,2}}){ORDINAL}\s+(?i:of\s+)?{MONTH},?\s+{YEAR}",
            read.day_range,
            _MONTH_NEEDS,
        ),
        (
            "month day range",
            rf"\b{MONTH}\s+(?P<day>\d{{1,2}}){ORDINAL}\s*[-–—]\s*(?P<day2>\d{{1,2}}){ORDINAL},?\s+{YEAR}",
            read.day_range,
            _MONTH_NEEDS,
        ),
        ("month day", rf"\b{MONTH}\s+(?P<day>\d{{1,2}}){ORDINAL}(?![\d:.,]\d)", read.day_month, _MONTH_NEEDS),
        (
            "day month",
            rf"(?<![\d.,])(?:(?i:the)\s+)?(?P<day>\d{{1,2}}){ORDINAL}\s+(?i:of\s+)?{MONTH}",
            read.day_month,
            _MONTH_NEEDS,
        ),
        (
            "month year",
            rf"\b{MONTH},?\s+(?:(?i:of)\s+)?(?:{YEAR}|(?i:{REL_YEAR}))",
            read.month_year,
            _MONTH_NEEDS,
        ),
        (
            "same year",
            rf"(?:(?<![\d.,])(?P<day>\d{{1,2}}){ORDINAL}\s+(?i:of\s+)?)?\b{MONTH},?\s+(?i:of\s+)?{_SAME}"
            rf"|(?i:\b(?:in|during)\s+)(?P<d>{_SAME})",
            read.same_year,
            ("same year", "that year"),
        ),
        (
            # "at the end of the year", "later that year": the year of the date before (or of publication,
            # for a part of the year when none comes before).
            "part of the year",
            r"(?i:\b(?:(?:the\s+)?(?P<part2>beginning|start|middle|end|first\s+half|second\s+half)\s+of\s+"
            r"(?:the|that)\s+year|(?P<part>early|late)\s+(?:in\s+)?(?:the|that)\s+year|(?P<later>later)\s+"
            r"(?:in\s+)?(?:the|that)\s+year)\b)",
            read.part_of_the_year,
            ("year",),
        ),
        (
            "month",
            rf"(?i:\b(?:in|since|by|until|till|from|to|during|through|before|after)\s+|(?=(?:last|this|past)\s))"
            rf"(?P<d>(?:(?P<rel>(?i:\blast|\bthis|\bpast))\s+)?{MONTH})",
            read.bare_month,
            _MONTH_NEEDS,
        ),
        (
            "year",
            rf"(?i:\b(?:in|since|by|until|till|from|during|before|after|around|circa|c\.|of|in\s+the\s+year|throughout)\s+)(?P<d>{YEAR})(?!\s*[-–—]\s*\d|\s*(?:{UNITS})\b)",
            read.year,
            (),
        ),
        (
            # "in 2016, 2017 and 2019": the later years of a list that began with a dated one.
            "listed year",
            r"(?:(?<=\d{4}, )|(?<=\d{4} and )|(?<=\d{4} or ))(?P<y>\d{4})(?!\d|[.,]\d)",
            read.year,
            (),
        ),
        (
            # "on 5 and 6 May 2022": the first days of a list take the month (and year) of the last.
            "listed day",
            rf"(?<![\d.,])(?P<day>\d{{1,2}}){ORDINAL}(?=(?:\s*,\s*\d{{1,2}}{ORDINAL})*\s*(?:,|and|or)\s*"
            rf"\d{{1,2}}{ORDINAL}\s+(?i:of\s+)?{MONTH}(?:,?\s+{YEAR})?)",
            read.listed_day,
            _MONTH_NEEDS,
        ),
        (
            "from year to year",
            rf"(?i:\b(?:from|between)\s+){YEAR}\s+(?i:to|until|till|through|and)\s+(?P<y2>\d{{4}})(?!\d)",
            read.year_range,
            (),
        ),
        (
            "year range",
            rf"(?<![\w.,/#№-]){YEAR}\s*[-–—]\s*(?P<y2>\d{{4}}|\d{{2}})(?![\d-])",
            read.year_range,
            (),
        ),
        (
            "decade",
            rf"(?<![\w'’])(?P<the>(?i:the)\s+)?(?i:{PART}(?:the\s+)?)?(?P<apo>['’])?(?P<y>\d{{4}}|\d{{2}})['’]?s(?!\w)",
            read.decade,
            (),
        ),
        ("part of year", rf"(?i:\b{PART}(?:{YEAR}|{REL_YEAR}))", read.part_of_year, ()),
        ("part of month", rf"(?i:\b{PART}){MONTH}(?:,?\s+{YEAR})?", read.part_of_month, _MONTH_NEEDS),
        (
            "season year",
            rf"(?i:\b(?:the\s+)?{SEASON}(?:\s+of)?\s+(?:{YEAR}(?:\s*[/–-]\s*(?P<y2>\d{{4}}|\d{{2}})(?!\d))?|{REL_YEAR}))",
            read.season,
            _SEASON_NEEDS,
        ),
        (
            "relative season",
            rf"(?i:\b(?:(?:in|during)\s+(?=the\s)|(?=(?:last|this|past)\s))"
            rf"(?P<d>(?:(?P<rel>last|this|past)\s+|the\s+){SEASON})\b)(?!\s+(?:of\s+)?\d|\s+of\b)",
            read.relative_season,
            _SEASON_NEEDS,
        ),
        (
            "relative day",
            # "an hour ago", "20 minutes ago": the day of the report
            r"(?i:\b(?P<w>today|yesterday|the\s+day\s+before\s+yesterday|tomorrow"
            r"|(?:an?|\d{1,2}|a\s+few|several|two|three|half\s+an)\s+(?:hours?|minutes?)\s+ago)\b)",
            read.relative_day,
            ("today", "yesterday", "tomorrow", "ago"),
        ),
        (
            "relative unit",
            r"(?i:\b(?P<d>(?:earlier\s+|later\s+)?(?P<rel>last|this|past|earlier\s+this)\s+(?P<unit>week|month|year))\b)",
            read.relative_unit,
            ("week", "month", "year"),
        ),
        (
            "weekday",
            rf"(?i:\bon\s+)?(?P<d>(?i:(?:last|this\s+past)\s+)?{WEEKDAY})",
            read.weekday,
            _WEEKDAY_NEEDS,
        ),
        (
            "ago",
            rf"(?i:\b(?P<d>{_QUALIFIER}(?:(?P<half>half\s+a\s+year|a\s+year\s+and\s+a\s+half)|{_COUNT}\s+(?P<u>days?|weeks?|months?|years?))\s+ago)\b)",
            read.ago,
            ("ago",),
        ),
        (
            "later",
            rf"(?i:\b(?P<d>{_QUALIFIER}(?:(?P<half>half\s+a\s+year|a\s+year\s+and\s+a\s+half)|{_COUNT}\s+"
            r"(?P<u>days?|weeks?|months?|years?))\s+(?:later|after\s+that|afterwards))\b)",
            read.later,
            ("later", "after"),
        ),
        (
            "next day",
            r"(?i:\b(?P<d>the\s+(?P<w>next|following)\s+(?P<u>day|week|month|year)"
            r"|(?P<same>the\s+same|that\s+same|later\s+that)\s+day)\b)",
            read.next_day,
            ("next", "following", "same", "later that"),
        ),
    ]
)

# Word beginnings at least one of which every rule above contains (see `grammar.windows`).
TRIGGER = trigger_pattern(
    frozenset(name[:3].lower() for name in MONTHS_EN)
    | frozenset(name[:3] for name in EN_WEEKDAY_WORDS)
    | {"today", "yesterday", "tomorrow", "week", "month", "year", "ago", "spring", "summer", "autumn"}
    | {"fall", "winter", "later", "next", "following", "day"}
)
