"""``vpnotes export`` into a folder a sync client uploads warns the VP (DESIGN.md §3:
"When the vault, a backup folder or an export lands in a folder that a sync client
uploads ... the app warns the VP"). ``backup`` warned; the plaintext export did not."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, sample_case
from vpnotes.cli import main


def _export(vault: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    return main(["export", str(vault), "--passphrase-stdin", "--yes", "--out", str(out)])


def test_export_into_a_synced_folder_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    vault = tmp_path / "boek.vpnotes"
    with new_notebook(vault) as notebook:
        notebook.cases.add(sample_case())
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    assert _export(vault, synced / "export.json", monkeypatch) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Dropbox" in captured.err
    assert (synced / "export.json").exists()


def test_export_elsewhere_does_not_warn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    vault = tmp_path / "boek.vpnotes"
    new_notebook(vault).close()
    assert _export(vault, tmp_path / "export.json", monkeypatch) == 0
    assert "Dropbox" not in capsys.readouterr().err
