"""Every admin page of the record renders for an editor (not a superuser); admin saves use the services."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from khronika.records import services
from khronika.records.models import Evidence, Person, PersonMerge, Source

pytestmark = pytest.mark.django_db

RECORD_MODELS = [m for m in admin.site._registry if m._meta.app_label == "records"]


@pytest.fixture
def story(editor: Any) -> dict[str, Any]:
    """One of each record, through the services: a small Khamroev case."""
    person = services.create_person(
        editor,
        names=[{"full": "Бахром Хамроев"}, {"full": "Bakhrom Khamroev"}],
        birth_date="1964",
        reason="x",
    )
    other = services.create_person(editor, names=[{"full": "Тимофей Широков"}], reason="x")
    court = services.create_organisation(
        editor,
        name="2-й Западный окружной военный суд",
        name_en="2nd Western District Military Court",
        kind="court",
        reason="x",
    )
    case = services.create_case(editor, title="Дело Хамроева", court=court, reason="x")
    services.add_case_party(editor, case, other, role="lawyer", reason="x")
    charge = services.add_charge(
        editor, person, code="RU-UK", article="205.2", part="2", case=case, date="2022-02-24", reason="x"
    )
    services.add_sentence(
        editor,
        person,
        stage="imposed",
        punishment="imprisonment",
        years=14,
        date="2023-05",
        court=court,
        reason="x",
    )
    services.add_event(editor, type="verdict", date="2023-05", persons=[person], case=case, reason="x")
    services.add_event(editor, type="detention", date="2022-02-24", persons=[person], reason="x")
    services.add_designation(editor, court, kind="other", reason="x")
    collection = services.create_collection(editor, slug="khamroev", title="Хамроев", reason="x")
    services.add_to_collection(editor, collection, person, reason="x")
    text = "Upon arrest, Khamroev was charged with justification of terrorism."
    source, _ = services.create_source(
        editor, original=text.encode(), title="OVD-Info", publisher="OVD-Info", reason="x"
    )
    services.add_evidence(editor, source, charge, start=13, end=21, reason="x")
    services.load_reference_data(editor)
    merge = services.merge_persons(
        editor, person, services.create_person(editor, names=[{"full": "Хамроев Б."}], reason="x"), reason="x"
    )
    third = services.create_person(editor, names=[{"full": "Бахром Хамроев-младший"}], reason="x")
    services.mark_not_same(editor, person, third, reason="x")
    return {"person": person, "merge": merge, "source": source}


@pytest.fixture
def client_for(editor: Any) -> Client:
    client = Client()
    client.force_login(editor)
    return client


def admin_url(model: Any, view: str, *args: Any) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_changelist_add_change_and_history_page_renders(
    story: Any, client_for: Client, language: str
) -> None:
    client_for.cookies["django_language"] = language
    failures = []
    for model in RECORD_MODELS:
        obj = model.objects.order_by("pk").first()
        assert obj is not None, f"the story has no {model.__name__}"
        pages = [
            admin_url(model, "changelist"),
            admin_url(model, "change", obj.pk),
            admin_url(model, "history", obj.pk),
        ]
        if admin.site._registry[model].has_add_permission(_request(client_for)):
            pages.append(admin_url(model, "add"))
        for url in pages:
            response = client_for.get(url, HTTP_ACCEPT_LANGUAGE=language)
            if response.status_code != 200:
                failures.append((url, response.status_code))
    assert failures == []
    assert len(RECORD_MODELS) == 19


def _request(client: Client) -> Any:
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = Person._meta.apps.get_model("auth", "User").objects.get(username="editor")
    return request


def test_admin_speaks_russian_and_english(story: Any, client_for: Client) -> None:
    ru = client_for.get(admin_url(Person, "changelist"), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    en = client_for.get(admin_url(Person, "changelist"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "persons" in en.lower()
    assert "персоны" in ru.lower() or "лица" in ru.lower()


def test_person_page_lists_charges_sentences_events_in_date_order_and_sources(
    story: Any, client_for: Client
) -> None:
    person = story["person"]
    page = client_for.get(admin_url(Person, "change", person.pk), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "RU-UK 205.2 part 2" in page and "justification of terrorism" in page
    assert "Хамроев Б." in page  # the merged record's name, now an alias
    assert page.index("24 February 2022") < page.index("May 2023")
    assert reverse("admin:records_source_change", args=[story["source"].pk]) in page
    assert "OVD-Info" in page


def test_admin_add_person_goes_through_the_services(editor: Any, client_for: Client) -> None:
    response = client_for.post(
        admin_url(Person, "add"),
        {
            "sex": "female",
            "birth_date": "1990-05",
            "citizenships": '["RU"]',
            "status_override": "",
            "bio_ru": "",
            "bio_en": "",
            "birthplace_ru": "",
            "birthplace_en": "",
            "private_notes": "",
            "change_reason": "from a court list",
            "names-TOTAL_FORMS": "1",
            "names-INITIAL_FORMS": "0",
            "names-0-kind": "primary",
            "names-0-full": "Мария Иванова",
            "names-0-language": "ru",
            "names-0-script": "Cyrl",
            **{
                f"{prefix}-{k}": v
                for prefix in ("charges", "sentences", "event_roles")
                for k, v in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))
            },
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    person = Person.objects.get()
    assert person.birth_date_lower.isoformat() == "1990-05-01"
    assert person.name_keys.exists()
    assert (person.names.get().surname, person.names.get().given) == ("Иванова", "Мария")
    record = person.history.get()
    assert (record.history_user, record.history_change_reason) == (editor, "from a court list")
    assert person.names.get().history.get().history_change_reason == "from a court list"


def test_admin_refuses_a_bad_date_with_a_message(client_for: Client) -> None:
    response = client_for.post(
        admin_url(Person, "add"),
        {
            "sex": "unknown",
            "birth_date": "весной",
            "citizenships": "[]",
            "names-TOTAL_FORMS": "1",
            "names-INITIAL_FORMS": "0",
            "names-0-kind": "primary",
            "names-0-full": "Мария Иванова",
            "names-0-language": "ru",
            "names-0-script": "Cyrl",
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors.keys() == {"birth_date"}
    assert "EDTF" in response.content.decode()
    assert not Person.objects.exists()


def test_admin_refuses_a_person_without_a_name(client_for: Client) -> None:
    response = client_for.post(
        admin_url(Person, "add"),
        {
            "sex": "unknown",
            "citizenships": "[]",
            **{
                f"{prefix}-{k}": "0"
                for prefix in ("names", "charges", "sentences", "event_roles")
                for k in ("TOTAL_FORMS", "INITIAL_FORMS")
            },
        },
    )
    assert response.status_code == 200
    names = next(f for f in response.context["inline_admin_formsets"] if f.formset.prefix == "names")
    assert names.formset.non_form_errors()  # "Please submit at least 1 form."
    assert not Person.objects.exists()


def test_admin_source_upload_is_idempotent(editor: Any, client_for: Client) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    def upload() -> Any:
        return client_for.post(
            admin_url(Source, "add"),
            {
                "upload": SimpleUploadedFile(
                    "a.txt", "Хамроев задержан.".encode(), content_type="text/plain"
                ),
                "title": "ОВД-Инфо",
                "language": "ru",
                "media_type": "",
                "published": "2023-06-23",
            },
            follow=True,
        )

    assert upload().status_code == 200
    second = upload()
    assert "already stored" in second.content.decode() or "уже" in second.content.decode()
    source = Source.objects.get()
    assert (source.text, source.media_type, bytes(source.original)) == (
        "Хамроев задержан.",
        "text/plain",
        "Хамроев задержан.".encode(),
    )
    assert source.history.get().history_user == editor


def test_admin_merge_and_undo(editor: Any, client_for: Client) -> None:
    first = services.create_person(editor, names=[{"full": "Бахром Хамроев"}], reason="x")
    second = services.create_person(editor, names=[{"full": "Bakhrom Khamroev"}], reason="x")
    response = client_for.post(
        admin_url(PersonMerge, "add"), {"winner": first.pk, "loser": second.pk, "reason": "one man"}
    )
    assert response.status_code == 302
    merge = PersonMerge.objects.get()
    assert (merge.actor, merge.loser.merged_into) == (editor, first)
    again = client_for.post(
        admin_url(PersonMerge, "add"), {"winner": first.pk, "loser": second.pk, "reason": "x"}
    )
    assert again.status_code == 200 and PersonMerge.objects.count() == 1
    client_for.post(admin_url(PersonMerge, "changelist"), {"action": "undo", "_selected_action": [merge.pk]})
    merge.refresh_from_db()
    second.refresh_from_db()
    assert merge.undone_by == editor and second.merged_into is None


def test_viewer_can_look_but_not_add(story: Any, viewer: Any) -> None:
    client = Client()
    client.force_login(viewer)
    assert client.get(admin_url(Person, "change", story["person"].pk)).status_code == 200
    assert client.get(admin_url(Person, "add")).status_code == 403
    assert client.get(admin_url(Evidence, "add")).status_code == 403


def test_admin_not_same_decision_in_either_order(editor: Any, client_for: Client) -> None:
    from khronika.records.models import NotSamePerson

    first = services.create_person(editor, names=[{"full": "Бахром Хамроев"}], reason="x")
    second = services.create_person(editor, names=[{"full": "Бахром Хамроев"}], reason="x")
    url = admin_url(NotSamePerson, "add")
    response = client_for.post(
        url, {"person_a": second.pk, "person_b": first.pk, "reason": "born 1964 and 1990"}
    )
    assert response.status_code == 302
    decision = NotSamePerson.objects.get()
    assert (decision.person_a, decision.person_b, decision.actor) == (first, second, editor)
    same = client_for.post(url, {"person_a": first.pk, "person_b": first.pk, "reason": "x"})
    assert same.status_code == 200 and NotSamePerson.objects.count() == 1


@pytest.mark.parametrize("model_name", ["person", "charge", "sentence", "eventperson", "personname"])
def test_changelists_do_not_query_per_row(editor: Any, client_for: Client, model_name: str) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add_people(count: int) -> None:
        for i in range(count):
            person = services.create_person(editor, names=[{"full": f"Иван Петров-{i}"}], reason="x")
            services.add_charge(editor, person, code="RU-UK", article="207.3", reason="x")
            services.add_sentence(
                editor, person, stage="imposed", punishment="fine", amount=1000, currency="RUB", reason="x"
            )
            services.add_event(editor, type="detention", date="2024", persons=[person], reason="x")

    url = reverse(f"admin:records_{model_name}_changelist")
    counts = []
    for batch in (2, 6):
        add_people(batch)
        with CaptureQueriesContext(connection) as queries:
            assert client_for.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
