"""Russian pipeline: chronicle pages and reports of several people (invented names, real shapes).

A day heading on a line of its own, «отпустили с протоколами», «и других осужденных» closing a list, a plural
pronoun after a lawyer, «Как пишет X», a monument's name, an undeclined man's given name, and surnames that
NER leaves out of a list.
"""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.ru import extract_facts
from khronika.extract.ru.nominative import name_nominative, name_reading

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2026, 11, 20)


def _facts(text: str) -> tuple[dict[str, list[str]], set[tuple[str, str | None, str]], set[tuple[str, str]]]:
    facts = extract_facts(text, PUBLISHED)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    roles = {p["name"]: p["roles"] for p in facts["persons"]}
    events = {(e["type"], e["date"], names[p]) for e in facts["events"] for p in e["persons"]}
    charges = {(names[c["person"]], c["article"]) for c in facts["charges"] if c["person"]}
    return roles, events, charges


def test_a_day_heading_dates_the_detentions_of_the_chronicle_entry_under_it() -> None:
    text = (
        "20.03.2022\n"
        "На Манежной площади полиция задержала Родиона Кедрова, который стоял в одиночном пикете.\n"
        "В Ростове-на-Дону местного жителя Семена Лозина задержали из-за антивоенной акции."
    )
    _, events, _ = _facts(text)
    assert events == {
        ("detention", "2022-03-20", "Родион Кедров"),
        ("detention", "2022-03-20", "Семен Лозин"),
    }


def test_a_day_heading_does_not_date_a_verdict() -> None:
    text = "20.03.2022\nСуд приговорил Родиона Кедрова к двум годам колонии."
    _, events, _ = _facts(text)
    assert events == set()


def test_released_with_reports_is_a_release_and_a_charge_and_a_lawyer_is_not_them() -> None:
    text = (
        "23 февраля в Москве задержали Светлану Кравец и Михаила Лучина.\n\n"
        "21:10 Всех задержанных отпустили с протоколами по статье о нарушении порядка проведения акции "
        "(ч. 5 ст. 20.2 КоАП), сообщает адвокат Илья Вербин, защищавший их в отделе полиции."
    )
    roles, events, charges = _facts(text)
    assert roles["Илья Вербин"] == ["lawyer"]
    assert charges == {("Светлана Кравец", "20.2"), ("Михаил Лучин", "20.2")}
    for kind in ("detention", "charge", "release"):
        assert {name for k, _, name in events if k == kind} == {"Светлана Кравец", "Михаил Лучин"}


def test_and_other_convicts_makes_the_whole_list_persecuted() -> None:
    text = (
        "Это коснулось не только депутата Алексея Горбунцова, но и политика Владимира Сташевича, "
        "журналистки Марии Ледовой и других осужденных."
    )
    roles, _, _ = _facts(text)
    assert all(
        roles[name] == ["defendant"] for name in ("Алексей Горбунцов", "Владимир Сташевич", "Мария Ледова")
    )


@pytest.mark.parametrize(
    ("text", "defendant", "other"),
    [
        (
            "Суд приговорил Сергея Арбатова к пяти годам колонии. "
            "Как пишет Сергей Гусаков, обвиняемый признал вину.",
            "Сергей Арбатов",
            "Сергей Гусаков",
        ),
        (
            "В ночь на 29 октября у мемориала Борису Немцову задержали активиста Павла Сурова.",
            "Павел Суров",
            "Борис Немцов",
        ),
        (
            "В Москве у памятника Булату Окуджаве задержали Светлану Кравец.",
            "Светлана Кравец",
            "Булат Окуджава",
        ),
    ],
)
def test_a_source_or_a_monument_is_not_the_persecuted(text: str, defendant: str, other: str) -> None:
    roles, _, _ = _facts(text)
    assert roles[defendant] == ["defendant"]
    assert "defendant" not in roles[other]


def test_an_undeclined_mans_given_name_before_a_genitive_surname() -> None:
    assert name_nominative(["Давид", "Истеева"]) == (["Давид", "Истеев"], "masc")
    assert name_nominative(["Мария", "Истеева"]) == (["Мария", "Истеева"], "femn")


def test_surnames_that_ner_leaves_out_of_a_list_still_take_the_charge() -> None:
    text = (
        "На основателя проекта Григория Свердлова, директора фонда Давида Кострова и журналиста "
        "Дмитрия Губкина составили протоколы. Протоколы на Свердлова, Кострова и Губкина составили "
        "из-за отсутствия плашки (ч. 4 ст. 19.34 КоАП)."
    )
    _, _, charges = _facts(text)
    people = {"Григорий Свердлов", "Давид Костров", "Дмитрий Губкин"}
    assert charges == {(name, "19.34") for name in people}


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Анны", "Белой"], ["Анна", "Белая"]),
        (["Светланы", "Горячей"], ["Светлана", "Горячая"]),
        (["Ивана", "Белого"], ["Иван", "Белый"]),
        (["Марии", "Ледовой"], ["Мария", "Ледова"]),
        (["Марии", "Ивановой"], ["Мария", "Иванова"]),
        (["Льва", "Толстого"], ["Лев", "Толстой"]),
    ],
)
def test_a_surname_known_only_as_an_adjective_declines_as_one(tokens: list[str], expected: list[str]) -> None:
    assert name_nominative(tokens)[0] == expected


def test_a_deadline_is_not_the_day_of_the_custody() -> None:
    text = "Суд решил, что Ритан Ильков останется под стражей как минимум до 27 апреля."
    _, events, _ = _facts(text)
    assert not any(date == "2026-04-27" for _, date, _ in events)


def test_a_lone_surname_before_its_verb_is_the_nominative() -> None:
    text = (
        "Суд заочно арестовал журналиста Майкла Наки. Дело против него возбудили из-за ролика, где Наки "
        "обсуждал обстрел АЭС."
    )
    roles, _, _ = _facts(text)
    assert "Майкл Наки" in roles
    text = "Суд приговорил Дмитрия Дыбу к году колонии. Позже Дыбе смягчили срок."
    roles, _, _ = _facts(text)
    assert "Дмитрий Дыба" in roles


def test_a_latin_letter_inside_a_russian_word_does_not_hide_a_date() -> None:
    text = "Cегодня суд заочно арестовал журналиста Ивана Петрова."  # a Latin «C»
    _, events, _ = _facts(text)
    assert events == {("pretrial_detention", "2026-11-20", "Иван Петров")}


def test_an_article_quoted_by_its_title_is_a_charge() -> None:
    text = (
        "Журналиста Александра Невского обвиняют по уголовной статье «Публичное распространение заведомо "
        "ложной информации об использовании Вооруженных сил Российской Федерации»."
    )
    _, _, charges = _facts(text)
    assert charges == {("Александр Невский", "207.3")}


def test_a_designation_noted_in_brackets_is_a_status_not_an_event() -> None:
    text = "Суд в пятницу заочно арестовал журналиста Александра Невского (признан в РФ иностранным агентом)."
    roles, events, _ = _facts(text)
    assert {kind for kind, _, _ in events} == {"pretrial_detention"}
    assert roles["Александр Невский"] == ["defendant"]


def test_an_arrest_counted_in_days_is_an_administrative_arrest() -> None:
    facts = extract_facts("Активиста Ивана Петрова 3 ноября арестовали на 42 дня.", PUBLISHED)
    assert [(s["punishment"], s["days"]) for s in facts["sentences"]] == [("administrative_arrest", 42)]


def test_a_name_listed_with_a_clearly_genitive_name_is_read_in_the_genitive() -> None:
    text = "Ранее правозащитники признали политзаключенными других обвиняемых Юлия Бойцова и Виктора Филина."
    roles, _, _ = _facts(text)
    assert roles == {"Юлий Бойцов": ["defendant"], "Виктор Филин": ["defendant"]}


def test_detentions_after_searches_told_in_the_next_paragraph_are_of_the_search_day() -> None:
    text = (
        "Силовики 23 марта провели в Кингисеппе обыски в шести домах верующих. Об этом сообщает портал.\n\n"
        "После обысков следователи задержали 11 человек. Среди задержанных верующих: Игорь Шевчук и "
        "Мирослав Сабуров."
    )
    _, events, _ = _facts(text)
    assert {e for e in events if e[0] == "detention"} == {
        ("detention", "2026-03-23", "Игорь Шевчук"),
        ("detention", "2026-03-23", "Мирослав Сабуров"),
    }


def test_a_charge_imputed_is_a_charge() -> None:
    _, events, _ = _facts(
        "1 октября верующему Дмитрию Должанскому вменили участие в деятельности организации."
    )
    assert events == {("charge", "2026-10-01", "Дмитрий Должанский")}


def test_released_in_the_courtroom_on_the_day_of_the_verdict() -> None:
    text = (
        "16 февраля Олегу Пронскому назначили три года условно. После вынесения приговора Пронского "
        "освободили в зале суда."
    )
    _, events, _ = _facts(text)
    assert ("release", "2026-02-16", "Олег Пронский") in events


def test_an_update_paragraph_tells_what_came_after_publication() -> None:
    text = (
        "Алексея Моськина судят за «дискредитацию» армии.\n\n"
        "Обновлено. 28 марта суд приговорил Алексея Моськина к двум годам колонии общего режима."
    )
    facts = extract_facts(text, datetime.date(2023, 3, 17))
    assert [(e["type"], e["date"]) for e in facts["events"]] == [("verdict", "2023-03-28")]


def test_the_verdict_clause_of_a_later_sentence_dates_the_term() -> None:
    text = (
        "5 лет и 6 месяцев колонии назначил суд учителю Никите Тушину. Это на полгода меньше, чем просило "
        "обвинение. Слушания состоялись 10 мая, а сегодня уже был оглашен приговор."
    )
    facts = extract_facts(text, datetime.date(2023, 5, 11))
    assert [(s["years"], s["months"], s["date"]) for s in facts["sentences"]] == [(5, 6, "2023-05-11")]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "Суд арестовал на 15 суток активиста Жеку Трактора. Дело вернули в полицию, так как "
            "Трактор — член избирательной комиссии.",
            "Трактор",
        ),
        (
            "Сергей Рыжиков был переведен в СИЗО. Ранее об ожидающемся переводе Рыжикова сообщал "
            "его адвокат.",
            "Рыжиков",
        ),
        (
            "Суд осудил Людмилу Разину и Александра Мартынова. Разиной назначили семь лет колонии, "
            "а Мартынову — шесть с половиной лет.",
            "Мартынов",
        ),
    ],
)
def test_only_a_subject_that_opens_its_clause_corrects_a_surname(text: str, surname: str) -> None:
    roles, _, _ = _facts(text)
    assert surname in {name.split()[-1] for name in roles}


def test_suspected_of_treason_is_a_charge() -> None:
    _, _, charges = _facts("Суд арестовал Алексея Валиева. Его подозревают в государственной измене.")
    assert charges == {("Алексей Валиев", "275")}


def test_the_same_charge_is_the_charge_of_the_person_just_before() -> None:
    text = (
        "Мосгорсуд отказался изменить меру пресечения Константину Антонову, обвиняемому в госизмене. "
        "По такому же обвинению арестована супруга Антонова Антонина Зимова."
    )
    roles, _, charges = _facts(text)
    assert charges == {("Константин Антонов", "275"), ("Антонина Зимова", "275")}
    assert "defendant" in roles["Антонина Зимова"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Взятая вместе с Середой Валерия Дзюбина получила десять суток ареста.", "Валерия Дзюбина"),
        ("Задержана жена активиста Ивана Петрова Мария Петрова.", "Мария Петрова"),
    ],
)
def test_a_name_after_another_name_takes_no_case_from_a_preposition_before_both(text: str, name: str) -> None:
    roles, _, _ = _facts(text)
    assert name in roles


def test_a_chronicles_opening_is_not_about_a_person_named_only_in_a_later_entry() -> None:
    text = (
        "В России продолжаются задержания после акций. Активистам вменяют организацию мероприятий "
        "(часть 2 статьи 20.2 КоАП РФ).\n\n30 января\n\n21:55 Дома у активиста Антона Струкова завершился "
        "обыск. Самого активиста увезли на допрос."
    )
    _, events, charges = _facts(text)
    assert charges == set()
    assert {kind for kind, _, name in events if name == "Антон Струков"} == {"search", "detention"}


def test_custody_told_after_a_dated_detention_is_of_its_month() -> None:
    text = (
        "Напомним, что Сергей Рыжиков был задержан 1 ноября. Суд арестовал его на два месяца по подозрению."
    )
    _, events, _ = _facts(text)
    assert events == {
        ("detention", "2026-11-01", "Сергей Рыжиков"),
        ("pretrial_detention", "2026-11", "Сергей Рыжиков"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Россиянин Алексей Валиев арестован по решению суда.",
        "Бывший депутат Сергей Медведько оштрафован на 50 тысяч рублей.",
    ],
)
def test_a_perfect_participle_of_custody_or_a_fine_is_not_dated_by_publication(text: str) -> None:
    _, events, _ = _facts(text)
    assert events == set()


def test_a_trial_that_ended_on_a_day_dates_the_verdict_told_next() -> None:
    text = (
        "21 мая 2014 г. в городском суде завершился начатый в декабре 2013 г. процесс по делу Заремы "
        "Багаутдиновой. Багаутдинова признана виновной и приговорена к пяти годам лишения свободы."
    )
    _, events, _ = _facts(text)
    assert ("verdict", "2014-05-21", "Зарема Багаутдинова") in events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "30 декабря 2021 года журналистку Анну Кондратову вызвали в отдел полиции для составления "
            "протокола.",
            {"charge"},
        ),
        ("Поводом для составления протокола на Анну Кондратову стал пикет 1 марта.", set()),
    ],
)
def test_summoned_to_have_a_report_drawn_up_is_a_charge(text: str, expected: set[str]) -> None:
    _, events, _ = _facts(text)
    assert {kind for kind, _, _ in events} == expected


def test_a_surname_also_read_as_a_village_is_a_person_and_its_gender_comes_from_an_adjective() -> None:
    text = (
        "Козыреву задержали 24 февраля. В декабре 2022 года на тогда еще 16-летнюю Козыреву составили "
        "протокол."
    )
    roles, events, _ = _facts(text)
    assert roles == {"Козырева": ["defendant"]}
    assert ("detention", "2026-02-24", "Козырева") in events


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (
            ["Евгении", "Беркович"],
            ["Евгения", "Беркович"],
        ),  # a woman's surname in a consonant does not decline
        (["Анне", "Шевчук"], ["Анна", "Шевчук"]),  # «Анне» is Анна declined, not the French Anne
        (["Ивану", "Берковичу"], ["Иван", "Беркович"]),
    ],
)
def test_women_s_surnames_in_a_consonant_and_declined_given_names(
    tokens: list[str], expected: list[str]
) -> None:
    assert name_nominative(tokens)[0] == expected


@pytest.mark.parametrize(
    ("tokens", "hint", "expected"),
    [
        (["Александру", "Козичеву"], {("accs", "femn")}, ["Александра", "Козичева"]),  # «активистку …»
        (["Александру", "Козичеву"], {("datv", "masc")}, ["Александр", "Козичев"]),  # «активисту …»
        (["Александру", "Козичеву"], None, ["Александр", "Козичев"]),  # nothing to agree with: the likelier
    ],
)
def test_a_title_in_apposition_decides_the_case_and_gender_of_a_name(
    tokens: list[str], hint: set[tuple[str, str]] | None, expected: list[str]
) -> None:
    assert name_reading(tokens, hint)[0] == expected


def test_a_register_update_whose_list_is_headed_by_today() -> None:
    text = (
        "В пятницу, 15 ноября, Минюст России вновь обновил реестр иностранных агентов. "
        "Сегодня в него вошли:\n- журналист и правозащитник Магомед Торшин*.\n"
        "- физик и писательница Вера Афонина*."
    )
    facts = extract_facts(text, datetime.date(2024, 11, 15))
    names = {p["id"]: p["name"] for p in facts["persons"]}
    found = {(e["type"], e["date"], names[p]) for e in facts["events"] for p in e["persons"]}
    assert found == {
        ("designation", "2024-11-15", "Магомед Торшин"),
        ("designation", "2024-11-15", "Вера Афонина"),
    }


def test_found_guilty_with_a_description_between() -> None:
    text = (
        "Суд 20 ноября признал местного жителя Олега Смолина виновным в финансировании экстремистской "
        "деятельности."
    )
    _, events, charges = _facts(text)
    assert charges == {("Олег Смолин", "282.3")}
    assert events == {("verdict", "2026-11-20", "Олег Смолин")}


def test_released_with_administrative_reports_is_a_charge() -> None:
    text = (
        "23:15 Всех задержанных Резеду Абаеву и Егора Ермакова отпустили из отдела с административными "
        "протоколами."
    )
    _, events, _ = _facts(text)
    assert {kind for kind, _, _ in events} >= {"charge", "release"}


def test_a_case_known_on_a_day_is_a_charge_of_that_day() -> None:
    text = (
        "Журналиста Александра Невского обвиняют в «фейках» об армии. Об уголовном деле в отношении "
        "журналиста стало известно 22 марта."
    )
    _, events, _ = _facts(text)
    assert events == {("charge", "2026-03-22", "Александр Невский")}
