"""A 100 % full disk (issue 14 D5), on a real small file system: a tmpfs mounted
in a private mount namespace (needs root or user namespaces and ``unshare``;
skipped elsewhere; the injected ENOSPC/SQLITE_FULL cases are in
tests/store/test_platform.py and test_copies_and_cleanup.py).

Reading commands work; every copy, passphrase change, handover and purge is
refused with the Dutch "disk full" message (exit 6), nothing is left on either
disk (an export or backup to another disk is removed again when the notebook
cannot log it), and the notebook is as before.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE, new_notebook
from helpers.lifecycle_data import planted_case
from vpnotes.errors import DiskFull
from vpnotes.store.notebook import Notebook

# $1 = mount point, $2 = vault template, $3 = python, $4 = folder for results (another disk).
SCRIPT = r"""
set -u
mount -t tmpfs -o size=3m tmpfs "$1" || exit 97
cp "$2" "$1/v.vpnotes"
dd if=/dev/zero of="$1/fill" bs=4k 2> /dev/null
run() {  # name, stdin, command...
    name=$1; input=$2; shift 2
    printf "$input" | "$3_PY" -m vpnotes "$@" --passphrase-stdin > "$OUT/$name.out" 2> "$OUT/$name.err"
    echo $? > "$OUT/$name.rc"
}
"""

STEPS = r"""
P=$(cat "$OUT/pass"); N=$(cat "$OUT/new")
run search "$P\n" search "$1/v.vpnotes" qzfullmelder
run audit "$P\n" audit "$1/v.vpnotes"
run backup_here "$P\n" backup "$1/v.vpnotes" "$1/b.vpnotes"
run backup_there "$P\n" backup "$1/v.vpnotes" "$OUT/b.vpnotes"
run passwd "$P\n$N\n" passwd "$1/v.vpnotes"
run handover "$P\n$N\n" handover "$1/v.vpnotes" "$OUT/h.vpnotes" --yes
run purge "$P\n" purge "$1/v.vpnotes" --yes
run export_there "$P\n" export "$1/v.vpnotes" --out "$OUT/e.json" --yes
run access_there "$P\n" access "$1/v.vpnotes" --person "Xaviera qzfullmelder" --out "$OUT/a.json"
ls -A "$1" > "$OUT/listing"
cp "$1/v.vpnotes" "$OUT/after.vpnotes"
"""


def test_a_full_disk(tmp_path: Path) -> None:
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not available")
    template = tmp_path / "template.vpnotes"
    with new_notebook(template) as notebook:
        notebook.cases.add(planted_case("qzfull", closed=date(2021, 12, 1)))
        notebook.cases.add(planted_case("qzopen", closed=None))
    before = template.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    (out / "pass").write_text(PASSPHRASE, encoding="utf-8")
    (out / "new").write_text(OTHER_PASSPHRASE, encoding="utf-8")
    mount = tmp_path / "disk"
    mount.mkdir()
    script = SCRIPT.replace('"$3_PY"', f'"{sys.executable}"') + STEPS
    result = subprocess.run(["unshare", "-m", "sh", "-c", f"OUT='{out}'; " + script, "sh", str(mount), str(template)],
                            capture_output=True, text=True, timeout=600)
    if result.returncode == 97 or "unshare failed" in result.stderr or "Operation not permitted" in result.stderr:
        pytest.skip("cannot mount a small disk here (needs root or user namespaces)")

    def step(name: str) -> tuple[int, str, str]:
        return (int((out / f"{name}.rc").read_text()), (out / f"{name}.out").read_text(),
                (out / f"{name}.err").read_text().strip())

    # Reading works on a full disk (was exit 1: the "opened" entry could not be written).
    rc, stdout, err = step("search")
    assert rc == 0 and stdout.strip() != "", err
    rc, stdout, err = step("audit")
    assert rc == 0 and "Notitieboek aangemaakt" in stdout, err
    # Every writing command: exit 6 with the disk-full message (was exit 1 for passwd, backup, handover, purge).
    for name in ("backup_here", "backup_there", "passwd", "handover", "purge", "export_there", "access_there"):
        rc, _, err = step(name)
        assert (rc, err.splitlines()[-1]) == (6, DiskFull.nl), name
    # Nothing half-made on the full disk, and no unlogged copy on the other one.
    assert (out / "listing").read_text().split() == ["fill", "v.vpnotes"]
    assert not any((out / name).exists() for name in ("b.vpnotes", "h.vpnotes", "e.json", "a.json"))
    assert (out / "after.vpnotes").read_bytes() == before
    with Notebook.open(out / "after.vpnotes", PASSPHRASE, record=False) as notebook:
        assert notebook.check() == []
