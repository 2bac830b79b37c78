"""Quotations: which are someone's words (blanked, so they give no facts) and which quote a document."""

from __future__ import annotations

import re

__all__ = ["DOCUMENT_SAYS", "masked"]

# Every quotation, in order, so straight quotes pair up as written («"Смерть империям!"» does not open a
# "quotation" running to the next quoted name); only long ones are blanked.
_QUOTE = re.compile(r"«[^«»]*»|„[^„“]*“|\"[^\"\n]*\"")

# A quotation of a document or an office's statement (a court's post, a ruling) reports facts, not opinions.
DOCUMENT_SAYS = re.compile(
    r"[.,]?\s*[—–-]\s*(?:(?:говорится|сказано|указано|отмечается|сообщается)\s+в\b"
    r"|(?:сообщил[аи]?|сообщает|сообщают|заявил[аи]?)\s+(?:в\s+)?пресс-служб)",
    re.I,
)


def masked(text: str) -> str:
    """The text with long quotations blanked out (same length), so quoted speech gives no facts."""

    def blank(m: re.Match[str]) -> str:
        quote = m.group(0)
        if len(quote) < 62 or DOCUMENT_SAYS.match(text, m.end()):
            return quote  # «"Суд назначил наказание в виде ареста", — говорится в Telegram-канале суда»
        return quote[0] + " " * (len(quote) - 2) + quote[-1]

    return _QUOTE.sub(blank, text)
