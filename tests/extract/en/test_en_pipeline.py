"""The English pipeline end to end: who is who, and each fact attached to the right person (issue #3)."""

from __future__ import annotations

import datetime
import json

import pytest

from khronika.extract.en import extract_facts
from khronika.extract.facts import Facts

D = datetime.date


def by_name(facts: Facts) -> dict[str, str]:
    return {p["id"]: p["name"] for p in facts["persons"]}


def defendants(facts: Facts) -> set[str]:
    return {p["name"] for p in facts["persons"] if "defendant" in p["roles"]}


def charges(facts: Facts) -> set[tuple[str | None, str, str, str | None]]:
    names = by_name(facts)
    return {(names.get(c["person"] or ""), c["code"], c["article"], c["part"]) for c in facts["charges"]}


def penalties(facts: Facts) -> set[tuple[object, ...]]:
    names = by_name(facts)
    return {
        (
            names.get(s["person"] or ""),
            s["stage"],
            s["punishment"],
            s["years"],
            s["months"],
            s["days"],
            s["amount"],
            s["date"],
        )
        for s in facts["sentences"]
    }


def events(facts: Facts) -> set[tuple[str, str, str | None]]:
    names = by_name(facts)
    return {(names[p], e["type"], e["date"]) for e in facts["events"] for p in e["persons"]}


DIGEST = (
    "On 12 March, the Leninsky District Court of Krasnodar sentenced local resident Igor Baranov to "
    "three years in "
    'a general-regime penal colony on charges of spreading "fakes" about the Russian army (Part 2 of Article '
    "207.3 of the Criminal Code). The prosecution had asked for five years. Baranov was detained in "
    "May 2024 after "
    "he published posts on VKontakte.\n\n"
    "In Kazan, FSB officers searched the home of activist Liliya Zakirova on 3 March. She was taken "
    "for questioning "
    "and later charged with justifying terrorism. Her lawyer, Ruslan Akhmetov, told OVD-Info that "
    "the case was "
    "based on a single comment.\n\n"
    "Activist Pavel Krisevich was fined 30,000 rubles under Article 20.3.3 of the Code of Administrative "
    "Offences. Judge Elena Lenskaya did not explain the decision."
)


def test_a_digest_attaches_each_fact_to_its_person() -> None:
    facts = extract_facts(DIGEST, D(2025, 3, 14))
    assert defendants(facts) == {"Igor Baranov", "Liliya Zakirova", "Pavel Krisevich"}
    roles = {p["name"]: p["roles"] for p in facts["persons"]}
    assert roles["Ruslan Akhmetov"] == ["lawyer"] and roles["Elena Lenskaya"] == ["judge"]
    assert charges(facts) == {
        ("Igor Baranov", "RU-UK", "207.3", "2"),
        ("Liliya Zakirova", "RU-UK", "205.2", None),
        ("Pavel Krisevich", "RU-KoAP", "20.3.3", None),
    }
    assert penalties(facts) == {
        ("Igor Baranov", "imposed", "imprisonment", 3, 0, 0, None, "2025-03-12"),
        ("Igor Baranov", "requested", "imprisonment", 5, 0, 0, None, None),
        ("Pavel Krisevich", "imposed", "fine", None, None, None, 30_000, None),
    }
    assert events(facts) == {
        ("Igor Baranov", "verdict", "2025-03-12"),
        ("Igor Baranov", "detention", "2024-05"),
        ("Liliya Zakirova", "search", "2025-03-03"),
    }
    court = next(o for o in facts["organizations"] if o["name"] == "Leninsky District Court of Krasnodar")
    assert (
        next(iter(s["court"] for s in facts["sentences"] if s["stage"] == "imposed" and s["years"]))
        == court["id"]
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The exchange on 1 August 2024 freed Ilya Yashin, Vladimir Kara-Murza and Andrei Pivovarov.",
            None,
            {
                ("Ilya Yashin", "exchange", "2024-08-01"),
                ("Vladimir Kara-Murza", "exchange", "2024-08-01"),
                ("Andrei Pivovarov", "exchange", "2024-08-01"),
            },
        ),
        (
            "Oleg Orlov was released in the exchange on 1 August 2024 together with Ilya Yashin.",
            None,
            {("Oleg Orlov", "exchange", "2024-08-01"), ("Ilya Yashin", "exchange", "2024-08-01")},
        ),
        (
            "On 5 May 2023, police detained Anna Petrova. The next day a court remanded her in custody.",
            None,
            {
                ("Anna Petrova", "detention", "2023-05-05"),
                ("Anna Petrova", "pretrial_detention", "2023-05-06"),
            },
        ),
        (
            "Maria Ponomarenko was detained in April 2022. In February 2023, she was sentenced to 6 years.",
            None,
            {("Maria Ponomarenko", "detention", "2022-04"), ("Maria Ponomarenko", "verdict", "2023-02")},
        ),
        (
            "After February 24, 2022, she protested. In September of the same year, Natalia Filonova "
            "was detained.",
            None,
            {("Natalia Filonova", "detention", "2022-09")},
        ),
        (
            "In 2021, Yana Sidorova was added to the register of foreign agents.",
            None,
            {("Yana Sidorova", "designation", "2021")},
        ),
        (
            "Last month Kirill Lebedev left Russia.",
            D(2024, 6, 10),
            {("Kirill Lebedev", "emigration", "2024-05")},
        ),
        (
            "On Tuesday the Basmanny District Court placed Ivan Sokolov under house arrest.",
            D(2024, 6, 13),
            {("Ivan Sokolov", "house_arrest", "2024-06-11")},
        ),
        (
            "The trial of Boris Kagarlitsky began on 3 October 2023.",
            None,
            {("Boris Kagarlitsky", "trial", "2023-10-03")},
        ),
        (
            "On Saturday police detained 12 people at a memorial. Among those detained was pensioner Galina "
            "Ivanova, 76.",
            D(2026, 2, 19),
            {("Galina Ivanova", "detention", "2026-02-14")},
        ),
        (
            "Alexei Gorinov was arrested on 26 April 2022.",
            None,
            # a bare "arrested": taken by police; the custody order is told only where the text says so
            {("Alexei Gorinov", "detention", "2022-04-26")},
        ),
        (
            "Activist Pavel Ivanov was arrested at a rally on 3 May 2022.",
            None,
            {("Pavel Ivanov", "detention", "2022-05-03")},
        ),
        (
            "In 2023, he and the artist Lyudmila Razumova, to whom he was married, were detained. Before "
            "that Oleg Belov had posted videos.",
            None,
            {("Lyudmila Razumova", "detention", "2023")},
        ),
        (
            "Yesterday Grigory Gribenko's home was inspected. After that he was taken to a police station.",
            D(2026, 4, 24),
            {("Grigory Gribenko", "search", "2026-04-23"), ("Grigory Gribenko", "detention", "2026-04-23")},
        ),
        (
            "During the trial of Vladimir Osipov, which began in August 2025, he asked for an ambulance.",
            None,
            {("Vladimir Osipov", "trial", "2025-08")},
        ),
        (
            "On 27 April Gribenko was arrested under Part 1 of Article 6.9 of the Code of Administrative "
            "Offences.",
            D(2026, 4, 28),
            set(),
        ),
        (
            "The court ordered the arrest of journalist Sergei Mingazov in absentia on 3 March 2023.",
            None,
            {("Sergei Mingazov", "pretrial_detention", "2023-03-03")},
        ),
        ("Martynov was released from the punishment cell on 6 March 2026.", None, set()),
        (
            "Three of them — Enver Ametov, Lenur Seydametov and Ruslan Mesutov — were detained on 17 June "
            "2025. On 18 June, the court remanded all three in custody.",
            None,
            {
                ("Enver Ametov", "detention", "2025-06-17"),
                ("Lenur Seydametov", "detention", "2025-06-17"),
                ("Ruslan Mesutov", "detention", "2025-06-17"),
                ("Enver Ametov", "pretrial_detention", "2025-06-18"),
                ("Lenur Seydametov", "pretrial_detention", "2025-06-18"),
                ("Ruslan Mesutov", "pretrial_detention", "2025-06-18"),
            },
        ),
        (
            "On Friday, the Ministry of Justice added journalist Farida Kurbangaleeva to its register of "
            '"foreign agents".',
            D(2025, 10, 4),
            {("Farida Kurbangaleeva", "designation", "2025-10-03")},
        ),
        (
            "In April 2024, Sasha Skochilenko lost her appeal. In May 2024, the City Court upheld the "
            "sentence.",
            None,
            {("Sasha Skochilenko", "appeal", "2024-05")},
        ),
        (
            "Police raided the office of Memorial on 29 April 2025 and detained three of its employees, "
            "including historian Alexander Guryanov.",
            None,
            {("Alexander Guryanov", "detention", "2025-04-29")},
        ),
        (
            "On Saturday police detained at least 12 people at a memorial to Alexei Navalny.",
            D(2026, 2, 19),
            set(),
        ),
        (
            "His lawyers Vadim Kobzev and Alexei Liptser were themselves arrested in October 2023.",
            None,
            {
                ("Vadim Kobzev", "detention", "2023-10"),
                ("Alexei Liptser", "detention", "2023-10"),
            },
        ),
        ("Ivan Petrov was sentenced to 5 years.", None, set()),
        ("He could be sentenced to 10 years in 2025. Police will detain Ivan Ivanov in 2026.", None, set()),
        ("In 2014, Memorial was recognized as a 'foreign agent'.", None, set()),
    ],
)
def test_events(text: str, published: datetime.date | None, expected: set[tuple[str, str, str]]) -> None:
    assert events(extract_facts(text, published)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivan Petrov was sentenced to 5 years in a strict-regime colony, and Anna Sidorova to 3 years.",
            {
                ("Ivan Petrov", "imposed", "imprisonment", 5, 0, 0, None, None),
                ("Anna Sidorova", "imposed", "imprisonment", 3, 0, 0, None, None),
            },
        ),
        (
            "The prosecutor requested Khamroev be sentenced to 21 years in prison, but the court "
            "gave him 14 years.",
            {
                ("Khamroev", "requested", "imprisonment", 21, 0, 0, None, None),
                ("Khamroev", "imposed", "imprisonment", 14, 0, 0, None, None),
            },
        ),
        (
            "Judge Olga Ivanova sentenced Pyotr Smirnov to two years of forced labour.",
            {("Pyotr Smirnov", "imposed", "compulsory_labour", 2, 0, 0, None, None)},
        ),
        (
            "A court sentenced director Zhenya Berkovich and playwright Svetlana Petriychuk to six years "
            "each. The prosecution had requested five and a half years for Berkovich and five years for "
            "Petriychuk.",
            {
                ("Zhenya Berkovich", "imposed", "imprisonment", 6, 0, 0, None, None),
                ("Svetlana Petriychuk", "imposed", "imprisonment", 6, 0, 0, None, None),
                ("Zhenya Berkovich", "requested", "imprisonment", 5, 6, 0, None, None),
                ("Svetlana Petriychuk", "requested", "imprisonment", 5, 0, 0, None, None),
            },
        ),
        (
            "Crimean Tatar activist Server Mustafayev, who is serving a 14-year sentence, was transferred to "
            "a prison in January 2024.",
            {("Server Mustafayev", "imposed", "imprisonment", 14, 0, 0, None, None)},
        ),
        (
            "The court sentenced Remzi Bekirov, Osman Arifmemetov and Rustem Sheikhaliev to 19, 14 and 14 "
            "years respectively.",
            {
                ("Remzi Bekirov", "imposed", "imprisonment", 19, 0, 0, None, None),
                ("Osman Arifmemetov", "imposed", "imprisonment", 14, 0, 0, None, None),
                ("Rustem Sheikhaliev", "imposed", "imprisonment", 14, 0, 0, None, None),
            },
        ),
        (
            "Lawyer Dmitry Talantov was sentenced to seven years in a colony. In addition, he was sentenced "
            "to one year of restriction of freedom after serving his term.",
            {("Dmitry Talantov", "imposed", "imprisonment", 7, 0, 0, None, None)},
        ),
        (
            "Dmitriev was sentenced to 3.5 years in prison, but then the term was increased up to 15 years.",
            {
                ("Dmitriev", "imposed", "imprisonment", 3, 6, 0, None, None),
                ("Dmitriev", "increased", "imprisonment", 15, 0, 0, None, None),
            },
        ),
    ],
)
def test_sentences(text: str, expected: set[tuple[object, ...]]) -> None:
    facts = extract_facts(text, None)
    assert penalties(facts) == expected
    assert {s[0] for s in expected} <= defendants(facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivan Petrov was charged under the article on treason.", {("Ivan Petrov", "RU-UK", "275", None)}),
        (
            "Anna Ivanova is accused of spreading fakes about the army.",
            {("Anna Ivanova", "RU-UK", "207.3", None)},
        ),
        (
            "Sergei Popov was charged under Articles 205.2 and 280.4 of the Criminal Code.",
            {("Sergei Popov", "RU-UK", "205.2", None), ("Sergei Popov", "RU-UK", "280.4", None)},
        ),
        (
            "Oleg Belousov was charged under Part 3 of Article 30 and Part 1 of Article 275 of the "
            "Criminal Code.",
            {("Oleg Belousov", "RU-UK", "275", "1")},
        ),
        (
            "Ivan Petrov called Putin a murderer and was charged with justification of terrorism.",
            {("Ivan Petrov", "RU-UK", "205.2", None)},
        ),
    ],
)
def test_charges(text: str, expected: set[tuple[str | None, str, str, str | None]]) -> None:
    facts = extract_facts(text, None)
    assert charges(facts) == expected
    assert {c[0] for c in expected} == defendants(facts)


def test_a_second_term_and_a_co_defendant() -> None:
    text = (
        "In November 2023, Alexei Gorinov was handed a second sentence of three more years, bringing his "
        "total term to eight years in a penal colony. His co-defendant, Elena Kotenochkina, left Russia and "
        "was tried in absentia."
    )
    facts = extract_facts(text, None)
    assert defendants(facts) == {"Alexei Gorinov", "Elena Kotenochkina"}
    assert penalties(facts) == {
        ("Alexei Gorinov", "imposed", "imprisonment", 3, 0, 0, None, "2023-11"),
        ("Alexei Gorinov", "imposed", "imprisonment", 8, 0, 0, None, "2023-11"),
    }


def test_charge_status_follows_the_clause() -> None:
    text = (
        "Upon arrest, Khamroev was charged under Part 2 Article 205.2 of the Criminal Code. In October 2022, "
        "authorities added Part 1 Article 205.5 to his case. The court gave him 14 years, reclassifying his "
        "charge from organising to participating (Part 2 Article 205.5 of the Criminal Code)."
    )
    status = {(c["article"], c["part"]): c["status"] for c in extract_facts(text, None)["charges"]}
    assert status == {("205.2", "2"): "charged", ("205.5", "1"): "added", ("205.5", "2"): "convicted"}


def test_offence_words_outside_a_legal_context_are_no_charge() -> None:
    text = (
        'The experts commissioned by the prosecution, Roman Silantyev among them, found "signs of '
        'justification of terrorism" in the play.'
    )
    facts = extract_facts(text, None)
    assert facts["charges"] == [] and defendants(facts) == set()


def test_inverted_speech_after_a_quote_names_a_commentator() -> None:
    text = '"I will go all the way," said her friend and activist Yana Drobnohod.'
    assert [p["roles"] for p in extract_facts(text, None)["persons"]] == [["commentator"]]


def test_no_invented_defendants() -> None:
    text = (
        "The Supreme Court banned the movement as extremist on 30 November 2023. Lawyer Maria "
        "Eismont said the "
        "ruling was unlawful. Vladimir Putin signed the law in 2022."
    )
    facts = extract_facts(text, None)
    assert defendants(facts) == set()
    assert facts["charges"] == [] and facts["sentences"] == [] and facts["events"] == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n ",
        "\x00\x01 binary \ufffd",
        "a" * 10_000,
        "Ivan " * 2_000,
        "Приговор суда. Ivan Petrov was detained in 2022.",
    ],
)
def test_odd_input_gives_valid_facts(text: str) -> None:
    facts = extract_facts(text, None)
    assert set(facts) == {"persons", "organizations", "charges", "sentences", "events"}
    for person in facts["persons"]:
        assert all(text[m["start"] : m["end"]] == m["text"] for m in person["mentions"])


def test_deterministic() -> None:
    first = json.dumps(extract_facts(DIGEST, D(2025, 3, 14)), sort_keys=True)
    assert all(json.dumps(extract_facts(DIGEST, D(2025, 3, 14)), sort_keys=True) == first for _ in range(3))


def test_every_span_matches_the_text() -> None:
    facts = extract_facts(DIGEST, D(2025, 3, 14))
    spans = [m for p in facts["persons"] for m in p["mentions"]] + [
        m for o in facts["organizations"] for m in o["mentions"]
    ]
    spans += [f["evidence"] for key in ("charges", "sentences", "events") for f in facts[key]]  # type: ignore[literal-required]
    assert spans and all(DIGEST[s["start"] : s["end"]] == s["text"] for s in spans)
    ids = [p["id"] for p in facts["persons"]]
    assert ids == [f"p{i + 1}" for i in range(len(ids))]
