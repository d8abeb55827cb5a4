"""Help > Over vpnotes names the version and where releases and their checksums are published (DESIGN §12)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from vpnotes import __version__
from vpnotes.ui.main_window import MainWindow


def test_about_names_version_release_page_and_checksums(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []

    def about(parent: QWidget, title: str, text: str) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "about", about)
    main_window.about_action.trigger()
    [(title, text)] = shown
    assert title == "Over vpnotes"
    assert __version__ in text
    assert "GitHub Releases" in text and "SHA256SUMS" in text
    assert "geen netwerkverbindingen" in text and "nooit naar updates" in text  # Dutch, as shipped
