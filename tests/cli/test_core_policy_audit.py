"""Policies and the audit log through the command line: show, set, refuse
unknown names and bad values (exit 5, nothing changed), every change logged;
the audit chain verifies and a tampered entry makes ``check`` fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, run_cli, sample_case
from vpnotes.store import kdf, vault
from vpnotes.store.notebook import Notebook


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        notebook.cases.add(sample_case())
    return path


def policy(path: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("policy", str(path), *args, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    return result.returncode, result.stdout, result.stderr


def audit_events(path: Path) -> list[tuple[str, str]]:
    with Notebook.open(path, PASSPHRASE, record=False) as notebook:
        return [(e.event, e.detail) for e in notebook.audit.entries()]


def test_policy_show_lists_every_setting(vault_path: Path) -> None:
    code, out, err = policy(vault_path)
    assert code == 0, err
    values = dict(line.split("=", 1) for line in out.splitlines())
    assert values["retention_years"] == "2"
    assert values["autolock_minutes"] == "5"
    assert values["backup.enabled"] == "ja"
    assert values["min_cell.acme"] == "5"
    assert "patterns.department_min_cases" in values


def test_policy_set_is_stored_and_logged(vault_path: Path) -> None:
    code, _, err = policy(vault_path, "--set", "retention_years=3", "--set", "min_cell.acme=7", "--yes")
    assert code == 0, err
    _, out, _ = policy(vault_path)
    assert "retention_years=3" in out.splitlines()
    assert "min_cell.acme=7" in out.splitlines()
    changes = [detail for event, detail in audit_events(vault_path) if event == "policy_changed"]
    assert changes == ["retention_years", "min_cell.acme"]
    with Notebook.open(vault_path, PASSPHRASE, record=False) as notebook:
        assert notebook.organisations.get("acme").min_cell == 7


def test_policy_set_without_yes_needs_confirmation(vault_path: Path) -> None:
    code, _, err = policy(vault_path, "--set", "retention_years=3")
    assert code == 2
    assert "--yes" in err
    assert "retention_years=2" in policy(vault_path)[1].splitlines()


@pytest.mark.parametrize(
    "assignment",
    ["bewaartermijn=3", "retention_years=0", "retention_years=11", "retention_years=twee", "min_cell.acme=2",
     "min_cell.acme=11", "min_cell.onbekend=5", "backup.enabled=misschien", "autolock_minutes=-1"],
)
def test_bad_policy_exits_5_and_changes_nothing(vault_path: Path, assignment: str) -> None:
    _, before, _ = policy(vault_path)
    events = audit_events(vault_path)
    # A valid change alongside is not applied either: all are validated first.
    code, out, err = policy(vault_path, "--set", "autolock_minutes=9", "--set", assignment, "--yes")
    assert code == 5
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert policy(vault_path)[1] == before
    assert [e for e in audit_events(vault_path) if e[0] == "policy_changed"] == \
        [e for e in events if e[0] == "policy_changed"]


def test_audit_log_records_events_without_content(vault_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    assert run_cli("export", str(vault_path), "--out", str(out), "--yes", "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n").returncode == 0
    assert run_cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
    events = audit_events(vault_path)
    names = [e for e, _ in events]
    assert names[0] == "created"
    assert "exported" in names and "checked" in names and names.count("opened") >= 2
    text = repr(events)
    for secret in ("Anna", "Vries", "Intake", "2026-001"):
        assert secret not in text


def test_audit_chain_verifies_and_tampering_is_detected(vault_path: Path) -> None:
    assert run_cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
    with Notebook.open(vault_path, PASSPHRASE, record=False) as notebook:
        assert notebook.audit.broken_entries() == []
        assert len(notebook.audit.entries()) >= 3
    # Someone with the key rewrites history: the 'created' entry's time.
    key = kdf.derive_key(PASSPHRASE, kdf.read_header(vault_path))
    conn = vault.open_raw(vault_path, key, read_only=False)
    conn.execute("UPDATE audit SET at = '2000-01-01T00:00:00+00:00' WHERE id = 1")
    conn.close()
    result = run_cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 4
    assert result.stdout == ""
    assert "beschadigd" in result.stderr
    assert "Traceback" not in result.stderr


def test_removed_audit_entry_is_detected(vault_path: Path) -> None:
    for _ in range(2):
        assert run_cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
    key = kdf.derive_key(PASSPHRASE, kdf.read_header(vault_path))
    conn = vault.open_raw(vault_path, key, read_only=False)
    conn.execute("DELETE FROM audit WHERE id = 2")
    conn.close()
    with Notebook.open(vault_path, PASSPHRASE, record=False) as notebook:
        assert notebook.audit.broken_entries() != []
        assert notebook.check() != []
