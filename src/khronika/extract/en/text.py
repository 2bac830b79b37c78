"""Sentences and spans of English plain text, with offsets into the text the pipeline was given."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from khronika.extract.en.lexicon import words

# Abbreviations whose full stop does not end a sentence ("Art. 205.2", "St. Petersburg", "Mr. Ivanov").
_ABBREVIATIONS = words(
    """mr mrs ms dr st no nos art arts pt pts ch para vs etc e.g i.e jr sr gen col lt capt sgt prof rev
    jan feb mar apr jun jul aug sep sept oct nov dec approx ca cf fig vol p pp u.s u.k u.n"""
)

# A sentence ends at . ! ? … (with closing quotes or brackets) followed by space and a new sentence, or at a
# line break unless the next line goes on in lower case (the parser broke a sentence across paragraphs).
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9А-ЯЁ])|\n\s*(?=\S)(?![a-z])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its offsets in the document and its text."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Cut ``text`` into sentences; every sentence is stripped of surrounding white space."""
    sentences: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        if m.group().startswith((".",)) and _is_abbreviation(text, m.start()):
            continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        _add(sentences, text, start, end)
        start = m.end()
    _add(sentences, text, start, len(text))
    return sentences


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    # A lone capital is an initial ("A. Navalny"); a known abbreviation keeps the sentence open.
    return word in _ABBREVIATIONS or (len(word) == 1 and m.group(1).isupper())


# No real sentence is this long; a longer run (a list without full stops, junk) is cut at white space so
# that the work per sentence, and so per document, stays linear.
MAX_SENTENCE = 1200


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add(sentences, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))


def sentence_at(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence containing ``offset`` (the nearest one before it when between sentences)."""
    lo, hi = 0, len(sentences) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= offset:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best


# Clauses end at "but", ";", "while", "whereas". Dashes do not cut: they often enclose a list of names
# ("Three of them — A, B and C — were detained").
CLAUSE_CUT = re.compile(r",?\s+but\s+|;\s+|\s+while\s+|\s+whereas\s+")


def clauses_of(sentence: Sentence) -> list[tuple[int, int]]:
    """The (start, end) document offsets of the clauses of a sentence."""
    cuts = [m for m in CLAUSE_CUT.finditer(sentence.text)]
    bounds = [sentence.start] + [sentence.start + m.end() for m in cuts] + [sentence.end]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def clause_at(clauses: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The clause that holds ``offset`` (the last one when none does)."""
    for clause in clauses:
        if clause[0] <= offset < clause[1]:
            return clause
    return clauses[-1]


# Quoted speech: at least four words between quotation marks on one line. Shorter quotes are titles and
# scare quotes ("foreign agent", «Memorial»), which belong to the narrative. Straight quotes are paired in
# order along the line, so the words between two quoted titles are never taken for a quote.
_QUOTE_PAIRS = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of quoted speech in ``text``, in order."""
    return [(m.start(), m.end()) for m in _QUOTE_PAIRS.finditer(text) if len(m.group().split()) >= 4]


def in_quoted_speech(text: str, offsets: list[int]) -> list[bool]:
    """For each of the ascending ``offsets``, whether it stands inside quoted speech."""
    quotes = quoted_spans(text)
    starts = [q[0] for q in quotes]
    out = []
    for offset in offsets:
        i = bisect.bisect_right(starts, offset) - 1
        out.append(i >= 0 and offset < quotes[i][1])
    return out
