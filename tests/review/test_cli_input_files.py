"""Files the command line reads besides the notebook: an unreadable one is a user error
(one Dutch sentence, exit 5), never a bug with a traceback (exit 1)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from vpnotes.cli import main


def test_an_unreadable_introduction_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    intro = tmp_path / "inleiding.txt"
    intro.write_text("Dit jaar ...", encoding="utf-8")
    real_read_text = Path.read_text

    def unreadable(self: Path, *args: object, **kwargs: object) -> str:
        if self == intro:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", unreadable)
    code = main(["report", str(tmp_path / "boek.vpnotes"), "--passphrase-stdin", "--year", "2025",
                 "--introduction", str(intro), "--out", str(tmp_path / "r.docx")])
    err = capsys.readouterr().err
    assert code == 5, err
    assert "Traceback" not in err and "PermissionError" not in err
    assert err.strip().splitlines() == ["Het bestand met de inleiding kan niet worden gelezen."]
    assert not (tmp_path / "r.docx").exists()
