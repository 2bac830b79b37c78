"""A person as the English pipeline finds them: the mentions naming them, the fullest name and the gender
the name implies."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from khronika.extract.en.lexicon import MALE_IN_A, is_given_name


@dataclass
class Mention:
    """A span of text naming a person (without a possessive "'s")."""

    start: int
    end: int
    tokens: tuple[str, ...]


@dataclass
class PersonEntity:
    """One person: the mentions that name them, the fullest name and the gender the name implies."""

    mentions: list[Mention] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    main: Mention | None = None  # the name an alias in brackets follows ("Samuel Vedel (Sergei Klokov)")

    # Computed once the mentions are final (find_persons reads neither while grouping).
    @cached_property
    def full(self) -> Mention:
        """The main name before an alias, else the mention with the most name words, the first such one."""
        if self.main is not None:
            return self.main
        return max(self.mentions, key=lambda m: (len(m.tokens), -m.start))

    @cached_property
    def name(self) -> str:
        """The fullest form of the name."""
        return " ".join(self.full.tokens)

    @cached_property
    def gender(self) -> str | None:
        """ "f", "m" or None, from the given name or the surname ending."""
        tokens = self.full.tokens
        first, last = tokens[0].lower(), tokens[-1].lower()
        if (len(tokens) >= 2 or is_given_name(first)) and first in MALE_IN_A:
            return "m"
        # A feminine Russian surname outweighs the ending of a given name ("Alsu Kurmasheva", "Aigul
        # Ivanova": women's names that do not end in -a).
        if re.search(r"(?:ova|eva|ina|yna|aya)$", last):
            return "f"
        if (len(tokens) >= 2 or is_given_name(first)) and is_given_name(first):
            return "f" if first.endswith("a") else "m"
        if re.search(r"(?:ov|ev|in|yn|sky|skiy|iy)$", last):
            return "m"
        return None
