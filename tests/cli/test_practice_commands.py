"""The practice commands on the command line: ``patterns`` prints its findings
(Dutch, or English with LANG=en), ``casus`` writes the file and warns on stderr
that it must be read first, ``statement`` writes hours and expenses; and the
refusals: unknown reference or organisation and bad months exit 5, an existing
output file exits 6, an unknown extension exits 2, with no case data in any
message.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers import PASSPHRASE, run_cli
from helpers.practice_data import MAIN_REFERENCE, find_leaks, practice_notebook
from vpnotes.domain.model import Betrokkene, Case, Contact, Melder
from vpnotes.domain.vocabulary import CaseKind, Category, ContactMode, MelderRole, Relation
from vpnotes.practice.statement import PER_MONTH_NOTE_NL
from vpnotes.store.notebook import Notebook

STDIN = PASSPHRASE + "\n"


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "praktijk.vpnotes"
    notebook = practice_notebook(path)
    for month, name in ((4, "Jan de Vries"), (5, "jan De Vries"), (6, None)):
        notebook.cases.add(Case(
            organisation="acme", kind=CaseKind.MELDING, categories=[Category.DISCRIMINATIE],
            opened=date(2026, month, 2), melder=Melder(role=MelderRole.MEDEWERKER, department="Financiën"),
            betrokkenen=[Betrokkene(relation=Relation.COLLEGA, name=name)],
            contacts=[Contact(date=date(2026, month, 2), minutes=30, mode=ContactMode.PERSOONLIJK)],
        ))
    notebook.close()
    return path


def test_patterns_lists_what_recurs(vault: Path) -> None:
    result = run_cli("patterns", str(vault), "--organisation", "acme", "--year", "2026", "--passphrase-stdin",
                     stdin=STDIN)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Acme BV (acme): 01-01-2026 t/m 31-12-2026"
    assert "Terugkerende afdelingen (3 of meer zaken):" in lines
    assert "  Financiën: 4 zaken (melder 4, betrokkene 0): 2026-007, 2026-009, 2026-010, 2026-011" in lines
    assert ("  Jan de Vries: 2 zaken: 2026-009, 2026-010 (geschreven als: Jan de Vries / jan De Vries)"
            in lines)
    assert "  Discriminatie: 3 zaken (vorig jaar geen)" in lines

    english = run_cli("patterns", str(vault), "--year", "2026", "--passphrase-stdin", stdin=STDIN,
                      env={"LANG": "en_GB.UTF-8"})
    assert english.returncode == 0, english.stderr
    assert "Recurring departments (3 or more cases):" in english.stdout
    assert "Beta Zorg (beta): 01-01-2026 to 31-12-2026" in english.stdout


def test_patterns_refuses_an_unknown_organisation(vault: Path) -> None:
    result = run_cli("patterns", str(vault), "--organisation", "gamma", "--passphrase-stdin", stdin=STDIN)
    assert (result.returncode, result.stdout) == (5, "")


def test_casus_writes_the_file_and_warns_to_read_it(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "casus.docx"
    result = run_cli("casus", str(vault), "--case", MAIN_REFERENCE, "--out", str(out), "--passphrase-stdin",
                     stdin=STDIN)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "Lees hem helemaal door voordat u hem deelt" in result.stderr
    assert out.is_file() and (out.stat().st_mode & 0o777) == 0o600

    text_out = tmp_path / "casus.txt"
    result = run_cli("casus", str(vault), "--case", MAIN_REFERENCE, "--out", str(text_out), "--include-notes",
                     "--precision", "maanden", "--passphrase-stdin", stdin=STDIN)
    assert result.returncode == 0, result.stderr
    text = text_out.read_text("utf-8")
    assert "maand 3: persoonlijk" in text and find_leaks(text) == []


def test_casus_with_unknown_words_needs_accept_warnings(vault: Path, tmp_path: Path) -> None:
    with Notebook.open(vault, PASSPHRASE) as notebook:
        case_id = notebook.cases.id_for_reference(MAIN_REFERENCE)
        assert case_id is not None
        case = notebook.cases.get(case_id)
        case.contacts[0].summary = "Zij werkt in het zxq-team aan project PRJ-42."
        notebook.items.update_contact(case_id, case.contacts[0])
    out = tmp_path / "casus.txt"
    refused = run_cli("casus", str(vault), "--case", MAIN_REFERENCE, "--out", str(out), "--passphrase-stdin",
                      stdin=STDIN)
    assert (refused.returncode, refused.stdout) == (5, "")
    lines = refused.stderr.splitlines()
    assert lines[0] == "Waarschuwingen: controleer deze woorden (of geef --accept-warnings):"
    assert [line for line in lines if "geen gewoon Nederlands woord" in line] == [
        "  dag 1, samenvatting: “zxq” (geen gewoon Nederlands woord en niet bekend in het notitieboek)",
        "  dag 1, samenvatting: “PRJ” (geen gewoon Nederlands woord en niet bekend in het notitieboek)"]
    assert not out.exists()
    accepted = run_cli("casus", str(vault), "--case", MAIN_REFERENCE, "--out", str(out), "--accept-warnings",
                       "--passphrase-stdin", stdin=STDIN)
    assert accepted.returncode == 0, accepted.stderr
    assert "2 waarschuwing(en) geaccepteerd; dat is gelogd." in accepted.stderr
    assert "zxq" in out.read_text("utf-8")
    with Notebook.open(vault, PASSPHRASE) as notebook:
        details = [e.detail for e in notebook.audit.entries() if e.event == "casus_exported"]
    assert details == ["txt warnings_accepted=2"]


def test_casus_refusals(vault: Path, tmp_path: Path) -> None:
    unknown = run_cli("casus", str(vault), "--case", "2026-999", "--out", str(tmp_path / "c.txt"),
                      "--passphrase-stdin", stdin=STDIN)
    assert unknown.returncode == 5 and "2026-999" not in unknown.stderr
    assert not (tmp_path / "c.txt").exists()

    existing = tmp_path / "bestaat.docx"
    existing.write_bytes(b"niet overschrijven")
    refused = run_cli("casus", str(vault), "--case", MAIN_REFERENCE, "--out", str(existing), "--passphrase-stdin",
                      stdin=STDIN)
    assert refused.returncode == 6 and existing.read_bytes() == b"niet overschrijven"

    wrong_kind = run_cli("casus", str(vault), "--case", MAIN_REFERENCE, "--out", str(tmp_path / "c.pdf"),
                         "--passphrase-stdin", stdin=STDIN)
    assert wrong_kind.returncode == 2 and not (tmp_path / "c.pdf").exists()


def test_statement_writes_csv_without_descriptions(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "uren.csv"
    result = run_cli("statement", str(vault), "--organisation", "acme", "--from", "2026-01", "--to", "2026-03",
                     "--out", str(out), "--passphrase-stdin", stdin=STDIN)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    text = out.read_bytes().decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[:5] == ["Soort werk;Uren", "Gesprekken in zaken;2,00", "Voorlichting;3,50",
                         "Advies aan werkgever;0,75", "Totaal uren;6,25"]
    assert lines[-1] == "Totaal;6,25;35,45;150,00;185,45"
    assert find_leaks(text, ["Voorlichtingsronde Hekkens", "Gouden Leeuw", "Wim Bakker", MAIN_REFERENCE]) == []
    assert "per maand" not in result.stderr


def test_statement_per_month_on_request_says_what_it_reveals(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "uren.csv"
    result = run_cli("statement", str(vault), "--organisation", "acme", "--from", "2026-01", "--to", "2026-03",
                     "--out", str(out), "--per-month", "--passphrase-stdin", stdin=STDIN)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == "Let op: " + PER_MONTH_NOTE_NL
    lines = out.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[-1] == "Totaal;2,00;3,50;0,75;6,25;35,45;150,00;185,45"


@pytest.mark.parametrize(("first", "last"), [("2026-05", "2026-03"), ("2026-13", "2026-14"), ("2026-1", "2026-03")])
def test_statement_refuses_bad_months(vault: Path, tmp_path: Path, first: str, last: str) -> None:
    out = tmp_path / "uren.csv"
    result = run_cli("statement", str(vault), "--organisation", "acme", "--from", first, "--to", last,
                     "--out", str(out), "--passphrase-stdin", stdin=STDIN)
    assert result.returncode == 5 and not out.exists()


def test_statement_refuses_existing_file_and_unknown_organisation(vault: Path, tmp_path: Path) -> None:
    existing = tmp_path / "uren.csv"
    existing.write_bytes(b"eerder")
    refused = run_cli("statement", str(vault), "--organisation", "acme", "--from", "2026-01", "--to", "2026-03",
                      "--out", str(existing), "--passphrase-stdin", stdin=STDIN)
    assert refused.returncode == 6 and existing.read_bytes() == b"eerder"
    unknown = run_cli("statement", str(vault), "--organisation", "gamma", "--from", "2026-01", "--to", "2026-03",
                      "--out", str(tmp_path / "nieuw.docx"), "--passphrase-stdin", stdin=STDIN)
    assert unknown.returncode == 5 and not (tmp_path / "nieuw.docx").exists()
