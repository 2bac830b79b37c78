"""docs/law.md says what the package really holds."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from khronika.law import articles, get_article

DOC = Path(__file__).resolve().parents[2] / "docs" / "law.md"


def _listed(prefix: str) -> list[str]:
    text = DOC.read_text("utf-8")
    block = re.search(rf"^- {prefix}: (.*?)\.\n(?=- |\n)", text, re.MULTILINE | re.DOTALL)
    assert block, f"docs/law.md has no '- {prefix}:' list"
    return [n.strip() for n in block.group(1).replace("\n", " ").split(",")]


def test_docs_list_every_tabled_article() -> None:
    assert _listed("UK") == [a.number for a in articles("RU-UK")]
    assert _listed("KoAP") == [a.number for a in articles("RU-KoAP")]


def _offence_articles() -> set[tuple[str, str]]:
    raw = resources.files("khronika.law").joinpath("data", "offences.json").read_text("utf-8")
    found: set[tuple[str, str]] = set()
    for offence in json.loads(raw)["offences"]:
        if offence.get("uk"):
            found.add(("RU-UK", offence["uk"]))
        if offence.get("koap"):
            found.add(("RU-KoAP", offence["koap"]))
    return found


def test_every_wording_article_is_tabled() -> None:
    assert all(get_article(code, number) for code, number in _offence_articles())


def test_docs_wording_table_names_every_mapped_article() -> None:
    text = DOC.read_text("utf-8")
    table = text[text.index("| wording (examples) | article |") : text.index("**Certainty.**")]
    for code, number in sorted(_offence_articles()):
        label = "UK" if code == "RU-UK" else "KoAP"
        assert re.search(rf"{label} [^|]*(?<![\d.]){re.escape(number)}(?![\d]|\.\d)", table), (code, number)


def test_every_mapped_article_has_phrases_in_both_languages() -> None:
    raw = resources.files("khronika.law").joinpath("data", "offences.json").read_text("utf-8")
    languages: dict[tuple[str | None, str | None], set[str]] = {}
    for offence in json.loads(raw)["offences"]:
        assert offence.get("ru") or offence.get("en"), offence["id"]
        key = (offence.get("uk"), offence.get("koap"))
        languages.setdefault(key, set()).update(lang for lang in ("ru", "en") if offence.get(lang))
    assert {key: langs for key, langs in languages.items() if langs != {"ru", "en"}} == {}
