"""Words around a fact that the English pipeline reads: persecution, legal context, the case or sentence
pointed back to, and the steps of one day (search, detention, custody, release)."""

from __future__ import annotations

import re

# Words that mark a person as persecuted without stating a dated event.
# A relative named by a noun before a possessive fact ("her father's arrest").
KIN_OWNER = re.compile(
    r"\b(?:father|mother|son|daughter|husband|wife|brother|sister|parents?|relatives?)$", re.I
)
PERSECUTED = re.compile(
    r"\b(?:persecuted|prosecuted|political\s+prisoners?|case\s+against|is\s+serving|"
    # "considers the criminal prosecution of activists A and B unlawful"
    r"(?:criminal\s+)?(?:prosecution|persecution)\s+of|charges\s+against|serving\s+(?:a|his|her)\s+"
    r"(?:[\w-]+\s+)?(?:sentence|term)|wanted\s+list|jailed|imprisoned|behind\s+bars|fac(?:es?|ing)\s+(?:(?:the\s+same|similar)\s+)?(?:charges|up\s+to)|"
    r"abducted|kidnapped|beaten|tortured|"
    # "X was denied parole": only a convict serving a term asks for it
    r"(?:denied|refused)\s+(?:early\s+release\s+on\s+)?parole|parole\s+(?:was\s+)?(?:denied|refused)|"
    # "X, who died in an Arctic prison", "died in custody": a death in custody makes X persecuted
    r"died\s+in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:prison|custody|colony|jail|SIZO|pre-?trial\s+detention)|"
    r"['’]s\s+(?:detention|arrest|trial|criminal\s+case|case|sentence|"
    r"prosecution|conviction|verdict)|co-?defendants?|(?:a|the|another)\s+defendants?\s+in\b|tried\s+in\s+absentia|in\s+(?:the\s+|a\s+)?(?:[\w\"“”«»-]+\s+){0,3}(?:penal\s+)?colony)\b",
    re.IGNORECASE,
)
# Words by which a sentence goes on with the one before: "Y was also detained", "The following people
# have been included in the list: ...".
GOES_ON = re.compile(r"\b(?:also|the\s+following)\b", re.IGNORECASE)
DAY = re.compile(r"^\d{4}-\d\d-\d\d$")  # a date given to the day
# "Y was also detained", "Y has also been charged": the fact is told of someone before Y too.
ALSO = re.compile(r"\balso\s+(?:been\s+)?$", re.IGNORECASE)
NEW_SUBJECT = re.compile(r"\b(?:he|she|they|his|her|their|was|were|is|are|has|had)\b", re.IGNORECASE)
THEN = re.compile(
    r"(?:After\s+that|Afterwards|Then|Later\s+that\s+day|That\s+same\s+day|On\s+the\s+same\s+day|"
    r"The\s+same\s+day)\b"
)
# "asked for six years for each", "five years apiece": the term of every defendant named just before.
EACH = re.compile(
    r"[^.;,]{0,30}?\b(?:for\s+(?:each|both|all\s+(?:two|three|four|five|six|of\s+them)|them)|each|apiece)\b",
    re.I,
)
FOR_PERSON = re.compile(
    r"[^.;,]{0,50}?\bfor\s+(?:(?:the\s+)?[a-z-]+\s+){0,2}"
    # "The longest sentence – eight years in a medium-security prison – was handed down to X"
    r"|[^.;]{0,60}?\b(?:was|were)\s+(?:handed\s+(?:down\s+)?to|given\s+to|imposed\s+on)\s+"
    r"(?:(?:the\s+)?[a-z0-9-]+\s+){0,2}"
    # "upheld the 12 year sentence of Crimean Tatar human rights defender Emir-Usein Kuku"
    r"|[\s-]*(?:prison\s+|jail\s+)?(?:sentence|term)\s+of\s+(?:[A-Z]?[a-z-]+\s+){0,6}"
)
# Words that make an offence named in words a charge: without one, "justification of terrorism" is a topic.
CHARGE_CONTEXT = re.compile(
    r"\b(?:charg\w*|accus\w*|convict\w*|sentenc\w*|guilty|case|cases|article|prosecuted|suspect\w*|fined|"
    r"arrest\w*|detained|investigat\w*|indict\w*|trial|verdict|punish\w*|jail\w*|imprison\w*|for)\b",
    re.IGNORECASE,
)
# A sentence about the law, not about a person: '"Discrediting" the army is punishable by up to five years',
# "Conviction would carry a sentence of up to five years", "laws criminalizing criticism of the war".
GENERAL_STATEMENT = re.compile(
    r"\b(?:is|are|was|were|be)\s+punishable\b|\bpunishable\s+by\b|\b(?:would|could|can|may|will)\s+carry\b|"
    r"\bcarr(?:y|ies)\s+(?:a\s+)?(?:maximum\s+)?(?:penalty|sentence|term|punishment|up\s+to)\b|"
    r"\bcriminali[sz](?:e|es|ed|ing)\b|\blaws?\s+(?:on|against|banning|that|which)\b",
    re.IGNORECASE,
)
SAME_DAY = {
    "detention": ("search",),
    "release": ("detention",),
    "pretrial_detention": ("detention",),
    "protocol": ("detention",),
}
THE_DECISION = re.compile(r"\s+(?:the|his|her)\s+(?:sentence|verdict|decision|case|conviction)\b", re.I)
THE_CASE = re.compile(r"\bthe\s+(?:criminal\s+)?case\b|\badded\b", re.IGNORECASE)  # "added the charge of"
NOT_PERSECUTION = frozenset({"death", "emigration"})
# Triggers that name their person inside them ("strip ... of his citizenship", "added ... to his case").
OBJECT_TRIGGERS = frozenset({"citizenship", "charge"})


# A group named by the participle of an event told before, then its members: "Among those released by
# Putin are three American citizens: former Marine A, 54; journalist B, 47; and C, 32." The names may run
# across semicolons, which cut clauses elsewhere.
AMONG_GROUP = re.compile(
    r"\s*Among\s+(?:those|the\s+(?:people|prisoners|persons|activists|detainees))\s+"
    r"(?P<verb>released|freed|exchanged|swapped|detained|arrested|sentenced|convicted)\b[^:;.]*?"
    r"\b(?:are|were|is|was)\b"
)
INCLUDE_GROUP = re.compile(
    r"\s*(?:Other|Those)\s+(?:individuals|people|persons|defendants|suspects|activists)\s+"
    r"(?P<verb>charged|detained|arrested|convicted|searched)\b[^:;.]{0,40}?\binclud(?:e|ed)\b"
)
# The event a participle group points back at may be told under a more specific name: those "released"
# in a prisoner swap were exchanged.
GROUP_EVENT = {"release": ("exchange", "release")}
EVENT_NOUN = {"exchange": re.compile(r"\b(?:prisoner\s+)?(?:exchange|swap)\b", re.I)}
# Facts done once, on one day: a listing "since" a month tells several of them, none on its first day.
ONE_OFF = frozenset({"designation", "verdict", "charge", "search", "detention", "fine", "appeal"})
SINCE = re.compile(r"^\s*Since\b|,\s+since\s+(?:[\w-]+\s+){1,3},", re.I)
