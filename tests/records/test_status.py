"""A person's status is derived from their events (and the sentences a verdict brought)."""

from __future__ import annotations

from typing import Any

import pytest

from khronika.records import services

pytestmark = pytest.mark.django_db

# (events as (type, date), sentences as (stage, punishment, date), expected status)
STORIES: list[tuple[list[tuple[str, str]], list[tuple[str, str, str]], str]] = [
    ([], [], "unknown"),
    ([("search", "2022-02-24")], [], "unknown"),
    ([("search", "2022-02-24"), ("detention", "2022-02-24")], [], "detained"),
    ([("detention", "2022-02-24"), ("pretrial_detention", "2022-02-24~")], [], "pretrial_detention"),
    ([("pretrial_detention", "2022-02"), ("house_arrest", "2022-06")], [], "house_arrest"),
    (
        [("pretrial_detention", "2022-02-24"), ("verdict", "2023-05")],
        [("requested", "imprisonment", ""), ("imposed", "imprisonment", "2023-05")],
        "imprisoned",
    ),
    (
        [("detention", "2023-01-10"), ("verdict", "2023-05")],
        [("imposed", "suspended", "2023-05")],
        "at_liberty",
    ),
    ([("verdict", "2023-05")], [("imposed", "fine", "2023-05")], "at_liberty"),
    # A verdict with no sentence recorded yet says nothing: the detention before it still stands.
    ([("pretrial_detention", "2022-02"), ("verdict", "2023-05")], [], "pretrial_detention"),
    # The early-2000s conviction with no sentence says nothing about today.
    ([("verdict", "200X"), ("search", "201X")], [], "unknown"),
    (
        [("verdict", "2023-05"), ("appeal", "2023-11")],
        [("imposed", "imprisonment", "2023-05"), ("appeal", "suspended", "2023-11")],
        "at_liberty",
    ),
    ([("verdict", "2021"), ("release", "2024-08-01")], [("imposed", "imprisonment", "2021")], "released"),
    ([("release", "2024-08-01"), ("exchange", "2024-08-01")], [], "released"),
    ([("release", "2023"), ("emigration", "2023-10")], [], "emigrated"),
    ([("death", ""), ("detention", "2024-01-01")], [], "deceased"),
    ([("detention", "2024-01-01"), ("release", "2024-01-02"), ("detention", "2024-01-20")], [], "detained"),
]


@pytest.mark.parametrize(("events", "sentences", "expected"), STORIES)
def test_status_follows_the_latest_status_changing_event(
    editor: Any, events: list[tuple[str, str]], sentences: list[tuple[str, str, str]], expected: str
) -> None:
    person = services.create_person(editor, names=[{"full": "Иван Петров"}], reason="x")
    for stage, punishment, date in sentences:
        amount = {"amount": 30000, "currency": "RUB"} if punishment == "fine" else {"years": 3}
        services.add_sentence(
            editor, person, stage=stage, punishment=punishment, date=date, reason="x", **amount
        )
    for event_type, date in events:
        services.add_event(editor, type=event_type, date=date, persons=[person], reason="x")
    person.refresh_from_db()
    assert person.status == expected


def test_only_the_defendant_role_changes_status(editor: Any) -> None:
    lawyer = services.create_person(editor, names=[{"full": "Тимофей Широков"}], reason="x")
    services.add_event(editor, type="detention", date="2022-02-24", persons=[(lawyer, "lawyer")], reason="x")
    lawyer.refresh_from_db()
    assert lawyer.status == "unknown"


def test_status_changes_are_in_the_history(editor: Any) -> None:
    person = services.create_person(editor, names=[{"full": "Иван Петров"}], reason="created")
    services.add_event(editor, type="detention", date="2024-03-01", persons=[person], reason="OVD-Info item")
    record = person.history.order_by("-history_id").first()
    assert (record.status, record.history_change_reason, record.history_user) == (
        "detained",
        "OVD-Info item",
        editor,
    )
