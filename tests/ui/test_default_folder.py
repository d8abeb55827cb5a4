"""The default folder for new notebooks and copies is the documents folder the
system names (Qt's QStandardPaths: Windows' known folder, XDG user-dirs on Linux),
not a guessed ``~/Documents`` that a Dutch desktop or a moved folder lacks."""

from __future__ import annotations

import os
from pathlib import Path

from vpnotes.ui.passphrase_dialogs import default_folder


def test_the_systems_documents_folder_is_the_default(tmp_path: Path, qapp: object) -> None:
    documents = tmp_path / "Mijn documenten"
    documents.mkdir()
    config = Path(os.environ["XDG_CONFIG_HOME"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n', encoding="utf-8")
    assert default_folder() == documents


def test_a_documents_folder_that_is_gone_falls_back_to_home(tmp_path: Path, qapp: object) -> None:
    config = Path(os.environ["XDG_CONFIG_HOME"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{tmp_path / "weg"}"\n', encoding="utf-8")
    assert default_folder() == Path.home()
