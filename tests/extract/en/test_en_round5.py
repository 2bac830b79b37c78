"""English pipeline, round 5: an occupation in apposition is no part in the case, "imprison X for three
years", the law's range is no sentence, an unnamed person in a lead or after another case, eponyms."""

from __future__ import annotations

import datetime

import pytest
from tests.extract.en.test_en_recall import _names, _roles

from khronika.extract.en.pipeline import extract_facts
from khronika.extract.facts import Facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2024, 11, 15)  # a Friday


def _terms(facts: Facts) -> list[tuple[str, str, str, int | None, int | None]]:
    names = _names(facts)
    return sorted(
        (names[s["person"]], s["stage"], s["punishment"], s["years"], s["amount"]) for s in facts["sentences"]
    )


def test_an_occupation_in_apposition_is_no_role_in_the_case() -> None:
    facts = extract_facts(
        "The prosecutor had requested the court imprison Marina Novikova for three years. Novikova, "
        "a lawyer, had communicated with her friends in Ukraine. Ivan Petrov, a lawyer for the activist, "
        "said the charges were absurd.",
        PUBLISHED,
    )
    assert _roles(facts) == {"Marina Novikova": ["defendant"], "Ivan Petrov": ["lawyer"]}
    assert _terms(facts) == [("Marina Novikova", "requested", "imprisonment", 3, None)]


def test_the_minimum_term_of_the_law_is_no_sentence() -> None:
    facts = extract_facts(
        "Artyom Semyonov was sentenced to 13 years. He was ordered to serve 13 years in a maximum-security "
        "penal colony with the minimum sentencing guideline requiring 12-year prison stints.",
        PUBLISHED,
    )
    assert _terms(facts) == [("Artyom Semyonov", "imposed", "imprisonment", 13, None)]


def test_an_unnamed_person_sentenced_after_a_named_one_is_someone_else() -> None:
    facts = extract_facts(
        "The court sentenced crane operator Sergei Andreyev to 24 years in a prison colony. Earlier on "
        "Thursday the same court sentenced a 43-year-old woman to eight years in prison for social media "
        "posts.",
        PUBLISHED,
    )
    assert _terms(facts) == [("Sergei Andreyev", "imposed", "imprisonment", 24, None)]


def test_an_unnamed_person_in_the_lead_is_the_one_named_next() -> None:
    facts = extract_facts(
        "A Russian court has fined a 65-year-old grandmother from Siberia 1 million rubles. The prosecutor "
        "had asked for Marina Novikova to be jailed for three years.",
        PUBLISHED,
    )
    assert _terms(facts) == [
        ("Marina Novikova", "imposed", "fine", None, 1_000_000),
        ("Marina Novikova", "requested", "imprisonment", 3, None),
    ]


def test_a_time_adverbial_before_the_object_and_an_eponym() -> None:
    facts = extract_facts(
        "A Russian military court sentenced on Thursday a man to 24 years in prison. Authorities have "
        "prosecuted those caught attempting to throw Molotov cocktails at military offices. The court "
        "sentenced crane operator Sergei Andreyev to 24 years in a prison colony.",
        PUBLISHED,
    )
    assert _roles(facts) == {"Sergei Andreyev": ["defendant"]}
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("verdict", "2024-11-14")]


def test_restrictions_on_freedom_told_before_the_term() -> None:
    facts = extract_facts(
        "Her fellow activists, Ivan Vorobyovsky and Igor Basharimov, were sentenced to restrictions on "
        "freedom for one year and nine months.",
        PUBLISHED,
    )
    assert _terms(facts) == [
        ("Igor Basharimov", "imposed", "restriction_of_freedom", 1, None),
        ("Ivan Vorobyovsky", "imposed", "restriction_of_freedom", 1, None),
    ]


def test_an_offence_named_in_a_long_quotation_is_no_charge() -> None:
    facts = extract_facts(
        'The court sentenced Ruslan Zaytullaev to seven years in a prison colony. "At the moment, there '
        "is not a single case of members trying to commit or\npreparing to organize a terrorist attack "
        'anywhere in the world," Memorial said.',
        PUBLISHED,
    )
    assert facts["charges"] == []


def test_an_offence_named_in_short_quotes_is_a_charge() -> None:
    facts = extract_facts(
        'Ponomarenko was charged under the article about "fakes" about the Russian army. The journalist '
        'is sure that this is "revenge".',
        PUBLISHED,
    )
    assert [c["article"] for c in facts["charges"]] == ["207.3"]


def test_an_upheld_term_and_the_first_verdict_it_came_from() -> None:
    facts = extract_facts(
        "Meanwhile, a Moscow court upheld a three-year sentence imposed last month against Kirill Zhukov.",
        PUBLISHED,
    )
    assert _terms(facts) == [
        ("Kirill Zhukov", "appeal", "imprisonment", 3, None),
        ("Kirill Zhukov", "imposed", "imprisonment", 3, None),
    ]
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("verdict", "2024-10")]


def test_a_term_cut_by_an_amount_to_a_new_term_is_reduced() -> None:
    facts = extract_facts(
        "Judge Yelena Lavrova said on October 9 that she was cutting Ivan Podkopayev's sentence by one year "
        "to two years in prison. Podkopayev and Zhukov are among dozens of protesters who were fined or "
        "given jail sentences.",
        PUBLISHED,
    )
    assert _terms(facts) == [("Ivan Podkopayev", "reduced", "imprisonment", 2, None)]


def test_another_defendant_sentenced_after_a_dated_verdict_shares_its_date() -> None:
    facts = extract_facts(
        "On Friday the court sentenced Yury Chernyshev and Sergei Shatalov to six years and three months. "
        "The court sentenced another defendant, Vardan Zakaryan, to four years and three months.",
        PUBLISHED,
    )
    names = _names(facts)
    assert sorted((names[p], e["date"]) for e in facts["events"] for p in e["persons"]) == [
        ("Sergei Shatalov", "2024-11-15"),
        ("Vardan Zakaryan", "2024-11-15"),
        ("Yury Chernyshev", "2024-11-15"),
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a bare "arrested" is the police custody; the court's order is told only where the text says so
        ("Ivan Petrov was arrested in October 2016.", ["detention"]),
        (
            "Ivan Petrov was arrested and remanded in custody in October 2016.",
            ["detention", "pretrial_detention"],
        ),
        ("Ivan Petrov was arrested at a rally in October 2016.", ["detention"]),
        ("Ivan Petrov was briefly arrested at a protest in October 2016.", ["detention"]),
        ("A Moscow court arrested Ivan Petrov in October 2016.", ["pretrial_detention"]),
        ("Ivan Petrov was arrested for two months in October 2016.", ["pretrial_detention"]),
        ("Ivan Petrov was arrested in absentia in October 2016.", ["pretrial_detention"]),
        ("Ivan Petrov was detained in October 2016.", ["detention"]),
    ],
)
def test_a_bare_arrest_is_police_custody_and_a_courts_arrest_is_custody(text: str, kinds: list[str]) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert sorted((e["type"], e["date"]) for e in facts["events"]) == [(k, "2016-10") for k in kinds]


def test_a_participle_after_an_unnamed_group_is_that_groups() -> None:
    facts = extract_facts(
        "Ivan Petrov and Anna Petrova protested in support of a group of activists arrested in 2017.",
        PUBLISHED,
    )
    assert facts["events"] == []


def test_a_lone_surname_in_the_other_sex_is_the_person_named() -> None:
    facts = extract_facts(
        "A court sentenced Dmitry Tsibukovsky and his wife, Anastasia Safonova, to two years in prison. "
        "Tsibukovsky said that he and Safonov were tortured while in custody.",
        PUBLISHED,
    )
    assert sorted(p["name"] for p in facts["persons"]) == ["Anastasia Safonova", "Dmitry Tsibukovsky"]


@pytest.mark.parametrize(
    "text",
    [
        "For attending a demonstration on August 10, Ivan Petrov was convicted of repeated violations.",
        "Before this summer's protests, Ivan Petrov attended rallies, for which he was detained and fined.",
    ],
)
def test_the_date_of_a_leading_adjunct_is_another_acts(text: str) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert [e for e in facts["events"] if e["type"] in ("verdict", "detention", "fine")] == []


def test_a_list_of_the_arrested_after_a_colon_and_all_detainees_after_it() -> None:
    facts = extract_facts(
        "This week in Moscow has been marked by several targeted arrests: Pussy Riot members Maria "
        "Alyokhina, Aleksandr Sofeev and Lucy Stein, photographer Dmitri Vorontsov. All detainees were "
        "jailed for fifteen days by the court.",
        datetime.date(2021, 6, 26),
    )
    names = ["Aleksandr Sofeev", "Dmitri Vorontsov", "Lucy Stein", "Maria Alyokhina"]
    assert [t[0] for t in _terms(facts)] == names
    assert {t[2] for t in _terms(facts)} == {"administrative_arrest"}
    detained = [e for e in facts["events"] if e["type"] == "detention"]
    assert sorted(_names(facts)[p] for e in detained for p in e["persons"]) == names
    # round eight: the days in jail are of about the detention's date
    jailed = [e for e in facts["events"] if e["type"] == "verdict"]
    assert sorted((_names(facts)[p], e["date"]) for e in jailed for p in e["persons"]) == [
        (name, "2021-06~") for name in names
    ]


def test_a_register_listing_with_a_count_of_the_others_before_their_names() -> None:
    facts = extract_facts(
        "On November 4, Russia's Justice Ministry added Andrei Grigoryev and five other correspondents of "
        "RFE/RL's Idel.Realities, Alina Grigoryeva, Regina Khisamova, as well as former contributor Regina "
        'Gimalova, to the registry of "foreign agents".',
        PUBLISHED,
    )
    names = ["Alina Grigoryeva", "Andrei Grigoryev", "Regina Gimalova", "Regina Khisamova"]
    assert sorted(_names(facts)[p] for e in facts["events"] for p in e["persons"]) == names
    assert {e["date"] for e in facts["events"]} == {"2024-11-04"}


def test_listings_since_a_month_have_no_date_of_their_own() -> None:
    facts = extract_facts(
        "Since December last year, Russia's Justice Ministry has added Andrei Grigoryev and Alina Grigoryeva "
        'to the registry of "foreign agents".',
        PUBLISHED,
    )
    assert facts["events"] == []
    assert sorted(_roles(facts)) == ["Alina Grigoryeva", "Andrei Grigoryev"]


def test_a_gapped_list_of_terms_shares_the_verdict_of_its_sentence() -> None:
    facts = extract_facts(
        "The court on June 18 found the five men guilty. Teymur Abdullayev was sentenced to 17 years, Rustem "
        "Ismaiylov received 14 years, and Uzeiyr Abdullayev 13 years.",
        datetime.date(2019, 6, 18),
    )
    assert _terms(facts) == [
        ("Rustem Ismaiylov", "imposed", "imprisonment", 14, None),
        ("Teymur Abdullayev", "imposed", "imprisonment", 17, None),
        ("Uzeiyr Abdullayev", "imposed", "imprisonment", 13, None),
    ]
    names = _names(facts)
    assert sorted(names[p] for e in facts["events"] for p in e["persons"]) == [
        "Rustem Ismaiylov",
        "Teymur Abdullayev",
        "Uzeiyr Abdullayev",
    ]


def test_the_prosecution_of_named_activists_marks_them_persecuted() -> None:
    facts = extract_facts(
        "Memorial considers the criminal prosecution of Nizhny Novgorod activists Natalia Rezontova and "
        "Roman Tregubov unlawful and politically motivated.",
        PUBLISHED,
    )
    assert _roles(facts) == {"Natalia Rezontova": ["defendant"], "Roman Tregubov": ["defendant"]}


def test_an_offence_a_new_law_is_about_is_no_charge() -> None:
    facts = extract_facts(
        "The politician Vladimir Kara-Murza has been sentenced to 25 years in prison, and the State Duma has "
        "passed a bill on life imprisonment for state treason.",
        PUBLISHED,
    )
    assert facts["charges"] == []


def test_a_term_handed_down_to_a_person_and_a_defendant_in_apposition() -> None:
    facts = extract_facts(
        "The longest sentence – eight years in a medium-security prison – was handed down to Alesandr "
        "Orshulevich. The courts have reduced the sentence given to Nikita Chirtsov, a defendant in the "
        "Moscow Case.",
        PUBLISHED,
    )
    assert _terms(facts) == [("Alesandr Orshulevich", "imposed", "imprisonment", 8, None)]
    assert _roles(facts) == {"Alesandr Orshulevich": ["defendant"], "Nikita Chirtsov": ["defendant"]}


def test_a_term_requested_by_the_prosecutor_told_after_the_term() -> None:
    facts = extract_facts(
        "The court sentenced Oleg Belousov to five and a half years, far less than the nine-and-a-half years "
        "requested by the state prosecutor.",
        PUBLISHED,
    )
    assert _terms(facts) == [
        ("Oleg Belousov", "imposed", "imprisonment", 5, None),
        ("Oleg Belousov", "requested", "imprisonment", 9, None),
    ]
