"""A damaged notebook (issue 14 D6, D16): exit 4 with the message to open a
backup for every command that meets the damage, nothing written into the file
once the damage is known, and no copy of it made."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE, new_notebook, run_cli, sample_case
from helpers.rawpages import PAGE
from vpnotes.errors import DamagedVault
from vpnotes.store import vault
from vpnotes.store.notebook import Notebook


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A notebook with one flipped byte in a page of case notes (not the first page)."""
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        for index in range(40):
            case = sample_case(reference=None)
            case.contacts[0].notes = f"notitie {index} " + "lorem ipsum " * 300
            notebook.cases.add(case)
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    # The first page past the schema's own pages whose damage opening does not meet but reading
    # every case does: a page of case notes, wherever the growing schema puts it.
    for page in range(pages // 3, pages):
        flipped = bytearray(data)
        flipped[page * PAGE + 200] ^= 0x40
        path.write_bytes(bytes(flipped))
        if _opens(path) and not _reads_every_case(path):
            return path
    raise AssertionError("no page of case notes found")


def _reads_every_case(path: Path) -> bool:
    try:
        with Notebook.open(path, PASSPHRASE, record=False) as probe:
            probe.cases.all()
    except DamagedVault:
        return False
    return True


def _opens(path: Path) -> bool:
    gc.collect()  # a failed read's statement, held by its traceback, defers the previous close
    try:
        Notebook.open(path, PASSPHRASE, record=False).close()
    except DamagedVault:
        return False
    return True


def test_check_finds_it_and_the_vault_turns_read_only(damaged: Path) -> None:
    notebook = Notebook.open(damaged, PASSPHRASE, record=False)
    with notebook:
        assert notebook.check()
        assert notebook.vault.damaged and notebook.vault.read_only
        before = damaged.read_bytes()
        with pytest.raises(DamagedVault):
            notebook.audit.record("checked")
        with pytest.raises(DamagedVault):
            notebook.vault.write_copy(damaged.parent / "copy.vpnotes")
    assert damaged.read_bytes() == before
    assert sorted(os.listdir(damaged.parent)) == ["v.vpnotes"]


def test_a_damaged_page_met_by_a_read_stops_all_writing(damaged: Path) -> None:
    with Notebook.open(damaged, PASSPHRASE, record=False) as notebook:
        with pytest.raises(DamagedVault):
            notebook.cases.all()  # reads every case: meets the damaged page
        before = damaged.read_bytes()
        with pytest.raises(DamagedVault):
            notebook.cases.add(sample_case(reference=None))
    assert damaged.read_bytes() == before


@pytest.mark.parametrize("command", [
    ["check"],
    ["backup", "{dir}/b.vpnotes"],
    ["passwd"],
    ["export", "--out", "{dir}/e.json", "--yes"],
    ["handover", "{dir}/h.vpnotes", "--yes"],
])
def test_commands_on_a_damaged_notebook_exit_4(damaged: Path, command: list[str]) -> None:
    folder = damaged.parent
    args = [part.replace("{dir}", str(folder)) for part in command]
    stdin = PASSPHRASE + "\n" + (OTHER_PASSPHRASE + "\n" if command[0] in ("passwd", "handover") else "")
    result = run_cli(args[0], str(damaged), *args[1:], "--passphrase-stdin", stdin=stdin)
    assert result.returncode == 4, result.stderr  # backup, passwd, export were exit 1
    assert "reservekopie" in result.stderr and "Traceback" not in result.stderr
    assert sorted(os.listdir(folder)) == ["v.vpnotes"]  # no copy, no output, no temporary file


def test_schema_version_zero_with_tables_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        notebook.cases.add(sample_case())
        notebook.vault.conn.execute("PRAGMA user_version = 0")  # as a copy without it would be
    result = run_cli("check", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 4, result.stderr  # was exit 1 (the migration failed half-way)
    assert DamagedVault.nl in result.stderr
    with pytest.raises(DamagedVault):
        Notebook.open(path, PASSPHRASE)
    raw = vault.open_raw(path, vault.Vault.read_salt(path) and _key(path))
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 0  # untouched
    finally:
        raw.close()


def _key(path: Path) -> bytes:
    from vpnotes.store import kdf

    return kdf.derive_key(PASSPHRASE, kdf.read_header(path))
