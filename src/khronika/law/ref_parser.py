"""Parsing one run of reference tokens (see `ref_tokens`) into items: article, part, point and span.

The run is read left to right. Parts and points written before an article wait in `pending` until its
number comes; parts written after a number («ст. 20.2 ч. 8») attach to it; a code closes every item
since the previous code; a code written first («УК РФ ст. 205») opens the next group of numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.law.inference import fits_code
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
)
from khronika.law.tables import CODES, get_article

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
# Latin letters of English texts back to the Russian point letters they transliterate.
_LATIN_POINTS = dict(zip("abvgdezikl mnoprstuf".replace(" ", ""), "абвгдезиклмнопрстуф", strict=True))


@dataclass
class Item:
    """One reference item as parsed; `code` is None until written or inferred."""

    article: str
    part: str | None
    point: str | None
    start: int
    end: int
    code: str | None = None


@dataclass
class _Number:
    value: str
    start: int
    end: int
    part: str | None = None
    point: str | None = None


class RunParser:
    """Parses one run of reference tokens into items."""

    def __init__(self, tokens: list[Token], text: str, lang: str) -> None:
        self.toks = tokens
        self.text = text
        self.lang = lang
        self.i = 0
        self.items: list[Item] = []
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
        if self.kind(skip) == POINT:  # "Part 2 of Article 207.3, paragraph 'e'"
            self._suffix_point(number, skip)
            return
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
            self._suffix_point(number, comma)

    def _suffix_point(self, number: _Number, skip: int) -> None:
        """A single point after the number or its part, unless it opens the next reference."""
        saved = self.i
        self.i += skip
        found = self.points()
        after = 0
        while self.kind(after) in (GLUE, CONJ) and self.toks[self.i + after].value.lower() in (
            ",",
            "of",
            "of the",
        ):
            after += 1
        if len(found) != 1:
            self.i = saved
            return
        if self.kind(after) == PART and self.kind(after + 1) in (NUM, ORD):
            # «ст. 207.3 п. «д» ч. 2»: the part after the point, unless an article follows it
            beyond = after + 2
            while self.kind(beyond) == GLUE:
                beyond += 1
            if self.kind(beyond) in (ART, POINT):
                self.i = saved
                return
            number.part = self.toks[self.i + after + 1].value
            number.point = found[0][0]
            number.end = self.toks[self.i + after + 1].end
            self.i += after + 2
            return
        if self.kind(after) == ART:
            self.i = saved
            return
        number.point = found[0][0]
        number.end = self.toks[self.i - 1].end

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
        self.items.append(Item(article, part, point, start, end))

    def apply_code(self, tok: Token) -> None:
        pending = self.items[self.uncoded_from :]
        if not pending:
            self.prefix_code, self.prefix_start = tok.value, tok.start
            return
        last_end = max(item.end for item in pending)
        for item in pending:
            if not fits_code(tok.value, item.article):
                continue  # «по ст. 20.3.3 и по ч. 2 ст. 280.3 УК»: УК cannot hold 20.3.3; inferred later
            item.code = tok.value
            gap = " ".join(self.text[item.end : tok.start].replace(",", " ").split()).lower()
            if item.end == last_end and gap in ("", "of", "of the"):
                item.end = tok.end
        self.uncoded_from = len(self.items)

    def parse(self) -> list[Item]:
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
                if not fits_code(self.prefix_code, item.article):
                    continue
                item.code = self.prefix_code
                if n == 0 and self.prefix_start is not None:
                    item.start = self.prefix_start
            self.uncoded_from = len(self.items)
            self.prefix_code = None
