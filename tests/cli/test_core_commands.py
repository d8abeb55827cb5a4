"""The core commands as a new user meets them: init, import, export, search,
selftest and --version; refusals (existing files, missing confirmation, no
passphrase) and the English messages with LANG=en.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import PASSPHRASE, new_notebook, run_cli
from vpnotes import __version__
from vpnotes.errors import DestinationExists, WrongPassphrase
from vpnotes.store.notebook import Notebook


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"vpnotes {__version__}"


def test_selftest_passes_on_this_machine() -> None:
    result = run_cli("selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("OK") for line in lines)
    text = result.stdout
    assert "SQLCipher 4." in text and "FTS5" in text and "Argon2id" in text


def test_new_user_flow_init_import_search_export(tmp_path: Path) -> None:
    path = tmp_path / "mijn.vpnotes"
    result = run_cli("init", str(path), "--organisation", "acme=Acme BV", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "Notitieboek aangemaakt" in result.stderr
    source = tmp_path / "data.json"
    source.write_text(json.dumps({
        "format": "vpnotes-interchange", "version": 1,
        "cases": [{"kind": "melding", "categories": ["pesten"], "opened": "2026-01-14",
                   "melder": {"role": "medewerker", "name": "José Fernández"}},
                  {"kind": "advies", "categories": ["werkdruk"], "opened": "2026-02-01",
                   "melder": {"role": "leidinggevende", "name": "Anna Bakker"}}],
    }, ensure_ascii=False), encoding="utf-8")
    result = run_cli("import", str(path), str(source), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.strip().startswith("Ingelezen: 2 zaken")
    result = run_cli("search", str(path), "jose", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert (result.returncode, result.stdout) == (0, "2026-001\n")
    out = tmp_path / "export.json"
    result = run_cli("export", str(path), "--out", str(out), "--yes", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [c["melder"]["name"] for c in exported["cases"]] == ["José Fernández", "Anna Bakker"]
    assert exported["organisations"] == [{"key": "acme", "name": "Acme BV", "year_start_month": 1, "min_cell": 5,
                                          "sector": "werk"}]


def test_init_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    path.write_bytes(b"not mine to overwrite")
    result = run_cli("init", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 6
    assert result.stderr.strip() == DestinationExists.nl
    assert path.read_bytes() == b"not mine to overwrite"


def test_init_in_a_missing_folder(tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path / "nope" / "v.vpnotes"), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "nope").exists()


def test_export_never_overwrites_and_needs_confirmation(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    new_notebook(path).close()
    out = tmp_path / "export.json"
    result = run_cli("export", str(path), "--out", str(out), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 2
    assert "--yes" in result.stderr
    assert not out.exists()
    out.write_text("ouder bestand", encoding="utf-8")
    result = run_cli("export", str(path), "--out", str(out), "--yes", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 6
    assert result.stderr.strip() == DestinationExists.nl
    assert out.read_text(encoding="utf-8") == "ouder bestand"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json", "v.vpnotes"]


def test_no_passphrase_on_stdin_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    new_notebook(path).close()
    result = run_cli("check", str(path), "--passphrase-stdin", stdin="")
    assert result.returncode == 2
    assert "wachtzin" in result.stderr
    result = run_cli("check", str(path))  # no terminal to prompt on
    assert result.returncode == 2
    assert "--passphrase-stdin" in result.stderr


def test_messages_in_english_with_lang_en(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    new_notebook(path).close()
    result = run_cli("check", str(path), "--passphrase-stdin", stdin="wrong wrong wrong\n",
                     env={"LANG": "en_GB.UTF-8"})
    assert result.returncode == 3
    assert result.stderr.strip() == WrongPassphrase.en


def test_check_reports_a_sound_notebook_and_logs_it(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    new_notebook(path).close()
    result = run_cli("check", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0
    assert result.stderr.strip() == "Het notitieboek is in orde."
    with Notebook.open(path, PASSPHRASE, record=False) as notebook:
        assert [e.detail for e in notebook.audit.entries() if e.event == "checked"] == ["ok"]


def test_init_with_a_bad_organisation_key_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    result = run_cli("init", str(path), "--organisation", "Acme BV", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 5
    assert result.stderr.strip().startswith("--organisation key:")
    assert not path.exists()
    # Corrected, the same command then works (no half-made notebook is in the way).
    result = run_cli("init", str(path), "--organisation", "acme=Acme BV", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    with Notebook.open(path, PASSPHRASE, record=False) as notebook:
        assert [o.key for o in notebook.organisations.all()] == ["acme"]
