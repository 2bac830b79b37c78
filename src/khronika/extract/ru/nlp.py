"""Natasha's segmenter and NER, loaded once, with the post-rules measured in docs/nlp-notes.md."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Entity:
    """A named-entity span: ``kind`` is PER, ORG or LOC."""

    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Analysis:
    """Sentences (as start/end offsets) and entities of one text."""

    sentences: list[tuple[int, int]]
    entities: list[Entity]


@cache
def _models() -> tuple[Any, Any]:
    # natasha ships its weights inside the wheel, so this works offline; it costs about a second, once.
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def load_models() -> None:
    """Load the natasha models now rather than on the first text."""
    _models()


def analyse(text: str) -> Analysis:
    """Segment ``text`` into sentences and tag its entities, then apply the post-rules."""
    segmenter, tagger = _models()
    # natasha's ``Doc.segment`` also tokenizes every sentence, which the rules never read and which costs a
    # quarter of natasha's time; the sentences and the NER spans are the same without it.
    sentences = join_quoted_titles(text, [(s.start, s.stop) for s in segmenter.sentenize(text)])
    spans = tagger(text).spans if text.strip() else []
    entities = [_trimmed(Entity(s.type, s.start, s.stop, text[s.start : s.stop])) for s in spans]
    entities = post_rules(text, entities)
    return Analysis(
        sentences=split_on_newlines(text, sentences),
        entities=surname_first(text, entities + missed_names(text, entities)),
    )


# A lookahead, so that «Журналистку Марию Пономаренко» yields the overlapping pair «Марию Пономаренко».
_NAME_PAIR = re.compile(r"(?<![«\"\w-])(?=(([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])))")


def missed_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Names natasha missed (often after a capitalised role word: «Журналистку Марию Пономаренко»).

    A pair of capitalised words counts when the first is a given name the dictionary knows and reads best as
    a name, and the second is not a dictionary word; nothing already tagged is touched.
    """
    from khronika.extract.ru import morph

    taken = sorted((e.start, e.end) for e in entities)
    found = []
    for m in _NAME_PAIR.finditer(text):
        start, end = m.start(1), m.end(1)
        if any(s < end and start < e for s, e in taken):
            continue
        first, second = m.group(2), m.group(3)
        best = morph.parses(first)[0] if morph.parses(first) else None
        if best is None or "Name" not in best.tag or not best.is_known or morph.is_common_noun(second):
            continue
        if any("Geox" in p.tag for p in morph.parses(second)):
            continue
        found.append(Entity("PER", start, end, m.group(1)))
        taken.append((start, end))
    return found


def _trimmed(entity: Entity) -> Entity:
    """Cut a span at a line break or a bracket: «Наталья Филонова\n\nАктивистка», «Ксения Б. (Широкова)»."""
    cut = re.search(r"\s*[\n(]", entity.text)
    if not cut or cut.start() == 0:
        return entity
    return Entity(entity.kind, entity.start, entity.start + cut.start(), entity.text[: cut.start()])


_TITLE_END = re.compile(r"[!?]\s*[»\"]$")
_TITLE_OPEN = re.compile(r"([а-яё]+)\s+[«\"][^«»\"]*$", re.I)


def join_quoted_titles(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo a cut after a quoted name that ends in «!» or «?»: «автора проекта "Выход есть!" Василия …».

    A quotation opened right after a noun («проекта», «движения», «песни») is the name of a thing; what
    follows its closing mark on the same line goes on with the sentence. Speech («крикнул «Свободу!»») still
    ends it.
    """
    from khronika.extract.ru import morph

    out: list[tuple[int, int]] = []
    for start, end in sentences:
        if out and _TITLE_END.search(text, out[-1][0], out[-1][1]) and "\n" not in text[out[-1][1] : start]:
            opening = _TITLE_OPEN.search(text, out[-1][0], out[-1][1] - 1)
            if opening is not None:
                found = morph.parses(opening.group(1).lower())
                if found and found[0].tag.POS == "NOUN" and "inan" in found[0].tag:
                    out[-1] = (out[-1][0], end)
                    continue
        out.append((start, end))
    return out


def split_on_newlines(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut sentences at line breaks: a list item or a paragraph without its full stop is a sentence."""
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        pos = start
        for m in re.finditer(r"\n+", text[start:end]):
            piece_end = start + m.start()
            if text[pos:piece_end].strip():
                out.append((pos, piece_end))
            pos = start + m.end()
        if text[pos:end].strip():
            out.append((pos, end))
    return [piece for s, e in out for piece in _bounded(text, s, e)]


# Longer than this is not a sentence but text without punctuation (a dump, a table): it is cut at spaces,
# so that the rules, which compare every fact with every person of a sentence, stay linear.
MAX_SENTENCE = 1500


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


_CODE_REF = re.compile(r"(?:УК|УПК|КоАП|ГК|АПК|КАС)\s+(?:РФ|России|Российской\s+Федерации)")
_ORG_HEADS = re.compile(
    r"(?i)\b(?:суд|прокуратур|комитет|департамент|управлени|министерств|главк|мвд|фсб)\w*"
)
_COURT = re.compile(r"(?i)\bсуд\w*$")


def post_rules(text: str, entities: list[Entity]) -> list[Entity]:
    """Fix natasha's conventions that do not suit case records (docs/nlp-notes.md).

    "РФ" inside «УК РФ» is not a place; «Верховный суд» + «Башкортостана» is one court; a span ending in
    "суд" is an organisation even when tagged LOC.
    """
    blocked = [(m.start(), m.end()) for m in _CODE_REF.finditer(text)]
    kept = [
        e for e in entities if not (e.kind == "LOC" and any(s <= e.start and e.end <= t for s, t in blocked))
    ]
    retyped = [
        Entity("ORG", e.start, e.end, e.text) if e.kind == "LOC" and _COURT.search(e.text) else e
        for e in kept
    ]
    merged: list[Entity] = []
    for e in retyped:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind == "ORG"
            and e.kind == "LOC"
            and _ORG_HEADS.search(prev.text)
            and re.fullmatch(r"\s+", text[prev.end : e.start] or "x")
        ):
            merged[-1] = Entity("ORG", prev.start, e.end, text[prev.start : e.end])
        else:
            merged.append(e)
    return merged


# «Кригер Михаил Александрович»: a given name and a patronymic, and right before them a capitalised word.
_BEFORE_GIVEN = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) $")
_GIVEN_PATRONYMIC = re.compile(
    r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:ович|евич|ьич|ич|овна|евна|ична|инична)[а-я]{0,2}"
)


def surname_first(text: str, entities: list[Entity]) -> list[Entity]:
    """Put back the surname natasha leaves out of the official order «Кригер Михаил Александрович» (courts,
    registries, Memorial's pages): a name tagged as a given name and patronymic takes the capitalised word
    right before it when that word is no dictionary word («Гражданин», «Активист») and no other entity."""
    from khronika.extract.ru import morph

    spans = sorted((o.start, o.end) for o in entities)  # they do not overlap: only the one before can
    starts = [start for start, _ in spans]
    out = []
    for e in entities:
        before = _BEFORE_GIVEN.search(text, max(0, e.start - 40), e.start) if e.kind == "PER" else None
        previous = (
            spans[i - 1] if before is not None and (i := bisect.bisect_left(starts, before.end())) else None
        )
        if (
            before is not None
            and _GIVEN_PATRONYMIC.fullmatch(e.text)
            and not morph.is_common_noun(before.group(1))
            and not (previous is not None and previous[1] > before.start())
        ):
            e = Entity("PER", before.start(1), e.end, text[before.start(1) : e.end])
        out.append(e)
    return out


_LATIN_LOOKALIKES = str.maketrans("ABCEHKMOPTXaceopxy", "АВСЕНКМОРТХасеорху")
_MIXED_WORD = re.compile(r"\w*[а-яёА-ЯЁ]\w*")


def fold_homoglyphs(text: str) -> str:
    """``text`` with Latin letters that look Cyrillic put in Cyrillic inside Cyrillic words («Cегодня» typed
    with a Latin C), so date and cue words are found; the length and every offset stay the same."""
    return _MIXED_WORD.sub(lambda m: m.group(0).translate(_LATIN_LOOKALIKES), text)
