"""Properties of find_dates on any text, and its behaviour on the real devset articles."""

import datetime
import itertools
import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khronika.dates import DateMatch, find_dates, normalize, parse_expression

DEVSET = Path(__file__).resolve().parents[2] / ".." / "shared" / "devset"

# Text built from pieces that look like dates, so that the grammars' edges are exercised, not only noise.
_PIECES = st.sampled_from(
    [
        "24", "2022", "1990", "90", "-х", "-е", "-го", " года", " г.", "февраля", "мае", "в ", "с ", " по ",
        "–", "-", ".", ",", " ", "\n", "начале ", "конце ", "весной ", "вчера", "назад", "два ", "лет ",
        "May", "March ", "the ", "early ", "mid-", "late ", "s", "'", "from ", " to ", "between ", " and ",
        "last ", "week", "year", "ago", "on ", "Monday", "понедельник", "того же года", "same year", "ст. ",
        "205.2", "11:32", "200 000 рублей", "31", "29", "13", "00", "/", "через ", "спустя ", "месяц",
        "несколько ", "later", "next day", "следующий день", "тот же день", "конце года", "end of the year",
    ]
)  # fmt: skip
_TEXT = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=40).map("".join))
_PUBLISHED = st.one_of(st.none(), st.dates(datetime.date(1950, 1, 1), datetime.date(2090, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, lang=st.sampled_from(["ru", "en"]), published=_PUBLISHED)
def test_any_text_gives_exact_spans_and_valid_dates(
    text: str, lang: str, published: datetime.date | None
) -> None:
    matches = find_dates(text, lang, published)
    starts = [match.start for match in matches]
    assert starts == sorted(starts)
    for previous, match in itertools.pairwise(matches):
        assert previous.end <= match.start
    for match in matches:
        assert isinstance(match, DateMatch)
        assert match.end > match.start
        assert text[match.start : match.end] == match.text
        assert normalize(match.edtf) == match.edtf
        if match.narrow is not None:
            assert normalize(match.narrow) == match.narrow
    assert find_dates(text, lang, published) == matches


@settings(max_examples=100, deadline=None)
@given(text=_TEXT, lang=st.sampled_from(["ru", "en"]))
def test_parse_expression_never_crashes(text: str, lang: str) -> None:
    result = parse_expression(text, lang, datetime.date(2026, 4, 22))
    assert result is None or normalize(result) == result


def _devset_files() -> list[tuple[Path, str, datetime.date | None]]:
    if not DEVSET.is_dir():
        pytest.skip(f"the devset is not at {DEVSET}: these tests read its articles")
    files = []
    for path in sorted([*DEVSET.glob("ovdinfo/*.txt"), *DEVSET.glob("biographies/*.txt")]):
        raw = path.read_text(encoding="utf-8")
        found = re.search(r"^PUBLISHED: (\S+)", raw, re.MULTILINE)
        published = datetime.date.fromisoformat(found.group(1)) if found else None
        files.append((path, "en" if path.stem.endswith("-en") else "ru", published))
    return files


def _body(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    return "\n".join(line for line in lines if not re.match(r"(SOURCE|PUBLISHED|TITLE):", line))


def _covers(gold: str, found: str) -> bool:
    # The devset scorer's rule: a found date may be more precise than the gold one.
    gold, found = gold.rstrip("~?"), found.rstrip("~?")
    return found == gold or found.startswith(gold + "-")


def test_devset_event_dates_are_found() -> None:
    """Most dates the gold annotators gave to events and sentences are among the dates found in the text.

    Some cannot be: a live report dated only by its publication, «в апреле» that the story places a year
    back. The threshold is below the measured 59/63.
    """
    wanted = hit = 0
    for path, lang, published in _devset_files():
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        dates = {event["date"] for event in gold["events"]}
        dates |= {sentence["date"] for sentence in gold["sentences"] if sentence["date"]}
        found = [match.edtf for match in find_dates(_body(path), lang, published)]
        wanted += len(dates)
        hit += sum(any(_covers(date, edtf) for edtf in found) for date in dates)
    assert wanted > 50
    assert hit / wanted >= 0.9


def test_devset_is_fast() -> None:
    """The brief's target is 5 ms per 5 KB (measured: 3.3 ms Russian, 2.7 ms English, CPU time).

    CPU time rather than wall time, and a bound five times the target, so a busy machine does not fail it.
    """
    texts = [(_body(path), lang, published) for path, lang, published in _devset_files()]
    for text, lang, published in texts:  # warm the caches once
        find_dates(text, lang, published)
    started = time.process_time()
    for text, lang, published in texts:
        find_dates(text, lang, published)
    elapsed = time.process_time() - started
    per_5kb = elapsed / sum(len(text) for text, _, _ in texts) * 5000
    assert per_5kb < 0.025


def test_long_text_finishes() -> None:
    sentence = "В 2014 году его задержали 24 февраля 2022 года; штраф 200 000 рублей по ст. 205.2. "
    text = (sentence * 2000)[:200_000]
    started = time.perf_counter()
    matches = find_dates(text, "ru")
    assert time.perf_counter() - started < 5
    assert len(matches) > 1000


def test_letters_that_change_length_in_lower_case_keep_spans_exact() -> None:
    # "İ".lower() is two characters: the trigger scan must not shift the offsets.
    text = "İİİİ İstanbul: on 24 February 2022 — «İ» 24 февраля 2022 года"
    [english] = find_dates(text, "en")
    assert (english.edtf, english.text) == ("2022-02-24", "24 February 2022")
    russian = find_dates(text, "ru")
    assert [(m.edtf, m.text) for m in russian][-1] == ("2022-02-24", "24 февраля 2022 года")


def test_published_may_be_a_timestamp() -> None:
    stamp = datetime.datetime(2026, 4, 22, 23, 59)
    assert [m.edtf for m in find_dates("вчера", "ru", stamp)] == ["2026-04-21"]
    assert [m.edtf for m in find_dates("1 September", "en", stamp)] == ["2025-09-01"]


def test_bad_arguments_give_clear_errors() -> None:
    with pytest.raises(TypeError, match=r"published must be a datetime\.date"):
        find_dates("вчера", "ru", "2026-04-22")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be a string"):
        find_dates(None, "ru")  # type: ignore[arg-type]
