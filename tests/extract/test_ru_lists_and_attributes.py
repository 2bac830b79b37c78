"""Russian pipeline: designation lists told over two sentences, and names that only qualify a noun.

Invented names in the grammatical shapes of register updates and protest reports.
"""

from __future__ import annotations

import datetime

import pytest

from khronika.extract.ru import extract_facts

pytestmark = pytest.mark.slow  # loads the natasha models (about a second, once)

PUBLISHED = datetime.date(2026, 11, 20)


def _designations(text: str) -> list[tuple[str, list[str]]]:
    facts = extract_facts(text, PUBLISHED)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return [(e["date"], sorted(names[p] for p in e["persons"])) for e in facts["events"] if e["persons"]]


@pytest.mark.parametrize(
    "text",
    [
        "Минюст 14 ноября пополнил реестр «иностранных агентов». В список попали журналистка Анна Смирнова, "
        "музыкант Павел Орлов и правозащитник Сергей Волков.",
        "Минюст 14 ноября пополнил реестр «иноагентов». В него вошли журналистка Анна Смирнова, "
        "музыкант Павел Орлов и правозащитник Сергей Волков.",
        "Минюст 14 ноября обновил реестр «иноагентов». В него включили:\n"
        "— журналистку Анну Смирнову;\n— музыканта Павла Орлова;\n— правозащитника Сергея Волкова.",
    ],
)
def test_a_register_update_and_the_names_in_the_next_sentence(text: str) -> None:
    found = _designations(text)
    assert {name for _, names in found for name in names} == {"Анна Смирнова", "Павел Орлов", "Сергей Волков"}
    assert {date for date, _ in found} == {"2026-11-14"}


def test_the_next_sentence_must_continue_the_list() -> None:
    text = "Минюст 14 ноября пополнил реестр «иноагентов». Иван Петров рассказал об этом журналистам."
    facts = extract_facts(text, PUBLISHED)
    assert [p["roles"] for p in facts["persons"]] == [["commentator"]]


@pytest.mark.parametrize(
    ("text", "defendant", "other"),
    [
        ("На акции в день рождения Путина задержали Илью Яшина.", "Илья Яшин", "Путин"),
        ("Суд арестовал координатора штаба Навального Ксению Фадееву.", "Ксения Фадеева", "Навальный"),
        ("Полиция задержала Андрея Зайцева у памятника в память Немцова.", "Андрей Зайцев", "Немцов"),
        ("Ивана Громова оштрафовали за оскорбление Путина.", "Иван Громов", "Путин"),
    ],
)
def test_a_name_that_qualifies_a_noun_is_not_the_one_acted_on(text: str, defendant: str, other: str) -> None:
    facts = extract_facts(text, PUBLISHED)
    assert {p["name"]: p["roles"] for p in facts["persons"]} == {defendant: ["defendant"], other: ["other"]}


def test_a_slogan_names_no_defendant() -> None:
    text = "Участники акции держали плакаты «Свободу Алексею Горинову». Полиция задержала 12 человек."
    facts = extract_facts(text, PUBLISHED)
    assert [p["roles"] for p in facts["persons"]] == [["other"]]


def test_the_arrest_of_a_name_is_still_about_him() -> None:
    facts = extract_facts("После задержания Ивана Петрова 5 ноября в его квартире прошел обыск.", PUBLISHED)
    assert [p["roles"] for p in facts["persons"]] == [["defendant"]]


def _summary(text: str) -> dict[str, object]:
    facts = extract_facts(text, PUBLISHED)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return {
        "persons": {p["name"]: p["roles"] for p in facts["persons"]},
        "sentences": sorted(
            (names[s["person"]], s["stage"], s["punishment"], s["years"], s["months"], s["days"])
            for s in facts["sentences"]
        ),
        "events": sorted(
            (e["type"], e["date"], tuple(sorted(names[p] for p in e["persons"]))) for e in facts["events"]
        ),
    }


def test_a_surname_first_full_name_is_one_person() -> None:
    found = _summary(
        "Обвиняемый Доценко Александр Леонидович признал вину. Суд назначил Доценко шесть лет колонии."
    )
    assert found["persons"] == {"Александр Леонидович Доценко": ["defendant"]}


def test_a_term_whose_unit_is_left_out() -> None:
    found = _summary(
        "Суд приговорил Ивана Громова к пяти годам колонии, а Марию Громову – к трем с половиной."
    )
    assert found["sentences"] == [
        ("Иван Громов", "imposed", "imprisonment", 5, 0, 0),
        ("Мария Громова", "imposed", "imprisonment", 3, 6, 0),
    ]


def test_a_term_for_an_unnamed_relative_is_nobodys() -> None:
    found = _summary("Прокурор запросил для Ивана Громова шесть лет колонии, а для его жены — четыре года.")
    assert found["sentences"] == [("Иван Громов", "requested", "imprisonment", 6, 0, 0)]


def test_a_named_relative_who_is_detained_is_a_defendant() -> None:
    found = _summary(
        "Суд приговорил Ивана Громова к пяти годам колонии. Его жену Марию Громову задержали 5 ноября."
    )
    assert ("detention", "2026-11-05", ("Мария Громова",)) in found["events"]
    assert "defendant" in found["persons"]["Мария Громова"]  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        "10 ноября в камере ИВС нашли мертвым активиста Петра Белова.",
        "Петра Белова 10 ноября обнаружили без признаков жизни в камере.",
        "Петр Белов погиб в колонии 10 ноября.",
    ],
)
def test_death_in_other_words(text: str) -> None:
    assert _summary(text)["events"] == [("death", "2026-11-10", ("Петр Белов",))]


@pytest.mark.parametrize(
    "text",
    [
        "Суд 12 ноября арестовал Олега Орлова на 15 суток по статье 20.2 КоАП.",
        "Суд 12 ноября отправил под административный арест на 15 суток Олега Орлова.",
    ],
)
def test_an_administrative_arrest_is_a_verdict_not_custody(text: str) -> None:
    found = _summary(text)
    assert found["events"] == [("verdict", "2026-11-12", ("Олег Орлов",))]
    assert found["sentences"] == [("Олег Орлов", "imposed", "administrative_arrest", 0, 0, 15)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Минюст 14 ноября внес в реестр иноагентов журналиста Ивана Петрова. Также в список попали:\n\n"
            "издание «Пример»;\n\nпоэтесса и писательница Василина Орлова;\n\n"
            "активистка Айгуль Гимранова-Лион.",
            {"Иван Петров", "Василина Орлова", "Айгуль Гимранова-Лион"},
        ),
        (
            "Минюст 14 ноября внес в реестр иноагентов священника Павла Заякина*, художника Антона Литвина*, "
            "журналистку Елену Налимову*.",
            {"Павел Заякин", "Антон Литвин", "Елена Налимова"},
        ),
        (
            "Минюст в субботу, 14 ноября, обновил реестр так называемых иностранных агентов. "
            'Среди физических лиц "иноагентами" признаны правозащитник и биолог Александр Гольдфарб, '
            "а также поэт, писатель и журналист Ян Шенкман.",
            {"Александр Гольдфарб", "Ян Шенкман"},
        ),
        (
            "Росфинмониторинг 14 ноября внес Ивана Петрова в реестр террористов и экстремистов. "
            "В этот же список включены его сторонники — юрист Любовь Орлова, "
            "бывший руководитель юридической службы фонда (организация признана экстремистской) "
            "Вячеслав Гимади и руководитель штаба Георгий Албуров.",
            {"Иван Петров", "Любовь Орлова", "Вячеслав Гимади", "Георгий Албуров"},
        ),
        ("Минюст 14 ноября объявил Антона Долина «иностранным агентом».", {"Антон Долин"}),
    ],
)
def test_register_lists_in_other_shapes(text: str, names: set[str]) -> None:
    found = _designations(text)
    assert {name for _, people in found for name in people} == names
    assert {date for date, _ in found} == {"2026-11-14"}


def test_verbs_between_names_end_a_list() -> None:
    found = _summary(
        "Суд арестовал Ивана Петрова 5 ноября, а затем полиция отпустила задержанную Марию Орлову."
    )
    assert ("pretrial_detention", "2026-11-05", ("Иван Петров",)) in found["events"]  # type: ignore[operator]


def test_a_pronoun_for_an_attribute_is_one_too() -> None:
    found = _summary(
        "Иван Громов рассказал, что 5 ноября суд арестовал активистов, которые в день рождения Путина "
        "растянули баннер с пожеланием ему «долгих лет тюрьмы»."
    )
    assert "defendant" not in found["persons"]["Путин"]  # type: ignore[index]


def test_a_counted_group_of_unnamed_people_is_nobody_named() -> None:
    found = _summary("Петр Орлов вышел на пикет. 5 ноября полиция задержала троих активистов у здания суда.")
    assert found["events"] == [("detention", "2026-11-05", ())]  # the fact is kept, about nobody named


def _charges(text: str) -> set[tuple[str, str, str]]:
    facts = extract_facts(text, PUBLISHED)
    names = {p["id"]: p["name"] for p in facts["persons"]}
    return {(names[str(c["person"])], c["code"], c["article"]) for c in facts["charges"] if c["person"]}


def test_an_article_of_the_general_part_is_no_charge() -> None:
    found = _charges("Ивана Петрова признали виновным по ч. 1 ст. 30, ст. 278 УК.")
    assert found == {("Иван Петров", "RU-UK", "278")}


def test_the_false_information_wording_in_any_case() -> None:
    found = _charges(
        "Суд приговорил Ивана Петрова по делу о распространении ложной информации о Вооружённых силах."
    )
    assert found == {("Иван Петров", "RU-UK", "207.3")}


def test_a_remark_in_brackets_is_about_the_name_before_it() -> None:
    found = _summary("Петров был заместителем Азизбека Инамова (осужден в 2014 году), говорится в приговоре.")
    assert ("verdict", "2014", ("Азизбек Инамов",)) in found["events"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "Ивану Петрову грозит до 10 лет. Максимальный срок наказания мог составить до 10 лет колонии.",
        "Ивана Петрова обвиняют по ст. 330.1 УК (ст. 330.1 УК, до двух лет лишения свободы).",
    ],
)
def test_a_statutory_range_is_no_sentence(text: str) -> None:
    assert _summary(text)["sentences"] == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Басманный суд 16 апреля принял решение о заочном аресте Ивана Петрова.", "pretrial_detention"),
        ("Ивана Петрова 16 апреля освободили: он покинул спецприемник.", "release"),
        ("Художник Иван Петров 16 апреля не пережил инфаркт в колонии.", "death"),
    ],
)
def test_more_ways_to_tell_an_event(text: str, event: str) -> None:
    assert (event, "2026-04-16", ("Иван Петров",)) in _summary(text)["events"]  # type: ignore[operator]


def test_an_administrative_arrest_awarded() -> None:
    found = _summary("16 апреля Ивану Петрову присудили 8 суток ареста.")
    assert found["sentences"] == [("Иван Петров", "imposed", "administrative_arrest", 0, 0, 8)]


def test_a_plural_pronoun_takes_the_whole_list() -> None:
    found = _charges(
        "Суд рассмотрел дело в отношении жителей 41-летнего Булата Рязапова и 45-летнего Ойбека Бекова, "
        "а также жителей Нижнекамска 43-летнего Радифа Басова и 30-летнего Рамиля Кучина. "
        "Их признали виновными по ст. 282.2 УК."
    )
    assert found == {
        (n, "RU-UK", "282.2") for n in ("Булат Рязапов", "Ойбек Беков", "Радиф Басов", "Рамиль Кучин")
    }


def test_the_day_of_a_report_does_not_date_the_fact() -> None:
    found = _summary("Как сообщило вчера следственное управление, Ивана Петрова признали виновным.")
    assert [e for e in found["events"] if e[0] == "verdict"] == []  # type: ignore[union-attr]


def test_a_biography_tells_its_facts_without_naming_its_subject() -> None:
    found = _summary(
        "Синица Владислав Юрьевич (блогер) родился 17 июня 1989 года в Подольске. Работал менеджером. "
        "Осуждён на 5 лет лишения свободы по ч. 2 ст. 282 УК РФ. Находится под стражей с 3 августа 2019 года."
    )
    assert found["persons"] == {"Владислав Юрьевич Синица": ["defendant"]}
    assert found["sentences"] == [("Владислав Юрьевич Синица", "imposed", "imprisonment", 5, 0, 0)]
    assert found["events"] == [("pretrial_detention", "2019-08-03", ("Владислав Юрьевич Синица",))]


def test_a_text_that_opens_with_a_name_is_not_a_biography() -> None:
    found = _summary("Иван Петров выступил на митинге. Полиция отпустила задержанных вечером 7 марта.")
    assert found["persons"] == {"Иван Петров": ["other"]}


JW_CASE = (
    "15 декабря 2022 года Верховный суд отменил оправдательный приговор Свидетелям Иеговы Константину "
    "Баженову, его жене Снежане Баженовой и Вере Золотовой.\n\n"
    "Баженовых и Золотову обвиняют по ч. 2 ст. 282.2 УК. Изначально — в сентябре 2020 года — верующим "
    "назначили по два года условного лишения свободы. В итоге 18 января 2022 года Камчатский краевой суд "
    "оправдал Свидетелей Иеговы, через полгода это решение утвердила кассационная инстанция."
)
JW_NAMES = ("Вера Золотова", "Константин Баженов", "Снежана Баженова")


def test_a_faith_is_not_a_person_and_a_family_name_is_its_members() -> None:
    found = _summary(JW_CASE)
    assert {n for n, roles in found["persons"].items() if "defendant" in roles} == set(JW_NAMES)  # type: ignore[union-attr]
    assert _charges(JW_CASE) == {(n, "RU-UK", "282.2") for n in JW_NAMES}


def test_the_co_defendants_spoken_of_as_believers() -> None:
    found = _summary(JW_CASE)
    assert found["sentences"] == [(n, "imposed", "suspended", 2, 0, 0) for n in JW_NAMES]
    assert ("appeal", "2022-01-18", JW_NAMES) in found["events"]  # type: ignore[operator]
    assert not [e for e in found["events"] if e[1] == "2022-12-15"]  # type: ignore[index]  # a cassation


def test_a_yearless_day_follows_the_year_of_the_story() -> None:
    found = _summary(
        "Напомним, 7 октября 2018 года силовики провели обыски у Марии Трошиной. "
        "Трошину задержали, а 9 октября арестовали. "
        "Лишь 15 апреля 2019 года суд перевел ее под домашний арест."
    )
    assert found["events"] == [
        ("detention", "2018-10-07", ("Мария Трошина",)),
        ("house_arrest", "2019-04-15", ("Мария Трошина",)),
        ("pretrial_detention", "2018-10-09", ("Мария Трошина",)),
        ("search", "2018-10-07", ("Мария Трошина",)),
    ]


def test_a_yearless_month_after_the_anchor_moves_to_the_next_year() -> None:
    found = _summary("В декабре 2019 года у Ивана Петрова прошел обыск. В феврале его арестовали.")
    assert ("pretrial_detention", "2020-02", ("Иван Петров",)) in found["events"]  # type: ignore[operator]


def test_an_appeal_that_left_the_decision_unchanged() -> None:
    found = _summary("15 сентября 2026 года областной суд оставил без изменения приговор Ивану Петрову.")
    assert found["events"] == [("appeal", "2026-09-15", ("Иван Петров",))]


def test_a_list_of_names_with_long_titles_and_quoted_project_names() -> None:
    found = _designations(
        'Минюст 14 ноября включил в реестр "иноагентов" журналиста The Barents Observer Дениса Загорье, '
        'автора проекта "Выход есть!" Василия Садонина, правозащитника Тимура Тухова, бывшего мэра города '
        'Плес и автора проекта "Потаенная Россия" Алексея Шевцова и медиапроект "Острый угол".'
    )
    assert found == [("2026-11-14", ["Алексей Шевцов", "Василий Садонин", "Денис Загорье", "Тимур Тухов"])]


def test_speech_that_ends_in_an_exclamation_still_ends_the_sentence() -> None:
    found = _summary("Он крикнул «Свободу!» Полиция задержала Ивана Петрова 5 ноября.")
    assert found["events"] == [("detention", "2026-11-05", ("Иван Петров",))]


def test_an_appeal_against_a_fine_imposed_before() -> None:
    found = _summary(
        "Накануне городской суд отклонил апелляцию Ивана Петрова на штраф в 30 тысяч рублей "
        "по ч. 1 ст. 20.3.3 КоАП, который пенсионеру назначили в декабре 2025 года."
    )
    assert found["events"] == [
        ("appeal", "2026-11-19", ("Иван Петров",)),
        ("fine", "2025-12", ("Иван Петров",)),
    ]


def test_a_register_entry_of_a_prisoner() -> None:
    found = _summary(
        "Петров Иван Сергеевич родился 11 февраля 1995 года. Обвинялся по ч. 2 ст. 205.2 УК РФ. "
        "22 февраля 2023 года помещён на принудительное лечение в психиатрической больнице. "
        "Лишён свободы с 31 марта 2022 года."
    )
    assert found["events"] == [
        ("pretrial_detention", "2022-03-31", ("Иван Сергеевич Петров",)),
        ("verdict", "2023-02-22", ("Иван Сергеевич Петров",)),
    ]
    assert [s[2] for s in found["sentences"]] == ["other"]  # type: ignore[index]


def test_recognised_as_a_political_prisoner() -> None:
    found = _summary("«Мемориал» признал политическим заключенным крановщика Андрея Петраускаса.")
    assert found["persons"] == {"Андрей Петраускас": ["defendant"]}


@pytest.mark.parametrize(
    "text",
    [
        "Петр Орлов вышел на пикет. В 2022 году по этой статье осудили 4 400 человек.",
        "Петр Орлов вышел на пикет. 5 ноября задержали более 10 человек, ехавших на прощание с Навальным.",
        "Полиция 5 ноября задержала Павла Сычева, координатора штаба политика Бориса Надеждина.",
        "Петр Орлов и Иван Сомов обвиняются по ст. 282.2 УК. Один из фигурантов 5 ноября получил срок.",
    ],
)
def test_nobody_named_takes_the_fact(text: str) -> None:
    found = _summary(text)
    named = {name for _, _, names in found["events"] for name in names}  # type: ignore[misc]
    assert named <= {"Павел Сычев"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Он будет защищать молодого человека, который провел акцию. Его зовут Петр Кокин. "
         "Мужчину в наручниках доставили в отдел полиции 20 марта.", ("Петр Кокин",)),
        ("Иван Петров рассказал, что видел акцию. Мужчину задержали 20 марта.", ()),
    ],
)  # fmt: skip
def test_a_sentence_that_opens_with_a_description_of_a_person(text: str, who: tuple[str, ...]) -> None:
    assert _summary(text)["events"] == [("detention", "2026-03-20", who)]


def test_a_person_held_in_a_police_station_now_was_detained_today() -> None:
    found = _summary(
        "В Москве полицейские задержали активиста Дмитрия Резова на выходе из подъезда. "
        "Сейчас Резова оставляют на ночь в ОВД до суда."
    )
    assert ("detention", "2026-11-20", ("Дмитрий Резов",)) in found["events"]  # type: ignore[operator]


def test_someone_long_in_custody_is_no_live_report() -> None:
    found = _summary("Ивана Петрова задержали по делу о госизмене. Сейчас он находится в СИЗО.")
    assert [e for e in found["events"] if e[0] == "detention"] == []  # type: ignore[index]


def test_a_register_list_through_named_projects_and_a_title_fixing_a_womans_name() -> None:
    found = _designations(
        "Минюст внес в реестр иностранных агентов шестерых новых фигурантов в пятницу, 14 ноября. "
        "Также Минюст внес в список иноагентов активистку Раджану Дугарову*, протоиерея Андрея Кордочкина*, "
        "проект «Алиф ТВ»*, проект «Tamizdatproject.org»* и блогера Дмитрия Нюберга*."
    )
    assert found == [("2025-11-14", ["Андрей Кордочкин", "Дмитрий Нюберг", "Раджана Дугарова"])]


@pytest.mark.parametrize(
    "text",
    [
        "В апреле Минюст уже признавал иноагентами основательницу издания Елизавету Осетинскую.",
        "14 апреля в отдел увезли жительницу Москвы Елизавету Осетинскую.",
    ],
)
def test_more_ways_to_designate_and_detain(text: str) -> None:
    assert _summary(text)["persons"] == {"Елизавета Осетинская": ["defendant"]}


def test_among_the_detained_names_its_people() -> None:
    found = _summary(
        "Сотни человек задержала полиция 1 марта. Больше всего задержанных – 50 человек – в Омске.\n"
        "Среди задержанных в Омске – депутат горсовета Антон Картавин и помощник депутата Михаил Рязанов."
    )
    assert ("detention", "2026-03-01", ("Антон Картавин",)) in found["events"]  # type: ignore[operator]
    assert ("detention", "2026-03-01", ("Михаил Рязанов",)) in found["events"]  # type: ignore[operator]


def test_an_unnamed_object_takes_the_fact_for_nobody() -> None:
    found = _summary(
        "Полиция задержала Михаила Рязанова 1 марта. "
        "На следующий день полиция увезла в отделение местную жительницу с ребенком."
    )
    assert ("detention", "2026-03-01", ("Михаил Рязанов",)) in found["events"]  # type: ignore[operator]
    assert ("detention", "2026-03-02", ("Михаил Рязанов",)) not in found["events"]  # type: ignore[operator]


def test_after_that_is_the_same_evening() -> None:
    found = _summary(
        "Накануне вечером полицейские пришли домой к Владиславу Мазуру. После этого Мазура доставили в ОВД."
    )
    assert found["events"] == [("detention", "2026-11-19", ("Владислав Мазур",))]


def test_a_day_heading_dates_the_updates_under_it() -> None:
    facts = extract_facts(
        "Продолжаются задержания после акций 23 января.\n\n30 января\n\n"
        "21:55 У активиста Антона Струнина прошел обыск.",
        datetime.date(2021, 1, 29),
    )
    assert [e["date"] for e in facts["events"] if e["type"] == "search"] == ["2021-01-30"]


def test_a_reduction_told_as_a_list_after_a_colon() -> None:
    found = _summary(
        "Краевой суд сократил на два месяца сроки наказания четверым верующим: Дмитрию Малому назначили "
        "шесть лет и 10 месяцев колонии, Алексею Трофимову — шесть лет и четыре месяца колонии, "
        "а Ольге Пановой — четыре года и четыре месяца колонии. "
        "Условный срок Ольге Опаловой составит четыре года 10 месяцев."
    )
    assert found["sentences"] == [
        ("Алексей Трофимов", "reduced", "imprisonment", 6, 4, 0),
        ("Дмитрий Малый", "reduced", "imprisonment", 6, 10, 0),
        ("Ольга Опалова", "reduced", "suspended", 4, 10, 0),  # the fourth of «четверым»
        ("Ольга Панова", "reduced", "imprisonment", 4, 4, 0),
    ]


def test_what_a_correction_takes_back_is_no_fact() -> None:
    found = _summary(
        "Ранее ошибочно сообщалось, что суд приговорил Ольгу Панову к четырем годам лишения свободы."
    )
    assert found["sentences"] == []


def test_believers_are_everyone_named_just_before() -> None:
    found = _charges(
        "Суд назначил Дмитрию Малееву шесть лет колонии. Алексею Трофимову назначили шесть лет колонии. "
        "В феврале верующих признали виновными по ч. 1 ст. 282.2 УК."
    )
    assert found == {("Дмитрий Малеев", "RU-UK", "282.2"), ("Алексей Трофимов", "RU-UK", "282.2")}


def test_a_reduction_dated_by_the_hearing_told_after_it() -> None:
    found = _summary(
        "Краевой суд сократил на два месяца срок наказания Дмитрию Малееву: ему назначили шесть лет колонии. "
        "Об этом сообщает портал.\nЗаседание суда состоялось 24 мая."
    )
    assert found["events"] == [("appeal", "2026-05-24", ("Дмитрий Малеев",))]
    assert found["sentences"] == [("Дмитрий Малеев", "reduced", "imprisonment", 6, 0, 0)]


def test_the_sum_a_fine_was_for_is_no_fine() -> None:
    found = _summary("Ивана Петрова оштрафовали на 500 тысяч рублей за 14 тысяч рублей донатов.")
    assert [s[2] for s in found["sentences"]] == ["fine"]  # type: ignore[index]


def test_two_given_names_sharing_a_plural_surname() -> None:
    found = _summary(
        "Шесть подсудимых получили условные сроки 3 июня: Андрей и Ольга Суворковы – по шесть лет, "
        "Максим Халтурин – шесть лет и два месяца."
    )
    assert set(found["persons"]) == {"Андрей Суворков", "Ольга Суворкова", "Максим Халтурин"}  # type: ignore[arg-type]


def test_a_couple_acquitted_by_a_regional_court() -> None:
    found = _summary(
        "18 января 2022 года краевой суд, во второй раз рассмотрев дело супругов Константина и Снежаны "
        "Баженовых, а также Веры Золотовой, признал их невиновными в экстремизме."
    )
    assert found["events"] == [
        ("appeal", "2022-01-18", ("Вера Золотова", "Константин Баженов", "Снежана Баженова"))
    ]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Ивана Соколова взяли под стражу на пять суток 12 октября.", 5),
        ("Суд 12 октября назначил трое суток административного ареста координатору штаба Ивану Соколову.", 3),
    ],
)
def test_administrative_arrests_in_other_words(text: str, days: int) -> None:
    found = _summary(text)
    assert found["sentences"] == [("Иван Соколов", "imposed", "administrative_arrest", 0, 0, days)]
    assert found["events"] == [("verdict", "2026-10-12", ("Иван Соколов",))]


def test_the_verb_after_a_name_gives_its_gender() -> None:
    found = _summary("Взятая вместе с подругой Валерия Дзбоева получила десять суток ареста.")
    assert "Валерия Дзбоева" in found["persons"]  # type: ignore[operator]


def test_a_register_named_before_and_then_included_there() -> None:
    found = _designations(
        "Российский реестр иноагентов обновили 30 января. Чиновники Минюста решили включить туда ученого "
        "Александра Гольдфарба, писателя Яна Шенкмана (на фото), а также медиа «Новая вкладка»."
    )
    assert found == [("2026-01-30", ["Александр Гольдфарб", "Ян Шенкман"])]
