"""Is an offence spoken of as a crime or as an administrative offence? Decided by the words around it."""

from __future__ import annotations

import re
from typing import Literal

from khronika.law.inference import sentence_bounds

Register = Literal["criminal", "administrative", "unknown"]

# Strong cues name the kind of case; weak cues name a step that is usual for one kind.
_STRONG = {
    "criminal": r"уголовн\w*|повторн\w*|неоднократн\w*|УК|criminal\w*|repeat\w*|second\s+offen[cs]e",
    "administrative": r"административн\w*|КоАП|administrative\w*|misdemeano\w*",
}
_WEAK = {
    "criminal": (
        r"осуд\w*|осужд\w*|приговор\w*|колони\w*|ИК|отбыва\w*|лишени\w+\s+свободы|СИЗО|обвиня\w*|подсудим\w*|инкримин\w*|условн\w+\s+срок\w*"
        r"|convict\w*|sentenc\w*|prison\w*|colony|jail\w*|indict\w*|defendant\w*"
    ),
    "administrative": (
        r"протокол\w*|сут(?:ок|ки)|оштраф\w*|штраф\w*|fined|fine|protocol\w*|days?\s+of\s+arrest"
    ),
}


def _compile(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


_STRONG_RE = {key: _compile(words) for key, words in _STRONG.items()}
_WEAK_RE = {key: _compile(words) for key, words in _WEAK.items()}
_LOCAL_WORDS = re.compile(r"(?:\w+\W+){0,3}$")


def _decide(text: str, patterns: dict[str, re.Pattern[str]]) -> Register:
    hits = {key: len(p.findall(text)) for key, p in patterns.items()}
    if hits["criminal"] > hits["administrative"]:
        return "criminal"
    if hits["administrative"] > hits["criminal"]:
        return "administrative"
    return "unknown"


def register_near(text: str, start: int, end: int, lang: str) -> Register:
    """ "criminal", "administrative" or "unknown" for the offence wording at `text[start:end]`.

    The three words before the wording and the wording itself are read first («повторную дискредитацию»,
    «административной статье о …»); then the strong cues of the sentence; then its weak cues.
    """
    local = _LOCAL_WORDS.search(text, max(0, start - 60), start)
    local_text = (local.group() if local else "") + text[start:end]
    decided = _decide(local_text, _STRONG_RE)
    if decided != "unknown":
        return decided
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    sentence = text[sentence_start:sentence_end]
    decided = _decide(sentence, _STRONG_RE)
    if decided != "unknown":
        return decided
    return _decide(sentence, _WEAK_RE)
