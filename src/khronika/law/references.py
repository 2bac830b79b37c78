"""Finding legal references in text: «п. «б» ч. 2 ст. 165 УК РФ», «статьям 205.2 и 280.4»,
"Part 2 of Article 205.5 of the Criminal Code", "Article 207.3(2)(d)".

The tokens of `ref_tokens` are grouped into runs separated only by spaces (or a bracketed aside); each
run is parsed left to right by `ref_parser.RunParser`, then every item without a code of its own gets
one by `inference.infer_code`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from khronika.law.about import has_about, references_about
from khronika.law.inference import infer_code, sentence_bounds
from khronika.law.model import LawRef
from khronika.law.ref_parser import RunParser
from khronika.law.ref_tokens import ART, Token, codes_named, tokenize, windows
from khronika.law.tables import CODES
from khronika.law.wording import find_offences

# UK 30 and 33 written just before another article qualify it.
_QUALIFIERS = {
    ("30", "1"): "preparation",
    ("30", "3"): "attempt",
    ("33", "3"): "organiser",
    ("33", "4"): "instigator",
    ("33", "5"): "accessory",
}


# A short remark in brackets does not end a list: «по статьям 280.3 (дискредитация армии) и 207.3 УК».
_ASIDE = re.compile(r"\s*\([^()\n]{1,80}\)\s*")


def _runs(tokens: list[Token], text: str) -> Iterable[list[Token]]:
    """Tokens grouped into runs: a run ends where anything but spaces (or a bracketed aside) comes between."""
    run: list[Token] = []
    for tok in tokens:
        if run:
            gap_start, gap_end = run[-1].end, tok.start
            if text[gap_start:gap_end].strip() and not _ASIDE.fullmatch(text, gap_start, gap_end):
                yield run
                run = []
        run.append(tok)
    if run:
        yield run


# What may stand between two items of one list: «ст. 108 УПК РФ, ст. 109», "Article 30 and Article 275".
_LIST_JOINER = re.compile(r"\s*(?:,|;|и|или|либо|а\s+также|and|or)?\s*(?:по\s+|under\s+)?", re.IGNORECASE)


def _qualify(refs: list[LawRef], text: str) -> list[LawRef]:
    out: list[LawRef] = []
    for n, ref in enumerate(refs):
        prev = refs[n - 1] if n else None
        if (
            prev is not None
            and prev.code == ref.code == "RU-UK"
            and ref.article not in ("30", "33")
            and _LIST_JOINER.fullmatch(text, prev.end, max(prev.end, ref.start))
        ):
            qualifier = _QUALIFIERS.get((prev.article, prev.part or ""))
            if qualifier:
                ref = replace(ref, qualifier=qualifier)
        out.append(ref)
    return out


def find_references(
    text: str, lang: str, codes: Iterable[str] | None = CODES, country: str = "RU"
) -> list[LawRef]:
    """Every legal reference in `text` (lang "ru" or "en"), one `LawRef` per item, sorted by start.

    By default only references to the Criminal Code and the Code of Administrative Offences are returned;
    pass `codes=None` to also get other codes we can name ("RU-UPK", "BY-UK", "RU-Konst"...). References
    to acts we cannot name (a law, a convention, a regional code) are always dropped. «По статье о …» with
    no number gives a reference with `from_wording=True` when the offence wording names one article.

    `country` is the jurisdiction of the document (ISO code): in a Belarusian text («ст. 342 УК») pass
    "BY", and «УК» without a country is then "BY-UK" (remember `codes=None` to get them back).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if lang not in ("ru", "en"):
        raise ValueError(f"unknown language {lang!r}: expected 'ru' or 'en'")
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise ValueError(f"unknown country {country!r}: expected a two-letter ISO code such as 'RU' or 'BY'")
    wanted = None if codes is None else frozenset(codes)
    tokens = [tok for s, e in windows(text, lang) for tok in tokenize(text, lang, s, e, country)]
    refs: list[LawRef] = []
    for run in _runs(tokens, text):
        if not any(tok.kind == ART for tok in run):
            continue
        for item in RunParser(run, text, lang).parse():
            code, explicit = item.code, item.code is not None
            if code is None:
                named, in_list = _sentence_code(text, lang, item.start, country)
                code = infer_code(item.article, named, in_list, country, plain_by_shape=lang == "ru")
            if not code or (wanted is not None and code not in wanted):
                continue
            span = text[item.start : item.end]
            ref = LawRef(code, item.article, item.part, item.point, item.start, item.end, span)
            refs.append(replace(ref, code_explicit=explicit))
    if country == "RU" and has_about(text, lang):  # the offence wording is Russian law
        about = references_about(text, lang, find_offences(text, lang), refs)
        refs.extend(r for r in about if _wanted(r, wanted))
    refs.sort(key=lambda r: (r.start, r.end))
    return _qualify(refs, text)


def _wanted(ref: LawRef, wanted: frozenset[str] | None) -> bool:
    return wanted is None or ref.code in wanted


def _sentence_code(text: str, lang: str, position: int, country: str) -> tuple[str | None, bool]:
    """The code last named before `position` in the same sentence, and whether it closes the list item
    just before (`«ст. 108 УПК РФ, ст. 109»`)."""
    sentence_start, _ = sentence_bounds(text, position, position)
    named = [(end, code) for end, code in codes_named(text, lang, sentence_start, position, country) if code]
    if not named:
        return None, False
    end, code = named[-1]
    gap_end = position
    # The gap runs to this item's own words: «, ст. 109» → the joiner is «, »
    while gap_end > end and not text[gap_end - 1].isspace() and text[gap_end - 1] not in ",;":
        gap_end -= 1
    return code, bool(_LIST_JOINER.fullmatch(text, end, gap_end))
