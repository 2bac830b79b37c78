"""The Russian catalog translates every string, and the compiled .mo matches the .po."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import khronika

LOCALE = Path(khronika.__file__).resolve().parent / "locale"
ENTRY = re.compile(r'(?:^msgctxt "(.*)"\n)?^msgid ((?:".*"\n)+)^msgstr ((?:".*"\n?)+)', re.M)


def unquote(lines: str) -> str:
    return (
        "".join(re.findall(r'"(.*)"', lines)).encode("latin-1", "backslashreplace").decode("unicode_escape")
    )


def entries(po: Path) -> list[tuple[str | None, str, str, bool]]:
    """(context, msgid, msgstr, fuzzy) of every entry but the header."""
    found = []
    for block in po.read_text(encoding="utf-8").split("\n\n"):
        match = ENTRY.search(block + "\n")
        if match and unquote(match.group(2)):
            fuzzy = any(line.startswith("#,") and "fuzzy" in line for line in block.splitlines())
            found.append((match.group(1), unquote(match.group(2)), unquote(match.group(3)), fuzzy))
    return found


def test_every_russian_string_is_translated_and_compiled() -> None:
    po = LOCALE / "ru" / "LC_MESSAGES" / "django.po"
    with (LOCALE / "ru" / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    rows = entries(po)
    assert len(rows) > 250
    assert [msgid for _ctx, msgid, msgstr, fuzzy in rows if not msgstr or fuzzy] == []
    stale = [
        msgid
        for ctx, msgid, msgstr, _fuzzy in rows
        if (compiled.pgettext(ctx, msgid) if ctx else compiled.gettext(msgid)) != msgstr
    ]
    assert stale == [], "run compilemessages"
