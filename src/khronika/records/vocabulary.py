"""Every label vocabulary of the case record, declared once with its Russian and English labels.

The values are exactly those of the extraction format (``../shared/docs/extraction-format.md``), so an
accepted candidate fact can be stored without a mapping table.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventType(models.TextChoices):
    SEARCH = "search", _("search")
    DETENTION = "detention", _("detention")
    PRETRIAL_DETENTION = "pretrial_detention", _("pretrial detention")
    HOUSE_ARREST = "house_arrest", _("house arrest")
    CHARGE = "charge", _("charge")
    TRIAL = "trial", _("trial")
    VERDICT = "verdict", _("verdict")
    APPEAL = "appeal", _("appeal")
    RELEASE = "release", _("release")
    EXCHANGE = "exchange", _("exchange")
    FINE = "fine", _("fine")
    DESIGNATION = "designation", _("designation")
    LIQUIDATION = "liquidation", _("liquidation")
    CITIZENSHIP = "citizenship", _("citizenship")
    EMIGRATION = "emigration", _("emigration")
    DEATH = "death", _("death")
    OTHER = "other", pgettext_lazy("event type", "other")


class Role(models.TextChoices):
    """The part a person plays in a case or an event."""

    DEFENDANT = "defendant", _("defendant")
    LAWYER = "lawyer", _("lawyer")
    JUDGE = "judge", _("judge")
    PROSECUTOR = "prosecutor", _("prosecutor")
    INVESTIGATOR = "investigator", _("investigator")
    WITNESS = "witness", _("witness")
    EXPERT = "expert", _("expert")
    RELATIVE = "relative", _("relative")
    COMMENTATOR = "commentator", _("commentator")
    OTHER = "other", pgettext_lazy("role", "other")


class ChargeStatus(models.TextChoices):
    CHARGED = "charged", _("charged")
    ADDED = "added", _("added")
    DROPPED = "dropped", _("dropped")
    RECLASSIFIED = "reclassified", _("reclassified")
    CONVICTED = "convicted", _("convicted")
    ACQUITTED = "acquitted", _("acquitted")


class SentenceStage(models.TextChoices):
    REQUESTED = "requested", _("requested by the prosecution")
    IMPOSED = "imposed", _("imposed")
    APPEAL = "appeal", _("on appeal")
    REDUCED = "reduced", _("reduced")
    INCREASED = "increased", _("increased")


class Punishment(models.TextChoices):
    IMPRISONMENT = "imprisonment", _("imprisonment")
    SUSPENDED = "suspended", _("suspended sentence")
    FINE = "fine", pgettext_lazy("punishment", "fine")
    COMPULSORY_LABOUR = "compulsory_labour", _("compulsory labour")
    CORRECTIONAL_LABOUR = "correctional_labour", _("correctional labour")
    RESTRICTION_OF_FREEDOM = "restriction_of_freedom", _("restriction of freedom")
    HOUSE_ARREST = "house_arrest", pgettext_lazy("punishment", "house arrest")
    ADMINISTRATIVE_ARREST = "administrative_arrest", _("administrative arrest")
    OTHER = "other", pgettext_lazy("punishment", "other")


#: Punishments measured in time; a fine is measured in money.
TERM_PUNISHMENTS = frozenset(
    {
        Punishment.IMPRISONMENT,
        Punishment.SUSPENDED,
        Punishment.COMPULSORY_LABOUR,
        Punishment.CORRECTIONAL_LABOUR,
        Punishment.RESTRICTION_OF_FREEDOM,
        Punishment.HOUSE_ARREST,
        Punishment.ADMINISTRATIVE_ARREST,
    }
)


class Regime(models.TextChoices):
    GENERAL = "general", _("general regime colony")
    STRICT = "strict", _("strict regime colony")
    SPECIAL = "special", _("special regime colony")
    SETTLEMENT = "settlement", _("colony-settlement")
    PRISON = "prison", _("prison")


class OrganisationKind(models.TextChoices):
    COURT = "court", _("court")
    LAW_ENFORCEMENT = "law_enforcement", _("law enforcement")
    PROSECUTION = "prosecution", _("prosecution")
    GOVERNMENT = "government", _("government body")
    NGO = "ngo", _("non-governmental organisation")
    MEDIA = "media", _("media")
    PARTY = "party", _("political party")
    MOVEMENT = "movement", _("movement")
    RELIGIOUS = "religious", _("religious organisation")
    COMPANY = "company", _("company")
    OTHER = "other", pgettext_lazy("organisation kind", "other")


class DesignationKind(models.TextChoices):
    """Official labels put on organisations and persons by the Russian authorities."""

    FOREIGN_AGENT = "foreign_agent", _("foreign agent")
    UNDESIRABLE = "undesirable", _("undesirable organisation")
    EXTREMIST = "extremist", _("extremist")
    TERRORIST = "terrorist", _("terrorist")
    LIQUIDATION = "liquidation", _("liquidated")
    OTHER = "other", pgettext_lazy("designation", "other")


class PersonStatus(models.TextChoices):
    AT_LIBERTY = "at_liberty", _("at liberty")
    DETAINED = "detained", _("detained")
    PRETRIAL_DETENTION = "pretrial_detention", _("in pretrial detention")
    HOUSE_ARREST = "house_arrest", _("under house arrest")
    IMPRISONED = "imprisoned", _("imprisoned")
    RELEASED = "released", _("released")
    EMIGRATED = "emigrated", _("emigrated")
    DECEASED = "deceased", _("deceased")
    WANTED = "wanted", _("wanted")
    UNKNOWN = "unknown", _("unknown")


class NameKind(models.TextChoices):
    PRIMARY = "primary", _("primary")
    ALIAS = "alias", _("alias")
    TRANSLITERATION = "transliteration", _("transliteration")
    FORMER = "former", _("former name")


class Script(models.TextChoices):
    """ISO 15924 script codes."""

    CYRILLIC = "Cyrl", _("Cyrillic")
    LATIN = "Latn", _("Latin")
    OTHER = "Zyyy", pgettext_lazy("script", "other")


class Language(models.TextChoices):
    """ISO 639-1 codes of the languages sources and names come in."""

    RU = "ru", _("Russian")
    EN = "en", _("English")
    UK = "uk", _("Ukrainian")
    BE = "be", _("Belarusian")
    OTHER = "und", pgettext_lazy("language", "other")


class Sex(models.TextChoices):
    FEMALE = "female", _("female")
    MALE = "male", _("male")
    UNKNOWN = "unknown", pgettext_lazy("sex", "unknown")


class CaseKind(models.TextChoices):
    CRIMINAL = "criminal", _("criminal")
    ADMINISTRATIVE = "administrative", _("administrative")


class CaseStatus(models.TextChoices):
    INVESTIGATION = "investigation", _("under investigation")
    TRIAL = "trial", _("at trial")
    SENTENCED = "sentenced", _("sentenced")
    APPEAL = "appeal", _("on appeal")
    CLOSED = "closed", _("closed")
    SUSPENDED = "suspended", _("suspended")
    UNKNOWN = "unknown", pgettext_lazy("case status", "unknown")


class FacilityKind(models.TextChoices):
    PRETRIAL_CENTRE = "pretrial_centre", _("pretrial detention centre (SIZO)")
    COLONY = "colony", _("penal colony")
    PRISON = "prison", pgettext_lazy("facility", "prison")
    TEMPORARY_DETENTION = "temporary_detention", _("temporary detention facility")
    SPECIAL_DETENTION = "special_detention", _("special detention centre")
    POLICE_STATION = "police_station", _("police station")
    PSYCHIATRIC = "psychiatric", _("psychiatric hospital")
    HOSPITAL = "hospital", _("prison hospital")
    OTHER = "other", pgettext_lazy("facility", "other")
