"""Word lists of the English pipeline: given names, places, and capitalised words that are never names."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


def words(text: str) -> frozenset[str]:
    """The white-space separated words of a word-list literal."""
    return frozenset(text.split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-cased given names in Latin script (data/given_names.txt, sources in data/SOURCES.md)."""
    raw = resources.files("khronika.extract.en").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in raw.splitlines() if line and not line.startswith("#"))


def is_given_name(word: str) -> bool:
    """True when ``word`` is a known given name ("Bakhrom", "Natalia", "Yury")."""
    return word.lower() in given_names()


# Russian and neighbouring places as English-language media spell them. Persons are never places: this
# list stops "In Sevastopol" or "Rostov" becoming a person (sources in data/SOURCES.md).
PLACES = words(
    """russia ukraine belarus crimea georgia armenia azerbaijan kazakhstan uzbekistan kyrgyzstan tajikistan
    turkmenistan moldova latvia lithuania estonia finland poland germany france israel turkey serbia
    montenegro usa america britain europe asia siberia caucasus chechnya dagestan ingushetia
    kabardino-balkaria karachay-cherkessia ossetia adygea kalmykia tatarstan bashkortostan bashkiria
    udmurtia mordovia chuvashia mari komi karelia buryatia yakutia tuva khakassia altai primorye kamchatka
    sakhalin chukotka yamal moscow petersburg leningrad sevastopol simferopol yalta kerch feodosia
    dzhankoi bakhchisarai bakhchysarai alushta evpatoria yevpatoria kazan ufa perm yekaterinburg
    ekaterinburg chelyabinsk novosibirsk omsk tomsk krasnoyarsk irkutsk khabarovsk vladivostok
    barnaul kemerovo novokuznetsk tyumen surgut kurgan orenburg samara saratov volgograd astrakhan
    rostov krasnodar sochi novorossiysk stavropol makhachkala grozny nalchik vladikavkaz magas
    maykop elista voronezh belgorod kursk bryansk oryol orel lipetsk tambov penza ulyanovsk tolyatti
    izhevsk kirov syktyvkar arkhangelsk murmansk petrozavodsk vologda yaroslavl kostroma ivanovo
    vladimir nizhny novgorod pskov tver smolensk kaluga tula ryazan kaliningrad cheboksary
    saransk yoshkar-ola ulan-ude chita yakutsk magadan kyzyl abakan gorno-altaysk birobidzhan
    blagoveshchensk petropavlovsk-kamchatsky yuzhno-sakhalinsk naberezhnye chelny sterlitamak
    baimak baymak salavat neftekamsk zlatoust magnitogorsk berezniki solikamsk norilsk kolyma
    mariupol donetsk luhansk lugansk kherson zaporizhzhia zaporozhye melitopol berdyansk kharkiv kyiv
    kiev odesa odessa lviv dnipro bucha irpin tbilisi yerevan baku minsk almaty astana tashkent
    bishkek dushanbe vilnius riga tallinn berlin prague warsaw london paris istanbul"""
)

# Capitalised words that start sentences, head titles or name things, and are never part of a person's name.
NOT_NAME_WORDS = words(
    """a an the and or but if in on at by for with of to from as is was were be been has have had he she it
    they we you i his her their its our this that these those after before during since until while when
    where who which what why how all any some no not one two also only even still yet so than then there
    here upon under over into about against between among through without within near later initially
    however nevertheless additionally meanwhile moreover today yesterday tomorrow according earlier
    last next first second third new old early late mid spring summer autumn winter fall january february
    march april may june july august september october november december monday tuesday wednesday thursday
    friday saturday sunday photo source title mr mrs ms dr st saint article part code criminal
    administrative federal russian russia's soviet ukrainian european international national state city
    regional district military western eastern southern northern central supreme constitutional court
    courts police ministry committee centre center service office department prosecutor prosecutors
    prosecution judge lawyer lawyers attorney investigator investigators activist activists journalist
    journalists pensioner defender defenders human rights memorial fsb mvd ovd-info mediazona sota
    telegram facebook instagram twitter vkontakte youtube tiktok whatsapp google president governor
    mayor minister deputy general colonel major lieutenant captain sergeant officer officers agent agents
    islamic muslim muslims christian orthodox jehovah's witnesses witness expert god allah jesus lord
    political prisoner prisoners nobel peace prize great terror war victory day army navy guard
    republic kremlin duma council parliament government read more articles news repressions report
    update breaking exclusive opinion analysis interview video audio live neither nor either both each
    though although because whereas unless whether thus hence instead besides despite therefore"""
)

# Role words that stand before or after a name and give the person's role ("lawyer Timofey Shirokov",
# "his wife, Zuhra", "Timofey Shirokov, Khamroev's lawyer"). Longest phrases first in the alternation.
ROLE_WORDS: dict[str, str] = {
    "lawyer": "lawyer",
    "lawyers": "lawyer",
    "attorney": "lawyer",
    "defence counsel": "lawyer",
    "defense counsel": "lawyer",
    "defence lawyer": "lawyer",
    "defense lawyer": "lawyer",
    "advocate": "lawyer",
    "counsel": "lawyer",
    "judge": "judge",
    "justice": "judge",
    "presiding judge": "judge",
    "prosecutor": "prosecutor",
    "state prosecutor": "prosecutor",
    "public prosecutor": "prosecutor",
    "prosecutor general": "prosecutor",
    "investigator": "investigator",
    "senior investigator": "investigator",
    "witness": "witness",
    "expert": "expert",
    "linguist": "expert",
    "psychologist": "expert",
    "bachelor of psychology": "expert",
    "wife": "relative",
    "ex-wife": "relative",
    "ex-wives": "relative",
    "first wife": "relative",
    "husband": "relative",
    "ex-husband": "relative",
    "mother": "relative",
    "father": "relative",
    "son": "relative",
    "daughter": "relative",
    "daughters": "relative",
    "sons": "relative",
    "brother": "relative",
    "sister": "relative",
    "grandson": "relative",
    "granddaughter": "relative",
    "grandmother": "relative",
    "grandfather": "relative",
    "nephew": "relative",
    "niece": "relative",
    "uncle": "relative",
    "aunt": "relative",
    "cousin": "relative",
    "widow": "relative",
    "fiancée": "relative",
    "fiancee": "relative",
    "partner": "relative",
    "relative": "relative",
    "parents": "relative",
}


# Nouns that describe a person right before the name ("preacher Khristolyub Vegan", "27-year-old ...").
PERSON_NOUNS = words(
    """activist activists journalist journalists pensioner pensioners resident residents preacher priest
    pastor
    imam monk nun artist artists blogger bloggers student students deputy deputies politician politicians
    poet writer musician singer rapper teacher doctor nurse historian scientist researcher physicist
    businessman businesswoman entrepreneur engineer programmer developer worker employee volunteer
    veteran soldier serviceman officer mayor governor ex-governor minister official opposition
    oppositionist dissident defender believer follower member leader head founder editor director
    coordinator chairman chairwoman photographer filmmaker director actor actress athlete man woman
    guy girl boy mother father citizen native convict prisoner inmate defendant suspect
    anarchist feminist pacifist ecologist environmentalist mp councillor councilor comedian comic
    satirist humorist"""
)


def alternation(words: list[str] | frozenset[str] | dict[str, str]) -> str:
    """A regex alternation of ``words``, longest first so that "state prosecutor" wins over "prosecutor"."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# Men's given names that end in -a, as women's mostly do.
MALE_IN_A = frozenset(
    ["nikita", "ilya", "ilia", "foma", "kuzma", "luka", "savva", "danila", "mustafa", "musa", "isa", "yahya"]
)


# A noun phrase that describes a person without naming them: "the activist", "a former state TV journalist",
# "the 45-year-old". The article tells whether it points back ("the") or may introduce someone ("a").
DESCRIBED_PERSON = (
    r"activist|journalist|defender|pensioner|historian|blogger|artist|musician|student|teacher|priest|doctor|"
    r"defendant|convict|prisoner|man|woman|resident|lawyer's\s+client|client|volunteer|poet|scientist|"
    r"researcher|veteran|soldier|entrepreneur|businessman|businesswoman|official|opposition\s+politician|"
    r"politician|deputy|nurse|opponent|critic|dissident|protester|protestor|demonstrator|photographer|"
    r"reporter|correspondent|editor|publisher|writer|director|filmmaker|engineer|programmer|believer|girl|"
    r"boy|youth|teenager|schoolboy|schoolgirl|professor|lecturer|singer|actor|actress|rapper|imam|pastor|"
    r"monk|nun|citizen|native|anarchist|feminist|pacifist|ecologist|environmentalist|suspect|accused|"
    r"detainee|inmate|mathematician|physicist|economist|sociologist|grandmother|grandfather|mother|father|"
    r"retiree|worker|operator|driver|mechanic|electrician|builder|farmer|medic|paramedic|cook|chef|waiter|"
    r"waitress|salesman|saleswoman|serviceman|sailor|pilot|cleric|dancer|designer|architect|manager|"
    r"accountant|librarian|translator|courier|welder|carpenter|plumber|worshipp?er|follower|adherent|"
    r"parishioner|executive|producer|comedian|lawmaker|councillor|councilor|mayor|ombudsman|"
    r"Jehovah['’]s\s+Witness|\d{1,3}-year-old"
)
