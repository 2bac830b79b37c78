"""Whose a fact is not, though a name stands in its sentence: a search of a place or of a community, a noun
cue whose object is a person described rather than named, a crowd counted; and whose detention it is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khronika.extract.facts import Event
from khronika.extract.ru import morph

if TYPE_CHECKING:
    from khronika.extract.ru.context import Context

# «обыски в офисе», «обыск в здании редакции», «в так называемом «Зале царства»»: an organisation's place.
_PLACE_SEARCHED = re.compile(
    # «пришли с обыском по его делу в московскую редакцию «Новой газеты»»
    r"\s+(?:прош\w+\s+)?(?:по\s+(?:[\w-]+\s+)?делу\s+)?во?\s+(?:так\s+называем\w+\s+)?(?:[а-яё-]+(?:ую|ый|ий|ое|ом|ой)\s+)?"
    r"[«\"]?(?:офис|зал|штаб|здани|помещени|редакци|храм"
    r"|мечет|церкв|молельн|молитвенн|центр|клуб|магазин|кафе|библиотек)\w*",
    re.I,
)
# «прошли массовые обыски и допросы у Свидетелей Иеговы»: the homes of a community, none of them named here.
_GROUP_SEARCHED = re.compile(
    r"(?:\s+(?:и|,)?\s*[а-яё-]+){0,3}?\s+у\s+(?:[а-яё-]+\s+)?(?:Свидетелей\s+Иеговы|верующих|активистов|сотрудников"
    r"|журналистов|членов|участников|жителей|мусульман|сторонников)(?![\w-])"
    r"(?![^.;:,]{0,60}?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)"  # «у активистов движения «Весна» Евгения Затеева»
)


def nobodys_search(text: str, end: int) -> bool:
    """A search cue ending at ``end`` of a place («в офисе», «в так называемом «Зале царства»») or of a
    community with nobody named in its clause («у Свидетелей Иеговы»)."""
    return bool(_PLACE_SEARCHED.match(text, end) or _GROUP_SEARCHED.match(text, end))


_NOUN_CUE = re.compile(r"(?:задержани[яеию]|арест(?:а|у|ом|е)?|обыск(?:а|у|ом|е|и|ов|ами|ах)?)$", re.I)
_GENITIVE_AFTER = re.compile(r"\s+(?:[а-яё]+(?:ого|его)\s+)?([а-яё]{3,})(?!\s+[А-ЯЁ])")


def described_object(text: str, start: int, end: int) -> bool:
    """A noun cue whose object is a person described, not named: «после задержания политика»."""
    if not _NOUN_CUE.search(text, start, end) or text[start:end].lower().startswith("задержан "):
        return False
    m = _GENITIVE_AFTER.match(text, end)
    if m is None:
        return False
    # «политика» is also «politics»: any animate reading in the genitive will do
    return any(
        p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "gent" and "Name" not in p.tag
        for p in morph.parses(m.group(1))
    )


# «арестовал троих активистов», «увезла в отделение местную жительницу», «задержали порядка 1600 человек»:
# someone unnamed, or many; «привели к массовым задержаниям»; «позже», «снова»: another time
UNNAMED = re.compile(
    r"\s+(?:(?:в|из)\s+[\w-]+\s+)?(?:[а-яё-]+(?:ую|ого|юю|его)\s+){0,2}(?:жительниц[уы]|жителя|мужчину|женщину|девушку"
    r"|парня|молодого\s+человека|пенсионер(?:а|ку)|студент(?:а|ку))(?![а-яё])(?!\s+[А-ЯЁ])",
)
LATER = re.compile(
    r"(?<![\w-])(?:позже|позднее|потом|затем|через|спустя|снова|вновь|повторно|еще\s+раз)(?![\w-])", re.I
)
MASS = re.compile(r"(?<![\w-])массов\w*\s+$", re.I)
# «…сроки четверым Свидетелям Иеговы:» and the list of them after the colon
COUNTED_LIST = re.compile(
    r"[^.;:]{0,60}?(?<![\w-])(?:двоим|троим|четверым|пятерым|шестерым|семерым|восьмерым|\d+)\s+[^.;:]{0,60}:",
    re.I,
)
COUNTED = re.compile(
    r"\s+(?:(?:еще|ещё|более|около|не\s+менее|порядка|свыше|почти|примерно|приблизительно|как\s+минимум"
    r"|по\s+меньшей\s+мере|минимум)\s+)?(?:двоих|троих|четверых|пятерых|шестерых|семерых|нескольк\w+"
    r"|\d+(?:[\s\u00a0]\d{3})*|двух|тр[её]х"
    r"|четыр[её]х|пяти|шести|десят\w+|сотн\w+|десятк\w+)\s+(?:[а-яё-]+\s+){0,2}?"
    r"(?:человек|активист|участник|жител|студент|верующ|задержанн|протестующ|мужчин|женщин|пикетчи|волонт[её]р"
    r"|демонстрант|митингующ|журналист|сторонник)",
    re.I,
)


def detention_before(ctx: Context, events: list[Event], index: int) -> str | None:
    """«На акции 26 марта задержали и организаторов. Михаила Беседина и Илью Ермолаева увезли с митинга»: an
    undated detention right after a dated one tells who was detained then. «После обысков всех четверых
    доставили на допрос»: after the searches told in the two sentences before, on their day."""
    if index == 0:
        return None
    before = ctx.sentences[index - 1].start
    found = next(
        (
            e["date"]
            for e in reversed(events)
            if e["type"] == "detention" and e["evidence"]["start"] == before
        ),
        None,
    )
    return found or searched_before(ctx, events, index)


def searched_before(ctx: Context, events: list[Event], index: int) -> str | None:
    """The day of the searches told in the two sentences before a sentence that opens «После обысков …»."""
    if not _AFTER_SEARCH.match(ctx.text, ctx.sentences[index].start):
        return None
    earlier = {s.start for s in ctx.sentences[max(0, index - 2) : index]}
    return next(
        (
            e["date"]
            for e in reversed(events)
            if e["type"] == "search" and e["evidence"]["start"] in earlier and e["date"]
        ),
        None,
    )


_AFTER_SEARCH = re.compile(r"\s*После\s+(?:этого\s+)?обыск(?:а|ов)\b")
