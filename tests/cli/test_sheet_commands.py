"""``vpnotes import-sheet`` as a script uses it: --propose prints a mapping on
stdout, --dry-run checks and prints the summary, neither writes a byte (not even
a log entry); the import goes in all or nothing, problems listed on stderr in
Dutch with exit 5; bad files get one clear message."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import PASSPHRASE, new_notebook, run_cli
from helpers.sheets import ROWS, sheet_rows, write_xlsx
from vpnotes.store.notebook import Notebook


def _vault(tmp_path: Path) -> Path:
    path = tmp_path / "vp.vpnotes"
    new_notebook(path).close()
    return path


def _propose(vault: Path, sheet: Path, out: Path) -> dict[str, object]:
    result = run_cli("import-sheet", str(vault), str(sheet), "--propose", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    mapping = json.loads(result.stdout)
    assert "Kies de toestemming" in result.stderr  # what the VP must decide, on stderr only
    mapping["consent"] = "registered"
    out.write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    return mapping


def test_propose_then_dry_run_write_nothing_then_import(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    sheet = write_xlsx(tmp_path / "registratie.xlsx", sheet_rows())
    before = vault.read_bytes()
    mapping_file = tmp_path / "koppeling.json"
    mapping = _propose(vault, sheet, mapping_file)
    assert mapping["header_row"] == 4 and mapping["organisation"] == "acme"
    dry = run_cli("import-sheet", str(vault), str(sheet), "--mapping", str(mapping_file), "--dry-run",
                  "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[:2] == ["Acme BV 2025: 5 zaken", "Totaal: 5 zaken."]
    assert vault.read_bytes() == before  # not even an audit entry
    real = run_cli("import-sheet", str(vault), str(sheet), "--mapping", str(mapping_file), "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n")
    assert real.returncode == 0, real.stderr
    assert real.stdout == ""
    assert "Ingelezen: 5 zaken." in real.stderr
    with Notebook.open(vault, PASSPHRASE) as notebook:
        assert notebook.vault.query("SELECT count(*) FROM cases")[0][0] == 5
        details = [e.detail for e in notebook.audit.entries() if e.event == "imported"]
    assert details == ["sheet file=registratie.xlsx cases=5 skipped=0 consent=registered"]


def test_problems_are_listed_in_dutch_and_nothing_is_written(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    mapping_file = tmp_path / "koppeling.json"
    _propose(vault, write_xlsx(tmp_path / "goed.xlsx", sheet_rows()), mapping_file)
    rows = [[*row] for row in ROWS]
    rows[2][1] = "31-02-2024"
    bad = write_xlsx(tmp_path / "fout.xlsx", sheet_rows(rows))
    before = vault.read_bytes()
    result = run_cli("import-sheet", str(vault), str(bad), "--mapping", str(mapping_file), "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 5
    assert result.stdout == ""
    assert result.stderr.splitlines() == ["rij 7, kolom 'Datum eerste gesprek': '31-02-2024' is geen datum",
                                          "Er is niets ingelezen: 1 probleem."]
    assert vault.read_bytes() == before
    english = run_cli("import-sheet", str(vault), str(bad), "--mapping", str(mapping_file), "--passphrase-stdin",
                      stdin=PASSPHRASE + "\n", env={"LANG": "en_GB.UTF-8"})
    assert english.returncode == 5
    assert english.stderr.splitlines() == ["row 7, column 'Datum eerste gesprek': '31-02-2024' is not a date",
                                           "Nothing was imported: 1 problem."]


def test_bad_files_get_one_clear_message_before_the_passphrase(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    not_a_sheet = tmp_path / "foto.xlsx"
    not_a_sheet.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run_cli("import-sheet", str(vault), str(not_a_sheet), "--propose", "--passphrase-stdin", stdin="")
    assert result.returncode == 5
    assert result.stderr.strip() == "Dit bestand is geen spreadsheet (xlsx, xls, ods of csv) of het is beschadigd."
    mapping_file = tmp_path / "map.json"
    mapping_file.write_text(json.dumps({"format": "vpnotes-sheet-mapping", "version": 1, "header_row": 1,
                                        "columns": {"Datum": "geopend"}}), encoding="utf-8")
    result = run_cli("import-sheet", str(vault), str(not_a_sheet), "--mapping", str(mapping_file),
                     "--passphrase-stdin", stdin="")
    assert result.returncode == 5
    assert result.stderr.strip() == "columns.Datum: onbekend veld"
    mapping_file.write_text(json.dumps({"format": "vpnotes-sheet-mapping", "version": 1, "header_row": 1,
                                        "columns": {}, "extra": 1}), encoding="utf-8")
    result = run_cli("import-sheet", str(vault), str(not_a_sheet), "--mapping", str(mapping_file),
                     "--passphrase-stdin", stdin="")
    assert result.stderr.strip() == "extra: onbekend veld"


def test_mapping_or_propose_is_required(tmp_path: Path) -> None:
    result = run_cli("import-sheet", str(_vault(tmp_path)), str(tmp_path / "x.csv"))
    assert result.returncode == 2


def test_the_proposal_is_utf8_whatever_the_console_encoding(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    sheet = tmp_path / "reg.csv"
    sheet.write_text("Datum;Soort;Categorie;Işık notities\r\n14-01-2025;Melding;Pesten;iets\r\n", encoding="utf-8")
    result = run_cli("import-sheet", str(vault), str(sheet), "--propose", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n", env={"PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["columns"]["Işık notities"] == "notes"


def _with_escapes(path: Path) -> Path:
    """An xlsx whose header and value carry terminal escapes, as the file format encodes them (``_x001B_``)."""
    import zipfile

    from openpyxl import Workbook

    plain = path.with_name("plain.xlsx")
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Blad1"
    for row in (["Datum", "Soort", "Naam"], ["31-02-2026", "Melding", "Anna"]):
        ws.append(row)
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename).replace(b">Datum<", b">Datum_x001B_[2J_x000A_rij 9<")
            target.writestr(item, data.replace(b">Melding<", b">Mel_x001B_[31mding<"))
    return path


def test_terminal_escapes_from_the_sheet_are_shown_not_obeyed(tmp_path: Path) -> None:
    vault, sheet = _vault(tmp_path), _with_escapes(tmp_path / "registratie.xlsx")
    proposal = run_cli("import-sheet", str(vault), str(sheet), "--propose", "--passphrase-stdin",
                       stdin=PASSPHRASE + "\n")
    assert proposal.returncode == 0, proposal.stderr
    assert "\x1b" not in proposal.stderr
    assert "\\x1b[2J\\x0a" in proposal.stderr and "Mel\\x1b[31mding" in proposal.stderr
    mapping = json.loads(proposal.stdout)
    mapping["consent"], mapping["values"]["kind"] = "registered", {"Mel\x1b[31mding": "melding"}
    mapping["columns"] = {column: "opened" if column.startswith("Datum") else field
                          for column, field in mapping["columns"].items()}
    (tmp_path / "koppeling.json").write_text(json.dumps(mapping), encoding="utf-8")
    checked = run_cli("import-sheet", str(vault), str(sheet), "--mapping", str(tmp_path / "koppeling.json"),
                      "--dry-run", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert checked.returncode == 5
    assert "\x1b" not in checked.stderr and "rij 2, kolom 'Datum\\x1b[2J\\x0arij 9'" in checked.stderr
    typed = run_cli("import-sheet", str(vault), str(sheet), "--propose", "--sheet", "Blad\x1b[31m",
                    "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert (typed.returncode, typed.stderr.strip()) == (5, "Het werkblad 'Blad\\x1b[31m' bestaat niet in dit bestand.")
