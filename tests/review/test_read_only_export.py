"""A full plaintext export of a read-only notebook: refused before anything is written.

The export must be logged (DESIGN.md §7: every full export is in the event log), and a
notebook on read-only media cannot log it. Writing the file first and then failing on
the log left a complete plaintext copy of every name and note on disk while the command
said it was refused (exit 6).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import sample_case
from vpnotes import interchange
from vpnotes.errors import ReadOnlyVault
from vpnotes.store.notebook import Notebook


def test_export_of_a_read_only_notebook_writes_no_file(notebook: Notebook, tmp_path: Path) -> None:
    notebook.cases.add(sample_case())
    out = tmp_path / "export.json"
    notebook.vault.read_only = True  # as when the file lies on read-only media
    try:
        with pytest.raises(ReadOnlyVault):
            interchange.export_file(notebook, out)
    finally:
        notebook.vault.read_only = False
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export.json")]


def test_export_of_a_writable_notebook_is_written_and_logged(notebook: Notebook, tmp_path: Path) -> None:
    notebook.cases.add(sample_case())
    out = tmp_path / "export.json"
    interchange.export_file(notebook, out)
    assert out.exists()
    assert out.stat().st_mode & 0o777 == 0o600
    assert notebook.audit.entries()[-1].event == "exported"
