"""The stage of the proceedings a term belongs to, from the verbs of its clause: requested by the
prosecution, imposed by the court, upheld or changed on appeal, reduced or increased later."""

from __future__ import annotations

import re

# The verb that governs a term, from the start of its clause ("The prosecutor requested ..., but the court
# gave him 14 years": the second term's clause starts after "but").
CLAUSE_CUT = re.compile(r",?\s+but\s+|;\s*|\s+while\s+|\s+whereas\s+|,\s+and\s+then\s+|\s+[–—]\s+|\.\s+")
REQUESTED = re.compile(
    r"\b(?:request(?:ed|s)?|ask(?:ed|s|ing)?|demand(?:ed|s)?|sought|seek(?:s|ing)?|"
    r"call(?:ed|s|ing)?\s+for|prosecution\s+wants)\b",
    re.I,
)
INCREASED = re.compile(r"\b(?:increas(?:ed|es|ing)|toughen(?:ed|s)|extend(?:ed|s)|lengthen(?:ed|s))\b", re.I)
REDUCED = re.compile(
    r"\b(?:reduc(?:ed|es|ing)|commut(?:ed|es)|soften(?:ed|s)|mitigat(?:ed|es)|cut(?:s|ting)?|shorten(?:ed|s))\b",
    re.I,
)
APPEAL = re.compile(
    r"\b(?:upheld|uphold(?:s|ing)?|on\s+appeal|appeals?\s+court|appellate|court\s+of\s+appeal|"
    r"cassation)\b",
    re.I,
)
IMPOSING = re.compile(
    r"\b(?:sentenc(?:ed|es|ing)|sentence|gave|give[sn]?|handed|hand(?:s|ing)\s+down|receiv(?:ed|es|ing)|"
    r"jail(?:ed|s)|imprison(?:ed|s)|got|gets|convicted|term|punishment|serv(?:e|es|ing|ed)|arrested|to\s+arrest)\b",
    re.I,
)
SENTENCED = re.compile(
    r"\b(?:sentenc(?:ed|es|ing)|gave|given|handed|jailed|imprisoned|received|receives)\b", re.I
)
STAGE_CUES = [("increased", INCREASED), ("reduced", REDUCED), ("appeal", APPEAL), ("imposed", SENTENCED)]
NOT_A_SENTENCE = re.compile(
    r"\b(?:up\s+to|faces?|facing|maximum|minimum|punishable|could|threaten(?:s|ed)?|"
    r"risks?|carries|ago|since|for\s+the\s+past|lasted|over|aged?)\s*$|\b(?:faces?|"
    r"facing|punishable|threaten(?:s|ed)?|risks?|could\s+get)\b",
    re.I,
)

# A ban on entering or staying in Russia, counted in years, is no sentence.
ENTRY_BAN = re.compile(
    r"\bnot\s+allowed\s+to\s+(?:stay|enter|be)\b|\bentry\s+ban\b|\bbanned\s+from\s+entering", re.I
)


def clause_before(text: str, start: int, previous_end: int) -> str:
    """The words of the clause before ``start``, not reaching back past ``previous_end``."""
    window = text[previous_end:start]
    cuts = list(CLAUSE_CUT.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


def has_stage_cue(clause: str) -> bool:
    """True when the clause has a verb that gives a stage of its own."""
    return bool(REQUESTED.search(clause)) or any(rx.search(clause) for _stage, rx in STAGE_CUES)


def stage_of(clause: str) -> str:
    """A request anywhere in the clause makes the term requested; otherwise the verb nearest to the term
    decides ("upheld the sentence of X, who had been sentenced to five years": imposed)."""
    if REQUESTED.search(clause):
        return "requested"
    cues = [(m.end(), stage) for stage, rx in STAGE_CUES for m in rx.finditer(clause)]
    return max(cues)[1] if cues else "imposed"
