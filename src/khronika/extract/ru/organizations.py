"""Organisations from natasha's ORG spans: one per name, with its kind."""

from __future__ import annotations

import re

from khronika.extract.facts import Organization, Span
from khronika.extract.ru import morph
from khronika.extract.ru.nlp import Entity

# Places of confinement inside a colony are not organisations («ШИЗО», «ПКТ», «СУС», «ИК-29», «СИЗО-2»).
_FACILITY = re.compile(r"(?i)^(?:ШИЗО|ЕПКТ|ПКТ|СУС|СИЗО|ИВС|ИК|ЛИУ|СПЕЦПРИЕМНИК)(?:[-\s№]*\d+)?$")
_KINDS = [
    ("court", r"\bсуд\w*|\bтрибунал"),
    ("prosecution", r"прокуратур|прокурор|генпрокуратур"),
    (
        "law_enforcement",
        r"\bФСБ|\bУФСБ|\bМВД|\bГУВД|\bУМВД|\bСК\b|следственн\w+\s+комитет|\bполици|\bцентр\w*\s+[«\"„]?Э|\bОМОН"
        r"|\bРосгвард|\bФСИН|\bУФСИН|\bОВД\b(?!-)|\bотдел\w*\s+полиции|\bСледком|\bСБУ\b|\bКГБ\b|\bГУР\b",
    ),
    (
        "government",
        r"\bминюст|\bминистерств|\bправительств|\bадминистраци|\bмэри|\bРосфинмониторинг|\bРоскомнадзор"
        r"|\bГосдум|\bдум\w*|\bпрезидент|\bКремл|\bСПЧ",
    ),
    (
        "ngo",
        r"ОВД-Инфо|Мемориал|правозащитн|Хельсинкск|Комитет\w*\s+солдатск|фонд|Тюремн\w+\s+адвокат|Слово\s+защите"
        r"|Первый\s+отдел|Весна|Агора|Зона\s+права",
    ),
    (
        "media",
        r"RusNews|SOTA|Медиазон|Новая\s+газета|«Холод»|Холод|издани|газет|телеканал|Дождь|Meduza|Медуз|Коммерсант"
        r"|радио|Свобода\b(?!\s+России)|Чеснок|Чита\.ру|Осторожно,\s+новости|телеграм-канал",
    ),
    ("party", r"\bпарти|\bКПРФ|\bЯблоко|\bЛДПР|\bЕдин\w+\s+Росси"),
    ("movement", r"\bдвижени|\bлегион|\bФБК|\bФонд\w*\s+борьбы|Свобод\w*\s+России|Русск\w+\s+общин"),
    ("religious", r"\bцерк|\bСвидетел\w+\s+Иеговы|\bХизб|\bмечет|\bепархи|\bмусульман|\bрелигиоз"),
    (
        "company",
        r"\bООО\b|\bАО\b|\bПАО\b|\bкомпани|\bбанк|\bзавод|ВКонтакте|Одноклассник|Telegram|Телеграм"
        r"|Instagram|Инстаграм|Facebook|YouTube|Эксмо",
    ),
]


def _kind(name: str) -> str:
    for label, pattern in _KINDS:
        if re.search(pattern, name, re.IGNORECASE):
            return label
    return "other"


def _key(name: str) -> str:
    return " ".join(morph.lemma(w) for w in re.findall(r"[\w-]+", name.lower()))


def find_organizations(entities: list[Entity]) -> list[Organization]:
    """Group ORG spans by the dictionary forms of their words, numbered o1, o2… in order of first mention."""
    groups: dict[str, list[Entity]] = {}
    for e in entities:
        if e.kind != "ORG" or _FACILITY.match(e.text.strip()) or not re.search(r"\w", e.text):
            continue
        groups.setdefault(_key(e.text), []).append(e)
    orgs: list[Organization] = []
    for i, members in enumerate(sorted(groups.values(), key=lambda g: g[0].start), 1):
        name = max(members, key=lambda e: (len(e.text), -e.start)).text
        mentions: list[Span] = [{"start": e.start, "end": e.end, "text": e.text} for e in members]
        orgs.append({"id": f"o{i}", "name": name, "kind": _kind(name), "mentions": mentions})
    return orgs
