"""Reading the pieces of a reference out of a run of tokens: point lists, part lists, article numbers
and what is written after a number. `ref_parser.RunParser` puts the pieces together."""

from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.law.ref_tokens import ART, BARE, CONJ, GLUE, LETTER, NUM, ORD, PART, POINT, PPART, PPOINT, Token

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
NUMBER_FIRST_ART = re.compile(r"стать(?:я|е|ю|ей|ёй|и)", re.IGNORECASE)
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
class Number:
    """An article number as read, with the part and point written after it, if any."""

    value: str
    start: int
    end: int
    part: str | None = None
    point: str | None = None


class RunReader:
    """A cursor over one run of tokens, with the readers for each piece of a reference."""

    def __init__(self, tokens: list[Token], text: str, lang: str) -> None:
        self.toks = tokens
        self.text = text
        self.lang = lang
        self.i = 0

    def kind(self, offset: int = 0) -> str | None:
        """The kind of the token `offset` places from the cursor, or None past the end."""
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

    def suffix(self, number: Number) -> None:
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

    def _suffix_point(self, number: Number, skip: int) -> None:
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

    def numbers(self) -> list[Number]:
        """«ст. 205.2 и 205.5» → the numbers, each with any part written after it."""
        self.i += 1
        found: list[Number] = []
        while True:
            tok = self.toks[self.i] if self.i < len(self.toks) else None
            if tok is None or tok.kind != NUM or not self._is_article_number(tok):
                break
            number = Number(tok.value.rstrip("#"), tok.start, tok.end)
            self.i += 1
            self.suffix(number)
            found.append(number)
            if self.kind() == CONJ and self.kind(1) == NUM:
                self.i += 1
                continue
            break
        return found
