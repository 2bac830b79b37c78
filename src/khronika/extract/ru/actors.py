"""The actors of each sentence: who its name mentions, pronouns, «который», family and group words refer to.

``build_actors`` fills ``Sentence.actors`` for a ``Context``; the attachment rule in ``context.py`` chooses
among them.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from khronika.extract.ru import shapes
from khronika.extract.ru.actor_types import Actor, named_persons
from khronika.extract.ru.apposition import alias, blocking, possessor, role_before, speaker, speaks_after
from khronika.extract.ru.cues import ROLE_NOUNS, SPEECH
from khronika.extract.ru.groups import GROUP, REST, group_members, rest_of_list
from khronika.extract.ru.persons import Person, family_of
from khronika.extract.ru.profiles import heading_owner, item_openers, profile_headings
from khronika.extract.ru.referents import described_main, named_in, qualifies, resolve_pronoun

if TYPE_CHECKING:
    from khronika.extract.ru.context import Context

_PRONOUNS = {
    "он": "masc", "его": "masc", "него": "masc", "ему": "masc", "нему": "masc", "им": "masc", "ним": "masc",
    "нем": "masc", "нём": "masc", "она": "femn", "ее": "femn", "её": "femn", "нее": "femn", "неё": "femn",
    "ей": "femn", "ней": "femn", "ею": "femn", "нею": "femn", "они": "plur", "их": "plur", "них": "plur",
    "ими": "plur", "ними": "plur", "обоих": "plur", "обеих": "plur", "оба": "plur", "обе": "plur",
    "обоим": "plur", "обеим": "plur",
}  # fmt: skip
_PRONOUN = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(_PRONOUNS, key=len, reverse=True)) + r")(?![\w-])", re.I
)
_IN_A_BODY = re.compile(r"(?i)\b(?:участи\w*|состо\w*|вступ\w*|членств\w*)\s+в\s+$")
_TO_THEM = re.compile(r"\s+(?:предъяв\w+|грозит|назначил\w*|назначен\w*|дали|присудил\w*)")
_NAME_AFTER = re.compile(r"\s*[а-яё]+\s+(?:[А-ЯЁ][а-яё]+)")  # «его жена Мария…»: the name follows
_RELATIVE = re.compile(r"(?<![\w-])котор(?:ый|ая|ого|ой|ому|ую|ым|ом|ые|ых|ыми)(?![\w-])", re.I)


_YOUNG_PEOPLE = re.compile(r"(?<![\w-])[Мм]олод(?:ых|ым|ые|ыми)\s+люд(?:ей|ям|и|ьми)(?![\w-])")
# «Последнюю арестовали на 10 суток»: «the latter», the person of that gender named last
_LATTER = re.compile(r"(?<![\w-])[Пп]оследн(ий|его|ему|им|ем|яя|юю|ей)(?![\w-])")
_PARTNER = re.compile(r"(?:коллег|соратни[кц]|товарищ|подруг|напарни[кц])[а-яё]*", re.I)
_OTHERS = re.compile(r"(?<![\w-])(?:других|другим|другие|другими|иных|остальных)\s+$", re.I)
_AHEAD = 3  # sentences: how far on the members of a group spoken of first are named


def build_actors(ctx: Context, persons: list[Person]) -> None:
    """Every sentence's actors: its name mentions, pronouns, «который», family and group words."""
    named: list[tuple[int, int, str]] = sorted(
        (m.span["start"], m.span["end"], p.pid) for p in persons for m in p.mentions
    )
    named_starts = [n[0] for n in named]
    # «Судья … Усенко признала её виновной»: a pronoun does not point back to a judge or a lawyer.
    ctx.titled = {s for s, e, _ in named if blocking(role_before(ctx.text, s, e)) or alias(ctx.text, s)}
    headings, openers = profile_headings(ctx.text, named), item_openers(ctx.text, named)
    summary: list[tuple[int, int, list[tuple[int, list[str]]]]] = []  # free named actors per sentence
    ahead: list[tuple[int, int, int]] = []  # group words with nobody named before: sentence, span
    for index, sentence in enumerate(ctx.sentences):
        lo = bisect.bisect_left(named_starts, sentence.start)
        hi = bisect.bisect_left(named_starts, sentence.end)
        actors = [
            Actor(
                s,
                e,
                [pid],
                True,
                blocking(role_before(ctx.text, s, e))
                or ctx.bystanders[s]
                or alias(ctx.text, s)
                or speaker(ctx.text, s, e)
                or speaks_after(ctx.text, e)
                or ctx.possessors[s],
            )
            for s, e, pid in named[lo:hi]
        ]
        piece = ctx.text[sentence.start : sentence.end]
        described = shapes.DESCRIBED.match(piece)
        if described and index > 0 and not any(a.start < sentence.start + described.end() for a in actors):
            # «Его зовут Петр Кокин. Мужчину в наручниках доставили в отдел»: a sentence that opens with a
            # description of a person goes on about the one just named
            gender = "femn" if described.group("f") else "masc"
            pids = resolve_pronoun(ctx, gender, sentence.start, named)
            if pids and named_in(ctx, pids[0], index - 2, index):
                end = sentence.start + described.end()
                actors.append(Actor(sentence.start + described.start(1), end, pids, False))
        mentioned = described_main(ctx, index, sentence, actors)
        if mentioned is not None:
            actors.append(mentioned)
        for m in shapes.FAMILY.finditer(piece):
            members = family_of(m.group(0), persons)
            start = sentence.start + m.start()
            if members and not any(a.start <= start < a.end for a in actors):
                actors.append(Actor(start, start + len(m.group(0)), members, False))
        for m in _PRONOUN.finditer(piece):
            start = sentence.start + m.start()
            if any(a.start <= start < a.end for a in actors):
                continue
            after = ctx.text[start + len(m.group(0)) : start + len(m.group(0)) + 30]
            first = after.strip().split(" ")[0].lower()
            role = next((label for label, p in ROLE_NOUNS if p.fullmatch(first.strip(",.;:»"))), None)
            if role == "relative" and not _NAME_AFTER.match(after):
                # «а его жену — к трем годам»: a relative named by no name takes the fact, for nobody
                word_end = start + len(m.group(0)) + after.index(first) + len(first)
                actors.append(Actor(start, word_end, [], False))
                continue
            if m.group(1).lower() in shapes.POSSESSIVES and _PARTNER.fullmatch(first.strip(",.;:»")):
                # «Последнюю арестовали на 10 суток, ее коллегу — на трое»: the other one of the pair
                owner = resolve_pronoun(ctx, _PRONOUNS[m.group(1).lower()], start, named)
                other = _other_of_pair(ctx, owner, index, actors)
                if other:
                    word_end = start + len(m.group(0)) + after.index(first) + len(first)
                    actors.append(Actor(start, word_end, other, False))
                continue
            if role is not None or any(p.match(first) for _, p in ROLE_NOUNS):
                continue  # «его адвокат»: the lawyer acts here, not he
            if m.group(1).lower() in ("он", "она", "они") and SPEECH.match(first):
                continue  # «Она рассказала изданию, что задержание произошло…»: the speaker, not the detained
            if m.group(1).lower() in shapes.POSSESSIVES and shapes.possessed(first):
                continue  # «его сторонники — юрист …»: the people he has, not he
            preceding = ctx.text[max(sentence.start, start - 20) : start]
            if m.group(1).lower() in ("нем", "нём", "ней") and _IN_A_BODY.search(preceding):
                continue  # «организация террористического сообщества и участие в нем»: in the body
            gender = _PRONOUNS[m.group(1).lower()]
            if m.group(1).lower() == "им" and (
                re.search(r"(?i)\bвсем\s+$", preceding)
                or (start == sentence.start and _TO_THEM.match(ctx.text, start + 2))
            ):
                gender = "plur"  # «Всем им предъявлено обвинение», «Им грозит до 6 лет»: to them
            pids = resolve_pronoun(ctx, gender, start, named)
            if (
                mentioned is not None
                and mentioned.end <= start
                and gender in (ctx.persons[mentioned.pids[0]].gender, None)
            ):
                # «к мужчине пришли полицейские, которые составили на него протокол»: the man described
                pids = list(mentioned.pids)
            if pids:
                subject = m.group(1).lower() in ("он", "она", "они")
                # «в день рождения Путина … с пожеланием ему»: a pronoun for a person only ever named as
                # an attribute is one too
                role = "attribute" if all(pid in ctx.attributes for pid in pids) else None
                actors.append(Actor(start, start + len(m.group(0)), pids, False, role, subject=subject))
        for m in _LATTER.finditer(piece):
            start = sentence.start + m.start()
            following = ctx.text[start + len(m.group(0)) : start + len(m.group(0)) + 30].split()
            if any(a.start <= start < a.end for a in actors) or (following and qualifies(following[0])):
                continue  # «в последний раз», «последние годы»: an adjective, not «the latter»
            gender = "femn" if m.group(1).lower() in ("яя", "юю", "ей") else "masc"
            pids = resolve_pronoun(ctx, gender, start, named)
            if pids:
                actors.append(Actor(start, start + len(m.group(0)), pids, False))
        if (headings or openers) and not any(a.named for a in actors):
            profiled = heading_owner(ctx.text, headings, sentence.start) or next(
                (pid for s, e, pid in openers if s < sentence.start < e), None
            )
            if profiled is not None:  # «Илья Яшин*\n- … сидит уже два месяца»: the profile's person
                actors.append(Actor(sentence.start, sentence.start + 1, [profiled], False))
        free = [(a.start, a.pids) for a in actors if a.named and a.role is None]
        summary.append((sentence.start, sentence.end, free))
        for m in GROUP.finditer(ctx.masked, sentence.start, sentence.end):
            members = group_members(ctx.text, summary, index, m.start())
            if members and not any(a.start <= m.start() < a.end for a in actors):
                actors.append(Actor(m.start(), m.end(), members, False))
        for m in shapes.CASE_GROUP.finditer(ctx.masked, sentence.start, sentence.end):
            # «верующим назначили по два года условно»: the co-defendants listed before; «Журналистов Sota
            # обвинили…» (a plural title): only the two or more just named together
            if shapes.NAME_NEXT.match(ctx.text, m.end()) or any(a.start <= m.start() < a.end for a in actors):
                continue
            counted = m.group("title") is not None and m.group("title").lower().startswith(("все", "об"))
            if not counted and (
                possessor(ctx.text, m.start(), m.end()) or shapes.after_thing(ctx.text, m.start())
            ):
                continue  # «деятельности общины Свидетелей Иеговы»: the community, not the co-defendants
            if shapes.SOME_OF.search(ctx.text, max(0, m.start() - 30), m.start()):
                continue  # «Один из фигурантов получил срок»: one of them, unnamed
            if _OTHERS.search(ctx.text, max(0, m.start() - 12), m.start()):
                continue  # «других обвиняемых по этому делу Юлия Бояршинова…»: others, named after it
            earlier = [n for n in named if n[1] <= sentence.start]
            listed = ctx.list_of(earlier[-1][0]) if earlier else []
            everyone = m.group(0).lower().startswith(("всем ", "всех ", "все "))  # «всем фигурантам вменяют»
            of_circle = m.group(0).lower().startswith("участник")  # «Участников кружка задержали»: all
            if (len(listed) < 2 or everyone or of_circle) and not m.group("title"):
                # «Малеваному назначили …, Трофимову — … . В феврале верующих признали виновными»: the
                # co-defendants are everyone freely named in the sentences just before
                listed = list(
                    dict.fromkeys(
                        pid
                        for before in ctx.sentences[max(0, index - (5 if of_circle else 3)) : index]
                        for a in before.actors
                        if a.named and a.role is None
                        for pid in a.pids
                    )
                )
            if len(listed) >= 2:
                actors.append(Actor(m.start(), m.end(), listed, False))
            elif not any(a.named and a.role is None for a in actors):
                ahead.append((index, m.start(), m.end()))
        for m in REST.finditer(ctx.masked, sentence.start, sentence.end):
            # «Бекирова и Февзиева обвиняют в организации…, а остальных — в участии»: the rest of the list
            if rest := rest_of_list(ctx, index, actors, m.start()):
                actors.append(Actor(m.start(), m.end(), rest, False))
        for m in _YOUNG_PEOPLE.finditer(ctx.masked, sentence.start, sentence.end):
            if not any(a.named and a.role is None for a in actors):
                ahead.append((index, m.start(), m.end()))
        for m in _RELATIVE.finditer(piece):
            start = sentence.start + m.start()
            before = [a for a in actors if a.end <= start and a.named]
            if before:
                antecedent = max(before, key=lambda a: a.end)
                # «Иван Петров, которого задержали 5 марта, рассказал…»: the clause is about him
                role = None if antecedent.role == "speaker" else antecedent.role
                comma = re.search(r"[,;.]|\s[—–]\s", ctx.text[start : sentence.end])
                clause_end = start + comma.start() if comma else sentence.end
                pids = list(antecedent.pids)
                if m.group(0).lower() in ("которые", "которых", "которым", "которыми"):
                    # «дело журналистов A, B и C, которых обвиняют…»: the plural is the whole list
                    joinable = [a for a in actors if a.named and a.role is None]
                    if antecedent in joinable:
                        pids = ctx.with_group(joinable, antecedent)
                actors.append(Actor(start, start + len(m.group(0)), pids, False, role))
                actors[-1].clause_end = clause_end
        for actor in actors:
            if ctx.text[actor.start : actor.end].lower() == "им" and not actor.named:
                group = [a for a in actors if a.end <= actor.start and len(a.pids) >= 2 and not a.named]
                if group:
                    # «всех четверых журналистов доставили на допрос, где предъявили им обвинение»: «им» is
                    # the dative plural of the group told before it, not «by him»
                    actor.pids = list(max(group, key=lambda a: a.end).pids)
        actors.sort(key=lambda a: a.start)
        sentence.actors = actors
    for index, start, end in ahead:
        # «Суд вынес приговор фигурантам дела «Нового величия». Молодых людей признали виновными в создании
        # экстремистского сообщества … Руслан Костыленков получил 7 лет, Вячеслав Крюков — 6 лет…»: a group
        # nobody was named for before is everyone freely named in the sentences that follow
        listed = list(
            dict.fromkeys(
                pid
                for after in ctx.sentences[index + 1 : index + 1 + _AHEAD]
                for a in after.actors
                if a.named and a.role is None
                for pid in a.pids
            )
        )
        sentence = ctx.sentences[index]
        if len(listed) >= 2 and not any(a.start <= start < a.end for a in sentence.actors):
            sentence.actors = sorted(
                [*sentence.actors, Actor(start, end, listed, False)], key=lambda a: a.start
            )


def _other_of_pair(ctx: Context, owner: list[str], index: int, actors: list[Actor]) -> list[str]:
    """The other of the two just named together with ``owner`` («Середкиной и Дзбоевой … её коллегу»)."""
    if len(owner) != 1:
        return []
    for sentence_actors in [actors, *(s.actors for s in reversed(ctx.sentences[max(0, index - 2) : index]))]:
        pair = named_persons(sentence_actors)
        if len(pair) == 2 and owner[0] in pair:
            return [p for p in pair if p != owner[0]]
    return []
