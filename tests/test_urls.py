"""The root URL and the interface language switch."""

from __future__ import annotations

import pytest
from django.test import Client


@pytest.mark.django_db
def test_root_leads_to_the_admin_login(client: Client) -> None:
    first = client.get("/")
    assert first.status_code == 302 and first["Location"] == "/admin/"
    login = client.get("/admin/", follow=True)
    assert login.redirect_chain[-1][0].startswith("/admin/login/")


@pytest.mark.django_db
def test_admin_login_switches_language(client: Client) -> None:
    page = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="ru")
    assert "Войти" in page.content.decode()
    switched = client.post("/i18n/setlang/", {"language": "en", "next": "/admin/login/"}, follow=True)
    assert switched.status_code == 200
    assert "Log in" in switched.content.decode()
    assert 'lang="en"' in switched.content.decode()
