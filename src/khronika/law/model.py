"""The value types of the law package: articles of a code, their parts, and what the parsers find."""

from __future__ import annotations

from dataclasses import dataclass

# Punishment labels used in `Part.punishments`. They follow the extraction format's vocabulary where it has
# one (docs/extraction-format.md) and add the few the codes need beyond it.
PUNISHMENTS: tuple[str, ...] = (
    "imprisonment",  # лишение свободы на определённый срок
    "life_imprisonment",  # пожизненное лишение свободы
    "death_penalty",  # смертная казнь (under a moratorium since 1996, still written in the code)
    "fine",  # штраф
    "compulsory_labour",  # принудительные работы
    "correctional_labour",  # исправительные работы
    "compulsory_works",  # обязательные работы (hours)
    "restriction_of_freedom",  # ограничение свободы
    "arrest",  # арест (criminal, up to 6 months; not applied in practice)
    "administrative_arrest",  # административный арест (KoAP, days)
    "warning",  # предупреждение (KoAP)
    "expulsion",  # административное выдворение (KoAP, foreign citizens)
)


@dataclass(frozen=True)
class Part:
    """One part (часть) of an article, with the punishments it provides for.

    An article that is not divided into parts has one `Part` whose `number` is the empty string.
    Figures are for the main punishments a natural person can get; `None` means "not provided for" when
    the punishment is absent from `punishments`, and "not recorded" when it is present.
    """

    number: str
    title_ru: str | None
    title_en: str | None
    min_years: float | None
    max_years: float | None
    fine_min: int | None
    fine_max: int | None
    punishments: tuple[str, ...] = ()
    arrest_days_max: int | None = None  # administrative arrest (KoAP)
    points: tuple[str, ...] = ()  # the letters of the points (пункты) this part lists, in order

    @property
    def whole_article(self) -> bool:
        """True for the single pseudo-part of an article that has no parts."""
        return self.number == ""


@dataclass(frozen=True)
class Article:
    """An article of a code (`RU-UK` or `RU-KoAP`) with its titles and parts."""

    code: str
    number: str
    title_ru: str
    title_en: str
    parts: tuple[Part, ...]
    note: str | None = None
    # False when `parts` is empty or incomplete because the division into parts was not recorded, not
    # because the article lacks them (titles-only articles; long KoAP articles with only the common parts).
    parts_known: bool = True

    def part(self, number: str | None) -> Part | None:
        """The part with this number; for `None`, the whole-article part when the article has no parts.

        None also when the part is not tabled: check `parts_known` before calling a part nonexistent.
        """
        wanted = "" if number is None else number
        for part in self.parts:
            if part.number == wanted:
                return part
        return None


@dataclass(frozen=True)
class LawRef:
    """One legal reference found in a text: «ч. 2 ст. 205.5 УК РФ», "Part 2 of Article 205.5".

    `text == source[start:end]`. For a list («ст. 205.2 и 205.5 УК») each item is its own `LawRef`,
    spanning from the item's own part or point (or number) to its number, plus the code words when they
    are adjacent. `qualifier` is set when the reference is governed by UK article 30 or 33 written just
    before it: "preparation", "attempt", "organiser", "instigator" or "accessory".
    """

    code: str
    article: str
    part: str | None
    point: str | None
    start: int
    end: int
    text: str
    qualifier: str | None = None
    code_explicit: bool = True  # False when the code was inferred rather than written next to the number
    # True for «по статье о дискредитации армии» / "under the article on treason": no number is written,
    # the article comes from the offence wording (the same match `find_offences` gives, when certain).
    from_wording: bool = False


@dataclass(frozen=True)
class OffenceMatch:
    """Wording that names an offence («оправдание терроризма», "treason") resolved to an article.

    `certain` is False when the wording fits more than one article and the context did not decide it.
    """

    code: str
    article: str
    start: int
    end: int
    text: str
    certain: bool
