"""Which date a fact has: the date expressions of its sentence (``khronika.dates.find_dates``), chosen by
where they stand, with the narrative year for month names that a biography gives without one."""

from __future__ import annotations

import datetime
import re

from khronika.dates import DateMatch, find_dates
from khronika.extract.en.cues import DAY
from khronika.extract.en.text import Sentence
from khronika.law import match_offence

_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|"
    r"summer|autumn|winter)\b"
)
_SAME_YEAR = re.compile(r"\b(?:of\s+the\s+same\s+year|that\s+(?:same\s+)?year|later\s+that\s+year)\b", re.I)
_YEAR = re.compile(r"^(\d{4})")
# Words that put a later date on another event: "sentenced ... for riots after the events in January 2024".
_DAY_NOUN = re.compile(r"\b(?:today|yesterday)['’]s\s+(?P<noun>[a-z]+)", re.I)
_DAY_NOUNS = {
    "detention": re.compile(r"(?:detentions?|arrests?)$"),
    "search": re.compile(r"(?:search(?:es)?|raids?)$"),
}
_SINCE_START = re.compile(r"\s*(?:cent(?:re|er)|facility|custody)?\s*since\s+", re.I)
_OTHER_TIME = re.compile(r"\b(?:after|before|since|following|for|over|because|when|until)\b", re.I)
# "sentenced to 16 years for espionage in 2020": after "for" the name of an offence alone (no act told, as
# in "for a post he wrote in 2019"), so the date is the sentence's.
_FOR_OFFENCE = re.compile(r"^(?P<lead>[^,;]*?)\bfor\s+(?P<what>[\w\s-]{3,40}?)\s+(?:in|on)\s+$", re.I)
_LEADING_ADJUNCT = re.compile(r"(?:^|[,;]\s*)(?:for\s+\w+ing|before|prior\s+to|ahead\s+of)\b[^,;]*$", re.I)
_REPORTED_BEFORE = re.compile(r"\b(?:reported|said|announced|wrote|stated)\s+(?:on\s+)?$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:early\s+|mid-?\s*|late\s+|the\s+end\s+of\s+)?$", re.I)
_WHEN = re.compile(r"\bwhen\b", re.I)
_CLAUSE_END = re.compile(r"[,;]")
# A date at the head of a sentence ("On August 31, 2023, ...", "In the early 2000s, ...") governs all of it.
_HEAD = 24


class Timeline:
    """The dates of every sentence, in document offsets."""

    def __init__(self, text: str, sentences: list[Sentence], published: datetime.date | None) -> None:
        self.text, self.sentences = text, sentences
        found = [d for d in find_dates(text, "en", published) if not _is_dateline(text, d)]
        self.by_sentence: list[list[DateMatch]] = [[] for _ in sentences]
        index = 0
        for date in found:
            while index < len(sentences) - 1 and sentences[index].end <= date.start:
                index += 1
            if sentences and sentences[index].start <= date.start < sentences[index].end:
                self.by_sentence[index].append(date)
        self._anchor_years(published)
        self.stamped = _stamped_paragraphs(text, sentences, published)
        # "today's detention", found once: ``day_noun_date`` is asked for every undated act
        self._day_nouns = [(m.start(), m.end(), m.group("noun")) for m in _DAY_NOUN.finditer(text)]
        self._date_at = (
            {d.start: d.edtf for dates in self.by_sentence for d in dates} if self._day_nouns else {}
        )

    def _anchor_years(self, published: datetime.date | None) -> None:
        """Give month names without a year the year of the narrative ("In April, ...", "In September of the
        same year") when the document has no date of its own, or when the text says "the same year"."""
        year: int | None = None
        for i, sentence in enumerate(self.sentences):
            dates = self.by_sentence[i]
            needs = _SAME_YEAR.search(sentence.text) or (published is None and _MONTH.search(sentence.text))
            if needs and year is not None:
                # The year leads the sentence so that "of the same year" has something to refer to.
                prefix = f"In {year}. "
                anchored = find_dates(prefix + sentence.text, "en", datetime.date(year, 12, 31))
                shift = sentence.start - len(prefix)
                shifted = [
                    DateMatch(d.edtf, d.start + shift, d.end + shift, d.text, d.narrow)
                    for d in anchored
                    if d.start >= len(prefix) and not any(o.start <= d.start + shift < o.end for o in dates)
                ]
                dates = sorted(dates + shifted, key=lambda d: d.start)
                self.by_sentence[i] = dates
            for d in dates:
                m = _YEAR.match(d.edtf)
                if m and re.search(r"\d{4}", d.text):
                    year = int(m.group(1))

    def date_for(
        self, index: int, trigger: tuple[int, int], clause: tuple[int, int], kind: str | None = None
    ) -> str | None:
        """The date of a fact whose trigger spans ``trigger`` inside ``clause`` of sentence ``index``: a date
        right next to the trigger, else the date heading the sentence, else the nearest one in the clause;
        in a paragraph under an update stamp ("20:34 The court has granted ..."), else the day of the
        stamp; else, for an act of ``kind``, the day a noun told it ("today's detention", `day_noun_date`)."""
        own = self._own_date(index, trigger, clause) or self.stamped[index]
        return own or (self.day_noun_date(trigger[0], kind) if kind else None)

    def when_date(self, index: int, trigger_end: int) -> tuple[str, int, int] | None:
        """The day a "when" clause after a fact gives it, with the clause's span: "they were part of a
        prisoner exchange ... when they were transported to the airport on Thursday". Only a day counts:
        "sentenced for posts he wrote when he was a student in 2019" is about another time."""
        sentence = self.sentences[index]
        m = _WHEN.search(self.text, trigger_end, min(sentence.end, trigger_end + 120))
        if not m:
            return None
        end = _CLAUSE_END.search(self.text, m.end(), sentence.end)
        stop = end.start() if end else sentence.end
        day = next(
            (
                d
                for d in self.by_sentence[index]
                if m.end() <= d.start and d.end <= stop and DAY.match(d.edtf)
            ),
            None,
        )
        return (day.edtf, m.start(), stop) if day else None

    def day_noun_date(self, pos: int, kind: str) -> str | None:
        """ "In response to today's detention of journalists …. Authorities briefly detained A, B and C": the
        day a noun before ``pos`` gave the event of that kind."""
        noun = _DAY_NOUNS.get(kind)
        found = [start for start, end, word in self._day_nouns if end <= pos and noun and noun.match(word)]
        return self._date_at.get(found[-1]) if found else None

    def previous_date(self, index: int) -> str | None:
        """The date the sentence before ``index`` in the same paragraph is told on, when it has one: the
        date heading it, else its only date ("On November 25, X stood with a banner. On the way back, Y was
        also detained")."""
        if index == 0 or "\n" in self.text[self.sentences[index - 1].end : self.sentences[index].start]:
            return None
        dates = self.by_sentence[index - 1]
        head = [d for d in dates if d.start - self.sentences[index - 1].start <= _HEAD]
        if head:
            return head[0].edtf
        return dates[0].edtf if len(dates) == 1 else None

    def _own_date(self, index: int, trigger: tuple[int, int], clause: tuple[int, int]) -> str | None:
        sentence = self.sentences[index]
        # "held until Dec. 5": the end of an order is not the date of the act
        dates = [
            d for d in self.by_sentence[index] if not _UNTIL.search(self.text, max(0, d.start - 30), d.start)
        ]
        start, end = trigger
        # "upheld a three-year sentence imposed last month": that date is the first verdict's
        dates = [
            d
            for d in dates
            if d.start < end or not _EARLIER_DECISION.search(self.text, max(0, d.start - 40), d.start)
        ]
        if dates and "," in sentence.text:
            dates = _same_relative_clause(sentence, trigger, dates)
        if not dates:
            return None
        clause_start, clause_end = clause
        # "detained on May 3 and detained again on May 9": a date before "and" belongs to the act before it
        near = [
            d
            for d in dates
            if clause_start <= d.start
            and d.end <= start
            and start - d.end <= 15
            and not re.search(r"\band\b", self.text[d.end : start])
        ]
        near += [
            d
            for d in dates
            if end <= d.start <= end + 40
            and d.end <= clause_end
            and _after_is_own(sentence.text[end - sentence.start : d.start - sentence.start])
        ]
        near += [d for d in dates if start <= d.start and d.end <= end]  # "freed X on Thursday in a swap"
        if near:
            return min(near, key=lambda d: min(abs(d.end - start), abs(d.start - end))).edtf
        # "For attending a rally on August 10, X was convicted", "Before this summer's protests, X ...": the
        # date of a leading adjunct is another act's (the offence, a later one), not the fact after it
        dates = [
            d
            for d in dates
            if not (
                d.end <= start
                and _LEADING_ADJUNCT.search(self.text[sentence.start : d.start])
                and _CLAUSE_END.search(self.text, d.end, start)
            )
        ]
        head = [d for d in dates if d.start - self.sentences[index].start <= _HEAD]
        if head:
            return head[0].edtf
        # The nearest date before the trigger, in its clause or an earlier one ("... took place on 20 May;
        # security forces detained X"). A date far after the trigger belongs to something else
        # ("sentenced to five years for riots after the events in January 2024").
        before = [d for d in dates if d.end <= start]
        after = [
            d
            for d in dates
            if d.end <= clause_end
            and (
                end <= d.start <= end + 70
                # "arrested along with Crimean Tatar journalist Remzi Bekirov in Rostov-on-Don, Russia, on
                # March 27, 2019": names and places, no other verb, between the act and its date
                or (end <= d.start <= end + 120 and not _VERB_WORD.search(self.text, end, d.start))
            )
        ]
        gap = sentence.text[end - sentence.start : after[0].start - sentence.start] if after else ""
        # "held in a pre-trial detention centre since June 2020": the custody's own start
        own_after = bool(after) and (not _OTHER_TIME.search(gap) or _SINCE_START.fullmatch(gap) is not None)
        if before and not (own_after and re.search(r"\band\b", self.text[before[-1].end : start])):
            # "detained X in May 2014 and sentenced him to 20 years ... in August 2015": a date before "and"
            # is the act before it when the trigger has a date of its own after it
            return before[-1].edtf
        if own_after:
            return after[0].edtf
        # "X has been sentenced to three years ..., the MediaZona service reported Monday": the day's news
        told = [
            d
            for d in dates
            if d.start > end and _REPORTED_BEFORE.search(self.text, max(0, d.start - 20), d.start)
        ]
        return told[-1].edtf if told and DAY.match(told[-1].edtf) else None


_VERB_WORD = re.compile(r"\b(?:\w+ed|\w+ing|was|were|is|are|has|had|have|been|said|told)\b", re.I)
_EARLIER_DECISION = re.compile(
    r"\b(?:sentence|term)\s+(?:imposed|handed\s+down|given)\s+(?:on\s+|in\s+)?$", re.I
)  # a participle after the noun, not "The sentence was handed down on Monday"


def _after_is_own(gap: str) -> bool:
    """Whether a date after a trigger, past ``gap``, is the trigger's (see _OTHER_TIME, _FOR_OFFENCE)."""
    if not _OTHER_TIME.search(gap):
        return True
    m = _FOR_OFFENCE.match(gap)
    if m is None or _OTHER_TIME.search(m.group("lead")):
        return False
    offence = match_offence(m.group("what"), "en")
    return offence is not None and offence.certain and offence.text == m.group("what").strip()


def _is_dateline(text: str, date: DateMatch) -> bool:
    """A time stamp standing alone on its line ("23.06.2023, 11:14 Moscow"), or a wire dateline opening a
    paragraph, dates the page, not a fact."""
    line_start = text.rfind("\n", 0, date.start) + 1
    line_end = text.find("\n", date.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if re.fullmatch(r"[\d.:,/\s-]*(?:Moscow|MSK|UTC)?[\d.:,/\s-]*", line.replace(date.text, "")):
        return True
    # "Paris, November 25, 2022 – In response to …": a wire dateline opening the paragraph
    return bool(
        re.fullmatch(r"(?:[A-Z][\w .'-]{0,40},\s*)?", text[line_start : date.start])
        and re.match(r"\s*[–—-]\s", text[date.end : date.end + 4])
    )


# ", who was arrested last June,": a relative clause between commas (or brackets) tells a fact of its own.
# The possessed noun of "whose" may carry a name in commas: "X, whose organisation, Memorial, won the Nobel
# prize in 2022, was accused of ..." (the year is the prize's).
_RELATIVE = re.compile(
    r"(?:,|\()\s*(?:who|which|whose|whom)\b"
    r"(?:(?<=whose)\s+[a-z]+(?:\s+[a-z]+)?,\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3},)?"
    r"[^,;()]*(?:,|\)|$)",
    re.I,
)


def _same_relative_clause(
    sentence: Sentence, trigger: tuple[int, int], dates: list[DateMatch]
) -> list[DateMatch]:
    """The dates in the same relative clause as the fact's ``trigger``, or outside every one when the fact
    is in the main clause: "X, who was arrested last June, was accused of ..." gives the accusation no
    date; "the trial, which began in August" reaches into its clause and takes its date."""
    spans = [
        (sentence.start + m.start(), sentence.start + m.end()) for m in _RELATIVE.finditer(sentence.text)
    ]
    if not spans:
        return dates
    own = next((sp for sp in spans if sp[0] < trigger[1] and trigger[0] < sp[1]), None)
    if own is not None:
        return [d for d in dates if own[0] <= d.start < own[1]]
    return [d for d in dates if not any(a <= d.start < b for a, b in spans)]


# An update stamp at the start of a paragraph: "20:34 The court ...", "UPD 18:12 ...", "Update (01:20): ...".
# Live pages add them on the day they are published.
_STAMP = re.compile(r"(?:(?:UPD|UPDATE|Update|Upd)\.?\s*:?\s*)?\(?[012]?\d[:.][0-5]\d\)?\s*:?\s+(?=\S)")


def _stamped_paragraphs(
    text: str, sentences: list[Sentence], published: datetime.date | None
) -> list[str | None]:
    """For each sentence, the publication day when its paragraph starts with an update stamp."""
    out: list[str | None] = []
    stamp: str | None = None
    for sentence in sentences:
        if not text[: sentence.start].rstrip(" \t").endswith("\n") and sentence.start > 0:
            out.append(stamp)  # the paragraph goes on
            continue
        stamp = published.isoformat() if published and _STAMP.match(sentence.text) else None
        out.append(stamp)
    return out
