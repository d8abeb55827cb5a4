"""Helpers for the Qt tests: a clock tests move by hand, a notebook with
recognisable case texts, and a walker that collects every text a widget tree
shows or holds (to prove that locking leaves no case data behind)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from helpers import sample_case
from vpnotes.domain.model import Activity, Betrokkene, Contact, Expense, FollowUp, Melder, Signal
from vpnotes.domain.vocabulary import ActivityKind, Category, ContactMode, ExpenseKind, MelderRole, Relation
from vpnotes.store.notebook import Notebook

# Case data that must never remain visible once the notebook is locked.
CASE_TEXTS = ("Zoë Ëlberg", "Anna de Vries", "Pieter Bakker", "ruzie bij de koffieautomaat",
              "Marloes Jansen", "nachtdienst", "2026-001")


class FakeClock:
    """Monotonic and wall-clock time that tests move by hand."""

    def __init__(self) -> None:
        self.mono = 1000.0
        self.now = 1_700_000_000.0

    def monotonic(self) -> float:
        return self.mono

    def wall(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Time passes while the computer is awake."""
        self.mono += seconds
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        """The computer is suspended: only the wall clock moves."""
        self.now += seconds


def fill(notebook: Notebook) -> None:
    """A few cases, follow-ups, an activity, a signal and an expense with recognisable texts."""
    today = date.today()
    first = sample_case(
        reference="2026-001",
        melder=Melder(role=MelderRole.MEDEWERKER, name="Zoë Ëlberg", department="Financiën"),
        betrokkenen=[Betrokkene(relation=Relation.LEIDINGGEVENDE, name="Pieter Bakker")],
        contacts=[Contact(date=today - timedelta(days=3), minutes=50, mode=ContactMode.PERSOONLIJK,
                          summary="Intake", notes="ruzie bij de koffieautomaat")],
        followups=[FollowUp(due=today, text="Bellen over de nachtdienst")],
    )
    notebook.cases.add(first)
    notebook.cases.add(sample_case(categories=[Category.DISCRIMINATIE]))  # Anna de Vries
    notebook.cases.add(sample_case(
        melder=Melder(role=MelderRole.LEIDINGGEVENDE, name="Marloes Jansen"),
        followups=[FollowUp(due=today - timedelta(days=2), text="Verslag nachtdienst nalezen")],
    ))
    notebook.work.add_activity(Activity(organisation="acme", date=today, kind=ActivityKind.VOORLICHTING,
                                        hours=2.0, description="Voorlichting nachtdienst"))
    notebook.work.add_signal(Signal(organisation="acme", year=today.year, text="Signaal over de nachtdienst"))
    notebook.work.add_expense(Expense(organisation="acme", date=today, kind=ExpenseKind.REISKOSTEN, amount_cents=1250,
                                      description="Taxi na de nachtdienst", case_reference="2026-001"))


def texts_in(root: QWidget) -> list[str]:
    """Every text a widget tree shows or holds: fields, labels, buttons, titles, combo
    items, and every role of every item of every model (walked recursively)."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    models: list[QAbstractItemModel] = list(root.findChildren(QAbstractItemModel))
    for widget in widgets:
        found.append(widget.windowTitle())
        found.append(widget.toolTip())
        found.append(widget.accessibleName())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            found.append(widget.toPlainText())
        elif isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
            found.append(widget.currentText())
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            models.append(widget.model())
    for model in dict.fromkeys(models):
        found += _model_texts(model, QModelIndex())
    return [text for text in found if text]


def _public(model: QAbstractItemModel, method: str, index: QModelIndex) -> Any:
    """Call ``method``; PySide6 makes columnCount/hasChildren private on Qt's own list and
    table models (a QListWidget's), so those are called through the base class."""
    try:
        return getattr(model, method)(index)
    except TypeError:
        return getattr(QAbstractItemModel, method)(model, index)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> list[str]:
    texts: list[str] = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole)
    for row in range(model.rowCount(parent)):
        for column in range(max(_public(model, "columnCount", parent), 1)):
            index = model.index(row, column, parent)
            for role in roles:
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
            if column == 0 and _public(model, "hasChildren", index):
                texts += _model_texts(model, index)
    return texts


def case_text_left(root: QWidget) -> list[str]:
    """The CASE_TEXTS still found anywhere in ``root``."""
    joined = "\n".join(texts_in(root))
    return [text for text in CASE_TEXTS if text in joined]


def unlock_with(window: Any, notebook: Notebook, passphrase: str) -> None:
    """Close ``notebook`` and unlock its file through the lock screen, as the VP does."""
    path = notebook.vault.path
    notebook.close()
    window.show_unlock(path)
    window.unlock.passphrase.setText(passphrase)
    window.unlock.submit()
