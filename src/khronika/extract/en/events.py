"""Event verbs of English persecution reports: "searched", "was detained", "sent to a pre-trial
detention centre", "placed under house arrest", "was charged", "sentenced", "declared a foreign agent"."""

from __future__ import annotations

import re
from functools import lru_cache

from khronika.extract.en.custody import RELEASED_FROM
from khronika.extract.en.event_filters import ADMINISTRATIVE, NOT_FACT_BEFORE, ORDERED
from khronika.extract.en.triggers import Trigger, not_of_the_persons

_FLAGS = re.IGNORECASE
_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "exchange",
        re.compile(
            r"\b(?:exchanged|swapped|(?:prisoner\s+)?(?:exchange|swap)\b[^.;]{0,40}?\b(?:freed|released)|"
            r"(?:freed|released)\b[^.;]{0,120}?\b(?:as\s+part\s+of|in|during|under)\s+(?:an?|the)\s+"
            r"(?:[\w-]+\s+){0,4}?(?:exchange|swap))\b|"
            # "they were part of a major prisoner exchange", "The historic swap, involving 16 prisoners
            # including A, B and C"
            r"\bpart\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:exchange|swap)\b|"
            r"\b(?:exchange|swap)\b(?=,?\s+(?:which\s+)?(?:involving|involved|included|including)\b)",
            _FLAGS,
        ),
    ),
    (
        "house_arrest",
        re.compile(
            r"\b(?:placed|put|kept|transferred|moved|released|sent|held)\s+(?:(?!from\b)\w+\s+){0,6}?(?:under|to|on|into)\s+"
            r"house\s+arrest\b|\bunder\s+house\s+arrest\b",
            _FLAGS,
        ),
    ),
    (
        "pretrial_detention",
        re.compile(
            r"\b(?:sent|taken|transferred|placed|remanded|moved|put|kept|held)\s+(?:\w+\s+){0,3}?(?:to|in|into)\s+(?:a\s+|the\s+)?"
            r"(?:pre-?trial\s+detention|SIZO|(?<!police\s)custody)|\bremanded\b|\barrested\s+in\s+absentia\b|"
            r"\b(?:ordered|sanctioned|authori[sz]ed)\s+(?:the\s+)?arrest\s+(?:in\s+absentia\s+)?of\b|"
            r"\b(?:ordered|sanctioned|authori[sz]ed)\s+(?:his|her|their|[A-Z][\w-]+['’]s)\s+arrest\b|"
            r"\barrest\s+of\s+[^.;]{0,60}?\bin\s+absentia\b|"
            r"\bin\s+(?:a\s+)?(?:pre-?trial\s+detention(?:\s+cent(?:re|er)|\s+facility)?|custody|SIZO|detention)\s+"
            r"since\b|\bspent\s+(?:[\w-]+\s+){1,4}?in\s+(?:a\s+)?(?:pre-?trial\s+detention|SIZO)\b|\b(?:his|her|their)\s+arrest\s+(?:in|on)\s+(?=\d|(?-i:[A-Z]))|"
            r"\bordered\s+(?:\w+\s+){0,3}?(?:held|kept|detained)\s+in\s+custody\b|"
            # "publisher … detained since April 2022"; "placed her under arrest for two months": custody
            r"\bdetained\s+since\b|"
            r"\bplaced\s+(?:\w+\s+){0,3}?under\s+arrest\s+for\s+(?:\w+\s+)?months?\b|"
            # "a court arrested X", "arrested by the court": a court's custody order; a bare "was arrested" is
            # being taken by police (a detention, below)
            r"\bcourt\s+(?:\w+\s+){0,3}?arrested\b|\barrested\s+by\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?court\b|"
            r"\barrested\s+(?:\w+\s+){0,2}?(?:for|until)\s+(?:\w+\s+)?(?:months?|weeks?)\b|"
            r"\b(?:arrested|detained)\s+(?:\w+\s+){0,2}?until\s+(?=[A-Z\d])|"
            # "granted the request to arrest X in absentia": the court's order, not the request
            r"\b(?:granted|approved|satisfied)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:request|motion|"
            r"petition)\s+to\s+(?:arrest|remand|detain|place\b[^.;]{0,80}?\bin\s+(?:pre-?trial\s+detention|custody))|"
            # "ordered X to remain in custody", "ordered her to be held until Dec. 5" (only after a court's
            # order, see ORDERED), "extended her arrest"
            r"\bto\s+(?:remain|stay|be\s+(?:held|kept|detained))\s+(?:in\s+(?:custody|pre-?trial\s+detention|"
            r"detention|jail)\b|(?=until\b))|"
            r"\bextended\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:pre-?trial\s+)?(?:arrest|detention|custody)\b",
            _FLAGS,
        ),
    ),
    (
        "detention",
        re.compile(
            r"\b(?:detained(?!\s+since\b)|apprehended|arrested(?!\s+(?:by\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?court|in\s+absentia)\b)"
            r"(?!\s+(?:\w+\s+){0,2}?(?:for|until)\s+(?:\w+\s+)?(?:months?|weeks?)\b)(?!\s+(?:\w+\s+){0,2}?until\s+(?=[A-Z\d]))|"
            r"taken\s+to\s+(?:a|the)\s+police\s+station|"
            # "marked by several targeted arrests: A, B and C": the arrested, listed after the colon
            r"(?:arrests|detentions)(?=:\s)|"
            r"taken\s+into\s+(?:police\s+)?custody)\b(?!\s+(?:\w+\s+)?for\s+(?:\w+\s+)?days?\b)",
            _FLAGS,
        ),
    ),
    (
        "search",
        re.compile(
            r"\b(?:searched|raided|subjected\s+to\s+(?:a\s+)?search(?:es)?|search(?:es)?\s+(?:of|at|in)\s+(?:his|her|their|the)\s+(?:home|apartment|flat|house)|"
            r"conducted\s+(?:a\s+)?searche?s?\s+(?:of|at|in)\s+(?:his|her|their)|"
            r"searches\s+were\s+(?:conducted|carried\s+out|held)\s+(?:at|in)\s+(?:[\w-]+\s+){0,2}?(?:addresses|homes)|"
            r"(?:home|flat|apartment|house)\s+was\s+inspected|inspected\s+(?:his|her|their)\s+(?:home|flat|apartment|house)|"
            r"inspection\s+of\s+(?:his|her|their)\s+(?:home|flat|apartment|house))\b",
            _FLAGS,
        ),
    ),
    (
        "charge",
        re.compile(
            r"\b(?:charged|indicted|accused\s+(?:[\w-]+\s+){0,3}?of|(?:criminal\s+)?case\b[^.;]{0,120}?\b(?:was|has\s+been|were|have\s+been)\s+"
            r"(?:opened|initiated|launched|instituted|filed)|(?:opened|initiated|launched|instituted|filed)\s+"
            r"(?:a\s+|the\s+)?(?:new\s+)?(?:criminal\s+)?case|added\s+[^.;]{0,80}?\s+to\s+(?:his|her|the)\s+case|"
            r"added\s+(?:the\s+|a\s+)?(?:new\s+|further\s+)?(?:[\w-]+\s+)?charges?\b(?!\s+(?:was|were))|"
            r"(?:new\s+|criminal\s+)?charges?\s+(?:against\s+[^.;]{1,60}?\s+)?(?:was|were|has\s+been|have\s+been)\s+"
            r"(?:filed|brought|pressed|laid)|(?:filed|brought|pressed)\s+(?:new\s+|criminal\s+)?charges?\s+against|"
            r"(?:protocol|report)\s+(?:was\s+)?drawn\s+up|drew\s+up\s+(?:a\s+|an\s+)?(?:administrative\s+)?"
            r"(?:protocol|report)|suspected\s+of|became\s+(?:a\s+)?(?:suspect|defendant|accused))\b",
            _FLAGS,
        ),
    ),
    (
        "trial",
        re.compile(
            r"\b(?:trial\b(?:\s+of\s+[^.;]{1,60}?)?,?\s*(?:(?:which|that)\s+(?:\w+\s+)?)?(?:began|started|opened|"
            r"commenced|begins|starts)|went\s+on\s+trial|"
            r"stood\s+trial|"
            r"(?:began|started)\s+(?:hearing|considering|to\s+hear|to\s+consider))\b|"
            r"\bat\s+(?:the\s+)?(?:[A-Z0-9][\w’'-]*\s+){1,6}Court,\s+(?=\d)",
            _FLAGS,
        ),
    ),
    (
        "verdict",
        re.compile(
            r"\b(?:sentenced|convicted|found\s+(?:(?!not\b)[\w’'-]+\s+){0,8}?guilty|acquitted|(?:verdict|sentence)\s+(?:was\s+)?"
            r"(?:announced|delivered|handed\s+down|passed|pronounced))\b|"
            # "has reached a verdict for A and B", "handed down a guilty verdict against X": the verb names
            # the persons after it
            r"\b(?:reached|handed\s+down|delivered|passed|pronounced|announced|issued)\s+(?:a|the|its)\s+"
            r"(?:guilty\s+)?verdicts?\s+(?:for|against|on|in\s+the\s+case\s+of)\b|"
            # "The court handed down parole-like sentences to the trio on May 11"
            r"\bhanded\s+down\s+(?:[\w-]+\s+){0,2}?sentences?\s+(?:to|for|against)\b|"
            # an administrative arrest is a court's punishment: "decided to arrest for 25 days X", "was
            # arrested for nine days"
            r"\b(?:(?:decided|ordered|ruled)\s+to\s+arrest|(?:was|were|been|is|are)\s+(?:administratively\s+)?"
            r"arrested)\s+(?:[\w-]+\s+){0,2}?for\s+(?:\w+\s+)?days?\b",
            _FLAGS,
        ),
    ),
    (
        "appeal",
        re.compile(
            r"\b(?:upheld|on\s+appeal|appeals?\s+court|appellate\s+court|court\s+of\s+appeals?|"
            r"overturned|quashed)\b",
            _FLAGS,
        ),
    ),
    ("fine", re.compile(r"\bfined\b", _FLAGS)),
    (
        "release",
        re.compile(
            r"\b(?:released|freed|set\s+free|walked\s+free|let\s+go|left\s+the\s+(?:colony|"
            r"prison|SIZO|pre-?trial\s+detention\s+cent(?:re|er)))\b"
            # leaving a punishment cell for the ordinary barracks is not a release (devset README: "other")
            r"(?!\s+(?:\w+\s+){0,2}from\s+(?:the\s+|a\s+)?(?:punishment|solitary|disciplinary|isolation|SHIZO|PKT))",
            _FLAGS,
        ),
    ),
    (
        "designation",
        re.compile(
            r"\b(?:declared|designated|recogni[sz]ed|labell?ed|named|listed|added|included|put|updated|expanded)\s+(?:[\w'’\"“«-]+\s+){0,10}?"
            r"(?:as\s+)?(?:an?\s+|the\s+)?(?:list\s+of\s+|register\s+of\s+|registry\s+of\s+)?[\"'‘“«]?"
            r"(?:foreign\s+agents?|terrorists?|extremists?|undesirable)\b"
            # "The following people have been included in the list: ..." after the register was named
            # "the seven were designated for participating in foreign media platforms"
            r"|\b(?:were|was|been|being)\s+designated\b(?!\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?organi[sz]ation)"
            r"|\b(?:included|added|put|entered)\s+(?:in|on|to|into)\s+(?:the|this|its)\s+(?:list|register|registry)\b"
            r"(?!\s+of\s+(?:wanted|missing))"
            # "made yet another round of additions to its “foreign-agent media” registry on Thursday";
            # "“Foreign agent” designations were also handed to A, B and C"; "They were named along with A"
            r"|\badditions?\s+to\s+(?:its|the)\s+(?:[\"'‘“«][^\"'’”»]{0,40}[\"'’”»]\s+)?(?:list|register|registry)\b"
            r"|\bdesignations?\s+(?:were|was|have\s+been)\s+(?:also\s+)?(?:handed|given|issued)\s+to\b"
            r"|\b(?:were|was)\s+named\s+along\s+with\b"
            # "added A and five other correspondents …, B, as well as C, to the registry of 'foreign agents'"
            r"|\b(?:added|included|put|entered)\s+(?=[A-Z])(?:[^.;]|\.(?=\S)){0,400}?\b(?:to|in|on|into)\s+(?:the\s+|its\s+)?"
            r"(?:list|register|registry)\s+of\s+[\"'‘“«]?(?:foreign\s+agents?|terrorists?|extremists?)\b",
            _FLAGS,
        ),
    ),
    (
        "emigration",
        re.compile(
            r"\b(?:left\s+Russia|emigrated|fled\s+(?:Russia|the\s+country|abroad)|moved\s+abroad|"
            r"forced\s+to\s+leave\s+(?:Russia|the\s+country))\b",
            _FLAGS,
        ),
    ),
    (
        "death",
        re.compile(
            # the object of a call is no death: "jailed for calling for the death of occupiers"
            r"\b(?:died|(?<!call\sfor\sthe\s)(?<!calls\sfor\sthe\s)(?<!called\sfor\sthe\s)"
            r"(?<!calling\sfor\sthe\s)death\s+of|was\s+killed|passed\s+away|found\s+dead)\b",
            _FLAGS,
        ),
    ),
    (
        "citizenship",
        re.compile(
            r"\b(?:strip(?:ped)?\s+(?:[\w-]+\s+){0,5}?of\s+(?:his|her|their)\s+(?:\w+\s+)?citizenship|"
            r"deprived\s+(?:\w+\s+){0,3}?of\s+(?:\w+\s+)?citizenship|revoked\s+(?:\w+\s+){0,3}?citizenship)",
            _FLAGS,
        ),
    ),
]

_SUPERSEDES = {"house_arrest": {"release"}, "exchange": {"release"}}


# Words one of which a sentence must contain before a trigger's pattern is tried: most sentences state no
# event, and a substring test is far cheaper than a regular expression.
_KEYWORDS = {
    "exchange": ("exchang", "swap"),
    "house_arrest": ("house arrest",),
    "pretrial_detention": (
        "detention",
        "sizo",
        "custody",
        "remanded",
        "absentia",
        "arrest",
        "detained",
        "held",
        "remain",
    ),
    "detention": ("detain", "apprehend", "arrested", "police station", "custody", "arrests:", "detentions:"),
    "search": ("search", "raid", "inspect"),
    "charge": ("charge", "indicted", "accused", "case", "protocol", "report", "suspected", "became"),
    "trial": ("trial", "began", "started", "court,"),
    "verdict": ("sentence", "convicted", "guilty", "acquitted", "verdict", "arrest"),
    "appeal": ("upheld", "appeal", "overturned", "quashed"),
    "fine": ("fined",),
    "release": ("released", "freed", "free", "let go", "left the"),
    "designation": ("agent", "terrorist", "extremist", "undesirable", "list", "register", "designat"),
    "emigration": ("left russia", "emigrated", "fled", "abroad", "leave"),
    "death": ("died", "death", "killed", "passed away", "dead"),
    "citizenship": ("citizenship",),
}
_KEYWORD_RE = re.compile(
    "|".join(sorted({re.escape(k) for ks in _KEYWORDS.values() for k in ks}, key=len, reverse=True))
)


@lru_cache(maxsize=512)
def _kinds_for(word: str) -> frozenset[str]:
    """The event kinds a found keyword may start: the alternation finds the longest keyword ("detained"
    hides "detain"), so every keyword it contains counts."""
    return frozenset(kind for kind, keys in _KEYWORDS.items() if any(k in word for k in keys))


def find_triggers(text: str, offset: int) -> list[Trigger]:
    """Event triggers in one sentence ``text`` that starts at document offset ``offset``."""
    found: list[Trigger] = []
    present = set(_KEYWORD_RE.findall(text.lower()))
    if not present:
        return found
    possible = frozenset().union(*(_kinds_for(word) for word in present))
    for kind, pattern in _TRIGGERS:
        if kind not in possible:
            continue
        for m in pattern.finditer(text):
            if NOT_FACT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                continue
            if m.group().startswith("to ") and not ORDERED.search(text, 0, m.start()):
                continue
            if not_of_the_persons(kind, m.group(), text[max(0, m.start() - 120) : m.start()]):
                continue
            if any(t.start <= m.start() + offset < t.end for t in found):
                continue
            twice = re.match(r"\s+(?:twice|two\s+times)\b", text[m.end() : m.end() + 12], _FLAGS)
            found.append(Trigger(kind, offset + m.start(), offset + m.end(), 2 if twice else 1))
    if ADMINISTRATIVE.search(text):
        # "arrested under Part 1 of Article 6.9 of the Code of Administrative Offences": an arrest as
        # punishment, told as a sentence, not a custody order
        found = [
            t
            for t in found
            if not (
                t.type in ("pretrial_detention", "detention")
                and text[t.start - offset :].startswith("arrested")
            )
        ]
    kinds = {t.type for t in found}
    dropped = {k for kind in kinds for k in _SUPERSEDES.get(kind, set())}
    found = [t for t in found if t.type not in dropped or not _superseded(t, found, text[t.end - offset :])]
    return sorted(found, key=lambda t: t.start)


def _superseded(trigger: Trigger, found: list[Trigger], after: str) -> bool:
    """True when a more specific trigger stands within the same stretch ("released ... to house arrest"),
    unless the trigger names what it ends ("released from the detention facility")."""
    return not RELEASED_FROM.match(after) and any(
        other.type != trigger.type
        and trigger.type in _SUPERSEDES.get(other.type, set())
        and abs(other.start - trigger.start) < 80
        for other in found
    )
