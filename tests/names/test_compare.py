"""The matcher against a table of real and fictional pairs (tests/names/pairs.csv) and the shared devset."""

import csv
from pathlib import Path

import pytest

from khronika.names import compare

HERE = Path(__file__).resolve().parent
DEVSET = Path(__file__).resolve().parents[2] / ".." / "shared" / "devset" / "name-pairs.csv"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


OWN = _rows(HERE / "pairs.csv")


def test_own_table_is_large_enough_and_covers_every_decision() -> None:
    assert len(OWN) >= 80
    assert {row["expect"] for row in OWN} == {"same", "different", "unsure"}


@pytest.mark.parametrize("row", OWN, ids=[f"{r['a']}|{r['b']}" for r in OWN])
def test_own_pairs(row: dict[str, str]) -> None:
    result = compare(row["a"], row["b"])
    assert result.decision == row["expect"], result.reasons


@pytest.mark.parametrize("row", OWN, ids=[f"{r['a']}|{r['b']}" for r in OWN])
def test_compare_is_symmetric(row: dict[str, str]) -> None:
    assert compare(row["a"], row["b"]).decision == compare(row["b"], row["a"]).decision


def test_devset_pairs() -> None:
    if not DEVSET.is_file():
        pytest.skip(f"the shared devset is absent ({DEVSET})")
    rows = _rows(DEVSET)
    wrong = []
    for row in rows:
        decision = compare(row["a"], row["b"]).decision
        if (row["same"] == "yes") != (decision == "same"):
            wrong.append((row["a"], row["b"], row["same"], decision))
    assert not wrong
    assert len(rows) >= 40


def test_result_shape() -> None:
    result = compare("Bakhrom Khamroev", "Хамроева Бахрома")
    assert result.decision == "same"
    assert result.score == 100.0
    assert result.matched == ("Bakhrom Khamroev", "Бахром Хамроев")
    assert any("surname" in reason for reason in result.reasons)


def test_scores_order_the_decisions() -> None:
    same = compare("Alexei Navalny", "Алексей Навальный").score
    unsure = compare("Ivan Safronov", "Ivan Safonov").score
    different = compare("Alexei Navalny", "Oleg Navalny").score
    assert same > unsure > different


def test_an_ambiguous_form_is_explained() -> None:
    result = compare("Евгения Хамроева", "Евгений Хамроев")
    assert result.decision == "unsure"
    assert any("ambiguous" in reason for reason in result.reasons)
