import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from khronika.cli import main

KHRONIKA = Path(sys.executable).parent / "khronika"


def test_compare_two_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["names", "compare", "Bakhrom Khamroev", "Хамроева Бахрома"]) == 0
    out = capsys.readouterr().out
    assert "decision: same" in out
    assert "score: 100.0" in out
    assert "matched: Bakhrom Khamroev | Бахром Хамроев" in out


def test_compare_pairs_prints_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("id,a,b,extra\n1,Alexei Navalny,Алексей Навальный,x\n2,Хамроева,Бахром Хамроев,y\n")
    assert main(["names", "compare", "--pairs", str(pairs)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [
        ["a", "b", "score", "decision"],
        ["Alexei Navalny", "Алексей Навальный", "100.0", "same"],
        ["Хамроева", "Бахром Хамроев", rows[2][2], "unsure"],
    ]


def test_forms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["names", "forms", "Хамроева Бахрома"]) == 0
    out = capsys.readouterr().out
    assert "nominative: Бахром Хамроев" in out
    assert "sex: male" in out
    assert "icao       Bakhrom Khamroev" in out
    assert "n:hamroev:bahrom" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["compare", "", "Хамроев"], "empty"),
        (["compare", "Хамроев"], "exactly two names"),
        (["forms", "\x01\x02"], "control"),
        (["compare", "--pairs", "/nonexistent/pairs.csv"], "no such file"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["names", *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"x,y\n1,2\n", "columns a and b"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary"),
        (b"a,b\n\xff\xfe,x\n", "not UTF-8"),
        (b"a,b\nAlexei Navalny,\n", "line 2, column b"),
    ],
)
def test_bad_pairs_files(
    tmp_path: Path, content: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_bytes(content)
    assert main(["names", "compare", "--pairs", str(pairs)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_installed_command_in_a_subprocess(tmp_path: Path) -> None:
    if not KHRONIKA.exists():
        pytest.skip(f"the khronika command is not installed next to {sys.executable}")
    done = subprocess.run(
        [str(KHRONIKA), "names", "compare", "Yulia Navalnaya", "Alexei Navalny"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "decision: different" in done.stdout
    bad = subprocess.run(
        [str(KHRONIKA), "names", "forms", "   "], capture_output=True, text=True, timeout=60, check=False
    )
    assert bad.returncode == 2
    assert bad.stderr.strip() == "khronika names: the name is empty or holds no letter"
    assert "Traceback" not in bad.stderr


def test_forms_json(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["names", "forms", "--json", "Zhenya Berkovich"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["surname"] == "Berkovich"
    assert info["sex"] == "unknown"
    assert info["cyrillic"][0][0] == "Женя Беркович"
    assert info["transliterations"]["icao"] == "Zhenia Berkovich"
    assert "n:berkovic:evgenia" in info["match_keys"]
