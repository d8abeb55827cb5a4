"""Dutch weak passphrases are refused by init, passwd and handover with exit 5 (issue 9 item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, run_cli

WEAK = ["Wachtwoord2024!", "Welkom2025!!", "Zomer2026!", "Vertrouwenspersoon1!"]


@pytest.mark.parametrize("weak", WEAK)
def test_init_refuses_dutch_weak_passphrases(tmp_path: Path, weak: str) -> None:
    path = tmp_path / "v.vpnotes"
    result = run_cli("init", str(path), "--passphrase-stdin", stdin=weak + "\n")
    assert result.returncode == 5, result.stderr
    assert "makkelijk te raden" in result.stderr or "Te kort" in result.stderr
    assert weak not in result.stderr and not path.exists()


def test_init_refuses_the_organisations_name(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    result = run_cli("init", str(path), "--organisation", "rivier=Zorggroep Rivierland",
                     "--passphrase-stdin", stdin="Zorggroep Rivierland 2024!\n")
    assert result.returncode == 5 and not path.exists()


def test_passwd_and_handover_refuse_the_notebooks_organisation_and_dutch_words(tmp_path: Path) -> None:
    vault = tmp_path / "v.vpnotes"
    new_notebook(vault, organisation="acme").close()  # organisation "Acme BV"
    salt = vault.read_bytes()[:16]
    for weak in ("Acme BV 2026!!!", "Welkom2025!!"):
        passwd = run_cli("passwd", str(vault), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{weak}\n")
        assert passwd.returncode == 5, passwd.stderr
        dest = tmp_path / "opvolger.vpnotes"
        handover = run_cli("handover", str(vault), str(dest), "--yes", "--passphrase-stdin",
                           stdin=f"{PASSPHRASE}\n{weak}\n")
        assert handover.returncode == 5, handover.stderr
        assert not dest.exists()
    assert vault.read_bytes()[:16] == salt
