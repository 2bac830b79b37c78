"""Sentences and requests: the term or fine, the punishment, how far it got, and whose it is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.extract.facts import Sentence
from khronika.extract.ru.computed_terms import change_stage, computed_terms
from khronika.extract.ru.context import Context, within
from khronika.extract.ru.stage_cues import STAGE_CUES
from khronika.extract.ru.term_items import list_head_date, stage_of_list_head
from khronika.extract.ru.term_lists import (
    DASH_ON,
    LIST_ITEM_DASH,
    date_from_verdict_told,
    itemised,
    merge_sentences,
    own_dates,
    respectively,
    stage_told_before,
    with_upheld,
)
from khronika.extract.ru.term_shapes import (
    BOUNDS,
    NEXT_OF_LIST,
    TERM_IS,
    date_from_paragraph,
    governed,
    named_after,
    punishment_after,
)
from khronika.extract.ru.term_stage import stage_of_term
from khronika.extract.ru.terms import Amount, Term, find_amounts, find_terms, read_number, word_tokens

_REGIMES = [
    ("strict", r"строгого\s+режима"), ("general", r"общего\s+режима"), ("special", r"особого\s+режима"),
    ("settlement", r"колони\w*-поселени\w*|колони\w*\s+поселени\w*"), ("prison", r"\bтюрьм\w*|\bтюремн\w*"),
]  # fmt: skip
# Additional punishments the gold leaves out: «после освобождения … ограничение свободы», bans.
_ADDITIONAL = re.compile(
    r"\bпосле\s+(?:освобождени|отбыти)\w*|\bзапрет\w*|\bзапрети\w*|\bв\s+течение\b"
    r"|\bс\s+отбыванием\s+(?:первых\s+)?$",  # «с отбыванием первых пяти лет в тюрьме»: part of the term
    re.I,
)
# «к 6 годам колонии … и штрафу в размере 200 тысяч рублей»: a fine beside a term is an additional punishment.
_FINE_BESIDE = re.compile(r"(?:\bи|,\s*а\s+также)\s+(?:к\s+)?штраф\w*\s+(?:в\s+размере\s+|в\s+)?$", re.I)
_WITHOUT_TERM = [
    ("suspended", re.compile(r"\bусловн\w+\s+(?:срок|наказани)\w*|\bусловно\b", re.I)),
    ("imprisonment", re.compile(r"\bпожизненн\w+\s+(?:лишени\w+\s+свобод\w*|заключени\w*|срок\w*)", re.I)),
    ("other", re.compile(r"\bобязательн\w+\s+работ\w*", re.I)),  # hours of community work
    ("other", re.compile(r"\bпринудительн\w+\s+лечени\w*", re.I)),  # compulsory psychiatric treatment
]
_COUNTED_DECISIONS = [
    ("fine", re.compile(r"\bполуча\w*\s+(?:[\w-]+\s+){0,3}?штрафы\b", re.I)),
    ("administrative_arrest", re.compile(r"\bполуча\w*\s+[^.;]{0,60}?\bадминистративн\w+\s+аресты\b", re.I)),
]
# «краевой суд сократил … сроки четверым:» (a court's act; not «Увеличились и сроки:», terms that grew)
_HEAD_STAGE = re.compile(
    r"\b(?:смягчил|сократил|снизил|уменьшил|ужесточил|увеличил)(?!ись|ась|ось|ся)\w*[^.:;]{0,120}:", re.I
)
# «к трем годам лишения свободы, но суд счел возможным заменить наказание на принудительные работы»
_REPLACED_BY_LABOUR = re.compile(r"\bзамени\w*\s+(?:[\w-]+\s+){0,3}?на\s+принудительн\w+\s+работ", re.I)
_IMPOSED_AFTER = re.compile(
    r"(?:[^.;]|\.(?=\s*[\dа-яё])){0,120}?(,\s*котор\w+\s+(?:[\w-]+\s+){0,3}?(?:назначил|присудил|приговорил|выписал)\w*)",
    re.I,
)
# «…вывезли активистку Сашу Скочиленко, осужденную на семь лет…»: a term in a participle phrase is an earlier
# decision; the date of the clause around it is not its date.
_PARTICIPIAL = re.compile(r",\s*(?:ранее\s+|уже\s+)?осужд[её]нн\w+\s+(?:[\w-]+\s+){0,3}?(?:на|к)\s+$", re.I)
_UNBRACKETED = re.compile(r"\([^()]*\)")
_FINE_VERB = re.compile(r"\bоштрафова\w*|\bштрафова\w*|\bштраф\w*", re.I)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    punishment: str
    term: Term | None
    amount: Amount | None


# «…к пяти годам колонии, а его жену – к трем с половиной»: a number with its unit left out after a dash.
_ELLIPTIC = re.compile(
    r"(?:[—–]|\s-)\s*(?:к\s+|на\s+)?((?:[а-яё]+\s+){0,2}?[а-яё]+(?:\s+с\s+половиной)?|\d+(?:[.,]5)?(?:\s+с\s+половиной)?)"
    r"(?=\s*(?:[.;)]|,|$))",
    re.I,
)


def _elliptic_terms(piece: str, found: list[_Found], offset: int) -> list[_Found]:
    """Terms whose unit the sentence gave only once: the unit and punishment of the last term before each."""
    terms = [f for f in found if f.term is not None]
    out: list[_Found] = []
    for m in _ELLIPTIC.finditer(piece):
        start, end = offset + m.start(1), offset + m.end(1)
        before = [f for f in terms if f.end <= start]
        if not before or any(f.start <= start < f.end for f in found):
            continue
        words = word_tokens(m.group(1))
        number = read_number(words, 0) if words else None
        if number is None or number[1] != len(words) or number[0] <= 0 or number[0] > 30:
            continue
        value, last = number[0], before[-1]
        assert last.term is not None
        if last.term.years and not last.term.days:
            term = Term(start, end, int(value), round((value % 1) * 12), 0)
        elif last.term.days and not last.term.years and not last.term.months:
            term = Term(start, end, 0, 0, int(value))
        else:
            continue
        out.append(_Found(start, end, last.punishment, term, None))
    return out


_PROBATION = re.compile(r"\bиспытательн\w*\s+срок\w*\s+(?:в\s+|на\s+)?$", re.I)


def _regime(window: str) -> str | None:
    for label, pattern in _REGIMES:
        if re.search(pattern, window, re.I):
            return label
    return None


def find_sentences(
    ctx: Context, dates: list[tuple[int, int, str]], courts: list[tuple[int, int, str]]
) -> list[Sentence]:
    """Every sentence or request in the text, one per decision per person."""
    out: list[Sentence] = []
    told: list[int] = []  # the indexes of the sentences that state a term or a fine
    counted: set[int] = set()  # where decisions only counted are told: they have no date
    head_stage: str | None = None  # the change a list head told («краевой суд сократил сроки четверым:»)
    head_paragraph = -1
    for sentence in ctx.sentences:
        piece = ctx.masked[sentence.start : sentence.end]
        found: list[_Found] = []
        for term in find_terms(piece):
            s, e = sentence.start + term.start, sentence.start + term.end
            punishment = punishment_after(ctx, s, e, sentence.start, sentence.end)
            before = ctx.masked[max(sentence.start, s - 30) : s]
            if punishment is None and found and re.search(r"[—–]\s*(?:к\s+)?$", before):
                punishment = found[-1].punishment  # «…семь лет колонии, а Мартынову — шесть с половиной лет»
            if punishment is None and found and NEXT_OF_LIST.fullmatch(ctx.masked, found[-1].end, s):
                punishment = found[-1].punishment
            # «сроки снижены: теперь у Теймура Абдуллаева - 16 с половиной лет, …»: a list item
            listed = (
                LIST_ITEM_DASH.search(before) is not None
                and any(p.search(piece, 0, term.start) for _, p in STAGE_CUES)
            ) or DASH_ON.search(piece, 0, term.start) is not None
            colon = piece.rfind(":", 0, term.start)
            # «Прокурор запрашивал для верующих реальные сроки: Дешко и Шалеву 8 лет, Королеву — 9 лет»
            listed = listed or (colon >= 0 and any(p.search(piece, 0, colon) for _, p in STAGE_CUES))
            if punishment is None and not governed(before) and not listed:
                continue
            if _ADDITIONAL.search(ctx.masked[max(sentence.start, s - 90) : s]):
                continue
            if _PROBATION.search(ctx.masked[max(sentence.start, s - 40) : s]):
                continue  # «три года условно с испытательным сроком четыре года»: the probation, no sentence
            found.append(_Found(s, e, punishment or "imprisonment", term, None))
        found += _elliptic_terms(piece, found, sentence.start)
        amounts = [
            a
            for a in find_amounts(piece)
            if (
                # «оштрафовал … Дмитрия Гудкова (признан в РФ иностранным агентом) на 40 тыс. рублей»: a
                # remark in brackets does not count
                _FINE_VERB.search(_UNBRACKETED.sub(" ", piece[max(0, a.start - 200) : a.start])[-90:])
                or re.match(r"\s*штраф\w*", piece[a.end :])  # «оценил пост в 30 тысяч рублей штрафа»
            )
            and not re.search(
                r"\bза\s+$", piece[max(0, a.start - 6) : a.start]
            )  # «за 14 тыс. рублей донатов»
        ]
        if any(f.term is not None and f.punishment != "administrative_arrest" for f in found):
            amounts = [a for a in amounts if not _FINE_BESIDE.search(piece[max(0, a.start - 40) : a.start])]
        for amount in amounts:
            found.append(
                _Found(sentence.start + amount.start, sentence.start + amount.end, "fine", None, amount)
            )
        if not amounts and (m := re.search(r"\bоштрафова\w*|\bштрафова\w*|\bк\s+штрафу\b", piece, re.I)):
            found.append(_Found(sentence.start + m.start(), sentence.start + m.end(), "fine", None, None))
        for label, pattern in _COUNTED_DECISIONS:
            if (m := pattern.search(piece)) and not any(f.punishment == label for f in found):
                # «получала за это штрафы и административные аресты»: repeated decisions, only counted
                found.append(_Found(sentence.start + m.start(), sentence.start + m.end(), label, None, None))
                counted.add(sentence.start + m.start())
        for label, pattern in _WITHOUT_TERM:
            if not found and (m := pattern.search(piece)):
                # «назначил условный срок», «к пожизненному лишению свободы»: a punishment without a term.
                found.append(_Found(sentence.start + m.start(), sentence.start + m.end(), label, None, None))
        items = itemised(ctx, sentence, found)
        # «C и D — на 13 и 12 лет соответственно»: «соответственно» pairs the terms of an item one by one
        respective = {**items, **respectively(ctx, sentence, [f for f in found if f.term is not None], piece)}
        item_pids = {pid for pids in items.values() for pid in pids}
        head_before = head_stage if sentence.paragraph == head_paragraph else None
        head = _HEAD_STAGE.search(ctx.masked, sentence.start, sentence.end)
        head_stage, head_paragraph = (change_stage(head.group(0)), sentence.paragraph) if head else (None, -1)
        if found:
            told.append(ctx.sentence_index(sentence))
        for f in found:
            if BOUNDS.search(ctx.masked, max(sentence.start, f.start - 80), f.start):
                continue  # «на сроки от 4 лет условно до 7 лет колонии семерых»: bounds, no one's term
            clause = _IMPOSED_AFTER.match(ctx.masked, f.end, sentence.end)
            # «отклонил апелляцию на штраф в 30 тысяч рублей …, который назначили в декабре»: the relative
            # clause tells the decision the term or fine comes from
            stage = "imposed" if clause else stage_of_term(ctx, sentence.start, f.start, f.end, sentence.end)
            if head is not None and head.end() <= f.start and stage == "imposed":
                # «краевой суд сократил … сроки четверым: Дмитрию Малеваному назначили шесть лет …»: the verb
                # before the colon says what the listed terms are
                stage = change_stage(head.group(0))
            if stage == "imposed" and not head:
                stage = stage_told_before(ctx, sentence, told) or stage
            if stage == "imposed" and not head and head_before and TERM_IS.search(piece):
                stage = head_before  # «…сократил сроки четверым: …. Условный срок Ольге Опалевой составит …»
            from_head = stage is None
            if from_head:
                stage = stage_of_list_head(ctx, sentence)
            if stage is None:
                continue
            punishment = f.punishment
            if punishment == "imprisonment" and _REPLACED_BY_LABOUR.search(ctx.masked, f.end, sentence.end):
                punishment = "compulsory_labour"
            pids = respective.get(f.start) or named_after(ctx, sentence, f.end) or ctx.attach(f.start, f.end)
            if item_pids and f.start not in respective and set(pids) <= item_pids:
                # «Руслана З., которого …, приговорили к семи годам, Ферата С. и Нури П. — к пяти»: the term
                # before the dashed items is of the one named before it, not of an item's persons
                named_before = [
                    a for a in sentence.actors if a.named and a.end <= f.start and not set(a.pids) & item_pids
                ]
                pids = list(named_before[-1].pids) if named_before else pids
            window = ctx.masked[f.end : min(sentence.end, f.end + 60)]
            stated = f.term
            for pid in pids:  # a decision about nobody named is not recorded
                out.append(
                    {
                        "person": pid,
                        "stage": stage,
                        "punishment": punishment,
                        "years": stated.years if stated else None,
                        "months": stated.months if stated else None,
                        "days": stated.days if stated else None,
                        "amount": f.amount.value if f.amount else None,
                        "currency": "RUB" if f.amount else None,
                        "regime": _regime(window) if f.punishment == "imprisonment" else None,
                        "date": _nearest(dates, clause.end(), clause.start(1), clause.end() + 40)
                        if clause
                        else None
                        if f.start in counted
                        or _PARTICIPIAL.search(ctx.masked, max(sentence.start, f.start - 60), f.start)
                        else _nearest(
                            own_dates(ctx.text, dates, sentence), f.start, sentence.start, sentence.end
                        ),
                        "court": _nearest(courts, f.start, sentence.start, sentence.end),
                        "evidence": ctx.quote(sentence),
                    }
                )
                if from_head and out[-1]["date"] is None:
                    out[-1]["date"] = list_head_date(ctx, dates, sentence)
    date_from_verdict_told(ctx, dates, out, set(told))
    date_from_paragraph(ctx, dates, out)
    out += computed_terms(ctx, dates, out)
    return with_upheld(merge_sentences(out))


def _nearest(items: list[tuple[int, int, str]], pos: int, start: int, end: int) -> str | None:
    """The value of the item in the same sentence nearest to ``pos``, preferring one before it."""
    inside = within(items, start, end)
    if not inside:
        return None
    return min(inside, key=lambda item: (pos - item[1]) if item[1] <= pos else 2 * (item[0] - pos))[2]
