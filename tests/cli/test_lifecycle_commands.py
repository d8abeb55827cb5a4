"""The lifecycle commands end to end: passwd, backup, handover, purge, access and
audit, with passphrases on standard input, confirmations and exit codes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE, new_notebook, run_cli
from helpers.lifecycle_data import add_organisation, planted_case
from vpnotes.store.notebook import Notebook

HANDOVER = "oranje kameel danst rond elf vuurtorens"


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "notes.vpnotes"
    with new_notebook(path) as notebook:
        add_organisation(notebook, "globex")
        first = planted_case("qzold", opened=date(2020, 2, 3), closed=date(2020, 6, 1))
        first.reference = "2020-001"
        notebook.cases.add(first)
        second = planted_case("qzopen", opened=date(2025, 2, 3), closed=None, handover=True)
        second.reference = "2025-001"
        notebook.cases.add(second)
        third = planted_case("xqglobex", organisation="globex", opened=date(2025, 3, 3), closed=None, handover=True)
        third.reference = "2025-002"
        notebook.cases.add(third)
    return path


def test_passwd(vault: Path) -> None:
    result = run_cli("passwd", str(vault), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{OTHER_PASSPHRASE}\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and "oude wachtzin" in result.stderr
    assert run_cli("check", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 3
    assert run_cli("check", str(vault), "--passphrase-stdin", stdin=OTHER_PASSPHRASE + "\n").returncode == 0


def test_passwd_refusals(vault: Path) -> None:
    salt = vault.read_bytes()[:16]
    weak = run_cli("passwd", str(vault), "--passphrase-stdin", stdin=f"{PASSPHRASE}\nkort\n")
    assert weak.returncode == 5 and "Te kort" in weak.stderr
    wrong = run_cli("passwd", str(vault), "--passphrase-stdin", stdin=f"{OTHER_PASSPHRASE}\n{HANDOVER}\n")
    assert wrong.returncode == 3
    english = run_cli("passwd", str(vault), "--passphrase-stdin", stdin=f"{PASSPHRASE}\nkort\n",
                      env={"LANG": "en_GB.UTF-8"})
    assert english.returncode == 5 and "Too short" in english.stderr
    assert vault.read_bytes()[:16] == salt  # same file, same key
    assert run_cli("check", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0


def test_backup(vault: Path, tmp_path: Path) -> None:
    dest = tmp_path / "kopie.vpnotes"
    result = run_cli("backup", str(vault), str(dest), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert oct(dest.stat().st_mode & 0o777) == "0o600"
    again = run_cli("backup", str(vault), str(dest), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert again.returncode == 6
    with Notebook.open(dest, PASSPHRASE) as copy:
        assert copy.cases.search("qzoldnotitie") != []


def test_handover(vault: Path, tmp_path: Path) -> None:
    dest = tmp_path / "opvolger.vpnotes"
    stdin = f"{PASSPHRASE}\n{HANDOVER}\n"
    unconfirmed = run_cli("handover", str(vault), str(dest), "--passphrase-stdin", stdin=stdin)
    assert unconfirmed.returncode == 2 and not dest.exists()
    unknown = run_cli("handover", str(vault), str(dest), "--organisation", "initech", "--yes",
                      "--passphrase-stdin", stdin=stdin)
    assert unknown.returncode == 5 and not dest.exists()
    result = run_cli("handover", str(vault), str(dest), "--organisation", "acme", "--yes",
                     "--passphrase-stdin", stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and "qz" not in result.stderr
    with Notebook.open(dest, HANDOVER) as successor:
        assert [o.key for o in successor.organisations.all()] == ["acme"]
        assert sorted(s.reference or "-" for s in successor.cases.summaries()) == ["-", "2025-001"]
    exists = run_cli("handover", str(vault), str(dest), "--yes", "--passphrase-stdin", stdin=stdin)
    assert exists.returncode == 6


def test_purge(vault: Path) -> None:
    dry = run_cli("purge", str(vault), "--dry-run", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert dry.returncode == 0 and dry.stdout == "2020-001\n"
    unconfirmed = run_cli("purge", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert unconfirmed.returncode == 2
    result = run_cli("purge", str(vault), "--yes", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0 and result.stdout == ""
    search = run_cli("search", str(vault), "qzoldnotitie", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert search.returncode == 0 and search.stdout == ""
    assert run_cli("purge", str(vault), "--dry-run", "--passphrase-stdin", stdin=PASSPHRASE + "\n").stdout == ""


def test_access(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "inzage.json"
    result = run_cli("access", str(vault), "--person", "xaviera QZOPENMELDER", "--out", str(out),
                     "--withhold", "cases[0].contacts[0].notes=rechten_anderen",
                     "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text("utf-8"))
    assert [c["reference"] for c in document["cases"]] == ["2025-001"]
    assert document["cases"][0]["contacts"][0]["notes"] == {"withheld": True, "ground": "rechten_anderen"}
    protected = tmp_path / "inzage.docx"
    result = run_cli("access", str(vault), "--person", "Xaviera qzopenmelder", "--out", str(protected), "--protect",
                     "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{HANDOVER}\n")
    assert result.returncode == 0, result.stderr
    assert not protected.read_bytes().startswith(b"PK")
    bad = run_cli("access", str(vault), "--person", "x", "--out", str(tmp_path / "b.json"),
                  "--withhold", "cases[0]=geen_grond", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert bad.returncode == 5
    assert run_cli("access", str(vault), "--person", "x", "--out", str(tmp_path / "b.txt"),
                   "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 2


def test_audit(vault: Path, tmp_path: Path) -> None:
    run_cli("backup", str(vault), str(tmp_path / "b.vpnotes"), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    result = run_cli("audit", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert [line.split("\t")[1] for line in lines][-3:] == ["Geopend", "Reservekopie gemaakt", "Geopend"]
    assert lines[-2].split("\t")[2] == "manual"
    assert "qz" not in result.stdout and "Xaviera" not in result.stdout
    english = run_cli("audit", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n", env={"LANG": "en_US.UTF-8"})
    assert "Backup written" in english.stdout
