"""``khronika demo --no-user``: the demo without the demo login."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from khronika.records.models import PersonName


@pytest.mark.django_db
def test_no_user_option_creates_no_login() -> None:
    out = StringIO()
    call_command("demo", "--no-user", stdout=out)
    output = out.getvalue()
    assert "demo login" not in output
    assert not User.objects.filter(username="demo").exists()
    assert PersonName.objects.filter(full="Бахром Хамроев").exists()
