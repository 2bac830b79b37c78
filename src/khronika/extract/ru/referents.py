"""Whom a word that names nobody stands for: a pronoun (the latest person of its gender named before), a
description («к мужчине», «на активистку») of the text's person, and whether a person is named freely in some
sentences. Used by ``actors.build_actors``."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from khronika.extract.ru import morph, shapes
from khronika.extract.ru.actor_types import Actor, Sentence

if TYPE_CHECKING:
    from khronika.extract.ru.context import Context


def described_main(ctx: Context, index: int, sentence: Sentence, actors: list[Actor]) -> Actor | None:
    """«Протокол на мужчину составили…», «14 сентября к мужчине пришли полицейские»: a person described, not
    named, in a sentence that names nobody before the description, is the person the text is about, when
    that person was named before (not only as a speaker) and the description fits their sex."""
    if ctx.main is None or ctx.main in ctx.attributes:
        return None
    m = shapes.DESCRIBED_ANYWHERE.search(ctx.masked, sentence.start, sentence.end)
    if m is None or any(a.named and a.role is None and a.start < m.end() for a in actors):
        return None
    if any(a.start <= m.start() < a.end for a in actors) or shapes.NAME_NEXT.match(ctx.text, m.end()):
        return None
    main = ctx.persons[ctx.main]
    if not named_in(ctx, ctx.main, 0, index):
        return None  # «Иван Петров рассказал, что видел акцию. Мужчину задержали»: a witness, not the man
    if main.gender not in ("femn" if m.group("f") else "masc", None):
        return None
    return Actor(m.start(), m.end(), [ctx.main], False)


def named_in(ctx: Context, pid: str, first: int, last: int) -> bool:
    """True when ``pid`` is named, not as a speaker or a role, in sentences ``first``..``last`` - 1."""
    return any(
        a.named and a.role is None and pid in a.pids
        for sentence in ctx.sentences[max(0, first) : last]
        for a in sentence.actors
    )


def resolve_pronoun(ctx: Context, gender: str, pos: int, named: list[tuple[int, int, str]]) -> list[str]:
    # Only the latest mentions matter: look back from the pronoun, not through the whole text.
    index = bisect.bisect_left([n[0] for n in named], pos) if len(named) < 64 else ctx.named_index(pos)
    earlier = [(s, pid) for s, e, pid in named[max(0, index - 64) : index] if e <= pos]
    if earlier and ctx.body_between(earlier[-1][0], pos):
        return []  # «…«Мемориал» стали преследовать. В 2014 году его признали…»: «его» is the body
    if gender == "plur":
        # «…в отношении A и B, а также C и D. Их признали виновными»: the list the last name was in
        # or, when the last name only qualifies a noun after that list («A, B и C, задержанные на пикетах в
        # поддержку D, вышли из ОВД. На них составили протоколы»), the list before it in the same sentence
        if earlier and (listed := _last_list(ctx, earlier)):
            return sorted(listed)
        recent: list[str] = []
        for s, pid in reversed(earlier):
            if s in ctx.titled:
                continue  # «…, сообщает адвокат Илья Уткин, защищавший их»: not the lawyer
            if re.search(r"(?i)\bкроме\s+$", ctx.text[max(0, s - 12) : s]):
                continue  # «всех, кроме Игоря Шевлюги, отпустили… против них»: not the one excepted
            if shapes.CITED.search(ctx.text, max(0, s - 60), s):
                continue  # «… со ссылкой на координатора Эльвиру Дмитриеву. … их отпустили»: the source
            if pid not in recent:
                recent.append(pid)
            if len(recent) == 2:
                break
        return sorted(recent) if len(recent) == 2 else []
    for s, pid in reversed(earlier):
        if s in ctx.titled:
            continue
        person_gender = ctx.persons[pid].gender
        if person_gender in (gender, None):
            return [pid]
    return []


def _last_list(ctx: Context, earlier: list[tuple[int, str]]) -> list[str]:
    """The list the last name was in; or, past names after it, the list that opens the same sentence."""
    if len(listed := ctx.list_of(earlier[-1][0])) >= 2:
        return listed
    sentence = ctx.sentence_at(earlier[-1][0])
    for s, _pid in reversed(earlier[-4:-1]):
        if sentence is None or s < sentence.start:
            break
        if len(listed := ctx.list_of(s)) >= 2:
            # only a list that opens the sentence, its subject («Это коснулось A, отца B…» is no subject)
            first = min(a.start for a in sentence.actors if a.named and set(a.pids) & set(listed))
            return listed if _OPENING.match(ctx.text, sentence.start, first) else []
    return []


_OPENING = re.compile(
    r"\s*(?:\d{1,2}\s+[а-я]+\s*|[Рр]ечь\s+ид[её]т\s+об?\s+|[Сс]реди\s+них\s+|[Ээ]то\s+)?$"
)  # «Речь идет об A, B и C» presents the list


def qualifies(word: str) -> bool:
    """True when ``word`` is a noun or an adjective that «последний» before it would qualify."""
    return any(p.tag.POS in ("NOUN", "ADJF", "NUMR") for p in morph.parses(word.strip(",.;:»").lower()))
