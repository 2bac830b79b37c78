"""Punishments in English text: terms ("14 years in a strict-regime colony", "2 years and 10 months"),
fines ("fined 200,000 rubles") and administrative arrests, with the stage the governing verb gives."""

from __future__ import annotations

import re

from khronika.extract.en.numbers import AMOUNT, NUMBER, parse_amount, parse_number
from khronika.extract.en.penalty_kinds import KIND_AFTER, KIND_BEFORE
from khronika.extract.en.stages import (
    ENTRY_BAN,
    IMPOSING,
    NOT_A_SENTENCE,
    clause_before,
    has_stage_cue,
    stage_of,
)
from khronika.extract.en.term_lists import REGIMES, Penalty, dedupe_bare_fines, elided_requests, respectively
from khronika.extract.en.text import Sentence

_TERM = re.compile(
    rf"(?<![\w/.,-])(?:(?P<years>{NUMBER})(?:\s+(?:more|additional|further|extra))?[\s-]+(?:years?|yrs?)"
    rf"(?:(?:\s*,\s*|\s+and\s+)(?P<ymonths>{NUMBER})[\s-]+months?)?"
    rf"|(?P<ayear>a\s+year(?:\s+and\s+a\s+half)?)(?![\s-]+old)"
    rf"|(?P<halfyear>half\s+a\s+year)"
    rf"|(?P<months>{NUMBER})[\s-]+months?"
    rf"|(?P<days>{NUMBER})[\s-]+days?)(?![\w-])",
    re.IGNORECASE,
)
_FINE = re.compile(
    rf"\b(?:fined(?:\s+(?:(?!\d)[\w-]+|\d{{1,3}}-year-old)){{0,8}}?|(?:an?\s+)?(?:\w+\s+)?fine\s+of|fines?\s+(?:totall?ing|amounting\s+to)|fine\s+in\s+the\s+amount\s+of"
    rf"|ordered\s+(?:by\s+(?:[\w-]+\s+){{1,6}}?)?to\s+pay)"  # "was ordered by a court to pay 600,000 rubles"
    rf"(?:\s+(?:a\s+total\s+of|another|of|up\s+to))?\s+(?:RUB\s*)?(?P<amount>{AMOUNT})\s*(?:rubles|roubles|RUB|₽)"
    rf"|(?<![\w,])(?P<amount2>{AMOUNT})[\s-]*(?:rubles?|roubles?|RUB)\s+fines?\b"
    # "fined X, who in February held a picket, by 20,000 roubles": the sum after the person's description
    rf"|\bfined\b[^.;]{{0,200}}?,\s+by\s+(?P<amount3>{AMOUNT})\s*(?:rubles|roubles|RUB|₽)"
    rf"|\b(?P<bare>fined|imposed\s+a\s+fine|given\s+a\s+fine|a\s+fine)\b(?!\s+(?:of|in\s+the\s+amount)\b)",
    re.IGNORECASE,
)
_COLONY = re.compile(
    r"^[\s,]*(?:of\s+)?(?:(?:imprisonment|prison|jail|incarceration|deprivation\s+of\s+liberty)\b|"
    r"(?:behind\s+bars|in\s+(?:a\s+|the\s+)?(?:[\w-]+[\s-]+){0,3}?(?:colony|prison|jail|penitentiary)))",
    re.IGNORECASE,
)
_CHANGED_TERM_AFTER = re.compile(
    r"^[\s-]*(?:(?:prison|jail|colony)\s+)?(?:sentence|term)\s+(?:\w+\s+){0,2}?to\s+(?=\S)", re.I
)
_SUSPENDED_BEFORE = re.compile(
    r"\b(?:suspended|conditional|probation(?:ary)?)\s+(?:sentence|term)\s+of\s+$", re.I
)
_SERVING = re.compile(r"\b(?:serv(?:e|es|ing|ed)|already\s+had|previous(?:ly)?)\b", re.I)
_ADDITIONAL = re.compile(
    r"\b(?:in\s+addition|additionally|after\s+serving|after\s+(?:his|her|their)\s+release|"
    # "seven years in prison with subsequent restriction of liberty for two years"; "6 years of suspended
    # sentence with a probationary period of 5 years and restriction of freedom for 1 year"
    r"followed\s+by|with\s+(?:a\s+)?subsequent|with\s+a\s+probationary\s+period)\b",
    re.I,
)
# A punishment added to a prison term: "In addition to the prison sentence, the court ordered X to pay a fine
# of 300,000 rubles", "on top of the prison term".
_ADDED_TO_TERM = re.compile(
    r"\b(?:in\s+addition\s+to|on\s+top\s+of)\s+(?:the|a|an|his|her|their|this)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:prison|jail|colony|custodial)\s+(?:sentence|term)s?\b",
    re.I,
)
_OLD = re.compile(r"^[\s-]*old\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?$", re.I)  # "was not fined"
_REQUESTED_AFTER = re.compile(
    r"^(?:\s+(?:in\s+prison|of\s+imprisonment|in\s+a\s+[\w-]+\s+colony))?\s+(?:that\s+had\s+been\s+|which\s+"
    r"(?:was|had\s+been)\s+)?(?:requested|sought|demanded|asked\s+for)\s+by\b",
    re.I,
)


def find_penalties(sentence: Sentence) -> list[Penalty]:
    """Terms and fines in one sentence, in order (offsets are document offsets)."""
    found: list[Penalty] = []
    text = sentence.text
    lower = text.lower()
    previous_end = 0
    terms = _TERM.finditer(text) if any(w in lower for w in ("year", "month", "day", "yrs")) else iter(())
    for m in terms:
        penalty = _term(text, m, previous_end, sentence.start, found[-1] if found else None)
        if penalty:
            found.append(penalty)
            previous_end = m.end()
    fines = _FINE.finditer(text) if "fine" in lower or "rubl" in lower or "roubl" in lower else iter(())
    for m in fines:
        if any(p.start - sentence.start <= m.start() < p.end - sentence.start for p in found):
            continue
        raw = m.group("amount") or m.group("amount2") or m.group("amount3")
        amount = parse_amount(raw) if raw else None
        if m.group("bare") and (
            re.match(r"\s+(?:of\s+)?\d", text[m.end() :])
            or _NEGATED.search(text, max(0, m.start() - 20), m.start())
        ):
            continue
        if m.group("bare") and (
            re.match(r"\s+or\b", text[m.end() :]) or re.search(r"\bor\s+$", text[: m.start()])
        ):
            continue  # "protesters who were fined or given jail sentences": one or the other, of many
        clause = clause_before(text, m.start(), 0)
        stage = stage_of(clause)
        begin = m.start("amount3") if m.group("amount3") else m.start()  # not the description's date
        found.append(
            Penalty(
                sentence.start + begin,
                sentence.start + m.end(),
                stage,
                "fine",
                None,
                None,
                None,
                amount,
                None,
            )
        )
    found.sort(key=lambda p: p.start)
    found = respectively(text, sentence.start, found) + elided_requests(text, sentence.start, found)
    if found and _ADDITIONAL.search(text):
        # "In addition, one year of restriction of freedom after serving his term": not a main punishment
        found = [p for p in found if p.punishment != "restriction_of_freedom"]
    if found and _ADDED_TO_TERM.search(text):
        # the fine or the restriction goes with a term told elsewhere: an additional punishment, no main one
        found = [p for p in found if p.punishment == "imprisonment"]
    return dedupe_bare_fines(found)


def _term(
    text: str, m: re.Match[str], previous_end: int, offset: int, previous: Penalty | None
) -> Penalty | None:
    after = text[m.end() : m.end() + 80]
    before = text[max(0, m.start() - 120) : m.start()]
    if _OLD.match(after):
        return None
    years, months, days = _components(m)
    if years is None and months is None and days is None:
        return None
    punishment = _punishment(before, after, m.group("days") is not None)
    if punishment is None and previous is not None and re.search(r"(?:\bto|\band|,)\s+$", before):
        punishment = previous.punishment  # "X was sentenced to five years, and Y to three"
    if (
        punishment is None
        and previous is not None
        and re.search(r"(?:,|\band)\s+(?:[A-Z][\w'’-]+\s+){1,3}$", before)
    ):
        punishment = previous.punishment  # "A was sentenced to 17 years, B received 14 years, and C 13 years"
    if punishment is None and years is not None and _REQUESTED_AFTER.match(after):
        punishment = "imprisonment"  # "the nine-and-a-half years requested by the state prosecutor"
    if punishment is None:
        return None
    clause = clause_before(text, m.start(), previous_end)
    if ENTRY_BAN.search(clause):  # "the term during which he may not stay … was reduced to 14 years"
        return None
    # "requested five and a half years for A and five years for B": the second term shares the first's verb
    stage = previous.stage if previous is not None and not has_stage_cue(clause) else stage_of(clause)
    if _REQUESTED_AFTER.match(after):
        stage = "requested"  # "the nine-and-a-half years requested by the state prosecutor"
    # "reduced Kostylenkov's seven-year sentence to six years and nine months", "cut from 7 to 6 years": the
    # term changed is the first verdict's, the one after "to" is the new one
    changed = stage_of(clause_before(text, m.start(), 0))
    original = _CHANGED_TERM_AFTER.match(after) or re.search(r"\bfrom\s+$", before)
    if not original and re.search(r"\b(?:sentence|term)\s+of\s+$", before):
        original = re.match(r"\s+to\s+(?=\S)", after)  # "Karamzin's sentence of six and a half years to …"
    if stage in ("reduced", "increased") and original:
        stage = "imposed"
    elif changed in ("reduced", "increased") and previous is not None and re.search(r"\bto\s+$", before):
        stage = changed
    # "the minimum sentencing guideline requiring 12-year prison stints": the law's range, not a sentence
    limit = NOT_A_SENTENCE.search(clause[-25:]) or re.search(
        r"\b(?:minimum|maximum)\b(?![\s-]+security)|\bguidelines?\b|\brequiring\b"
        # "was offered to plead guilty and receive a 12-year sentence instead": an offer, refused
        r"|\boffered\s+to\b|\bin\s+exchange\s+for\b",
        clause[-80:],
        re.I,
    )
    if limit and stage not in ("increased", "reduced"):
        return None
    if stage == "imposed" and not IMPOSING.search(text[: m.start()] + " " + after[:30]):
        return None
    regime = None
    if punishment == "imprisonment":
        colony = re.match(r"^[^.;]{0,60}?\b(?:regime|colony|security)\b", after, re.I)
        if colony:
            regime = next((r for rx, r in REGIMES if rx.search(colony.group())), None)
    serving = bool(_SERVING.search(clause[-40:]))
    return Penalty(
        offset + m.start(), offset + m.end(), stage, punishment, years, months, days, None, regime, serving
    )


def _components(m: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    """(years, months, days); unstated components of a term are 0, as the format asks."""
    if m.group("ayear"):
        return (1, 6 if "half" in m.group("ayear") else 0, 0)
    if m.group("halfyear"):
        return (0, 6, 0)
    if m.group("years"):
        value = parse_number(m.group("years"))
        if value is None:
            return (None, None, None)
        extra = parse_number(m.group("ymonths")) if m.group("ymonths") else 0
        whole = int(value)
        return (whole, round((value - whole) * 12) + int(extra or 0), 0)
    if m.group("months"):
        value = parse_number(m.group("months"))
        return (None, None, None) if value is None else (int(value) // 12, int(value) % 12, 0)
    value = parse_number(m.group("days"))
    return (None, None, None) if value is None else (0, 0, int(value))


def _punishment(before: str, after: str, in_days: bool) -> str | None:
    if _SUSPENDED_BEFORE.search(before):
        return "suspended"
    for rx, kind in KIND_BEFORE:
        m = rx.search(before)
        if m and kind == "administrative_arrest" and not in_days:
            # "jailed for a year and a half" is a prison term; "arrested for two months" is custody
            # "requested the court imprison X for three years"
            return "imprisonment" if re.match(r"jail|imprison", m.group(), re.I) else None
        if m:
            return kind
    for rx, kind in KIND_AFTER:
        if rx.search(after):
            if kind == "administrative_arrest" and not in_days:
                continue
            return kind
    if _COLONY.search(after):
        return "administrative_arrest" if in_days else "imprisonment"
    if re.search(
        r"\bsentenced\b[^.;]{0,100}?\bto\s+$|\b(?:gave|given|received|handed)\s+(?:\w+\s+)?$|"
        r"\b(?:asked|requested|sought|demanded)\s+(?:for\s+)?$|\b(?:increased|reduced|commuted|extended|cut)\s+(?:up\s+)?to\s+$|\b(?:sentence|term)\s+(?:of|to)\s+$",
        before,
        re.I,
    ):
        return "administrative_arrest" if in_days else "imprisonment"
    return None


# A term standing alone on its line: "7 years of imprisonment", "2 years and 10 months of imprisonment".
_TERM_LINE_REST = re.compile(r"[\s-]*(?:of\s+)?[\w\s-]{0,40}$")


def headline_term(line: str, offset: int) -> Penalty | None:
    """The term of a line that is nothing but a term (a prisoner biography's heading: "Yuri Orlov / Human
    rights defender / 15 years of imprisonment"), as an imposed sentence; None for any other line."""
    m = _TERM.match(line.strip())
    if not m or not _TERM_LINE_REST.fullmatch(line.strip(), m.end()):
        return None
    lead = len(line) - len(line.lstrip())
    years, months, days = _components(m)
    if years is None and months is None and days is None:
        return None
    punishment = _punishment("", line.strip()[m.end() :], m.group("days") is not None)
    if punishment is None:
        return None
    start, end = offset + lead + m.start(), offset + lead + m.end()
    return Penalty(start, end, "imposed", punishment, years, months, days, None, None)
