"""English pipeline, round 4: lists of co-defendants in the shapes news reports use (descriptions between
the names, one verdict or charge for several people, terms given per person), conjunctions before a name,
the day after a date."""

from __future__ import annotations

import datetime

import pytest
from tests.extract.en.test_en_recall import _events, _names, _roles

from khronika.extract.en.pipeline import extract_facts
from khronika.extract.facts import Facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2026, 11, 21)  # a Saturday


def _charges(facts: Facts) -> list[tuple[str, str]]:
    names = _names(facts)
    return sorted((names[c["person"]], c["article"]) for c in facts["charges"])


def _terms(facts: Facts) -> list[tuple[str, str, str, int | None, int | None]]:
    names = _names(facts)
    return sorted(
        (names[s["person"]], s["stage"], s["punishment"], s["years"], s["months"]) for s in facts["sentences"]
    )


def test_a_list_of_detainees_keeps_going_past_a_description_between_commas() -> None:
    facts = extract_facts(
        "On November 12, police detained Pavel Gromov, Anton Belkin, a former member of the Public "
        "Oversight Commission (POC), and Irina Kostina, a local teacher, who were picketing.",
        PUBLISHED,
    )
    assert _events(facts, "detention") == [("2026-11-12", ["Anton Belkin", "Irina Kostina", "Pavel Gromov"])]


def test_a_list_of_the_sentenced_keeps_going_past_a_description_before_a_name() -> None:
    facts = extract_facts(
        "Blogger Pavel Gromov and the founder of the Open Maps Project, Anton Belkin, were sentenced in "
        "absentia to nine years in prison each.",
        PUBLISHED,
    )
    assert _terms(facts) == [
        ("Anton Belkin", "imposed", "imprisonment", 9, 0),
        ("Pavel Gromov", "imposed", "imprisonment", 9, 0),
    ]


def test_a_member_of_a_movement_is_a_person_not_the_movement() -> None:
    facts = extract_facts(
        "Irina Kostina, a member of the movement Free Voices, was sentenced to four years in prison.",
        PUBLISHED,
    )
    assert _terms(facts) == [("Irina Kostina", "imposed", "imprisonment", 4, 0)]


@pytest.mark.parametrize("word", ["Though", "Although", "Because"])
def test_a_conjunction_that_opens_a_sentence_is_no_part_of_the_name(word: str) -> None:
    facts = extract_facts(
        f"Pavel Gromov was detained on November 3. {word} Gromov was released, the case goes on.", PUBLISHED
    )
    assert list(_roles(facts)) == ["Pavel Gromov"]


@pytest.mark.parametrize(
    ("text", "article"),
    [
        (
            "A court ordered the arrest in absentia of journalist Pavel Gromov on charges of organising the "
            "activities of an “undesirable” pro-democracy organisation.",
            "284.1",
        ),
        (
            "A court found Jehovah’s Witness Pavel Gromov guilty of organizing and participating in "
            "“extremist” activity.",
            "282.2",
        ),
        ("Pavel Gromov was charged with disclosing information about the investigation.", "310"),
        (
            "A court sentenced Pavel Gromov to one year of restricted freedom for violating restrictive "
            "measures aimed at curbing the spread of the coronavirus.",
            "236",
        ),
    ],
)
def test_offence_wordings_of_english_news_name_their_article(text: str, article: str) -> None:
    assert _charges(extract_facts(text, PUBLISHED)) == [("Pavel Gromov", article)]


def test_violating_the_coronavirus_rules_with_a_fine_is_no_crime() -> None:
    facts = extract_facts(
        "Pavel Gromov was fined 15,000 rubles for violating sanitary rules during the coronavirus pandemic.",
        PUBLISHED,
    )
    assert _charges(facts) == []


def test_a_word_glossed_by_an_offence_is_no_charge() -> None:
    facts = extract_facts(
        "Pavel Gromov was convicted for his painting ‘Nasilie’, a word meaning rape, and sentenced to three "
        "years in prison.",
        PUBLISHED,
    )
    assert _charges(facts) == []


def test_a_supporter_of_a_named_politician_is_the_person_named_next() -> None:
    facts = extract_facts(
        "A Moscow court has sentenced another supporter of opposition politician Pavel Gromov to one year of "
        'so-called "restricted freedom." The court handed down the sentence to lawmaker Irina Kostina on '
        "November 12.",
        PUBLISHED,
    )
    assert _terms(facts) == [("Irina Kostina", "imposed", "restriction_of_freedom", 1, 0)]
    assert _roles(facts)["Pavel Gromov"] == ["other"]


def test_the_homes_of_someones_associates_are_those_listed_after_including() -> None:
    facts = extract_facts(
        "Journalist Pavel Gromov was arrested in absentia. In November, police raided the homes of Gromov’s "
        "family members and associates, including former deputies Anton Belkin and Irina Kostina.",
        PUBLISHED,
    )
    assert _events(facts, "search") == [("2026-11", ["Anton Belkin", "Irina Kostina"])]


def test_the_same_charge_and_also_found_guilty_take_the_charge_told_before() -> None:
    facts = extract_facts(
        "A court sentenced Pavel Gromov to one year in prison for justifying terrorism. Last week, the same "
        "court sentenced Gromov's colleague, Irina Kostina, to 18 months on the same charge. Two other "
        "activists, Anton Belkin and Oleg Sidorov, were also found guilty.",
        PUBLISHED,
    )
    assert _charges(facts) == [
        ("Anton Belkin", "205.2"),
        ("Irina Kostina", "205.2"),
        ("Oleg Sidorov", "205.2"),
        ("Pavel Gromov", "205.2"),
    ]


def test_a_similar_charge_is_not_the_same_charge() -> None:
    facts = extract_facts(
        "A court sentenced Pavel Gromov to one year in prison for justifying terrorism. Irina Kostina was "
        "sentenced to six years in prison on a similar charge.",
        PUBLISHED,
    )
    assert _charges(facts) == [("Pavel Gromov", "205.2")]


def test_other_individuals_charged_include_everyone_listed_across_semicolons() -> None:
    facts = extract_facts(
        "Pavel Gromov was charged with justifying terrorism. Other individuals charged include municipal "
        "lawyer Anton Belkin; the chief of the Doctors NGO, Irina Kostina; and a rapper, Oleg Sidorov.",
        PUBLISHED,
    )
    assert _charges(facts) == [
        ("Anton Belkin", "205.2"),
        ("Irina Kostina", "205.2"),
        ("Oleg Sidorov", "205.2"),
        ("Pavel Gromov", "205.2"),
    ]


def test_the_same_charge_reaches_everyone_given_a_term_in_the_sentence() -> None:
    facts = extract_facts(
        "A court sentenced Pavel Gromov to one year in prison for justifying terrorism. Last week, the same "
        "court sentenced Irina Kostina to 18 months in prison, and Oleg Sidorov to one year of restricted "
        "freedom on the same charge.",
        PUBLISHED,
    )
    assert ("Oleg Sidorov", "205.2") in _charges(facts)
    assert ("Irina Kostina", "205.2") in _charges(facts)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Olga and Yevgeny Belkin were detained on November 3.",
            ["Olga Belkina", "Yevgeny Belkin"],
        ),
        (
            "Yevgeny and Olga Belkina were detained on November 3.",
            ["Olga Belkina", "Yevgeny Belkin"],
        ),
        (
            "On November 3, Gromov's brother Oleg was detained.",
            ["Oleg Gromov"],
        ),
        (
            "On November 3, Gromov's wife Olga was detained.",
            ["Olga Gromova"],
        ),
    ],
)
def test_a_given_name_takes_the_surname_it_shares(text: str, names: list[str]) -> None:
    detained = _events(extract_facts(text, PUBLISHED), "detention")
    assert detained == [("2026-11-03", names)]


def test_released_and_placed_under_house_arrest_the_following_day_counts_from_the_arrest() -> None:
    facts = extract_facts(
        "Pavel Gromov was arrested on November 1 for posting comments about the war. “I agree with them,” "
        "Gromov said in his closing statement on Monday. Gromov was released from the detention facility "
        "and placed under house arrest the following day.",
        PUBLISHED,
    )
    assert _events(facts, "detention") == [("2026-11-01", ["Pavel Gromov"])]
    assert _events(facts, "pretrial_detention") == []
    assert _events(facts, "release") == [("2026-11-02", ["Pavel Gromov"])]
    assert _events(facts, "house_arrest") == [("2026-11-02", ["Pavel Gromov"])]


def test_released_to_house_arrest_is_the_house_arrest_alone() -> None:
    facts = extract_facts("On November 2, Pavel Gromov was released to house arrest.", PUBLISHED)
    assert _events(facts, "release") == []
    assert _events(facts, "house_arrest") == [("2026-11-02", ["Pavel Gromov"])]


def test_arrested_and_taken_to_a_police_station_is_a_detention() -> None:
    facts = extract_facts(
        "Pavel Gromov was arrested on June 27 during a walk in the park and taken to a police station.",
        PUBLISHED,
    )
    assert _events(facts, "detention") == [("2026-06-27", ["Pavel Gromov"])]
    assert _events(facts, "pretrial_detention") == []


def test_a_charge_told_of_the_defendants_is_each_sentenced_members_in_its_paragraph() -> None:
    facts = extract_facts(
        "The defendants in the cases of military ‘fake news’ have been given terms of imprisonment. Priest "
        "Pavel Gromov was sentenced to three years’ imprisonment for a video. Irina Kostina was sentenced to "
        "six years’ imprisonment for seven posts.\n\n"
        "Oleg Sidorov was sentenced to two years in prison for a picket.",
        PUBLISHED,
    )
    assert _charges(facts) == [("Irina Kostina", "207.3"), ("Pavel Gromov", "207.3")]


def test_the_defendants_identified_later_take_the_charge_of_the_unnamed_group() -> None:
    facts = extract_facts(
        "A court found four unnamed Jehovah’s Witnesses guilty of organizing and participating in "
        "“extremist” activity.\n\n"
        "The verdicts are among the harshest yet.\n\n"
        "The Jehovah’s Witnesses organization identified the defendants as Pavel Gromov, Olga and Anton "
        "Belkin and Irina Kostina.",
        PUBLISHED,
    )
    assert _charges(facts) == [
        ("Anton Belkin", "282.2"),
        ("Irina Kostina", "282.2"),
        ("Olga Belkina", "282.2"),
        ("Pavel Gromov", "282.2"),
    ]


def test_a_fine_told_after_the_persons_description_keeps_its_sum_and_not_its_date() -> None:
    facts = extract_facts(
        "A Moscow court has fined Pavel Gromov, a board member of the Open Centre, who in February held a "
        "picket, by 20,000 roubles.",
        PUBLISHED,
    )
    names = _names(facts)
    assert [(names[s["person"]], s["amount"], s["date"]) for s in facts["sentences"]] == [
        ("Pavel Gromov", 20000, None)
    ]


def test_a_lawyer_having_been_charged_is_the_defendant_of_the_charge() -> None:
    facts = extract_facts(
        "Another of Oleg Sidorov’s lawyers, Pavel Gromov, was forced to leave the country having been "
        "charged with disclosing information about the investigation.",
        PUBLISHED,
    )
    assert _charges(facts) == [("Pavel Gromov", "310")]
    assert "defendant" in _roles(facts)["Pavel Gromov"]


def test_a_pseudonym_after_the_and_a_describing_noun_is_a_person_searched() -> None:
    facts = extract_facts(
        "On November 12, the street art artist Philippo was subjected to searches in Moscow.", PUBLISHED
    )
    assert _events(facts, "search") == [("2026-11-12", ["Philippo"])]


def test_a_charge_of_a_plural_group_subject_is_not_the_person_named_last() -> None:
    facts = extract_facts(
        "The artist Philippo was subjected to searches.\n\n"
        "The defendants in the cases of military ‘fake news’ have been given terms of imprisonment. Pavel "
        "Gromov was sentenced to three years’ imprisonment for a video.",
        PUBLISHED,
    )
    assert _charges(facts) == [("Pavel Gromov", "207.3")]
