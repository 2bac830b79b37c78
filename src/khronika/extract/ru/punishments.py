"""Sentences and requests: the term or fine, the punishment, how far it got, and whose it is."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from khronika.extract.facts import Sentence, Span
from khronika.extract.ru.context import CLAUSE_BOUNDARY, Context, within
from khronika.extract.ru.context import Sentence as TextSentence
from khronika.extract.ru.cues import STAGE_CUES
from khronika.extract.ru.dating import PARTICIPLE_BEFORE
from khronika.extract.ru.terms import Amount, Term, find_amounts, find_terms, read_number, word_tokens

_PUNISHMENTS: list[tuple[str, re.Pattern[str]]] = [
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in [
        ("suspended", r"\bусловн\w*"),
        ("compulsory_labour", r"\bпринудительн\w*\s+работ\w*"),
        ("correctional_labour", r"\bисправительн\w*\s+работ\w*"),
        ("restriction_of_freedom", r"\bограничени\w*\s+свобод\w*"),
        ("house_arrest", r"\bдомашн\w*\s+арест\w*"),
        (
            "imprisonment",
            r"\bколони\w*|\bлишени\w*\s+свобод\w*|\bзаключени\w*|\bтюрьм\w*|\bтюремн\w*|\bрежим\w*",
        ),
    ]
]
_REGIMES = [
    ("strict", r"строгого\s+режима"), ("general", r"общего\s+режима"), ("special", r"особого\s+режима"),
    ("settlement", r"колони\w*-поселени\w*|колони\w*\s+поселени\w*"), ("prison", r"\bтюрьм\w*|\bтюремн\w*"),
]  # fmt: skip
# «грозит до 20 лет», «предусматривает до 10 лет»: a possible term is not a sentence.
_THREAT = re.compile(
    r"\bгроз\w*|\bпредусматрива\w*|\bмо(?:жет|гут|г|гла|гли)\s+(?:получить|составить)|\bсвет(?:ит|ят|ило|или)\b|\bмаксимальн\w*"
    # «(ст. 330.1 УК, до двух лет лишения свободы)»: the article's range, written after it
    r"|\b(?:УК|КоАП)(?:\s+РФ)?\s*,\s*(?:до|от)\s*$",
    re.I,
)
# Additional punishments the gold leaves out: «после освобождения … ограничение свободы», bans.
_ADDITIONAL = re.compile(
    r"\bпосле\s+(?:освобождени|отбыти)\w*|\bзапрет\w*|\bзапрети\w*|\bв\s+течение\b", re.I
)
# «к 6 годам колонии … и штрафу в размере 200 тысяч рублей»: a fine beside a term is an additional punishment.
_FINE_BESIDE = re.compile(r"(?:\bи|,\s*а\s+также)\s+(?:к\s+)?штраф\w*\s+(?:в\s+размере\s+|в\s+)?$", re.I)
_WITHOUT_TERM = [
    ("suspended", re.compile(r"\bусловн\w+\s+(?:срок|наказани)\w*|\bусловно\b", re.I)),
    ("imprisonment", re.compile(r"\bпожизненн\w+\s+(?:лишени\w+\s+свобод\w*|заключени\w*|срок\w*)", re.I)),
    ("other", re.compile(r"\bобязательн\w+\s+работ\w*", re.I)),  # hours of community work
    ("other", re.compile(r"\bпринудительн\w+\s+лечени\w*", re.I)),  # compulsory psychiatric treatment
]
# «краевой суд сократил … сроки четверым:» (a court's act; not «Увеличились и сроки:», terms that grew)
_HEAD_STAGE = re.compile(
    r"\b(?:смягчил|сократил|снизил|уменьшил|ужесточил|увеличил)(?!ись|ась|ось|ся)\w*[^.:;]{0,120}:", re.I
)
# «к трем годам лишения свободы, но суд счел возможным заменить наказание на принудительные работы»
_REPLACED_BY_LABOUR = re.compile(r"\bзамени\w*\s+(?:[\w-]+\s+){0,3}?на\s+принудительн\w+\s+работ", re.I)
# «Апелляционный суд ужесточил наказание Кагарлицкому. Вместо штрафа ему назначили пять лет»
_STAGE_VERB = re.compile(
    r"\b(?:(ужесточил|увеличил)|(смягчил|сократил|снизил|уменьшил))(?!ись|ась|ось|ся)\w*", re.I
)
_IMPOSED_AFTER = re.compile(
    r"(?:[^.;]|\.(?=\s*[\dа-яё])){0,120}?(,\s*котор\w+\s+(?:[\w-]+\s+){0,3}?(?:назначил|присудил|приговорил|выписал)\w*)",
    re.I,
)
# «…вывезли активистку Сашу Скочиленко, осужденную на семь лет…»: a term in a participle phrase is an earlier
# decision; the date of the clause around it is not its date.
_PARTICIPIAL = re.compile(r",\s*(?:ранее\s+|уже\s+)?осужд[её]нн\w+\s+(?:[\w-]+\s+){0,3}?(?:на|к)\s+$", re.I)
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


def _stage(ctx: Context, sent_start: int, start: int, end: int, sent_end: int) -> str | None:
    """The stage named by the nearest governing verb before the term (else after it) in the sentence."""
    before = ctx.masked[sent_start:end]
    before = before[
        before.rfind(";", 0, start - sent_start) + 1 :
    ]  # a digest's «…; …» parts have their own verbs
    best: tuple[int, str] | None = None
    for label, pattern in STAGE_CUES:
        for m in pattern.finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), label)
    threat = [m.end() for m in _THREAT.finditer(before)]
    if threat and (best is None or max(threat) >= best[0]):
        return None
    if best is not None:
        return best[1]
    after = ctx.masked[end:sent_end].split(";", 1)[0]
    for label, pattern in STAGE_CUES:
        if pattern.search(after[:80]):
            return label
    return None


_PROBATION = re.compile(r"\bиспытательн\w*\s+срок\w*\s+(?:в\s+|на\s+)?$", re.I)
_TERM_OF = re.compile(r"\bсроком\s+(?:на\s+|в\s+)?$|\bна\s+срок\s+(?:в\s+)?$", re.I)


def _punishment(ctx: Context, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    after = ctx.masked[end : min(sent_end, end + 50)]
    # «три года колонии, Олег Сидоров — два года условно»: the next item of a list has its own punishment
    after = re.split(r",\s+(?=[А-ЯЁ])|\s[—–]\s", after, maxsplit=1)[0]
    before = ctx.masked[max(sent_start, start - 30) : start]
    if re.match(r"\s*(?:сут|дн|час)", ctx.masked[end - 6 : end + 1]) or re.search(
        r"(?:сут\w*|\bдн(?:я|ей|ям|ь))$", ctx.masked[start:end]
    ):
        return "administrative_arrest"
    for label, pattern in _PUNISHMENTS:
        m = pattern.search(after)
        if m and not re.search(r"[.;]", after[: m.start()]):
            return label
    if _TERM_OF.search(before):
        # «наказание в виде лишения свободы сроком на шесть лет»: the punishment is named before the term
        wider = ctx.masked[max(sent_start, start - 70) : start]
        named = [(m.end(), label) for label, pattern in _PUNISHMENTS for m in pattern.finditer(wider)]
        if named:
            return max(named)[1]
    if re.search(r"\bусловн\w*", before) or re.search(
        r"\bусловн\w+\s+(?:срок|наказани)\w*", ctx.masked[sent_start:start], re.I
    ):
        return "suspended"  # «Условный срок Ольге Опалевой составит четыре года 10 месяцев»
    return None


def _governed(before: str) -> bool:
    """A bare term («к 14 годам», «запросил 18 лет», «срок составил 14 лет») right after its verb."""
    if re.search(r"\b(?:к|до)\s*$", before) or _TERM_OF.search(before):
        return True
    head = before.rstrip(" \t—–-:")  # «добавили ещё один срок — 1 год и 10 месяцев»
    return any(m.end() >= len(head) - 1 for _, p in STAGE_CUES for m in p.finditer(head))


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
    for sentence in ctx.sentences:
        piece = ctx.masked[sentence.start : sentence.end]
        found: list[_Found] = []
        for term in find_terms(piece):
            s, e = sentence.start + term.start, sentence.start + term.end
            punishment = _punishment(ctx, s, e, sentence.start, sentence.end)
            before = ctx.masked[max(sentence.start, s - 30) : s]
            if punishment is None and found and re.search(r"[—–]\s*(?:к\s+)?$", before):
                punishment = found[-1].punishment  # «…семь лет колонии, а Мартынову — шесть с половиной лет»
            listed = _LIST_ITEM_DASH.search(before) is not None and any(
                p.search(piece, 0, term.start) for _, p in STAGE_CUES
            )  # «сроки снижены: теперь у Теймура Абдуллаева - 16 с половиной лет, …»: a list item
            if punishment is None and not _governed(before) and not listed:
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
                _FINE_VERB.search(piece[max(0, a.start - 60) : a.start])
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
        for label, pattern in _WITHOUT_TERM:
            if not found and (m := pattern.search(piece)):
                # «назначил условный срок», «к пожизненному лишению свободы»: a punishment without a term.
                found.append(_Found(sentence.start + m.start(), sentence.start + m.end(), label, None, None))
        respective = _respectively(ctx, sentence, [f for f in found if f.term is not None], piece)
        respective.update(_itemised(ctx, sentence, found))
        head = _HEAD_STAGE.search(ctx.masked, sentence.start, sentence.end)
        if found:
            told.append(ctx.sentence_index(sentence))
        for f in found:
            clause = _IMPOSED_AFTER.match(ctx.masked, f.end, sentence.end)
            # «отклонил апелляцию на штраф в 30 тысяч рублей …, который назначили в декабре»: the relative
            # clause tells the decision the term or fine comes from
            stage = "imposed" if clause else _stage(ctx, sentence.start, f.start, f.end, sentence.end)
            if head is not None and head.end() <= f.start and stage == "imposed":
                # «краевой суд сократил … сроки четверым: Дмитрию Малеваному назначили шесть лет …»: the verb
                # before the colon says what the listed terms are
                stage = "increased" if head.group(0).lower().startswith(("ужесточ", "увелич")) else "reduced"
            if stage == "imposed" and not head:
                stage = _stage_told_before(ctx, sentence, told) or stage
            if stage is None:
                continue
            punishment = f.punishment
            if punishment == "imprisonment" and _REPLACED_BY_LABOUR.search(ctx.masked, f.end, sentence.end):
                punishment = "compulsory_labour"
            pids = respective.get(f.start) or ctx.attach(f.start, f.end)
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
                        if _PARTICIPIAL.search(ctx.masked, max(sentence.start, f.start - 60), f.start)
                        else _nearest(
                            _own_dates(ctx.text, dates, sentence), f.start, sentence.start, sentence.end
                        ),
                        "court": _nearest(courts, f.start, sentence.start, sentence.end),
                        "evidence": _evidence(ctx, sentence.start, sentence.end),
                    }
                )
    _date_from_verdict_told(ctx, dates, out, set(told))
    return merge_sentences(out)


# «Суд вынес приговор 12 ноября», «Приговор огласили вчера»: a sentence that tells only when the verdict came.
_VERDICT_TOLD = re.compile(
    r"\b(?:вын[её]с\w*|огласил\w*|оглаш[её]н\w*|вынесен\w*)\s+(?:[\w-]+\s+){0,2}?приговор\w*"
    r"|\bприговор\w*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:вынес|оглаш|огласил|объявил|объявлен|был\s+вынесен)\w*"
    r"|\b(?:вын[её]с|принял)\w*\s+(?:[\w-]+\s+){0,2}?решени\w*|\bРешени\w*\s+(?:[\w-]+\s+){0,3}?(?:вынесен|вынес|принят|принял)\w*"
    # «21 мая в Буйнакском суде завершился … процесс по делу …»: the trial ended with the verdict
    r"|\bзавершил\w*\s+(?:[\w«».-]+\s+){0,12}?процесс\w*\s+по\s+делу"
    r"|\bпроцесс\w*\s+по\s+делу\s+(?:[\w-]+\s+){0,4}?завершил\w*",
    re.I,
)


def _date_from_verdict_told(
    ctx: Context, dates: list[tuple[int, int, str]], out: list[Sentence], told: set[int]
) -> None:
    """Date the undated imposed terms of a paragraph from a sentence beside them that only dates the verdict.

    «Шесть подсудимых получили условные сроки: … Суд вынес приговор 12 ноября.» and «12 ноября суд вынес
    приговор по делу. Иван Петров получил три года…»: the terms are of that day. The dating sentence states no
    term itself; the terms' sentences must be near it (two at most between) with no dated sentence between.
    """
    frames: dict[int, str] = {}
    for index, sentence in enumerate(ctx.sentences):
        told_here = None if index in told else _VERDICT_TOLD.search(ctx.masked, sentence.start, sentence.end)
        if told_here is None:
            continue
        # «Они состоялись 10 мая, а сегодня, 11-го, уже был оглашен приговор»: the verdict clause's date
        own = _own_dates(ctx.text, dates, sentence)
        clause = [
            d for d in own if not CLAUSE_BOUNDARY.search(ctx.masked, *sorted((d[1], told_here.start())))
        ]
        if len({d[2] for d in clause}) > 1:
            # «21 мая … завершился начатый в декабре процесс»: the date before the verb, nearest to it
            clause = [d for d in clause if d[1] <= told_here.start()][-1:]
        stated = {d[2] for d in (own if len({d[2] for d in own}) == 1 else clause)}
        if len(stated) == 1:
            frames[index] = stated.pop()
    if not frames:
        return
    for item in out:
        if item["stage"] != "imposed" or item["date"] is not None:
            continue
        index = ctx.sentence_index_before(item["evidence"]["start"] + 1)
        paragraph = ctx.sentences[index].paragraph
        for step in (1, -1, 2, -2, 3):
            other = index + step
            lo, hi = sorted((index, other))
            if other not in frames or ctx.sentences[other].paragraph != paragraph:
                continue
            # no sentence between the two states a date of its own: the story has not moved on
            between = range(lo + 1, hi)
            if not any(_own_dates(ctx.text, dates, ctx.sentences[i]) for i in between):
                item["date"] = frames[other]
                break


def _stage_told_before(ctx: Context, sentence: TextSentence, told: list[int]) -> str | None:
    """The stage a sentence just before gives to an undated «назначили» that follows it: «…ужесточил наказание
    Кагарлицкому. Вместо штрафа ему назначили пять лет» is the harsher term, not a first verdict. The sentence
    before must state no term itself and stand in the same paragraph."""
    index = ctx.sentence_index(sentence)
    if index == 0 or (index - 1) in told:
        return None
    before = ctx.sentences[index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    m = _STAGE_VERB.search(ctx.masked, before.start, before.end)
    if m is None:
        return None
    return "increased" if m.group(1) else "reduced"


def _respectively(
    ctx: Context, sentence: TextSentence, terms: list[_Found], piece: str
) -> dict[int, list[str]]:
    """«приговорил Петрова и Смирнову к пяти и шести годам соответственно»: i-th term, i-th person."""
    if len(terms) < 2 or not re.search(r"\bсоответственно\b", piece, re.I):
        return {}
    group = ctx.attach(terms[0].start, terms[0].end)
    if len(group) != len(terms):
        return {}
    first_seen = {pid: min(a.start for a in sentence.actors if pid in a.pids) for pid in group}
    ordered = sorted(group, key=lambda pid: first_seen[pid])
    return {t.start: [pid] for t, pid in zip(terms, ordered, strict=True)}


# «…: Иван Петров – три года, Олег Сидоров и Павел Кузнецов – по два года»: names, a dash, then the term.
_ITEM_DASH = re.compile(r"\s*(?:[—–]|-(?=\s))\s*(?:(?:по|к|на)\s+)?$", re.I)
# a bare term of a list item; not «Петрийчук - на два месяца», which says by how much a term was cut
_LIST_ITEM_DASH = re.compile(r"\s(?:[—–]|-)\s*(?:(?:по|к)\s+)?$", re.I)
_ITEM_JOIN = re.compile(r"\s*(?:,\s*(?:а\s+также\s+|и\s+)?|и\s+)(?:[а-яё-]+\s+){0,2}", re.I)  # «и активист»
_ITEM_TAIL = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*")  # «Иван Петров (27 лет) – три года»


def _itemised(ctx: Context, sentence: TextSentence, found: list[_Found]) -> dict[int, list[str]]:
    """The persons named right before each «NAMES – TERM» item of a list of terms in one sentence.

    An item runs from the end of the term before it (or the sentence's colon) to the dash before its term;
    after its first name only joining words («и», a comma, a role word) and a bracket may stand in it.
    """
    out: dict[int, list[str]] = {}
    text = ctx.masked
    previous = sentence.start
    for f in found:
        colon = text.rfind(":", previous, f.start)
        left = colon + 1 if colon >= 0 else previous
        previous = f.end
        dash = _ITEM_DASH.search(text, left, f.start)
        if dash is None:
            continue
        named = [a for a in sentence.actors if a.named and left <= a.start and a.end <= dash.start()]
        if not named or not _ITEM_TAIL.fullmatch(text, named[-1].end, dash.start()):
            continue
        if not all(_ITEM_JOIN.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(named)):
            continue
        out[f.start] = list(dict.fromkeys(pid for a in named for pid in a.pids))
    return out


def _own_dates(
    text: str, dates: list[tuple[int, int, str]], sentence: TextSentence
) -> list[tuple[int, int, str]]:
    """The sentence's dates but those of a participle phrase («по составленному вчера протоколу»)."""
    return [
        d for d in within(dates, sentence.start, sentence.end)
        if not PARTICIPLE_BEFORE.search(text, sentence.start, d[0])
    ]  # fmt: skip


def _nearest(items: list[tuple[int, int, str]], pos: int, start: int, end: int) -> str | None:
    """The value of the item in the same sentence nearest to ``pos``, preferring one before it."""
    inside = within(items, start, end)
    if not inside:
        return None
    return min(inside, key=lambda item: (pos - item[1]) if item[1] <= pos else 2 * (item[0] - pos))[2]


def _evidence(ctx: Context, start: int, end: int) -> Span:
    return {"start": start, "end": end, "text": ctx.text[start:end]}


def merge_sentences(items: list[Sentence]) -> list[Sentence]:
    """Drop a repeat of a decision that states less: «оштрафовал Егорова» after «…на 30 тысяч рублей»."""
    kept: list[Sentence] = []
    for item in items:
        decision = (item["person"], item["stage"], item["punishment"])
        same = [k for k in kept if (k["person"], k["stage"], k["punishment"]) == decision]
        if item["amount"] is None and item["years"] is None and same:
            for k in same:
                k["date"] = k["date"] or item["date"]
            continue
        vague = [k for k in same if k["amount"] is None and k["years"] is None]
        for k in vague:
            item["date"] = item["date"] or k["date"]
            kept.remove(k)
        kept.append(item)
    return kept
