"""Finding legal references in text: «п. «б» ч. 2 ст. 165 УК РФ», «статьям 205.2 и 280.4»,
"Part 2 of Article 205.5 of the Criminal Code", "Article 207.3(2)(d)".

The tokens of `ref_tokens` are grouped into runs separated only by spaces; each run is parsed left to
right by `_RunParser`, then every item without a code of its own gets one by `infer_code`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from khronika.law.about import has_about, references_about
from khronika.law.inference import infer_code, sentence_bounds
from khronika.law.model import LawRef
from khronika.law.ref_tokens import (
    ART,
    BARE,
    CODE,
    CONJ,
    GLUE,
    LETTER,
    NUM,
    ORD,
    PART,
    POINT,
    PPART,
    PPOINT,
    Token,
    codes_named,
    tokenize,
    windows,
)
from khronika.law.tables import CODES, get_article
from khronika.law.wording import find_offences

# A number followed by these words is a date, a sum or a count, not an article.
_NOT_AN_ARTICLE = re.compile(
    r"\s*(?:год\w*|г\.|гг\.|тыс\w*|млн|млрд|руб\w*|лет|%|процент\w*|человек\w*|сут(?:ок|ки)|час(?:а|ов)?"
    r"|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]"
    r"|декабр[яь]|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|минут\w*|мин\.|years?|percent|thousand\w*|million\w*|billion\w*|rub\w*|roubl\w*|people|days?|hours?"
    r"|minutes?)(?!\w)",
    re.IGNORECASE,
)
# Word forms of «статья» after which a number written first is an article: «по 275 статье».
_NUMBER_FIRST_ART = re.compile(r"стать(?:я|е|ю|ей|ёй|и)", re.IGNORECASE)
_QUALIFIERS = {
    ("30", "1"): "preparation",
    ("30", "3"): "attempt",
    ("33", "3"): "organiser",
    ("33", "4"): "instigator",
    ("33", "5"): "accessory",
}
# Latin letters of English texts back to the Russian point letters they transliterate.
_LATIN_POINTS = dict(zip("abvgdezikl mnoprstuf".replace(" ", ""), "абвгдезиклмнопрстуф", strict=True))


@dataclass
class _Item:
    article: str
    part: str | None
    point: str | None
    start: int
    end: int
    code: str | None = None
    explicit: bool = True


@dataclass
class _Number:
    value: str
    start: int
    end: int
    part: str | None = None
    point: str | None = None


class _RunParser:
    """Parses one run of reference tokens into items."""

    def __init__(self, tokens: list[Token], text: str, lang: str) -> None:
        self.toks = tokens
        self.text = text
        self.lang = lang
        self.i = 0
        self.items: list[_Item] = []
        self.uncoded_from = 0
        self.prefix_code: str | None = None
        self.prefix_start: int | None = None

    def kind(self, offset: int = 0) -> str | None:
        j = self.i + offset
        return self.toks[j].kind if 0 <= j < len(self.toks) else None

    def _point_value(self, tok: Token) -> str:
        if self.lang == "en" and tok.value in _LATIN_POINTS:
            return _LATIN_POINTS[tok.value]
        return tok.value

    def points(self) -> list[tuple[str, int]]:
        """«п. «а», «б»» → [("а", start of «п.»), ("б", start of «б»)]."""
        head = self.toks[self.i]
        self.i += 1
        found: list[tuple[str, int]] = []
        while self.kind() == GLUE:
            self.i += 1
        while True:
            tok = self.toks[self.i] if self.i < len(self.toks) else None
            if tok is None:
                break
            bare_ok = not found and tok.kind in (BARE, NUM) and not tok.value.endswith("#")
            if tok.kind in (LETTER, PPOINT) or bare_ok:
                found.append((self._point_value(tok), head.start if not found else tok.start))
                self.i += 1
            else:
                break
            if self.kind() == CONJ and self.kind(1) in (LETTER, PPOINT):
                self.i += 1
                continue
            break
        return found

    def parts(self) -> list[tuple[str, int]]:
        """«ч. 1 и 2» → [("1", start of «ч.»), ("2", start of «2»)]."""
        head = self.toks[self.i]
        self.i += 1
        found: list[tuple[str, int]] = []
        while True:
            tok = self.toks[self.i] if self.i < len(self.toks) else None
            if tok is None or tok.kind not in (NUM, ORD) or tok.value.endswith("#"):
                break
            found.append((tok.value, head.start if not found else tok.start))
            self.i += 1
            if self.kind() == CONJ and self.kind(1) in (NUM, ORD):
                self.i += 1
                continue
            break
        return found

    def _is_article_number(self, tok: Token) -> bool:
        return not _NOT_AN_ARTICLE.match(self.text, tok.end)

    def suffix(self, number: _Number) -> None:
        """Part and point written after the number.

        «ст. 20.2 ч. 8», "Article 207.3(2)(d)", "Article 205.2, Part 2".
        """
        if self.kind() == PPART:
            tok = self.toks[self.i]
            number.part, number.end = tok.value, tok.end
            self.i += 1
            if self.kind() == PPOINT:
                tok = self.toks[self.i]
                number.point, number.end = self._point_value(tok), tok.end
                self.i += 1
            return
        skip = 1 if self.kind() == CONJ and self.toks[self.i].value == "," else 0
        if self.kind(skip) != PART or self.kind(skip + 1) not in (NUM, ORD):
            return
        after = skip + 2
        while self.kind(after) == GLUE:
            after += 1
        if self.kind(after) == POINT:  # «ч. 2 п. «д»»: look past the points
            after += 1
            while self.kind(after) in (LETTER, PPOINT, BARE, CONJ, GLUE):
                after += 1
        if self.kind(after) in (ART, PART) or (self.kind(after) == CONJ and self.kind(after + 1) == PART):
            return  # the part belongs to the next article: «ст. 207.3, ч. 2 ст. 205.2»
        part_tok = self.toks[self.i + skip + 1]
        number.part, number.end = part_tok.value, part_tok.end
        self.i += skip + 2
        comma = 1 if self.kind() == CONJ and self.toks[self.i].value == "," else 0
        if self.kind(comma) == POINT:  # «ч. 2 п. «д»», "part 2, paragraph 'd'"
            saved = self.i
            self.i += comma
            found = self.points()
            if len(found) == 1:
                number.point = found[0][0]
                number.end = self.toks[self.i - 1].end
            else:
                self.i = saved

    def numbers(self) -> list[_Number]:
        """«ст. 205.2 и 205.5» → the numbers, each with any part written after it."""
        self.i += 1
        found: list[_Number] = []
        while True:
            tok = self.toks[self.i] if self.i < len(self.toks) else None
            if tok is None or tok.kind != NUM or not self._is_article_number(tok):
                break
            number = _Number(tok.value.rstrip("#"), tok.start, tok.end)
            self.i += 1
            self.suffix(number)
            found.append(number)
            if self.kind() == CONJ and self.kind(1) == NUM:
                self.i += 1
                continue
            break
        return found

    def add(self, article: str, part: str | None, point: str | None, start: int, end: int) -> None:
        self.items.append(_Item(article, part, point, start, end))

    def apply_code(self, tok: Token) -> None:
        pending = self.items[self.uncoded_from :]
        if not pending:
            self.prefix_code, self.prefix_start = tok.value, tok.start
            return
        last_end = max(item.end for item in pending)
        for item in pending:
            item.code = tok.value
            gap = " ".join(self.text[item.end : tok.start].replace(",", " ").split()).lower()
            if item.end == last_end and gap in ("", "of", "of the"):
                item.end = tok.end
        self.uncoded_from = len(self.items)

    def parse(self) -> list[_Item]:
        pending: list[tuple[str | None, str | None, int]] = []
        while self.i < len(self.toks):
            kind = self.kind()
            if kind == POINT:
                found = self.points()
                while self.kind() == GLUE:  # "paragraph d of Part 2"
                    self.i += 1
                if found and self.kind() == PART:
                    parts = self.parts()
                    if not parts:
                        pending = []
                        continue
                    pending.extend((parts[0][0], letter, start) for letter, start in found)
                    pending.extend((num, None, start) for num, start in parts[1:])
                elif found and self.kind() == ART:
                    pending.extend((None, letter, start) for letter, start in found)
                else:
                    pending = []
            elif kind == PART:
                parts = self.parts()
                if not parts:
                    pending = []
                    continue
                if self.kind() == POINT:  # «ч. 2 п. «б» ст. 165»
                    found = self.points()
                    pending.extend((num, None, start) for num, start in parts[:-1])
                    last, last_start = parts[-1]
                    for n, (letter, start) in enumerate(found):
                        pending.append((last, letter, last_start if n == 0 else start))
                    if not found:
                        pending.append((last, None, last_start))
                else:
                    pending.extend((num, None, start) for num, start in parts)
            elif kind == ART:
                art = self.toks[self.i]
                numbers = self.numbers()
                if numbers:
                    self._add_numbers(art, numbers, pending)
                pending = []
            elif kind == NUM and self.kind(1) == ART and self._number_first_ok():
                tok, art = self.toks[self.i], self.toks[self.i + 1]
                number = _Number(tok.value.rstrip("#"), tok.start, art.end)
                self.i += 2
                self.suffix(number)
                self._add_numbers(None, [number], pending)
                pending = []
            elif kind == CODE:
                self.apply_code(self.toks[self.i])
                self.i += 1
                if self.prefix_code is not None and self.kind() not in (ART, GLUE):
                    self.prefix_code = None
            elif kind in (CONJ, GLUE):
                self.i += 1
                if kind == CONJ and self.kind() not in (PART, POINT, ART, NUM):
                    pending = []
            else:
                self.i += 1
                pending = []
        return self.items

    def _number_first_ok(self) -> bool:
        tok, art = self.toks[self.i], self.toks[self.i + 1]
        if self.lang != "ru" or not _NUMBER_FIRST_ART.fullmatch(art.value):
            return False
        if art.value.lower().startswith("статьи") and not tok.value.endswith("#"):
            return False  # «2 статьи» counts articles; «228-й статьи» names one
        value = tok.value.rstrip("#")
        return tok.value.endswith("#") or "." in value or any(get_article(c, value) for c in CODES)

    def _add_numbers(
        self, art: Token | None, numbers: list[_Number], pending: list[tuple[str | None, str | None, int]]
    ) -> None:
        first = numbers[0]
        created_from = len(self.items)
        if pending:
            for part, point, start in pending:
                self.add(first.value, part or first.part, point or first.point, start, first.end)
        else:
            self.add(first.value, first.part, first.point, art.start if art else first.start, first.end)
        for number in numbers[1:]:
            self.add(number.value, number.part, number.point, number.start, number.end)
        if self.prefix_code is not None:
            for n, item in enumerate(self.items[created_from:]):
                item.code = self.prefix_code
                if n == 0 and self.prefix_start is not None:
                    item.start = self.prefix_start
            self.uncoded_from = len(self.items)
            self.prefix_code = None


def _runs(tokens: list[Token], text: str) -> Iterable[list[Token]]:
    run: list[Token] = []
    for tok in tokens:
        if run and text[run[-1].end : tok.start].strip():
            yield run
            run = []
        run.append(tok)
    if run:
        yield run


def _qualify(refs: list[LawRef]) -> list[LawRef]:
    out: list[LawRef] = []
    for n, ref in enumerate(refs):
        prev = refs[n - 1] if n else None
        if (
            prev is not None
            and prev.code == ref.code == "RU-UK"
            and ref.article not in ("30", "33")
            and not sentence_break_between_refs(prev, ref)
        ):
            qualifier = _QUALIFIERS.get((prev.article, prev.part or ""))
            if qualifier:
                ref = replace(ref, qualifier=qualifier)
        out.append(ref)
    return out


def sentence_break_between_refs(a: LawRef, b: LawRef) -> bool:
    """True when the two references are not next to each other in one list."""
    return b.start - a.end > 4


def find_references(text: str, lang: str, codes: Iterable[str] | None = CODES) -> list[LawRef]:
    """Every legal reference in `text` (lang "ru" or "en"), one `LawRef` per item, sorted by start.

    By default only references to the Criminal Code and the Code of Administrative Offences are returned;
    pass `codes=None` to also get other codes we can name ("RU-UPK", "BY-UK", "RU-Konst"...). References
    to acts we cannot name (a law, a convention, a regional code) are always dropped. «По статье о …» with
    no number gives a reference with `from_wording=True` when the offence wording names one article.
    """
    if lang not in ("ru", "en"):
        raise ValueError(f"unknown language {lang!r}: expected 'ru' or 'en'")
    wanted = None if codes is None else frozenset(codes)
    tokens = [tok for start, end in windows(text, lang) for tok in tokenize(text, lang, start, end)]
    refs: list[LawRef] = []
    for run in _runs(tokens, text):
        if not any(tok.kind == ART for tok in run):
            continue
        for item in _RunParser(run, text, lang).parse():
            code, explicit = item.code, item.code is not None
            if code is None:
                code = infer_code(item.article, *_sentence_code(text, lang, item.start))
            if not code or (wanted is not None and code not in wanted):
                continue
            span = text[item.start : item.end]
            ref = LawRef(code, item.article, item.part, item.point, item.start, item.end, span)
            refs.append(replace(ref, code_explicit=explicit))
    if has_about(text, lang):
        about = references_about(text, lang, find_offences(text, lang), refs)
        refs.extend(r for r in about if _wanted(r, wanted))
    refs.sort(key=lambda r: (r.start, r.end))
    return _qualify(refs)


def _wanted(ref: LawRef, wanted: frozenset[str] | None) -> bool:
    return wanted is None or ref.code in wanted


_LIST_JOINER = re.compile(r"\s*(?:,|;|и|или|либо|а\s+также|and|or)?\s*(?:по\s+|under\s+)?", re.IGNORECASE)


def _sentence_code(text: str, lang: str, position: int) -> tuple[str | None, bool]:
    """The code last named before `position` in the same sentence, and whether it closes the list item
    just before (`«ст. 108 УПК РФ, ст. 109»`)."""
    sentence_start, _ = sentence_bounds(text, position, position)
    named = [(end, code) for end, code in codes_named(text, lang, sentence_start, position) if code]
    if not named:
        return None, False
    end, code = named[-1]
    gap_end = position
    # The gap runs to this item's own words: «, ст. 109» → the joiner is «, »
    while gap_end > end and not text[gap_end - 1].isspace() and text[gap_end - 1] not in ",;":
        gap_end -= 1
    return code, bool(_LIST_JOINER.fullmatch(text, end, gap_end))
