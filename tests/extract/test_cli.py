"""``khronika extract``: one JSON line per file, in order; clear errors; exit status; same bytes every run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khronika.extract.cli import main
from khronika.extract.validation import problems

pytestmark = pytest.mark.slow

TEXT = (
    "Ленинский районный суд приговорил активиста Ивана Петрова к трем годам колонии общего режима "
    "по ч. 2 ст. 280.3 УК РФ. Его задержали 12 марта 2025 года.\n\n"
    "Об этом рассказал его адвокат Сергей Орлов."
)


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> tuple[int, list[str], str]:
    status = main(args)
    out = capsys.readouterr()
    return status, out.out.splitlines(), out.err


def test_one_line_per_file_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT, encoding="utf-8")
    b.write_text("Суд оштрафовал Олега Кузнецова на 30 тысяч рублей.", encoding="utf-8")
    status, lines, err = _run(capsys, ["--published", "2026-03-18", str(a), str(b)])
    assert status == 0 and err == ""
    first, second = (json.loads(line) for line in lines)
    assert problems(first, TEXT) == []
    assert first["document"] == {
        "language": "ru",
        "title": None,
        "published": "2026-03-18",
        "chars": len(TEXT),
    }
    assert second["sentences"][0]["amount"] == 30_000
    assert all(" " not in line.split('"text"')[0][:20] for line in lines)  # compact separators


def test_bad_files_are_reported_and_the_rest_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "junk.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    status, lines, err = _run(capsys, [str(empty), str(good), str(binary), str(tmp_path / "missing.pdf")])
    assert status == 1
    assert len(lines) == 1 and json.loads(lines[0])["persons"]
    errors = err.splitlines()
    assert len(errors) == 3
    assert all(line.startswith("khronika extract: ") for line in errors)
    assert "empty.txt" in errors[0] and "junk.txt" in errors[1] and "missing.pdf" in errors[2]
    assert "Traceback" not in err


def test_same_bytes_every_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    runs = [_run(capsys, [str(path)])[1] for _ in range(2)]
    assert runs[0] == runs[1]


def test_header_lines_give_the_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("SOURCE: https://example.org/x\nPUBLISHED: 2026-03-05\n" + TEXT, encoding="utf-8")
    _, lines, _ = _run(capsys, [str(path)])
    document = json.loads(lines[0])["document"]
    assert document["published"] == "2026-03-05" and document["chars"] == len(TEXT)


@pytest.mark.parametrize("args", [[], ["--published", "yesterday", "a.txt"], ["--lang", "de", "a.txt"]])
def test_bad_arguments(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, args)
    assert status == 2 and "usage: khronika extract" in err


def test_html_page_date_wins_over_the_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Приговор активисту</title>"
        '<meta property="article:published_time" content="2026-02-10T09:00:00+03:00"></head>'
        "<body><script>var x = 'ШИЗО приговорил';</script><article>"
        "<p>Вчера Ленинский районный суд приговорил активиста Ивана Петрова к трем годам колонии общего "
        "режима по делу о «фейках» об армии. Прокурор запрашивал для него пять лет.</p>"
        "<p>Петрова задержали в октябре 2024 года после обыска. Об этом рассказал адвокат Сергей Орлов.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    status, lines, err = _run(capsys, ["--published", "2026-03-18", str(page)])
    assert status == 0, err
    obj = json.loads(lines[0])
    assert obj["document"]["title"] == "Приговор активисту"
    assert obj["document"]["published"] == "2026-02-10"
    assert ("verdict", "2026-02-09") in {(e["type"], e["date"]) for e in obj["events"]}
    assert "ШИЗО" not in json.dumps(obj, ensure_ascii=False)


def test_english_is_detected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "On 12 March 2025 police detained activist Ivan Petrov in Moscow. His lawyer Sergei Orlov said the "
        "court later sentenced Petrov to three years in a general-regime colony.",
        encoding="utf-8",
    )
    status, lines, _ = _run(capsys, [str(path)])
    assert status == 0 and json.loads(lines[0])["document"]["language"] == "en"


def test_same_bytes_across_processes(tmp_path: Path) -> None:
    """Set and dict order must not leak into the output: two processes with different hash seeds agree."""
    import os
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text(TEXT + "\nМарию и Анну Петровых тоже задержали 3 марта 2025 года.", encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-m", "khronika.cli", "extract", str(path)],
            capture_output=True, env=env, timeout=300, check=True,
        )  # fmt: skip
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1] and outputs[0]
