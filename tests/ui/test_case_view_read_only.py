"""A notebook on a read-only location: the case stays readable, nothing is editable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from helpers import new_notebook, sample_case
from vpnotes.ui.case_view import CaseView


def test_read_only_notebook_keeps_the_case_readable_but_not_editable(qtbot: QtBot, tmp_path: Path) -> None:
    notebook = new_notebook(tmp_path / "ro.vpnotes")
    case_id = notebook.cases.add(sample_case(reference="2026-020"))
    view = CaseView()
    qtbot.addWidget(view)
    view.set_notebook(notebook)
    notebook.vault.read_only = True  # as when the file lies on read-only media
    view.show_case(case_id)
    try:
        assert view.tabs.isEnabled()  # the VP can still switch between the parts of the case
        names = [w.text() for w in view.findChildren(QLineEdit) if w.text() == "Anna de Vries"]
        assert names, "the melder's name is shown"
        editable = [w for w in view.tabs.findChildren(QLineEdit) if w.isVisibleTo(view) and not w.isReadOnly()
                    and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)]
        assert editable == []
        assert not any(b.isEnabled() for b in view.tabs.findChildren(QPushButton))
        # A writable notebook afterwards gets its editors back.
        notebook.vault.read_only = False
        view.show_case(case_id)
        assert any(b.isEnabled() for b in view.tabs.findChildren(QPushButton))
        assert any(not w.isReadOnly() for w in view.tabs.findChildren(QLineEdit))
    finally:
        view.set_notebook(None)
        notebook.close()
