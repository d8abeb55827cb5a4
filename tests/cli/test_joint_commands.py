"""``vpnotes contribute`` and ``vpnotes report ... --with``: passphrase order on
standard input, exit codes (3 naming the contribution, 4 for a damaged one, 5
for refusals, 6 for writes into a contribution), and that nothing is written on
failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE, new_notebook, run_cli
from report.report_fixtures import add_cases, add_signal, many
from vpnotes.domain.model import Organisation
from vpnotes.store.notebook import Notebook

CONTRIBUTION = "oranje kameel danst rond elf vuurtorens"


def own_notebook(path: Path, name: str, count: int, organisation: str = "Acme BV") -> Path:
    notebook = new_notebook(path, organisation=None)
    notebook.organisations.add(Organisation("acme", organisation))
    add_cases(notebook, many(count, name="Roos Bakker", department="Financiën"))
    notebook.close()
    return path


def contribute(vault: Path, dest: Path, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    done = run_cli("contribute", str(vault), str(dest), "--organisation", "acme", "--year", "2025",
                   "--passphrase-stdin", *args,
                   stdin=stdin if stdin is not None else f"{PASSPHRASE}\n{CONTRIBUTION}\n")
    return done.returncode, done.stdout, done.stderr


def joint(vault: Path, out: Path, contributions: list[Path], passphrases: list[str]) -> tuple[int, str, str]:
    withs = [arg for path in contributions for arg in ("--with", str(path))]
    done = run_cli("report", str(vault), "--passphrase-stdin", "--year", "2025", "--organisation", "acme", *withs,
                   "--out", str(out), stdin="".join(p + "\n" for p in [PASSPHRASE, *passphrases]))
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path]:
    """The coordinator's notebook and one contribution of 7 cases."""
    coordinator = own_notebook(tmp_path / "coordinator.vpnotes", "a", 8)
    other = own_notebook(tmp_path / "other.vpnotes", "b", 7, organisation="ACME bv")
    code, out, err = contribute(other, tmp_path / "bijdrage-b.vpnotes")
    assert (code, out) == (0, ""), err
    assert "apart" in err and "wachtzin" in err  # how to pass file and passphrase
    return coordinator, tmp_path / "bijdrage-b.vpnotes"


def test_contribute_then_a_joint_report_counts_both(setup: tuple[Path, Path], tmp_path: Path) -> None:
    coordinator, contribution = setup
    code, out, err = joint(coordinator, tmp_path / "samen.json", [contribution], [CONTRIBUTION])
    assert (code, out) == (0, ""), err
    data = json.loads((tmp_path / "samen.json").read_text(encoding="utf-8"))
    assert data["cases"]["total"] == 15 and data["joint"] == {"vps": 2}
    assert "departments" not in data["tables"] and "genders" not in data["tables"]
    with Notebook.open(coordinator, PASSPHRASE, record=False) as notebook:
        details = [e.detail for e in notebook.audit.entries() if e.event == "report_exported"]
    assert details == ["format=json year=2025 organisation=acme min_cell=5 contributions=1"]


def test_a_report_of_the_contribution_alone(setup: tuple[Path, Path], tmp_path: Path) -> None:
    _, contribution = setup
    before = contribution.read_bytes()
    done = run_cli("report", str(contribution), "--passphrase-stdin", "--year", "2025",
                   "--out", str(tmp_path / "alleen.json"), stdin=CONTRIBUTION + "\n")
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "alleen.json").read_text(encoding="utf-8"))["cases"]["total"] == 7
    assert contribution.read_bytes() == before


def test_writing_into_a_contribution_exits_6(setup: tuple[Path, Path]) -> None:
    _, contribution = setup
    before = contribution.read_bytes()
    done = run_cli("policy", str(contribution), "--passphrase-stdin", "--set", "retention_years=3", "--yes",
                   stdin=CONTRIBUTION + "\n")
    assert done.returncode == 6 and "bijdrage" in done.stderr.lower()
    done = run_cli("passwd", str(contribution), "--passphrase-stdin", stdin=f"{CONTRIBUTION}\n{OTHER_PASSPHRASE}\n")
    assert done.returncode == 6
    assert contribution.read_bytes() == before


def test_a_wrong_contribution_passphrase_exits_3_naming_which(setup: tuple[Path, Path], tmp_path: Path) -> None:
    coordinator, contribution = setup
    second = tmp_path / "tweede.vpnotes"
    second.write_bytes(contribution.read_bytes())
    code, _, err = joint(coordinator, tmp_path / "samen.docx", [contribution, second], [CONTRIBUTION, "fout"])
    assert code == 3 and "Bijdrage 2 (tweede.vpnotes)" in err
    assert not (tmp_path / "samen.docx").exists()


def test_a_damaged_contribution_exits_4_and_nothing_is_written(setup: tuple[Path, Path], tmp_path: Path) -> None:
    coordinator, contribution = setup
    data = bytearray(contribution.read_bytes())
    data[4096 + 500] ^= 0xFF  # a flipped byte in page 2
    contribution.write_bytes(bytes(data))
    before = coordinator.read_bytes()
    code, out, err = joint(coordinator, tmp_path / "samen.docx", [contribution], [CONTRIBUTION])
    assert (code, out) == (4, "") and "Bijdrage 1 (bijdrage-b.vpnotes)" in err
    assert not (tmp_path / "samen.docx").exists()
    truncated = tmp_path / "kort.vpnotes"
    truncated.write_bytes(bytes(data[:5000]))
    code, _, err = joint(coordinator, tmp_path / "samen.docx", [truncated], [CONTRIBUTION])
    assert code == 4 and "Bijdrage 1 (kort.vpnotes)" in err
    with Notebook.open(coordinator, PASSPHRASE, record=False) as notebook:
        assert not [e for e in notebook.audit.entries() if e.event == "report_exported"]
    assert len(coordinator.read_bytes()) == len(before)


def test_refusals_exit_5(setup: tuple[Path, Path], tmp_path: Path) -> None:
    coordinator, contribution = setup
    globex = own_notebook(tmp_path / "globex.vpnotes", "g", 5, organisation="Globex BV")
    code, _, _ = contribute(globex, tmp_path / "bijdrage-g.vpnotes")
    assert code == 0
    code, _, err = joint(coordinator, tmp_path / "x.json", [tmp_path / "bijdrage-g.vpnotes"], [CONTRIBUTION])
    assert code == 5 and "andere organisatie" in err
    code, _, err = joint(coordinator, tmp_path / "x.json", [contribution, contribution], [CONTRIBUTION] * 2)
    assert code == 5 and "dezelfde" in err
    code, _, err = joint(coordinator, tmp_path / "x.json", [globex], [PASSPHRASE])
    assert code == 5 and "geen bijdrage" in err
    assert not (tmp_path / "x.json").exists()


def test_the_own_notebook_or_a_file_that_is_no_vault_is_named_for_what_it_is(setup: tuple[Path, Path],
                                                                            tmp_path: Path) -> None:
    coordinator, _ = setup
    expected = ("dit is geen bijdrage voor een gezamenlijk jaarverslag; die maakt de andere vertrouwenspersoon "
                "met 'Bijdrage voor een gezamenlijk jaarverslag' (vpnotes contribute).")
    code, out, err = joint(coordinator, tmp_path / "x.json", [coordinator], [PASSPHRASE])
    assert (code, out, err.strip()) == (5, "", f"Bijdrage 1 ({coordinator.name}): {expected}")  # not "open elsewhere"
    sheet = tmp_path / "registratie.xlsx"
    sheet.write_bytes(b"PK\x03\x04 een spreadsheet")
    code, out, err = joint(coordinator, tmp_path / "x.json", [sheet], [CONTRIBUTION])
    assert (code, out, err.strip()) == (4, "", f"Bijdrage 1 (registratie.xlsx): {expected}")
    assert not (tmp_path / "x.json").exists()


def test_contribute_refuses_a_weak_passphrase_a_named_person_and_an_existing_file(tmp_path: Path) -> None:
    vault = own_notebook(tmp_path / "own.vpnotes", "a", 6)
    code, _, _ = contribute(vault, tmp_path / "b.vpnotes", stdin=f"{PASSPHRASE}\nkort\n")
    assert code == 5 and not (tmp_path / "b.vpnotes").exists()
    with Notebook.open(vault, PASSPHRASE) as notebook:
        add_signal(notebook, 2025, "Roos Bakker had veel last van haar team.")
    code, out, err = contribute(vault, tmp_path / "b.vpnotes")
    assert (code, out) == (5, "") and "Bakker" in err and not (tmp_path / "b.vpnotes").exists()
    (tmp_path / "c.vpnotes").write_bytes(b"iets")
    code, _, _ = contribute(vault, tmp_path / "c.vpnotes")
    assert code == 6 and (tmp_path / "c.vpnotes").read_bytes() == b"iets"


def test_the_warning_after_an_individual_report(setup: tuple[Path, Path], tmp_path: Path) -> None:
    coordinator, contribution = setup
    done = run_cli("report", str(coordinator), "--passphrase-stdin", "--year", "2025", "--out",
                   str(tmp_path / "eigen.json"), stdin=PASSPHRASE + "\n")
    assert done.returncode == 0 and "Let op" not in done.stderr
    code, _, err = joint(coordinator, tmp_path / "samen.json", [contribution], [CONTRIBUTION])
    assert code == 0 and "al een eigen jaarverslag" in err and "publiceer ze niet allebei" in err
