"""A disk that fills up during an import: exit 6 with the Dutch "disk full"
message, nothing half-written, the notebook still sound and complete.

The full disk is a small tmpfs mounted in a private mount namespace, which needs
root (or user namespaces) and ``unshare``; elsewhere the test is skipped.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, sample_case
from vpnotes.errors import DiskFull
from vpnotes.store.notebook import Notebook

# Runs inside the namespace: $1 = mount point, $2 = vault, $3 = import file, $4 = python.
SCRIPT = r"""
set -u
mount -t tmpfs -o size=400k tmpfs "$1" || exit 97
cp "$2" "$1/v.vpnotes"
"$4" -m vpnotes import "$1/v.vpnotes" "$3" --passphrase-stdin < "$1/../pass" > "$1/../import.out" 2> "$1/../import.err"
echo $? > "$1/../import.rc"
"$4" -m vpnotes check "$1/v.vpnotes" --passphrase-stdin < "$1/../pass" > /dev/null 2> "$1/../check.err"
echo $? > "$1/../check.rc"
ls -A "$1" > "$1/../listing"
cp "$1/v.vpnotes" "$1/../after.vpnotes"
rm "$1/v.vpnotes"
dd if=/dev/zero of="$1/fill" bs=4k 2> /dev/null
"$4" -m vpnotes export "$2" --out "$1/export.json" --yes --passphrase-stdin < "$1/../pass" 2> "$1/../export.err"
echo $? > "$1/../export.rc"
ls -A "$1" > "$1/../export.listing"
"""


def test_disk_full_during_import_or_export_changes_nothing(tmp_path: Path) -> None:
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not available")
    vault_file = tmp_path / "v.vpnotes"
    with new_notebook(vault_file) as notebook:
        notebook.cases.add(sample_case())
    cases = [{"kind": "melding", "categories": ["pesten"], "opened": "2026-01-05",
              "melder": {"role": "medewerker", "name": f"Persoon {j}"},
              "contacts": [{"date": "2026-01-05", "minutes": 30, "mode": "persoonlijk",
                            "notes": "Lange notitie over het gesprek. " * 1000}]}
             for j in range(40)]  # about 1.3 MB of notes: far more than the 400 kB disk holds
    source = tmp_path / "big.json"
    source.write_text(json.dumps({"format": "vpnotes-interchange", "version": 1, "cases": cases}), encoding="utf-8")
    (tmp_path / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["unshare", "-m", "sh", "-c", SCRIPT, "sh", str(mount), str(vault_file), str(source),
                             sys.executable], capture_output=True, text=True, timeout=300)
    if result.returncode == 97 or "unshare failed" in result.stderr or "Operation not permitted" in result.stderr:
        pytest.skip("cannot mount a small disk here (needs root or user namespaces)")
    assert result.returncode == 0, result.stderr

    assert (tmp_path / "import.rc").read_text().strip() == "6"
    assert (tmp_path / "import.out").read_text() == ""
    assert (tmp_path / "import.err").read_text().strip() == DiskFull.nl
    assert (tmp_path / "check.rc").read_text().strip() == "0", (tmp_path / "check.err").read_text()
    assert (tmp_path / "listing").read_text().split() == ["v.vpnotes"]  # no journal or partial file left
    # An export to a full disk: refused, and no partial plaintext file is left behind.
    assert (tmp_path / "export.rc").read_text().strip() == "6"
    assert (tmp_path / "export.err").read_text().strip() == DiskFull.nl
    assert (tmp_path / "export.listing").read_text().split() == ["fill"]
    with Notebook.open(tmp_path / "after.vpnotes", PASSPHRASE, record=False) as notebook:
        assert [c.reference for c in notebook.cases.all()] == ["2026-001"]
        assert [e.event for e in notebook.audit.entries()].count("imported") == 0
        assert notebook.check() == []
