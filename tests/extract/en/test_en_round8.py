"""English pipeline, round 8: shapes found in the blind sets V1–V8."""

from __future__ import annotations

import datetime

import pytest
from tests.extract.views import charges, terms

from khronika.extract.en.pipeline import extract_facts

pytestmark = pytest.mark.slow

PUBLISHED = datetime.date(2024, 7, 10)


def test_terms_received_respectively_go_to_a_list_with_ages_and_descriptions() -> None:
    facts = extract_facts(
        "Nadezhda Gorina, 51, Pyotr Vyaltsev, 72, veteran of labor, and Ilya Tokar, 39, received 3, 6 and "
        "6.5 years respectively, in a penal colony.",
        PUBLISHED,
    )
    assert terms(facts, "stage", "years", "months") == [
        ("Ilya Tokar", "imposed", 6, 6),
        ("Nadezhda Gorina", "imposed", 3, 0),
        ("Pyotr Vyaltsev", "imposed", 6, 0),
    ]


def test_an_hour_ago_in_a_live_report_is_its_day() -> None:
    facts = extract_facts("Police detained activist Ilya Tokar an hour ago outside the court.", PUBLISHED)
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("detention", "2024-07-10")]


def test_days_in_jail_after_a_detention_are_of_about_its_date() -> None:
    facts = extract_facts(
        "This week in Moscow has been marked by several targeted arrests: activists Maria Orlik and Lyudmila "
        "Steinberg. All detainees were jailed for fifteen days by the court.",
        datetime.date(2021, 6, 26),
    )
    assert terms(facts, "punishment", "days", "date") == [
        ("Lyudmila Steinberg", "administrative_arrest", 15, "2021-06~"),
        ("Maria Orlik", "administrative_arrest", 15, "2021-06~"),
    ]


def test_the_same_law_and_the_same_charges_are_the_charge_told_before() -> None:
    facts = extract_facts(
        "Alexander Nevsky was convicted on charges of spreading false information about the military. "
        "Prominent opposition politician Ilya Yashkin was sentenced in December to 8½ years in prison under "
        "the same law. Another leading opposition figure, Vladimir Kara-Mursin, has been in custody facing "
        "the same charges.",
        datetime.date(2023, 2, 22),
    )
    assert charges(facts) == [
        ("Alexander Nevsky", "RU-UK", "207.3"),
        ("Ilya Yashkin", "RU-UK", "207.3"),
        ("Vladimir Kara-Mursin", "RU-UK", "207.3"),
    ]


def test_a_list_with_places_and_as_well_as_shares_the_term_after_it() -> None:
    facts = extract_facts(
        "Astrakhan residents Rinat Kamalov, Sergey Kozhin and Sergey Kostin, as well as Aleksandr Shvets "
        "from Taganrog and Evgeniy Burov from Chelyabinsk received 7 years of imprisonment.",
        PUBLISHED,
    )
    assert sorted(t[0] for t in terms(facts, "years")) == [
        "Aleksandr Shvets",
        "Evgeniy Burov",
        "Rinat Kamalov",
        "Sergey Kostin",
        "Sergey Kozhin",
    ]


def test_a_western_given_name_makes_a_person_in_a_respectively_list() -> None:
    facts = extract_facts(
        "Sean Parker, a citizen of Guyana, and Eduard Svirin from Moscow were sentenced to 7 and 6.5 years "
        "in a penal colony, respectively.",
        PUBLISHED,
    )
    assert terms(facts, "years", "months") == [("Eduard Svirin", 6, 6), ("Sean Parker", 7, 0)]


def test_a_call_to_release_is_no_release_and_kept_in_pretrial_detention_is_custody() -> None:
    facts = extract_facts(
        "11 July 2024 – Theatre director Yevgenia Berkova and playwright Svetlana Petrova must be "
        "immediately and unconditionally released, PEN International said today. Berkova and Petrova were "
        "detained in May 2023 and kept in pre-trial detention despite asking to be placed under house "
        "arrest.",
        PUBLISHED,
    )
    kinds = sorted({(e["type"], e["date"]) for e in facts["events"]})
    assert kinds == [("detention", "2023-05"), ("pretrial_detention", "2023-05")]


def test_the_three_are_the_three_named_and_anti_state_calls_are_280_4() -> None:
    facts = extract_facts(
        "A Moscow court sentenced poets Artyom Kamarin and Yegor Shtorm to seven and 5 1/2 years in prison "
        'on charges of "calling for anti-state activities". Earlier in May, another poet, Nikolai Dainov, '
        "was handed a four-year prison term on the same charges. The three were arrested in September 2022.",
        datetime.date(2023, 12, 28),
    )
    assert {c[0] for c in charges(facts) if c[2] == "280.4"} == {
        "Artyom Kamarin",
        "Nikolai Dainov",
        "Yegor Shtorm",
    }
    detained = [e for e in facts["events"] if e["type"] == "detention"]
    assert [(len(e["persons"]), e["date"]) for e in detained] == [(3, "2022-09")]


def test_a_charge_quoted_after_found_guilty_of_is_the_groups_charge() -> None:
    facts = extract_facts(
        "The court on November 12 sentenced Enver Bekirov to 18 years and Refat Alimov to 8 years. The men, "
        'who were arrested in February 2016, were found guilty of "organizing and taking part in the '
        'activities of a terrorist group and plotting an armed power seizure."',
        datetime.date(2019, 11, 12),
    )
    assert charges(facts) == [
        ("Enver Bekirov", "RU-UK", "205.5"),
        ("Enver Bekirov", "RU-UK", "278"),
        ("Refat Alimov", "RU-UK", "205.5"),
        ("Refat Alimov", "RU-UK", "278"),
    ]


def test_subsequent_restriction_an_offer_and_a_24_year_punishment() -> None:
    facts = extract_facts(
        "A court in Moscow has sentenced Ivan Safin to 22 years in maximum-security prison over high "
        "treason charges. The prosecutor requested for a 24-year punishment for Safin earlier. Safin was "
        "offered to plead guilty and receive a 12-year sentence instead, but refused.\n\nThe court found "
        "Yevgeny Korotkov guilty and sentenced him to seven years in prison with subsequent restriction of "
        "liberty for two years.",
        datetime.date(2022, 9, 5),
    )
    assert terms(facts, "stage", "punishment", "years") == [
        ("Ivan Safin", "imposed", "imprisonment", 22),
        ("Ivan Safin", "requested", "imprisonment", 24),
        ("Yevgeny Korotkov", "imposed", "imprisonment", 7),
    ]


def test_a_wire_dateline_dates_no_verdict_told_on_thursday() -> None:
    facts = extract_facts(
        "Paris, November 25, 2022 – In response to news reports that a Russian court on Thursday sentenced "
        "Crimean Tatar journalists Osman Arifov and Rustem Sheikhov to 14 years in prison, the Committee to "
        "Protect Journalists issued the following statement.",
        datetime.date(2022, 11, 25),
    )
    assert sorted({e["date"] for e in facts["events"] if e["type"] == "verdict"}) == ["2022-11-24"]
    assert {t[1] for t in terms(facts, "date")} == {"2022-11-24"}


def test_a_companion_with_titles_and_a_date_after_names_and_places() -> None:
    facts = extract_facts(
        "The court sentenced Osman Arifov to 14 years. Arifov was arrested along with Crimean Tatar "
        "journalist Remzi Bekirsky in Rostov-on-Don, Russia, on March 27, 2019.",
        datetime.date(2022, 11, 25),
    )
    detained = [e for e in facts["events"] if e["type"] == "detention"]
    assert [(len(e["persons"]), e["date"]) for e in detained] == [(2, "2019-03-27")]


def test_a_round_of_additions_dates_the_designations_told_after_it_with_their_companions() -> None:
    facts = extract_facts(
        "The Russian Justice Ministry made yet another round of additions to its “foreign-agent media” "
        "registry on Thursday, December 30.\nThe Justice Ministry designated activists Nadezhda Tolokova "
        "and Veronika Nikulova as “foreign agents,” along with writer and publicist Viktor Shenderov, "
        "gallery owner Marat Gelfand, and the founder of the Yaroslavl film club “Neft” Andrey "
        "Alekseenko.\n“Foreign agent” designations were also handed to Taisiya Bekbulova, the "
        "editor-in-chief of Holod Media and a former Meduza special correspondent, as well as Ivan "
        "Belyakov, a journalist for RFE/RL’s Russian Service, and Elena Vladykova, a journalist for "
        "Sever.Realii.",
        datetime.date(2021, 12, 30),
    )
    named = {p["id"]: p["name"] for p in facts["persons"]}
    designated = sorted(named[p] for e in facts["events"] if e["type"] == "designation" for p in e["persons"])
    assert designated == sorted(
        [
            "Andrey Alekseenko", "Elena Vladykova", "Ivan Belyakov", "Marat Gelfand", "Nadezhda Tolokova",
            "Taisiya Bekbulova", "Veronika Nikulova", "Viktor Shenderov",
        ]
    )  # fmt: skip
    assert {e["date"] for e in facts["events"]} == {"2021-12-30"}


def test_they_were_named_along_with_others_from_places() -> None:
    facts = extract_facts(
        "Lyudmila Savina and Darya Apanovich were among the first individuals to be included on the "
        'government\'s list of "media organizations fulfilling the functions of foreign agents," in December '
        "2020.\n\nThey were named along with noted rights activist Lev Ponomarenko and journalists Denis "
        "Kamalov from Pskov and Sergei Markin from the northwestern region of Karelia.",
        datetime.date(2022, 6, 8),
    )
    assert sorted(p["name"] for p in facts["persons"] if "defendant" in p["roles"]) == [
        "Darya Apanovich", "Denis Kamalov", "Lev Ponomarenko", "Lyudmila Savina", "Sergei Markin",
    ]  # fmt: skip


def test_ten_detained_after_the_searches_are_the_ten_listed_before() -> None:
    facts = extract_facts(
        "Memorial considers Alim Timov, Marat Saibov, Ruslan Bairov, Aidar Tashov, Damir Abdrov, Rafis "
        "Idrov, Ruslan Fomkin, Farrukh Makhov, Shakhboz Mukhtarov and Turatbek Osmonov to be political "
        "prisoners.\n\nOn 18 November 2019 searches were conducted at various addresses in Tiumen. FSB "
        "officers then detained ten Muslims on charges of involvement in the activities of the Islamic party "
        "Hizb ut-Tahrir.",
        datetime.date(2022, 10, 13),
    )
    detained = [e for e in facts["events"] if e["type"] == "detention"]
    assert [(len(e["persons"]), e["date"]) for e in detained] == [(10, "2019-11-18~")]
    assert charges(facts) == []  # "involvement in … Hizb ut-Tahrir" names no offence


def test_a_panel_of_judges_residents_of_a_town_and_two_spellings_of_one_name() -> None:
    facts = extract_facts(
        "Criminal proceedings against four Novozybkino residents began in June 2019. Tatyana Shamova and "
        "Olga Silova were the first to be imprisoned. Tatiana Shamova spent 8 months in detention.\nThe "
        "Judicial Collegium of the Bryansk Regional Court consisting of Alexander Sidorov, Andrey Rossov and "
        "Alexander Ryabov upheld the verdict of the previous court.\nThe watchdog identified the detained "
        "men as Moscow resident Ilya Startov and Krasnoyarsk resident Andrei Novokreshin.",
        datetime.date(2020, 10, 28),
    )
    roles = {p["name"]: p["roles"] for p in facts["persons"]}
    assert "Novozybkino" not in roles
    assert [n for n in roles if n.endswith("Shamova")] == ["Tatyana Shamova"]
    assert {roles[n][0] for n in ("Alexander Sidorov", "Andrey Rossov", "Alexander Ryabov")} == {"judge"}
    assert "defendant" in roles["Andrei Novokreshin"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ivan Safin has been held in a pre-trial detention centre since June 2020.", "2020-06"),
        (
            "On September 30, a court in Krasnoyarsk placed Svetlana Khustova under arrest for two months, "
            "pending investigation.",
            "2025-09-30",
        ),
        ("A court found Sergey Mikhailin, a publisher detained since April 2022, guilty.", "2022-04"),
    ],
)
def test_custody_since_and_placed_under_arrest_for_months(text: str, date: str) -> None:
    facts = extract_facts(text, datetime.date(2025, 10, 2))
    assert [(e["type"], e["date"]) for e in facts["events"] if e["type"] != "verdict"] == [
        ("pretrial_detention", date)
    ]


def test_an_appeal_upheld_for_a_group_named_in_the_next_sentence() -> None:
    facts = extract_facts(
        "On January 19, 2023, a panel of judges of the Rostov Regional Court upheld the harsh sentence "
        "against four Jehovah's Witnesses from the town of Gukovo.\nEarlier, the court of first instance "
        "sentenced Nikita Moiseenko and Aleksey Dyadkov to 7 years in a penal colony, and Aleksey Gorin and "
        "Oleg Shidlov to 6.5 years in a penal colony.",
        datetime.date(2023, 1, 20),
    )
    appeals = [t for t in terms(facts, "stage", "years", "months", "date") if t[1] == "appeal"]
    assert appeals == [
        ("Aleksey Dyadkov", "appeal", 7, 0, "2023-01-19"),
        ("Aleksey Gorin", "appeal", 6, 6, "2023-01-19"),
        ("Nikita Moiseenko", "appeal", 7, 0, "2023-01-19"),
        ("Oleg Shidlov", "appeal", 6, 6, "2023-01-19"),
    ]
    assert [(len(e["persons"]), e["date"]) for e in facts["events"] if e["type"] == "appeal"] == [
        (4, "2023-01-19")
    ]


def test_todays_detention_dates_the_detention_told_later() -> None:
    facts = extract_facts(
        "New York, April 6, 2021 — In response to today's detention of journalists near the penal colony, "
        "the Committee to Protect Journalists issued the following statement.\nAuthorities briefly detained "
        "Ivan Slobodin, a correspondent for Vot Tak TV, according to media reports.",
        datetime.date(2021, 4, 6),
    )
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("detention", "2021-04-06")]


def test_a_charge_before_a_colon_is_of_the_list_after_it() -> None:
    facts = extract_facts(
        "A further three Muslims remain on trial under Criminal Code Article 282.2, Part 2 (“Participation "
        "in the activities of a banned extremist organisation”): Andrei Rekstov and Sabirzhon Kabirov in "
        "Krasnoyarsk and Yevgeny Sukhanov in Novosibirsk.",
        datetime.date(2018, 7, 5),
    )
    assert charges(facts) == [
        ("Andrei Rekstov", "RU-UK", "282.2"),
        ("Sabirzhon Kabirov", "RU-UK", "282.2"),
        ("Yevgeny Sukhanov", "RU-UK", "282.2"),
    ]


def test_a_given_name_that_is_also_a_word_before_a_russian_surname() -> None:
    facts = extract_facts("A court sentenced Muslim Aliyev to 19 years. Muslim Tatars protested.", PUBLISHED)
    assert [p["name"] for p in facts["persons"]] == ["Muslim Aliyev"]
