"""Who a clause is about: the actors of each sentence and the rule that gives a fact to a person.

A fact belongs to the nearest person named (or referred to by a pronoun or «который») in its sentence,
clause boundaries counting as distance, and not counting a name in apposition to a role word («адвокат Илья
Сидоров»), a speaker or a bystander (an informer, the dead, the commemorated). When its sentence names nobody
it belongs to the person the text was last about, and failing that to the document's main person — in the
second pass only among persons already found persecuted in their own sentences (``allowed``).
"""

from __future__ import annotations

import bisect
import re

from khronika.extract.facts import Span, span
from khronika.extract.ru import shapes
from khronika.extract.ru.actor_types import Actor, Sentence
from khronika.extract.ru.actors import build_actors
from khronika.extract.ru.apposition import blocking, bystander, narrowed, possessor, role_before
from khronika.extract.ru.cues import SPEECH
from khronika.extract.ru.persons import Person
from khronika.extract.ru.quotations import masked

__all__ = ["CLAUSE_BOUNDARY", "Actor", "Context", "Sentence", "masked", "within"]

_FUNCTION_WORD = re.compile(r"что|как|когда|где|если|чтобы|но|а|или|то|же|ли|не|уже")
CLAUSE_BOUNDARY = re.compile(r",\s*(?:котор|а\s|но\s|где|когда|после|пока)|;|\s[—–]\s|\bа\s+также\b|:\s")
_HEADS_ITEM = re.compile(r"(?:\s*(?:,|и)\s+[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+){0,2}){0,6}\s*[—–]\s")
_ONE_MORE = re.compile(r"(?i)^(?:еще|ещё)\s+(?:один|одна|одного|одну|одному|одной)\s+")


def within(items: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    """The items (sorted by start) that start inside ``start``..``end``, found by bisection."""
    lo = bisect.bisect_left(items, (start, -1, ""))
    hi = bisect.bisect_left(items, (end, -1, ""))
    return items[lo:hi]


class Context:
    """A text's sentences, paragraphs and actors, and the attachment rule."""

    def __init__(
        self,
        text: str,
        sentences: list[tuple[int, int]],
        persons: list[Person],
        bodies: list[tuple[int, int]] | None = None,
    ) -> None:
        """``bodies``: spans of organisations that can be persecuted themselves («Мемориал», a party)."""
        self.text = text
        # Cue matches per sentence, kept between the two attachment passes (they do not change).
        self.cues: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
        self._body_ends = sorted(e for _, e in bodies or [])
        self.masked = masked(text)
        self.persons = {p.pid: p for p in persons}
        breaks = [m.start() for m in re.finditer(r"\n\s*\n|\n", text)]
        self.sentences = [Sentence(s, e, bisect.bisect_left(breaks, s)) for s, e in sentences]
        self._sentence_starts = [s.start for s in self.sentences]
        for start, end in sentences:
            if shapes.RETRACTED.search(text, start, end):
                # «Ранее ошибочно сообщалось, что суд приговорил …»: what a correction takes back is no fact
                self.masked = self.masked[:start] + " " * (end - start) + self.masked[end:]
        self._named_starts = sorted(m.span["start"] for p in persons for m in p.mentions)
        # Read once per mention: both the main person and the actors ask whether a name is a bystander or an
        # attribute of a noun.
        spans = [(m.span["start"], m.span["end"]) for p in persons for m in p.mentions]
        self.bystanders = {s: bystander(text, s) for s, _ in spans}
        self.possessors = {s: possessor(text, s, e) for s, e in spans}
        self.main = self._main_person(persons)
        # Who a fact with no person in its sentence may fall back to; None: anyone (see ``attach``).
        self.allowed: set[str] | None = None
        # A live report or chronicle (time stamps, day headings): set by the pipeline.
        self.chronicle = False
        self.titled: set[int] = set()
        build_actors(self, persons)
        self._breaks = breaks

    def _main_person(self, persons: list[Person]) -> str | None:
        """The person most mentioned without a role word: whom a text with no one else named is about."""
        self.attributes = {
            p.pid for p in persons
            if all(
                self.possessors[m.span["start"]] or self.bystanders[m.span["start"]] for m in p.mentions
            )
        }  # fmt: skip
        free = [
            p for p in persons
            if p.pid not in self.attributes
            and any(
                blocking(role_before(self.text, m.span["start"], m.span["end"])) is None for m in p.mentions
            )
        ]  # fmt: skip
        if not free:
            return None
        return max(free, key=lambda p: (len(p.mentions), -p.mentions[0].span["start"])).pid

    def opens_with(self, pid: str) -> bool:
        """True when the text opens as a biography of this person: the name as a heading, or the name and
        «родился» («Синица Владислав Юрьевич (…) родился 17 июня 1989 года…»)."""
        first = self.persons[pid].mentions[0].span
        if self.text[: first["start"]].strip():
            return False
        sentence = self.sentence_at(first["start"])
        head_end = sentence.end if sentence is not None else first["end"]
        return bool(shapes.BIOGRAPHY_HEAD.match(self.text, first["end"])) or bool(
            re.search(r"\bродил(?:ся|ась)\b", self.text[first["end"] : head_end])
        )

    def list_of(self, start: int) -> list[str]:
        """Everyone listed together with the name mentioned at ``start``, in an earlier sentence."""
        sentence = self.sentence_at(start)
        if sentence is None or not sentence.actors:
            return []
        actor = next((a for a in sentence.actors if a.start == start and a.named), None)
        if actor is None:
            return []
        joinable = [a for a in sentence.actors if a.role in (None, "relative")]
        if actor not in joinable:
            return []
        return self.with_group(joinable, actor)

    def body_between(self, start: int, pos: int) -> bool:
        i = bisect.bisect_right(self._body_ends, start)
        return i < len(self._body_ends) and self._body_ends[i] <= pos

    def named_index(self, pos: int) -> int:
        return bisect.bisect_left(self._named_starts, pos)

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing ``pos``, found by bisection (texts may have thousands of sentences)."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def quote(self, sentence: Sentence) -> Span:
        """The sentence as the evidence of a fact told in it."""
        return span(self.text, sentence.start, sentence.end)

    def sentence_index_before(self, pos: int) -> int:
        """The index of the last sentence that starts before ``pos`` (-1 when none does)."""
        return bisect.bisect_left(self._sentence_starts, pos) - 1

    def sentence_index(self, sentence: Sentence) -> int:
        return bisect.bisect_left(self._sentence_starts, sentence.start)

    def attach(self, start: int, end: int, fallback: bool = True) -> list[str]:
        """The persons a fact found at ``start``..``end`` belongs to (see the module docstring).

        Without ``fallback`` only a person referred to in the fact's own sentence is returned.
        """
        sentence = self.sentence_at(start)
        if sentence is not None and (inside := self._bracketed(sentence, start)) is not None:
            return inside
        candidates = [a for a in sentence.actors if a.role is None] if sentence else []
        if (
            not candidates
            and sentence is not None
            and not SPEECH.search(self.text, sentence.start, sentence.end)
        ):
            # «Его жену Марию Громову задержали»: a relative named in a sentence about nobody else
            candidates = [a for a in sentence.actors if a.role == "relative" and a.named]
        if any(not a.subject for a in candidates):
            candidates = [a for a in candidates if not a.subject]
        besides: list[str] = []
        if sentence is not None and len(candidates) > 1:
            candidates, besides = narrowed(self.text, sentence.start, sentence.end, candidates, start)
        if candidates and sentence is not None:
            best = min(candidates, key=lambda a: self._distance(a, start, end))
            pids = self.with_group([a for a in sentence.actors if a.role in (None, "relative")], best)
            return pids + [p for p in besides if p not in pids]
        if sentence is not None and shapes.MORE_UNNAMED.search(self.masked, sentence.start, sentence.end):
            return []  # «Еще двое мужчин получили аресты на 10 и 14 суток»: others, not the one named before
        if not fallback or (sentence is not None and any(a.role == "other" for a in sentence.actors)):
            # A sentence about an informer or a death («после смерти проповедника …») is not about the
            # text's main person either: its facts belong to someone it does not name.
            return []
        allowed = self.allowed
        i = bisect.bisect_right(self._sentence_starts, start) - 1
        stop = max(-1, i - 40) if allowed is None or allowed else i  # a topic 40 sentences back is stale
        while i > stop:  # back through the sentences to the latest free actor before the fact
            earlier = [
                a for a in self.sentences[i].actors
                if a.role is None and a.end <= start and (allowed is None or set(a.pids) <= allowed)
                and not shapes.CITED.search(self.text, max(0, a.start - 60), a.start)
            ]  # fmt: skip
            if earlier:
                # «…оштрафовать A и B. Штраф назначили по ч. 5 ст. 20.2 КоАП»: the latest, with those listed
                # with it
                return self.with_group(earlier, max(earlier, key=lambda a: a.end))
            i -= 1
        if (
            self.main
            and not any(m.span["start"] < start for m in self.persons[self.main].mentions)
            and (
                self.chronicle
                or (
                    sentence is not None
                    and shapes.UNNAMED_PERSON.search(self.masked, sentence.start, sentence.end) is not None
                )
            )
        ):
            # A chronicle's entries stand alone: its opening is not about a person named only later. Nor is
            # a fact of «48-летнего жителя Набережных Челнов», «мужчине» told before anyone is named.
            return []
        return [self.main] if self.main and (allowed is None or self.main in allowed) else []

    def _bracketed(self, sentence: Sentence, start: int) -> list[str] | None:
        """«…руководителя Азизбека Инамова (осужден в 2014 году)»: a remark in brackets right after a name is
        about that name."""
        opening = self.text.rfind("(", sentence.start, start)
        if opening < 0 or ")" in self.text[opening:start]:
            return None
        named = [a for a in sentence.actors if a.named and a.end <= opening and a.role != "other"]
        if named and not self.text[named[-1].end : opening].strip(" *"):
            return list(named[-1].pids)
        return None

    def paragraph_of(self, pos: int) -> int:
        """The index of the line (paragraph) that ``pos`` is in."""
        return bisect.bisect_left(self._breaks, pos)

    def _distance(self, actor: Actor, start: int, end: int) -> int:
        if actor.clause_end is not None and not actor.start <= start < actor.clause_end:
            return 10_000  # «Разумовой, с которой он состоял в браке, задержали»: the fact is outside it
        if actor.end <= start:
            gap = self.text[actor.end : start]
            distance = start - actor.end
            if re.fullmatch(r"\s*[—–]\s*(?:к\s+|на\s+)?", gap):
                return distance  # «…, Тагира Юнусова — к шести годам»: the dash carries the verb over
        elif actor.start >= end:
            gap = self.text[end : actor.start]
            distance = actor.start - end
            if _HEADS_ITEM.match(self.text, actor.end):
                # «…шесть лет колонии, Алексею Трофимову — шесть лет», «…, Руслана Нагаева и Эльдара
                # Кантимирова — на 13 и 12 лет»: they head the next item
                distance += 500
        else:
            return 0
        return distance + 200 * len(CLAUSE_BOUNDARY.findall(gap))

    def _in_brackets(self, actor: Actor) -> bool:
        return self.text[actor.start - 1 : actor.start] == "(" and self.text[actor.end : actor.end + 1] == ")"

    def with_group(self, actors: list[Actor], best: Actor) -> list[str]:
        """The persons of ``best`` and of the actors listed with it, in order."""
        pids = list(best.pids)
        for other in self.group(actors, best):
            pids += [p for p in other.pids if p not in pids]
        return pids

    def group(self, actors: list[Actor], best: Actor) -> list[Actor]:
        """Actors listed with ``best`` («Мартынова и Разумову», «его вместе с Людмилой Разумовой»)."""
        group = []
        # «Антонине Фаворской (Кравцовой), Артему Кригеру …»: a name in brackets right after a name is another
        # name of the same person, not an item of the list
        ordered = sorted((a for a in actors if a is best or not self._in_brackets(a)), key=lambda a: a.start)
        index = ordered.index(best)
        for step in (1, -1):
            i = index
            while 0 <= i + step < len(ordered):
                a, b = (ordered[i], ordered[i + step]) if step == 1 else (ordered[i + step], ordered[i])
                # «Павла Заякина*, художника Антона Литвина*»: the mark of a «foreign agent» after a name, and
                # a parenthesis («(ФБК — организация …)»), do not break a list
                gap = shapes.QUOTED.sub(
                    " q ", shapes.PARENTHESIS.sub(" ", self.text[a.end : b.start])
                ).replace("*", "")
                gap = re.sub(
                    r"\s+,", ",", gap
                )  # «проект «Алиф ТВ»*, проект …»: a named thing between two names
                m = re.fullmatch(
                    r"\s*(,?\s*а\s+также|,?\s*но\s+и|,\s*и|вместе(?:\s+со?)?|и\s+со?|,|и)(?![а-яё])\s*((?:[\w-]+,?\s+){0,14}?)",
                    gap,
                    re.I,
                )
                if not m or _FUNCTION_WORD.fullmatch((m.group(2) or "").strip().lower()):
                    break
                # «… и еще один задержанный активист Сергей Макаркин»: one more of the same list
                between = _ONE_MORE.sub("", m.group(2))
                if len(between.split()) > 2 and not shapes.descriptors(between):
                    break  # «…, а также поэт, писатель и журналист Ян Шенкман»: only titles may stand between
                if not (a.named and b.named) and m.group(1).strip() == ",":
                    break  # «сказали ему, что Осипов умер»: a comma after a pronoun starts a new clause
                group.append(ordered[i + step])
                i += step
        return group
