"""The Russian pipeline on short, clearly fictional texts: who is who, charges, sentences, dated events."""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.facts import Facts
from khronika.extract.ru import extract_facts

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2026, 3, 18)


def _by_name(facts: Facts) -> dict[str, str]:
    return {p["id"]: p["name"] for p in facts["persons"]}


def _roles(facts: Facts) -> dict[str, list[str]]:
    return {p["name"]: p["roles"] for p in facts["persons"]}


@pytest.mark.parametrize(
    ("text", "name", "stage", "punishment", "term", "amount", "regime"),
    [
        ("Районный суд приговорил Ивана Петрова к шести годам и восьми месяцам колонии строгого режима.",
         "Иван Петров", "imposed", "imprisonment", (6, 8, 0), None, "strict"),
        ("Прокурор запросил для Анны Смирновой 21 год лишения свободы.",
         "Анна Смирнова", "requested", "imprisonment", (21, 0, 0), None, None),
        ("Прокуратура требовала приговорить Анну Смирнову к восьми годам колонии.",
         "Анна Смирнова", "requested", "imprisonment", (8, 0, 0), None, None),
        ("Гособвинение просит для Анны Смирновой семь лет колонии.",
         "Анна Смирнова", "requested", "imprisonment", (7, 0, 0), None, None),
        ("Суд оштрафовал Олега Кузнецова на 200 тысяч рублей.",
         "Олег Кузнецов", "imposed", "fine", (None, None, None), 200_000, None),
        ("Суд назначил Марине Волковой условный срок 2 года.",
         "Марина Волкова", "imposed", "suspended", (2, 0, 0), None, None),
        ("Суд арестовал Петра Орлова на 15 суток.",
         "Пётр Орлов", "imposed", "administrative_arrest", (0, 0, 15), None, None),
        ("Суд приговорил Павла Егорова к полутора годам принудительных работ.",
         "Павел Егоров", "imposed", "compulsory_labour", (1, 6, 0), None, None),
        ("Апелляционный суд смягчил Игорю Лебедеву срок до 8,5 года колонии общего режима.",
         "Игорь Лебедев", "reduced", "imprisonment", (8, 6, 0), None, "general"),
        ("Суд приговорил Ивана Петрова к двадцати двум годам колонии особого режима.",
         "Иван Петров", "imposed", "imprisonment", (22, 0, 0), None, "special"),
        ("Суд приговорил Ивана Петрова к пожизненному лишению свободы.",
         "Иван Петров", "imposed", "imprisonment", (None, None, None), None, None),
        ("Суд приговорил Ивана Петрова к 3 годам условно с испытательным сроком 2 года.",
         "Иван Петров", "imposed", "suspended", (3, 0, 0), None, None),
        ("Суд назначил Ивану Петрову 200 часов обязательных работ.",
         "Иван Петров", "imposed", "other", (None, None, None), None, None),
        ("Суд приговорил Ивана Петрова к штрафу в размере 1,5 млн рублей.",
         "Иван Петров", "imposed", "fine", (None, None, None), 1_500_000, None),
        ("Суд приговорил Ивана Петрова к 2 годам исправительных работ с удержанием 10% заработка.",
         "Иван Петров", "imposed", "correctional_labour", (2, 0, 0), None, None),
        ("Суд приговорил Ивана Петрова к одному году ограничения свободы.",
         "Иван Петров", "imposed", "restriction_of_freedom", (1, 0, 0), None, None),
    ],
)  # fmt: skip
def test_sentences(
    text: str,
    name: str,
    stage: str,
    punishment: str,
    term: tuple[int | None, ...],
    amount: int | None,
    regime: str | None,
) -> None:
    facts = extract_facts(text, PUBLISHED)
    (sentence,) = facts["sentences"]
    names = _by_name(facts)
    assert names[str(sentence["person"])].replace("ё", "е") == name.replace("ё", "е")
    assert (sentence["stage"], sentence["punishment"]) == (stage, punishment)
    assert (sentence["years"], sentence["months"], sentence["days"]) == term
    assert sentence["amount"] == amount and sentence["regime"] == regime
    assert "defendant" in _roles(facts)[names[str(sentence["person"])]]


@pytest.mark.parametrize(
    ("text", "code", "article", "part", "status"),
    [
        ("Ивану Петрову предъявили обвинение по ч. 2 ст. 205.2 УК РФ.", "RU-UK", "205.2", "2", "charged"),
        ("Суд приговорил Анну Смирнову по делу о «фейках» об армии к пяти годам колонии.",
         "RU-UK", "207.3", None, "convicted"),
        ("На Олега Кузнецова составили протокол по ч. 1 ст. 20.3.3 КоАП.",
         "RU-KoAP", "20.3.3", "1", "charged"),
        ("Против Марины Волковой возбудили дело о госизмене.", "RU-UK", "275", None, "charged"),
    ],
)  # fmt: skip
def test_charges(text: str, code: str, article: str, part: str | None, status: str) -> None:
    facts = extract_facts(text, PUBLISHED)
    (charge,) = facts["charges"]
    assert (charge["code"], charge["article"], charge["part"], charge["status"]) == (
        code,
        article,
        part,
        status,
    )
    assert charge["person"] == facts["persons"][0]["id"]
    assert facts["persons"][0]["roles"] == ["defendant"]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("12 марта 2025 года в Москве задержали активиста Ивана Петрова.", "detention", "2025-03-12"),
        ("В октябре 2022 года у Анны Смирновой прошел обыск.", "search", "2022-10"),
        ("Олега Кузнецова отправили в СИЗО в апреле 2024 года.", "pretrial_detention", "2024-04"),
        ("В 2023 году Марина Волкова уехала из России.", "emigration", "2023"),
    ],
)
def test_dated_events(text: str, event_type: str, date: str) -> None:
    facts = extract_facts(text, PUBLISHED)
    events = [(e["type"], e["date"]) for e in facts["events"]]
    assert (event_type, date) in events
    assert all(e["persons"] == [facts["persons"][0]["id"]] for e in facts["events"])


def test_undated_fact_gives_no_event() -> None:
    facts = extract_facts("Суд приговорил Ивана Петрова к пяти годам колонии.", PUBLISHED)
    assert facts["events"] == [] and facts["sentences"][0]["date"] is None


def test_lawyer_and_defendant() -> None:
    text = "Ивана Петрова задержали в Москве. Об этом рассказал его адвокат Сергей Орлов."
    roles = _roles(extract_facts(text, PUBLISHED))
    assert roles == {"Иван Петров": ["defendant"], "Сергей Орлов": ["lawyer"]}


def test_two_defendants_in_one_sentence() -> None:
    text = "Суд приговорил Ивана Петрова к пяти годам колонии, а Анну Смирнову — к трем годам колонии."
    facts = extract_facts(text, PUBLISHED)
    names = _by_name(facts)
    terms = {names[str(s["person"])]: s["years"] for s in facts["sentences"]}
    assert terms == {"Иван Петров": 5, "Анна Смирнова": 3}


def test_surname_and_given_name_link_to_the_full_name() -> None:
    text = (
        "Ивана Петрова и его жену Анну Петрову задержали. Петрова отпустили через день. "
        "Анна рассказала, что Ивана арестовали."
    )
    facts = extract_facts(text, PUBLISHED)
    names = sorted(p["name"] for p in facts["persons"])
    assert names == ["Анна Петрова", "Иван Петров"]


def test_text_about_an_organisation_invents_no_defendant() -> None:
    text = "Верховный суд России признал движение «Мемориал» экстремистской организацией и запретил его."
    facts = extract_facts(text, PUBLISHED)
    assert not any("defendant" in p["roles"] for p in facts["persons"])
    assert any(o["kind"] == "court" for o in facts["organizations"])


def test_fictional_article_end_to_end() -> None:
    """A whole invented article (tests/extract/fixtures/fictional-ru.txt): every fact, and whose it is."""
    from pathlib import Path

    from khronika.extract.pipeline import extract_document
    from khronika.extract.reading import read_document

    path = Path(__file__).with_name("fixtures") / "fictional-ru.txt"
    obj = extract_document(read_document(path), published=datetime.date(2024, 10, 1))
    name = {p["id"]: p["name"] for p in obj["persons"]}
    assert {p["name"]: p["roles"] for p in obj["persons"]} == {
        "Аркадий Вымыслов": ["defendant"],
        "Тимофей Придумкин": ["lawyer"],
        "Ольга Сочинёва": ["judge"],
        "Марта Вымыслова": ["defendant"],
        "Кирилл Небывалов": ["defendant"],
    }
    assert {(name[c["person"]], c["code"], c["article"], c["part"]) for c in obj["charges"]} == {
        ("Аркадий Вымыслов", "RU-UK", "207.3", "2"),
        ("Аркадий Вымыслов", "RU-UK", "205.2", "2"),
        ("Марта Вымыслова", "RU-KoAP", "20.3.3", "1"),
    }
    assert {
        (name[s["person"]], s["stage"], s["punishment"], s["years"], s["months"], s["amount"], s["date"])
        for s in obj["sentences"]
    } == {
        ("Аркадий Вымыслов", "imposed", "imprisonment", 6, 8, None, None),
        ("Аркадий Вымыслов", "requested", "imprisonment", 8, 6, None, None),
        ("Марта Вымыслова", "imposed", "fine", None, None, 40_000, "2023"),
        ("Кирилл Небывалов", "imposed", "suspended", 2, 0, None, "2024-09"),
    }
    assert {(e["type"], e["date"], tuple(name[p] for p in e["persons"])) for e in obj["events"]} == {
        ("detention", "2022-10-14", ("Аркадий Вымыслов",)),
        (
            "pretrial_detention",
            "2022-10-15",
            ("Аркадий Вымыслов",),
        ),  # «На следующий день … отправил его в СИЗО»
        ("charge", "2022-12", ("Аркадий Вымыслов",)),
        ("trial", "2023-05", ("Аркадий Вымыслов",)),
        ("fine", "2023", ("Марта Вымыслова",)),
        ("house_arrest", "2024-02", ("Кирилл Небывалов",)),
        ("verdict", "2024-09", ("Кирилл Небывалов",)),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жителя Казани Тимура Галиева обвиняют по части 1 статьи 205.5 УК РФ.",
         {("Тимур Галиев", "RU-UK", "205.5", "1", None, "charged")}),
        ("Против Анны Ветровой возбудили дело по п. «б» ч. 2 ст. 165 УК.",
         {("Анна Ветрова", "RU-UK", "165", "2", "б", "charged")}),
        ("Игорю Соколову предъявили обвинение по ст. 205.2 и 205.5 УК РФ.",
         {("Игорь Соколов", "RU-UK", "205.2", None, None, "charged"),
          ("Игорь Соколов", "RU-UK", "205.5", None, None, "charged")}),
        ("Максима Орлова задержали по статье о госизмене.",
         {("Максим Орлов", "RU-UK", "275", None, None, "charged")}),
        ("На Елену Круглову составили протокол по ч. 1.1 ст. 20.3.3 КоАП.",
         {("Елена Круглова", "RU-KoAP", "20.3.3", "1.1", None, "charged")}),
        ("Дело возбуждено по статье 280.3 части 1 УК против Сергея Белова.",
         {("Сергей Белов", "RU-UK", "280.3", "1", None, "charged")}),
        ("Петра Зайцева осудили за повторную дискредитацию армии.",
         {("Петр Зайцев", "RU-UK", "280.3", None, None, "convicted")}),
        ("Суд назначил Денису Жукову условный срок за насилие в отношении представителя власти.",
         {("Денис Жуков", "RU-UK", "318", None, None, "convicted")}),
        ("Обвинение Льва Рубцова переквалифицировали с ч. 1 на ч. 2 ст. 207.3 УК.",
         {("Лев Рубцов", "RU-UK", "207.3", "2", None, "charged")}),
    ],
)  # fmt: skip
def test_charge_shapes_and_statuses(text: str, expected: set[tuple[str | None, ...]]) -> None:
    facts = extract_facts(text, PUBLISHED)
    name = _by_name(facts)
    found = {
        (
            name[str(c["person"])].replace("ё", "е"),
            c["code"],
            c["article"],
            c["part"],
            c["point"],
            c["status"],
        )
        for c in facts["charges"]
        if c["person"]
    }
    assert found == expected


def test_acquitted_and_dropped_are_still_defendants() -> None:
    roles = _roles(extract_facts("Дело против Веры Сомовой прекратили, а Глеба Сомова оправдали.", PUBLISHED))
    assert roles == {"Вера Сомова": ["defendant"], "Глеб Сомов": ["defendant"]}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("В начале 2000-х Николай Фомин работал журналистом, а весной 2022 года его задержали.",
         ("detention", "2022-21")),
        ("Во второй половине 2010-х Ирину Ковалеву дважды оштрафовали.", ("fine", "201X")),
        ("Вчера Ивана Дронова арестовали на 15 суток.", ("verdict", "2026-03-17")),
        ("В прошлом году Алексея Гусева отправили под домашний арест.", ("house_arrest", "2025")),
    ],
)  # fmt: skip
def test_fuzzy_and_relative_dates(text: str, event: tuple[str, str]) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert [(e["type"], e["date"]) for e in facts["events"]] == [event]


def test_list_of_names_shares_the_event() -> None:
    text = (
        "В результате обмена 1 августа 2024 года на свободу вышли Илья Соловьев, Андрей Пивоваров, "
        "Лилия Чанышева и Ксения Фадеева."
    )
    facts = extract_facts(text, PUBLISHED)
    (event,) = facts["events"]
    assert (event["type"], event["date"], len(event["persons"])) == ("exchange", "2024-08-01", 4)
    assert all(p["roles"] == ["defendant"] for p in facts["persons"])


def test_each_term_goes_to_its_person() -> None:
    text = (
        "Суд приговорил Рустама Гайсина к пяти годам колонии, Тагира Юнусова — к шести годам, "
        "а Ильдара Хасанова — к штрафу 500 тысяч рублей."
    )
    facts = extract_facts(text, PUBLISHED)
    name = _by_name(facts)
    terms = {(name[str(s["person"])], s["punishment"], s["years"], s["amount"]) for s in facts["sentences"]}
    assert terms == {
        ("Рустам Гайсин", "imprisonment", 5, None),
        ("Тагир Юнусов", "imprisonment", 6, None),
        ("Ильдар Хасанов", "fine", None, 500_000),
    }


def test_officials_are_not_defendants_and_requests_go_to_the_accused() -> None:
    text = (
        "Судья Ирина Белкина приговорила Виталия Козлова к 4 годам колонии-поселения. "
        "Государственный обвинитель Олег Дьячков просил 5 лет. "
        "Следователь Андрей Жуков ранее предъявил Козлову обвинение в финансировании терроризма."
    )
    facts = extract_facts(text, PUBLISHED)
    assert _roles(facts) == {
        "Ирина Белкина": ["judge"],
        "Виталий Козлов": ["defendant"],
        "Олег Дьячков": ["prosecutor"],
        "Андрей Жуков": ["investigator"],
    }
    name = _by_name(facts)
    assert {(name[str(s["person"])], s["stage"], s["years"], s["regime"]) for s in facts["sentences"]} == {
        ("Виталий Козлов", "imposed", 4, "settlement"),
        ("Виталий Козлов", "requested", 5, None),
    }


def test_both_of_them() -> None:
    text = "12 января задержали Петра Смирнова и его брата Олега. Позже суд арестовал обоих на 10 суток."
    facts = extract_facts(text, PUBLISHED)
    assert len({s["person"] for s in facts["sentences"]}) == 2
    assert all(s["days"] == 10 and s["punishment"] == "administrative_arrest" for s in facts["sentences"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A live report: the short participle with no date of its own is the publication day.
        ("У издательства проходят обыски. Директор издательства Иван Петров задержан.",
         {("detention", "2026-03-18")}),
        # «Тогда» points back to the date of the sentence before.
        ("В мае 2025 года прошли обыски в издательстве. Тогда Ивана Петрова отправили под домашний арест.",
         {("house_arrest", "2025-05")}),
        # A search with nobody named is of an office: no event for the person of another sentence.
        ("Ивана Петрова задержали 3 марта 2026 года. В мае 2025 года прошли обыски у сотрудников фирмы.",
         {("detention", "2026-03-03")}),
    ],
)  # fmt: skip
def test_dates_from_the_report_itself(text: str, expected: set[tuple[str, str]]) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert {(e["type"], e["date"]) for e in facts["events"] if e["persons"]} == expected


@pytest.mark.parametrize(
    ("text", "sentences", "events"),
    [
        ("Суд отправил Андрея Миронова в СИЗО на два месяца.", set(), set()),
        ("Суд продлил Ивану Сергееву срок содержания под стражей на три месяца.", set(), set()),
        ("Олег Белоусов объявлен в розыск. Ему грозит до 10 лет лишения свободы.", set(), set()),
        ("Минюст 14 марта внес в реестр «иностранных агентов» политолога Екатерину Шульман.",
         set(), {("designation", "2026-03-14")}),
        ("По данным «Медиазоны», приговор Алексею Москалеву — два года колонии.",
         {("imposed", "imprisonment", 2)}, set()),
        ("В ноябре 2024 года Анну Лысенко приговорили к 6 годам колонии. "
         "Апелляционный суд в марте 2025 года сократил срок до 5 лет.",
         {("imposed", "imprisonment", 6), ("reduced", "imprisonment", 5)},
         {("verdict", "2024-11"), ("appeal", "2025-03")}),
    ],
)  # fmt: skip
def test_custody_terms_threats_and_later_changes(
    text: str, sentences: set[tuple[str, str, int]], events: set[tuple[str, str]]
) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert {(s["stage"], s["punishment"], s["years"]) for s in facts["sentences"]} == sentences
    assert {(e["type"], e["date"]) for e in facts["events"]} == events
    assert all("defendant" in p["roles"] for p in facts["persons"])


def test_the_bracketed_article_decides_over_the_wording() -> None:
    text = (
        "Ивану Петрову предъявили обвинение: ему вменяют статью о неправомерном доступе к компьютерной "
        "информации в составе группы лиц (п. «в» ч. 3 ст. 272.1 УК)."
    )
    facts = extract_facts(text, PUBLISHED)
    assert [(c["article"], c["part"], c["point"]) for c in facts["charges"]] == [("272.1", "3", "в")]


def test_a_case_after_a_death_is_not_against_the_dead() -> None:
    text = (
        "Ивана Петрова приговорили к трем годам колонии. После смерти осужденного Ивана Петрова в колонии "
        "возбудили уголовное дело о халатности (ст. 293 УК)."
    )
    facts = extract_facts(text, PUBLISHED)
    assert [c["article"] for c in facts["charges"]] == []


def test_a_pronoun_after_an_organisation_is_the_organisation() -> None:
    text = (
        "Иван Петров возглавлял местное отделение «Мемориала». После прихода к власти Путина «Мемориал» "
        "стали преследовать. В 2014 году его признали «иностранным агентом». В 2018 году Петрова задержали."
    )
    facts = extract_facts(text, PUBLISHED)
    assert _roles(facts)["Путин"] == ["other"]
    assert {(e["type"], e["date"]) for e in facts["events"] if e["persons"]} == {("detention", "2018")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Суд приговорил И. Н. Петрова к штрафу в 50 тыс. руб.", ["И. Н. Петров"]),
        ("Анастасию Чумакову и Марину Халандач задержали в Нижнем Новгороде.",
         ["Анастасия Чумакова", "Марина Халандач"]),
        ("Журналистку Марию Пономаренко приговорили к шести годам колонии.", ["Мария Пономаренко"]),
        ("Мосгорсуд приговорил Владимира Кара-Мурзу к 25 годам. Кара-Мурза назвал приговор местью.",
         ["Владимир Кара-Мурза"]),
        ("Суд приговорил Ивана Ивановича Петрова к пяти годам колонии. Иван Иванович вину не признал.",
         ["Иван Иванович Петров"]),
    ],
)  # fmt: skip
def test_name_shapes(text: str, names: list[str]) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert [p["name"] for p in facts["persons"]] == names
    assert all(p["roles"] == ["defendant"] for p in facts["persons"])


def test_an_added_term_after_a_dash() -> None:
    text = (
        "Марию Пономаренко приговорили к шести годам колонии. Позже Пономаренко добавили еще один срок — "
        "1 год и 10 месяцев за «дезорганизацию работы колонии»."
    )
    facts = extract_facts(text, PUBLISHED)
    assert {(s["stage"], s["years"], s["months"]) for s in facts["sentences"]} == {
        ("imposed", 6, 0),
        ("imposed", 1, 10),
    }
    assert {(c["article"], c["status"]) for c in facts["charges"]} == {("321", "added")}


def test_a_charge_takes_the_date_of_its_sentence() -> None:
    text = (
        "В декабре 2022 года Ивану Петрову предъявили обвинение по ч. 2 ст. 205.2 УК РФ. "
        "Суд приговорил его по ст. 207.3 УК."
    )
    facts = extract_facts(text, PUBLISHED)
    assert {(c["article"], c["status"], c["date"]) for c in facts["charges"]} == {
        ("205.2", "charged", "2022-12"),
        ("207.3", "convicted", None),
    }


def test_digest_parts_keep_their_own_verbs() -> None:
    text = (
        "Также на этой неделе: в Казани суд оштрафовал Рената Сафина на 30 тысяч рублей за пост "
        "(ч. 1 ст. 20.3.3 КоАП); в Томске завели дело на Олега Иванова по ч. 1 ст. 280.3 УК; "
        "в Пскове Марину Кузнецову арестовали на 12 суток."
    )
    facts = extract_facts(text, PUBLISHED)
    name = _by_name(facts)
    assert {(name[str(c["person"])], c["article"], c["status"]) for c in facts["charges"]} == {
        ("Ренат Сафин", "20.3.3", "convicted"),
        ("Олег Иванов", "280.3", "charged"),
    }
    assert {
        (name[str(s["person"])], s["punishment"], s["days"], s["amount"]) for s in facts["sentences"]
    } == {
        ("Ренат Сафин", "fine", None, 30_000),
        ("Марина Кузнецова", "administrative_arrest", 12, None),
    }


def test_the_commemorated_are_not_detained() -> None:
    text = (
        "15 марта в Москве на акции памяти Навального задержали не менее 50 человек, среди них "
        "журналистка Антонина Фаворская."
    )
    facts = extract_facts(text, PUBLISHED)
    assert _roles(facts) == {"Навальный": ["other"], "Антонина Фаворская": ["defendant"]}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("2 марта 2026 года Ивана Петрова освободили из колонии.", ("release", "2026-03-02")),
        ("Рассмотрение дела Ивана Петрова началось 5 февраля 2026 года.", ("trial", "2026-02-05")),
        ("10 марта 2026 года апелляционный суд оставил без изменения приговор Ивану Петрову.",
         ("appeal", "2026-03-10")),
        ("В январе 2026 года Ивана Петрова лишили российского гражданства.", ("citizenship", "2026-01")),
        ("Ивана Петрова заочно арестовали 3 марта 2026 года.", ("pretrial_detention", "2026-03-03")),
        ("11 марта 2026 года Ивана Петрова перевели под домашний арест.", ("house_arrest", "2026-03-11")),
        ("В феврале Ивана Петрова внесли в перечень террористов и экстремистов Росфинмониторинга.",
         ("designation", "2026-02")),
        ("1 августа 2024 года Ивана Петрова обменяли.", ("exchange", "2024-08-01")),
        ("Иван Петров умер в колонии 3 февраля 2026 года.", ("death", "2026-02-03")),
    ],
)  # fmt: skip
def test_event_types(text: str, event: tuple[str, str]) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert [(e["type"], e["date"]) for e in facts["events"]] == [event]
    assert facts["persons"][0]["roles"] == ["defendant"]


def test_terms_respectively() -> None:
    text = "Суд приговорил Ивана Петрова и Анну Смирнову к пяти и шести годам колонии соответственно."
    facts = extract_facts(text, PUBLISHED)
    name = _by_name(facts)
    assert {(name[str(s["person"])], s["years"]) for s in facts["sentences"]} == {
        ("Иван Петров", 5),
        ("Анна Смирнова", 6),
    }
