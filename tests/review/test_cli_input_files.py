"""Files the command line reads besides the notebook: an unreadable one is a user error
(one Dutch sentence, exit 5), never a bug with a traceback (exit 1)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from vpnotes.cli import main


def test_an_unreadable_introduction_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    intro = tmp_path / "inleiding.txt"
    intro.write_text("Dit jaar ...", encoding="utf-8")
    real_open = os.open

    def unreadable(path: str | Path, flags: int) -> int:
        if Path(path) == intro:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags)

    monkeypatch.setattr(os, "open", unreadable)
    code = main(["report", str(tmp_path / "boek.vpnotes"), "--passphrase-stdin", "--year", "2025",
                 "--introduction", str(intro), "--out", str(tmp_path / "r.docx")])
    err = capsys.readouterr().err
    assert code == 5, err
    assert "Traceback" not in err and "PermissionError" not in err
    assert err.strip().splitlines() == ["Het bestand met de inleiding kan niet worden gelezen."]
    assert not (tmp_path / "r.docx").exists()
