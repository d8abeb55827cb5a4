"""``vpnotes report``: exit codes, what goes to stdout and stderr, what is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE, new_notebook, run_cli
from report.report_fixtures import add_cases, add_signal, many
from vpnotes.store.notebook import Notebook


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "boek.vpnotes"
    notebook = new_notebook(path)
    add_cases(notebook, many(12, name="Roos Bakker", department="Financiën"))
    add_signal(notebook, 2025, "Meer aandacht voor werkdruk.")
    notebook.close()
    return path


def report(vault: Path, *args: str, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    done = run_cli("report", str(vault), "--passphrase-stdin", "--year", "2025", *args, stdin=stdin)
    return done.returncode, done.stdout, done.stderr


def add_text(vault: Path, text: str) -> None:
    with Notebook.open(vault, PASSPHRASE) as notebook:
        add_signal(notebook, 2025, text)


def events(vault: Path) -> list[tuple[str, str]]:
    with Notebook.open(vault, PASSPHRASE, record=False) as notebook:
        return [(e.event, e.detail) for e in notebook.audit.entries()
                if e.event in ("report_exported", "screening_accepted")]


def test_writes_a_docx_and_prints_nothing_on_stdout(vault: Path, tmp_path: Path) -> None:
    code, out, err = report(vault, "--out", str(tmp_path / "jaarverslag.docx"))
    assert (code, out) == (0, "")
    assert "Jaarverslag 2025 geschreven" in err
    assert (tmp_path / "jaarverslag.docx").read_bytes()[:2] == b"PK"
    assert events(vault) == [("report_exported", "format=docx year=2025 organisation=acme min_cell=5")]


def test_json_by_extension_or_by_option(vault: Path, tmp_path: Path) -> None:
    assert report(vault, "--out", str(tmp_path / "cijfers.json"))[0] == 0
    assert json.loads((tmp_path / "cijfers.json").read_text())["cases"]["total"] == 12
    assert report(vault, "--format", "json", "--out", str(tmp_path / "cijfers.txt"))[0] == 0
    assert json.loads((tmp_path / "cijfers.txt").read_text())["format"] == "vpnotes-report"


def test_a_blocking_hit_exits_5_names_the_words_and_writes_nothing(vault: Path, tmp_path: Path) -> None:
    add_text(vault, "Een gesprek met Roos\nBakker over 12 maart.")
    target = tmp_path / "r.docx"
    code, out, err = report(vault, "--out", str(target), "--accept-warnings")
    assert (code, out) == (5, "")
    assert "Roos Bakker" in err and "12 maart" in err and "Signaal 2" in err
    assert not target.exists()
    assert events(vault) == []


def test_warnings_need_accept_warnings(vault: Path, tmp_path: Path) -> None:
    add_text(vault, "Een bakker en een roos.")
    target = tmp_path / "r.docx"
    code, _, err = report(vault, "--out", str(target))
    assert code == 5 and "--accept-warnings" in err and "bakker" in err
    assert not target.exists()
    code, _, err = report(vault, "--out", str(target), "--accept-warnings")
    assert code == 0 and target.exists()
    assert "bakker" not in err
    assert [event for event, _ in events(vault)] == ["screening_accepted", "report_exported"]
    assert "bakker" not in " ".join(detail for _, detail in events(vault))


def test_an_introduction_file_is_screened(vault: Path, tmp_path: Path) -> None:
    intro = tmp_path / "inleiding.txt"
    intro.write_text("Dit jaar sprak ik onder anderen mevrouw Bakker.", encoding="utf-8")
    code, _, err = report(vault, "--introduction", str(intro), "--out", str(tmp_path / "r.docx"))
    assert code == 5 and "Inleiding" in err and "Bakker" in err
    intro.write_text("Een rustig jaar.\n\nMet dank aan iedereen.", encoding="utf-8")
    assert report(vault, "--introduction", str(intro), "--out", str(tmp_path / "r.docx"))[0] == 0


def test_min_cell_lower_than_stored_exits_5_and_stricter_is_used(vault: Path, tmp_path: Path) -> None:
    code, _, err = report(vault, "--min-cell", "3", "--out", str(tmp_path / "r.json"))
    assert code == 5 and "5" in err and not (tmp_path / "r.json").exists()
    assert report(vault, "--min-cell", "7", "--out", str(tmp_path / "r.json"))[0] == 0
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["min_cell"] == 7 and data["tables"] == {}  # 12 < 2k


@pytest.mark.parametrize(("args", "expected"), [
    (("--organisation", "onbekend"), 5),
    (("--year", "twintig"), 2),
    (("--year", "2025-2027"), 2),
])
def test_bad_input(vault: Path, tmp_path: Path, args: tuple[str, ...], expected: int) -> None:
    assert report(vault, *args, "--out", str(tmp_path / "r.docx"))[0] == expected
    assert not (tmp_path / "r.docx").exists()


def test_an_existing_destination_exits_6_and_a_wrong_passphrase_3(vault: Path, tmp_path: Path) -> None:
    target = tmp_path / "bestaat.docx"
    target.write_bytes(b"van iemand anders")
    assert report(vault, "--out", str(target))[0] == 6
    assert target.read_bytes() == b"van iemand anders"
    assert report(vault, "--out", str(tmp_path / "r.docx"), stdin=OTHER_PASSPHRASE + "\n")[0] == 3


def test_a_schooljaar_may_be_given_as_two_years(vault: Path, tmp_path: Path) -> None:
    done = run_cli("report", str(vault), "--passphrase-stdin", "--year", "2025-2026", "--out",
                   str(tmp_path / "r.json"), stdin=PASSPHRASE + "\n")
    assert done.returncode == 0
