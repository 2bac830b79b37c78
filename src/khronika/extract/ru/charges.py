"""Charges: the articles a person is charged with, convicted of, or that were added, dropped or reclassified.

References come from ``khronika.law.find_references`` («ч. 2 ст. 205.5 УК РФ»), offence wording from
``khronika.law.find_offences`` («оправдание терроризма» → 205.2); this module decides whose charge each one is
and what happened to it.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from khronika.extract.facts import Charge, Span
from khronika.extract.ru.context import Context
from khronika.extract.ru.cues import EVENT_CUES, PERSECUTED, STATUS_CUES
from khronika.extract.ru.term_items import list_members

CODES = ("RU-UK", "RU-KoAP")
_STATUS_RANK = {"convicted": 6, "acquitted": 5, "added": 4, "charged": 3, "reclassified": 2, "dropped": 1}
_CHARGE_CONTEXT = re.compile(
    r"\bстать\w*|\bобвин\w*|\bдел[оау]\w*|\bосужд\w*|\bпо\s+ст\.|\bназначил\w*|\bсрок\w*|\bнаказани\w*"
    r"|\bподозрева\w*|\bвмени\w*|\bвменя\w*|\bинкримин\w*"
    # «По мнению следствия, он разместил фейки о российской армии»: what the charge says he did
    r"|\bпо\s+(?:мнению|версии|данным)\s+(?:следстви|обвинени|силовик|прокуратур|СК\b|ФСБ\b)",
    re.I,
)


# «Часть 1 статьи 20.3 КоАП РФ (пропаганда …) влечет наложение штрафа …»: what the law provides, no charge
_LAW_SAYS = re.compile(
    r"(?:\s*РФ)?\s*(?:\([^()]{0,300}\))?\s*(?:влеч[её]т|предусматрива\w+|карается|наказывается)\b", re.I
)


# «полиция планирует составить протоколы по ст. 20.1 КоАП»: a charge only announced is not yet a charge.
_PLANNED = re.compile(
    r"\b(?:планиру|намерева|намерен|собира|хотят|хотел|могут|может)\w*\s+(?:\w+\s+)?"
    r"(?:составить|возбудить|завести|предъявить|обвинить|привлечь)\b[^;.]*$",
    re.I,
)


def _planned(ctx: Context, start: int) -> bool:
    sentence = ctx.sentence_at(start)
    return sentence is not None and bool(_PLANNED.search(ctx.masked[sentence.start : start]))


def _status(ctx: Context, start: int, sent_start: int, sent_end: int) -> str:
    """The status of a charge named at ``start``, from the nearest status verb before it in its sentence."""
    before = ctx.masked[sent_start:start]
    before = before[before.rfind(";") + 1 :]  # «…оштрафовал Сафина (…); в Томске завели дело на Иванова…»
    best: tuple[int, str] | None = None
    for label, pattern in STATUS_CUES:
        for m in pattern.finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), label)
    if best is None:
        rest = ctx.masked[start:sent_end].split(";", 1)[0]
        after = next((lab for lab, p in STATUS_CUES if p.search(rest)), None)
        return after or "charged"
    if best[1] == "reclassified":
        # «переквалифицировали с ч. 1 на ч. 2»: the old article is reclassified, the new one stands.
        between = before[best[0] :]
        old = re.search(r"\bс[о]?\s*(?:\S+\s+){0,3}$", between) and not re.search(r"\bна\b", between)
        return "reclassified" if old else "charged"
    return best[1]


def _in_context(ctx: Context, start: int, sent_start: int, sent_end: int) -> bool:
    """Offence wording counts only in a clause about a case (not «признан террористической организацией»)."""
    piece = ctx.masked[sent_start:sent_end]
    if (
        PERSECUTED.search(piece)
        or _CHARGE_CONTEXT.search(piece)
        or any(p.search(piece) for _, p in EVENT_CUES)
    ):
        return True
    sentence = ctx.sentence_at(start)
    if sentence is None:
        return False
    # A bulleted list of offences after «обвиняют по шести статьям:».
    index = ctx.sentence_index(sentence)
    for previous in reversed(ctx.sentences[max(0, index - 8) : index]):
        text = ctx.masked[previous.start : previous.end].rstrip()
        if text.endswith(":"):
            return bool(_CHARGE_CONTEXT.search(text) or PERSECUTED.search(text))
        if len(text) > 80:
            return False
    return False


def _explained(text: str, end: int, explicit_starts: list[int]) -> bool:
    """True when a bracketed reference follows the wording at once: «(ч. 2 ст. 207.3 УК)»."""
    i = bisect.bisect_left(explicit_starts, end)
    if i == len(explicit_starts) or explicit_starts[i] - end > 40:
        return False
    gap = text[end : explicit_starts[i]]
    # «в госизмене и шпионаже (ст. 276 УК)»: a list between them means the bracket names another offence.
    return gap.rstrip().endswith("(") and not re.search(r"\bи\b|,|;", gap)


# «по статье «…»», «инкриминировали «публичные призывы к …»»: the charge quoted as the article words it
_TITLE_OPENS = re.compile(
    r"(?:\bстать(?:е|и|ей|ю|я)|\bинкриминир\w*|\bвменя\w*|\bвменил\w*|\bобвиня\w*\s+в|\bобвинил\w*\s+в)\s*[«\"]$",
    re.I,
)


def _article_title(text: str, start: int) -> bool:
    """«обвиняют по уголовной статье «Публичное распространение заведомо ложной информации…»»: an article's
    title quoted after «статье»."""
    opener = max(text.rfind("«", 0, start), text.rfind('"', 0, start))
    if opener < 0 or start - opener > 80 or "»" in text[opener:start]:
        return False
    return bool(_TITLE_OPENS.search(text, max(0, opener - 20), opener + 1))


def general_part(code: str, article: str) -> bool:
    """An article of a code's General Part («ч. 1 ст. 30» preparation, «ст. 33» complicity) names no offence.

    The Criminal Code's Special Part begins with Article 105, the Code of Administrative Offences' with
    Chapter 5.
    """
    head = article.split(".", 1)[0]
    if not head.isdigit():
        return False
    return (code == "RU-UK" and int(head) < 105) or (code == "RU-KoAP" and int(head) < 5)


def find_charges(ctx: Context, references: list[Any], offences: list[Any]) -> list[Charge]:
    """One charge per person per article (and part), from explicit references and from offence wording."""
    found: list[tuple[Charge, bool]] = []
    explicit_starts = sorted(ref.start for ref in references if not getattr(ref, "from_wording", False))
    law_told = [
        (ref.start, m.end()) for ref in references if (m := _LAW_SAYS.match(ctx.text, ref.end)) is not None
    ]
    for ref in references:
        if ref.code not in CODES or ctx.masked[ref.start : ref.end].strip() == "":
            continue
        if getattr(ref, "from_wording", False) and _explained(ctx.text, ref.end, explicit_starts):
            continue
        if _planned(ctx, ref.start) or general_part(ref.code, ref.article):
            continue
        if any(s <= ref.start < e for s, e in law_told):
            continue
        found += _charges_at(ctx, ref.code, ref.article, ref.part, ref.point, ref.start, ref.end, True)
    for off in offences:
        if off.code not in CODES or not off.certain:
            continue
        if ctx.masked[off.start : off.end].strip() == "" and not _article_title(ctx.text, off.start):
            continue  # wording inside a quotation is someone's words, unless it is the title of the article
        if _explained(ctx.text, off.end, explicit_starts):
            continue  # «…о неправомерном доступе… (ч. 3 ст. 272.1 УК)»: the article in brackets decides
        if _planned(ctx, off.start) or any(s <= off.start < e for s, e in law_told):
            continue
        sentence = ctx.sentence_at(off.start)
        if sentence is None or not _in_context(ctx, off.start, sentence.start, sentence.end):
            continue
        found += _charges_at(ctx, off.code, off.article, None, None, off.start, off.end, False)
    found += _same_charges(ctx, found)
    return _merge(found)


# «По такому же обвинению арестована супруга Антонца Антонина Зимина»: the charge of the person just before
# «по аналогичным обвинениям», «по той же статье», «по этой статье»: the charges told just before
_SAME_CHARGE = re.compile(
    r"\b[Пп]о\s+(?:(?:такому|тому|этому)\s+же|таким\s+же|тем\s+же|этим\s+же|аналогичн(?:ому|ым)|аналогичн\w+\s+же|"
    r"(?:этой|данной|той\s+же|той\s+самой)(?=\s+статье))\s+(?:обвинени(?:ю|ям)|стать(?:е|ям)|составу)\b",
    re.I,
)


def _same_charges(ctx: Context, found: list[tuple[Charge, bool]]) -> list[tuple[Charge, bool]]:
    """The charges a sentence gives by reference to the charge told just before («по такому же обвинению»)."""
    out: list[tuple[Charge, bool]] = []
    for m in _SAME_CHARGE.finditer(ctx.masked):
        sentence = ctx.sentence_at(m.start())
        if sentence is None:
            continue
        before = [c for c, _ in found if c["evidence"]["start"] < sentence.start and c["person"]]
        if not before:
            continue
        last = before[-1]["person"]
        # «…арестована супруга Антонца Антонина Зимина»: whoever it names besides the one referred to
        pids = [p for p in ctx.attach(m.start(), m.end(), fallback=False) if p != last] or list(
            dict.fromkeys(
                p
                for a in sentence.actors
                if a.named and a.role in (None, "relative") and a.start > m.end()
                for p in a.pids
                if p != last
            )
        )
        if not pids:
            continue
        evidence: Span = ctx.quote(sentence)
        for charge in (c for c in before if c["person"] == last):
            for pid in pids:
                copied: Charge = {
                    **charge,
                    "person": pid,
                    "status": "charged",
                    "date": None,
                    "evidence": evidence,
                }
                out.append((copied, False))
    return out


def _charges_at(
    ctx: Context,
    code: str,
    article: str,
    part: str | None,
    point: str | None,
    start: int,
    end: int,
    explicit: bool,
) -> list[tuple[Charge, bool]]:
    sentence = ctx.sentence_at(start)
    if sentence is None:
        return []
    status = _status(ctx, start, sentence.start, sentence.end)
    evidence: Span = ctx.quote(sentence)
    out: list[tuple[Charge, bool]] = []
    # A case against nobody named (a negligence case after a death in custody) is not a person's charge.
    named = any(a.named for a in sentence.actors)
    for pid in (not named and list_members(ctx, sentence)) or ctx.attach(start, end):
        charge: Charge = {
            "person": pid, "code": code, "article": article, "part": part, "point": point,
            "status": status, "date": None, "evidence": evidence,
        }  # fmt: skip
        out.append((charge, explicit))
    return out


def _merge(found: list[tuple[Charge, bool]]) -> list[Charge]:
    """One charge per person, code and article: a stated part beats none, a later status an earlier one."""
    merged: dict[tuple[str | None, str, str], tuple[Charge, bool]] = {}
    for charge, explicit in found:
        k = (charge["person"], charge["code"], charge["article"])
        if k not in merged:
            merged[k] = (charge, explicit)
            continue
        old, old_explicit = merged[k]
        better = dict(old)
        if not old["part"] and charge["part"]:
            better["part"], better["point"] = charge["part"], charge["point"]
        if _STATUS_RANK[charge["status"]] > _STATUS_RANK[old["status"]]:
            better["status"] = charge["status"]
        merged[k] = (better, old_explicit or explicit)  # type: ignore[assignment]
    return [c for c, _ in merged.values()]
