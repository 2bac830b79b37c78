"""Parsing one run of reference tokens (see `ref_tokens`) into items: article, part, point and span.

The run is read left to right. Parts and points written before an article wait in `pending` until its
number comes; parts written after a number («ст. 20.2 ч. 8») attach to it; a code closes every item
since the previous code; a code written first («УК РФ ст. 205») opens the next group of numbers.
"""

from __future__ import annotations

from khronika.law.inference import fits_code
from khronika.law.ref_reading import NUMBER_FIRST_ART, Item, Number, RunReader
from khronika.law.ref_tokens import ART, CODE, CONJ, GLUE, NUM, ORD, PART, POINT, Token
from khronika.law.tables import CODES, get_article


class RunParser(RunReader):
    """Parses one run of reference tokens into items."""

    def __init__(self, tokens: list[Token], text: str, lang: str) -> None:
        super().__init__(tokens, text, lang)
        self.items: list[Item] = []
        self.uncoded_from = 0  # items from here on wait for a code
        self.prefix_code: str | None = None  # «УК РФ ст. 205»: a code written before the numbers
        self.prefix_start: int | None = None

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
            elif kind in (NUM, ORD) and self.kind(1) == PART and self._ordinal_part_ok():
                # «по 5-й части статьи 20.2», «вменяют 8-ю часть статьи», «второй части статьи 212»
                tok = self.toks[self.i]
                pending.append((tok.value.rstrip("#"), None, tok.start))
                self.i += 2
            elif kind == NUM and self.kind(1) == ART and self._number_first_ok():
                tok, art = self.toks[self.i], self.toks[self.i + 1]
                number = Number(tok.value.rstrip("#"), tok.start, art.end)
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

    def _ordinal_part_ok(self) -> bool:
        """An ordinal written before «часть» names the part: «5-й части», «восьмой части» (not «2 части»)."""
        tok = self.toks[self.i]
        return self.lang == "ru" and (tok.kind == ORD or tok.value.endswith("#"))

    def _number_first_ok(self) -> bool:
        tok, art = self.toks[self.i], self.toks[self.i + 1]
        if self.lang != "ru" or not NUMBER_FIRST_ART.fullmatch(art.value):
            return False
        if art.value.lower().startswith("статьи") and not tok.value.endswith("#"):
            return False  # «2 статьи» counts articles; «228-й статьи» names one
        value = tok.value.rstrip("#")
        return tok.value.endswith("#") or "." in value or any(get_article(c, value) for c in CODES)

    def _add_numbers(
        self, art: Token | None, numbers: list[Number], pending: list[tuple[str | None, str | None, int]]
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
