"""Organisations, persons and roles in English text (issue #3)."""

from __future__ import annotations

import pytest

from khronika.extract.en.lexicon import is_given_name
from khronika.extract.en.orgs import find_organizations, org_name
from khronika.extract.en.persons import find_persons
from khronika.extract.en.roles import final_roles, role_cues


def orgs(text: str) -> list[tuple[str, str]]:
    return [(org_name(text, o), o.kind) for o in find_organizations(text)]


def persons(text: str) -> list[str]:
    blocked = [(m.start, m.end) for o in find_organizations(text) for m in o.mentions]
    return [p.name for p in find_persons(text, blocked)]


def roles(text: str) -> dict[str, list[str]]:
    blocked = [(m.start, m.end) for o in find_organizations(text) for m in o.mentions]
    return {p.name: final_roles(role_cues(text, p), False) for p in find_persons(text, blocked)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The FSB detained him.", [("Federal Security Service", "law_enforcement")]),
        ("Officers of Centre E came.", [("Centre E", "law_enforcement")]),
        ("The Investigative Committee opened a case.", [("Investigative Committee", "law_enforcement")]),
        ("He told OVD-Info and Mediazona.", [("OVD-Info", "media"), ("Mediazona", "media")]),
        ("He was added to the Rosfinmonitoring list.", [("Rosfinmonitoring", "government")]),
        ("The Ministry of Justice added her.", [("Ministry of Justice", "government")]),
        (
            "The Basmanny District Court of Moscow arrested him.",
            [("Basmanny District Court of Moscow", "court")],
        ),
        (
            "In the Southern District Military Court he spoke.",
            [("Southern District Military Court", "court")],
        ),
        ("The prosecutor's office appealed.", [("prosecutor's office", "prosecution")]),
        (
            "AN APPEAL TO THE EUROPEAN COURT OF HUMAN RIGHTS (ECHR) FAILED. The ECHR said no.",
            [("European Court of Human Rights", "court")],
        ),
        (
            "Memorial Human Rights Centre (MHRC) was liquidated; MHRC and Memorial appealed.",
            [("Memorial Human Rights Centre", "ngo")],
        ),
        ("He joined Birlik, a right-wing democratic political party, in 1990.", [("Birlik", "party")]),
        ("He headed a foundation, Yerdam, for migrants.", [("Yerdam", "ngo")]),
        ("Members of Hizb ut-Tahrir were tried.", [("Hizb ut-Tahrir", "movement")]),
        ("The Civil Assistance Committee helps migrants.", [("Civil Assistance Committee", "ngo")]),
        ("He was under the Criminal Code of Russia.", []),
    ],
)
def test_organizations(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


def test_second_and_2nd_name_the_same_court() -> None:
    text = "At the 2nd Western District Military Court. Later in the Second Western District Military Court."
    [court] = find_organizations(text)
    assert len(court.mentions) == 2 and org_name(text, court) == "2nd Western District Military Court"


@pytest.mark.parametrize(
    "word",
    [
        "Bakhrom",
        "Natalia",
        "Natalya",
        "Yuri",
        "Yury",
        "Sergei",
        "Sergey",
        "Zuhra",
        "Mykola",
        "Oleksandr",
        "Nariman",
        "Zelimkhan",
        "Aigul",
        "Tigran",
    ],
)
def test_given_names(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["The", "Said", "All", "Court", "Moscow", "August"])
def test_not_given_names(word: str) -> None:
    assert not is_given_name(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bakhrom Khamroev was detained. Khamroev's home was searched. Khamroyev said so.",
            ["Bakhrom Khamroev"],
        ),
        ("In Sevastopol, police detained Nariman Dzhelyal.", ["Nariman Dzhelyal"]),
        (
            "The exchange freed Ilya Yashin, Vladimir Kara-Murza and Andrei Pivovarov.",
            ["Ilya Yashin", "Vladimir Kara-Murza", "Andrei Pivovarov"],
        ),
        ("Lawyer Svetlana Sidorkina said the case was fabricated.", ["Svetlana Sidorkina"]),
        ("His wife, Zuhra, was removed from the flat.", ["Zuhra"]),
        ("Human rights defender Oleg Orlov was fined. Orlov did not pay.", ["Oleg Orlov"]),
        ("Richard Rose and Maria Rose were charged.", ["Richard Rose", "Maria Rose"]),
        ("After Putin came to power, the supporters of Putin won.", ["Putin"]),
        ("Bachelor of Psychology Dania Mikheev wrote it.", ["Dania Mikheev"]),
        ("Activists in Rostov and Saratov protested.", []),
        ("On Monday, Moscow Police said nothing.", []),
    ],
)
def test_persons(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


def test_surname_mentions_join_the_nearest_full_name() -> None:
    text = "Richard Rose was sentenced. Maria Rose was fined. Rose appealed."
    blocked: list[tuple[int, int]] = []
    found = find_persons(text, blocked)
    assert [len(p.mentions) for p in found] == [1, 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Timofey Shirokov, Khamroev's lawyer, the case is weak.",
            {"Timofey Shirokov": ["lawyer"], "Khamroev": ["other"]},
        ),
        ("Judge Elena Lenskaya read the verdict.", {"Elena Lenskaya": ["judge"]}),
        ("State prosecutor Ivan Petrov asked for more.", {"Ivan Petrov": ["prosecutor"]}),
        ("Investigator Oleg Sidorov questioned him.", {"Oleg Sidorov": ["investigator"]}),
        ("“It is absurd,” said Sergey Davidis.", {"Sergey Davidis": ["commentator"]}),
        ("Sergey Davidis told OVD-Info that it was absurd.", {"Sergey Davidis": ["commentator"]}),
        ("Her daughter Ekaterina describes her as strong.", {"Ekaterina": ["relative"]}),
        (
            "The testimony of his ex-wife, Asma Ismailova, played a role.",
            {"Asma Ismailova": ["witness", "relative"]},
        ),
        ("It rested on Bachelor of Psychology Dania Mikheev's “expertise.”", {"Dania Mikheev": ["expert"]}),
        ("The dictator Islam Karimov ruled.", {"Islam Karimov": ["other"]}),
    ],
)
def test_roles(text: str, expected: dict[str, list[str]]) -> None:
    assert roles(text) == expected
