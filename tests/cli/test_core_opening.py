"""What a VP sees on the command line when a notebook cannot be opened: wrong
passphrase, foreign or damaged files, a missing file, a vault open elsewhere,
a newer or read-only vault. Each gives its exit code of DESIGN.md §7, one
Dutch line on stderr, nothing on stdout, and leaves the file as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, run_cli, sample_case
from vpnotes.errors import (
    DamagedVault,
    NewerVersion,
    NotAVault,
    OpenElsewhere,
    ReadOnlyVault,
    UnknownProfile,
    VaultMissing,
    WrongPassphrase,
)
from vpnotes.store import kdf, schema, vault
from vpnotes.store.notebook import Notebook

WRONG = "dit is zeker niet de goede wachtzin"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def assert_one_clear_line(result: subprocess.CompletedProcess[str], expected: str) -> None:
    """stderr is exactly the one expected Dutch sentence; stdout is empty; no traceback."""
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == expected
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """A closed notebook with one case, in its own folder."""
    folder = tmp_path / "vault"
    folder.mkdir()
    path = folder / "notes.vpnotes"
    with new_notebook(path) as notebook:
        notebook.cases.add(sample_case())
    return path


def raw_key(path: Path) -> bytes:
    return kdf.derive_key(PASSPHRASE, kdf.read_header(path))


# -- wrong passphrase -------------------------------------------------------------------------


def test_wrong_passphrase_repeatedly_exits_3_and_changes_nothing(vault_path: Path) -> None:
    before, files = sha256(vault_path), listing(vault_path.parent)
    for attempt in range(4):
        result = run_cli("check", str(vault_path), "--passphrase-stdin", stdin=f"{WRONG} {attempt}\n")
        assert result.returncode == 3
        assert_one_clear_line(result, WrongPassphrase.nl)
        assert sha256(vault_path) == before
        assert listing(vault_path.parent) == files
    # And the right passphrase still opens it afterwards.
    assert run_cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0


def test_wrong_passphrase_on_other_commands_writes_nothing(vault_path: Path, tmp_path: Path) -> None:
    before = sha256(vault_path)
    doc = tmp_path / "in.json"
    doc.write_text('{"format": "vpnotes-interchange", "version": 1}', encoding="utf-8")
    for args in (("search", str(vault_path), "Anna"), ("import", str(vault_path), str(doc)),
                 ("export", str(vault_path), "--out", str(tmp_path / "out.json"), "--yes"),
                 ("policy", str(vault_path))):
        result = run_cli(*args, "--passphrase-stdin", stdin=WRONG + "\n")
        assert result.returncode == 3, args
        assert_one_clear_line(result, WrongPassphrase.nl)
    assert sha256(vault_path) == before
    assert not (tmp_path / "out.json").exists()


# -- foreign and damaged files ----------------------------------------------------------------


def _random(path: Path, _vault: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _empty(path: Path, _vault: Path) -> None:
    path.write_bytes(b"")


def _plain_sqlite(path: Path, _vault: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hallo')")
    conn.commit()
    conn.close()


def _docx(path: Path, _vault: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")


def _header_only(path: Path, vault_file: Path) -> None:
    path.write_bytes(vault_file.read_bytes()[: kdf.HEADER_SIZE])


def _ten_bytes(path: Path, vault_file: Path) -> None:
    path.write_bytes(vault_file.read_bytes()[:10])


def _cut_mid_page(path: Path, vault_file: Path) -> None:
    path.write_bytes(vault_file.read_bytes()[:5000])


def _cut_at_page(path: Path, vault_file: Path) -> None:
    data = vault_file.read_bytes()
    path.write_bytes(data[: len(data) // 2 // vault.PAGE_SIZE * vault.PAGE_SIZE])


def _vpnb_garbage(path: Path, _vault: Path) -> None:
    # The right magic and a known profile, but random pages: looks like a vault with a wrong key.
    path.write_bytes(kdf.MAGIC + bytes([0]) + os.urandom(4 * vault.PAGE_SIZE - 5))


FOREIGN = {
    "random bytes": (_random, NotAVault.nl, 4),
    "empty file": (_empty, NotAVault.nl, 4),
    "plain SQLite": (_plain_sqlite, NotAVault.nl, 4),
    "docx (zip)": (_docx, NotAVault.nl, 4),
    "vault cut to its 16-byte header": (_header_only, DamagedVault.nl, 4),
    "vault cut to 10 bytes": (_ten_bytes, NotAVault.nl, 4),
    "vault cut inside a page": (_cut_mid_page, DamagedVault.nl, 4),
}


@pytest.mark.parametrize("kind", list(FOREIGN))
def test_foreign_file_exits_4_with_one_dutch_line(kind: str, vault_path: Path, tmp_path: Path) -> None:
    make, message, code = FOREIGN[kind]
    folder = tmp_path / "foreign"
    folder.mkdir()
    target = folder / "notes.vpnotes"
    make(target, vault_path)
    before, files = sha256(target), listing(folder)
    for command in (("check", str(target)), ("search", str(target), "x"), ("policy", str(target))):
        result = run_cli(*command, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert result.returncode == code, (kind, command, result.stderr)
        assert_one_clear_line(result, message)
        assert sha256(target) == before
        assert listing(folder) == files


def test_vault_cut_at_a_page_boundary_is_damaged(vault_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "cut.vpnotes"
    _cut_at_page(target, vault_path)
    before = sha256(target)
    result = run_cli("check", str(target), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 4
    assert_one_clear_line(result, DamagedVault.nl)
    assert sha256(target) == before


def test_magic_header_over_random_pages_reads_as_wrong_passphrase(tmp_path: Path) -> None:
    # Indistinguishable from a wrong key (DESIGN.md §3): exit 3 with the combined message.
    target = tmp_path / "garbage.vpnotes"
    _vpnb_garbage(target, target)
    before = sha256(target)
    result = run_cli("check", str(target), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 3
    assert_one_clear_line(result, WrongPassphrase.nl)
    assert sha256(target) == before


def test_folder_is_not_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "folder.vpnotes"
    folder.mkdir()
    result = run_cli("check", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 4
    assert_one_clear_line(result, NotAVault.nl)
    assert list(folder.iterdir()) == []


def test_missing_file_exits_2_and_creates_nothing(tmp_path: Path) -> None:
    for command in ("check", "search", "policy"):
        args = [command, str(tmp_path / "missing.vpnotes")] + (["x"] if command == "search" else [])
        result = run_cli(*args, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert result.returncode == 2
        assert_one_clear_line(result, VaultMissing.nl)
    assert list(tmp_path.iterdir()) == []


def test_flipped_byte_in_the_middle_is_reported_by_check(vault_path: Path) -> None:
    data = bytearray(vault_path.read_bytes())
    middle = len(data) // 2 + 100  # inside a page's encrypted content, far from page 1
    data[middle] ^= 0x01
    vault_path.write_bytes(bytes(data))
    result = run_cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 4
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert "beschadigd" in result.stderr


@pytest.mark.parametrize("offset", [7, 100, vault.PAGE_SIZE - 1])
def test_damage_in_the_first_page_reads_as_wrong_passphrase(vault_path: Path, offset: int) -> None:
    # In the salt (offset 7) the key changes; elsewhere in page 1 its HMAC fails: SQLCipher
    # cannot tell either from a wrong key, so the message names both (DESIGN.md §3).
    data = bytearray(vault_path.read_bytes())
    data[offset] ^= 0x04
    vault_path.write_bytes(bytes(data))
    before = sha256(vault_path)
    result = run_cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 3
    assert_one_clear_line(result, WrongPassphrase.nl)
    assert sha256(vault_path) == before


def test_unknown_profile_byte_exits_4(vault_path: Path) -> None:
    data = bytearray(vault_path.read_bytes())
    data[4] = 0xEE
    vault_path.write_bytes(bytes(data))
    before = sha256(vault_path)
    result = run_cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 4
    assert_one_clear_line(result, UnknownProfile.nl)
    assert sha256(vault_path) == before


def test_vault_from_a_newer_version_is_refused(vault_path: Path) -> None:
    conn = vault.open_raw(vault_path, raw_key(vault_path), read_only=False)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    before = sha256(vault_path)
    result = run_cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 4
    assert_one_clear_line(result, NewerVersion.nl)
    assert sha256(vault_path) == before


def test_wrong_application_id_is_not_a_vault(vault_path: Path) -> None:
    conn = vault.open_raw(vault_path, raw_key(vault_path), read_only=False)
    conn.execute("PRAGMA application_id = 12345")
    conn.close()
    result = run_cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 4
    assert_one_clear_line(result, NotAVault.nl)


# -- open elsewhere ---------------------------------------------------------------------------


def test_second_process_gets_open_elsewhere(vault_path: Path) -> None:
    holder = Notebook.open(vault_path, PASSPHRASE)  # held open by this test process
    try:
        for command in (("check", str(vault_path)), ("search", str(vault_path), "Anna")):
            result = run_cli(*command, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
            assert result.returncode == 6, result.stderr
            assert_one_clear_line(result, OpenElsewhere.nl)
        # The holder is unaffected and can still write.
        holder.cases.add(sample_case())
    finally:
        holder.close()
    assert run_cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0


def test_open_elsewhere_by_a_child_process(vault_path: Path) -> None:
    script = (
        "import sys\n"
        "from vpnotes.store.notebook import Notebook\n"
        "nb = Notebook.open(sys.argv[1], sys.stdin.readline().rstrip('\\n'))\n"
        "print('open', flush=True)\n"
        "sys.stdin.readline()\n"
        "nb.close()\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(vault_path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(OpenElsewhere):
            Notebook.open(vault_path, PASSPHRASE)
        result = run_cli("search", str(vault_path), "Anna", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert result.returncode == 6
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    # Once the other process has closed it, it opens again.
    Notebook.open(vault_path, PASSPHRASE).close()


# -- read-only location -----------------------------------------------------------------------


def _can_mount_read_only(folder: Path) -> bool:
    """Root ignores chmod, but a read-only bind mount in a private mount namespace stops it."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1"', "sh", str(folder)],
        capture_output=True, timeout=30,
    )
    return probe.returncode == 0


def _read_only_runner(folder: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the CLI with ``folder`` on read-only media (chmod for a normal user, a read-only mount as root)."""
    if not (hasattr(os, "geteuid") and os.geteuid() == 0):
        def with_chmod(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
            files = list(folder.iterdir())
            for file in files:
                file.chmod(0o400)
            folder.chmod(0o500)
            try:
                return run_cli(*args, stdin=stdin)
            finally:
                folder.chmod(0o700)
                for file in files:
                    file.chmod(0o600)
        return with_chmod
    if not _can_mount_read_only(folder):
        pytest.skip("running as root without a way to make a read-only location")

    def with_mount(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
        return subprocess.run(
            ["unshare", "-m", "sh", "-c", script, "sh", str(folder), sys.executable, "-m", "vpnotes", *args],
            input=stdin, capture_output=True, text=True, timeout=120,
        )
    return with_mount


def test_read_only_vault_reads_but_refuses_writes_cli(vault_path: Path, tmp_path: Path) -> None:
    run_read_only = _read_only_runner(vault_path.parent)
    before = sha256(vault_path)
    stdin = PASSPHRASE + "\n"
    result = run_read_only("search", str(vault_path), "Anna", "--passphrase-stdin", stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2026-001"]
    result = run_read_only("check", str(vault_path), "--passphrase-stdin", stdin=stdin)
    assert result.returncode == 0, result.stderr
    doc = tmp_path / "in.json"
    doc.write_text('{"format": "vpnotes-interchange", "version": 1}', encoding="utf-8")
    for command in (("import", str(vault_path), str(doc)), ("policy", str(vault_path), "--set", "retention_years=3",
                                                            "--yes")):
        result = run_read_only(*command, "--passphrase-stdin", stdin=stdin)
        assert result.returncode == 6, (command, result.stderr)
        assert_one_clear_line(result, ReadOnlyVault.nl)
    assert sha256(vault_path) == before
    assert listing(vault_path.parent) == [vault_path.name]


def test_read_only_vault_makes_no_output_it_cannot_log_cli(vault_path: Path, tmp_path: Path) -> None:
    """Report, casus, statement, register, intervention document, contribution (issue 14 D20): each is
    refused with one line saying why, and nothing is written anywhere."""
    from datetime import date

    from vpnotes.domain.model import InformalIntervention, Organisation
    from vpnotes.domain.vocabulary import InterventionType, Sector
    from vpnotes.errors import CannotLog

    with Notebook.open(vault_path, PASSPHRASE) as notebook:
        notebook.organisations.add(Organisation("gent", "Stad Gent", sector=Sector.VLAANDEREN))
        notebook.cases.add(sample_case(organisation="gent", reference="2026-002", informal_intervention=(
            InformalIntervention(InterventionType.GESPREK, date(2026, 1, 14)))))
        notebook.register.add("gent", recorded=date(2026, 2, 3), description="Een klant dreigde")
    run_read_only = _read_only_runner(vault_path.parent)
    before = sha256(vault_path)
    out = tmp_path / "out"
    out.mkdir()
    vault_arg = str(vault_path)
    stdin = PASSPHRASE + "\n"
    for command, more in (
        (("report", vault_arg, "--year", "2026", "--organisation", "acme", "--out", str(out / "r.docx")), ""),
        (("casus", vault_arg, "--case", "2026-001", "--out", str(out / "c.docx"), "--accept-warnings"), ""),
        (("statement", vault_arg, "--organisation", "acme", "--from", "2026-01", "--to", "2026-12",
          "--out", str(out / "s.csv")), ""),
        (("register", vault_arg, "--organisation", "gent", "--out", str(out / "reg.docx")), ""),
        (("intervention-document", vault_arg, "--case", "2026-002", "--out", str(out / "i.docx")), ""),
        (("contribute", vault_arg, str(out / "b.vpnotes"), "--organisation", "acme", "--year", "2026"),
         "oranje kameel danst rond elf vuurtorens\n"),
    ):
        result = run_read_only(*command, "--passphrase-stdin", stdin=stdin + more)
        assert result.returncode == 6, (command, result.stderr)
        assert_one_clear_line(result, CannotLog.nl)
        assert listing(out) == [], command
    assert sha256(vault_path) == before
    assert listing(vault_path.parent) == [vault_path.name]
