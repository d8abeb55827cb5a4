"""Bestand > Registratie uit spreadsheet overnemen (DESIGN.md §11, issue 11).

A wizard over :mod:`vpnotes.interchange.sheet`, the same steps as
``vpnotes import-sheet``:

1. The file and its sheet; a saved mapping may be loaded here, and then the
   wizard goes straight to the preview (next year's sheet in one click).
2. The header row (title rows above it are skipped), with the first rows shown.
3. Columns to fields, the proposal filled in.
4. Values to codes: every value the proposal could not place is listed first.
5. Consent (registered or statistics only) and, when the sheet does not say, the
   organisation.
6. The preview: cases per organisation and year, what the import makes, and every
   problem by row and column; "Import" writes all or nothing on the worker.
7. The summary, with "Save mapping…".

Reading, checking and importing run on the worker with progress; the notebook is
never written before the VP presses "Import".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vpnotes.domain.vocabulary import Category
from vpnotes.errors import ReadOnlyVault, VpnotesError
from vpnotes.interchange.sheet import Checked, Mapping, Proposal, Sheet, Target, Workbook, check, propose
from vpnotes.interchange.sheet import load_file as load_mapping
from vpnotes.interchange.sheet.convert import cell_text, column_names, fingerprint, import_checked
from vpnotes.interchange.sheet.mapping import CATEGORY_COLUMN, IDENTIFYING, IGNORE, column_fields
from vpnotes.interchange.sheet.propose import propose_values
from vpnotes.interchange.sheet.words import CODED_FIELDS
from vpnotes.interchange.writing import ImportResult
from vpnotes.store.notebook import Notebook
from vpnotes.ui import crash
from vpnotes.ui.i18n import label
from vpnotes.ui.passphrase_dialogs import MessageLabel
from vpnotes.ui.tasks import busy_bar
from vpnotes.ui.widgets import tr
from vpnotes.ui.worker import Busy

if TYPE_CHECKING:
    from vpnotes.ui.main_window import MainWindow

PREVIEW_ROWS = 12
SHEET_FILTER = "*.xlsx *.xls *.ods *.csv"


def field_labels() -> dict[str, str]:
    """Each field a column can fill, as the VP reads it."""
    labels = {
        IGNORE: tr("(ignore this column)"),
        "reference": tr("Reference"),
        "organisation": tr("Organisation"),
        "kind": tr("Kind (advice, report, signal)"),
        "categories": tr("Categories"),
        "opened": tr("Date opened"),
        "closed": tr("Date closed"),
        "title": tr("Subject"),
        "melder.name": tr("Melder: name"),
        "melder.email": tr("Melder: e-mail"),
        "melder.phone": tr("Melder: phone"),
        "melder.role": tr("Melder: role"),
        "melder.position": tr("Melder: position"),
        "melder.department": tr("Melder: department"),
        "melder.gender": tr("Melder: gender"),
        "betrokkene.name": tr("Person concerned: name"),
        "betrokkene.relation": tr("Person concerned: relation"),
        "betrokkene.department": tr("Person concerned: department"),
        "referrals": tr("Referred to"),
        "outcomes": tr("Outcomes"),
        "contacts.count": tr("Number of contacts"),
        "contacts.minutes": tr("Total time (minutes)"),
        "contacts.mode": tr("Contact mode"),
        "notes": tr("Notes"),
    }
    return {name: labels[name] for name in column_fields()}


def _text(text: str) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    return widget


def _table(headers: list[str], accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setAccessibleName(accessible)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class FilePage(QWizardPage):
    def __init__(self, wizard: SheetWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Spreadsheet"))
        self.setSubTitle(self.tr("Choose your registration: an Excel or LibreOffice workbook, or a csv file."))
        layout = QVBoxLayout(self)
        layout.addWidget(_text(self.tr(
            "Every row of the sheet becomes a case. Nothing is written to your notebook before the last step, "
            "and then only when every row can be taken over.")))
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Spreadsheet file"))
        self.path.editingFinished.connect(lambda: self.open_file(self.path.text().strip()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        form.addRow(self.tr("&Sheet:"), self.sheet)
        mapping_row = QHBoxLayout()
        self.mapping_label = QLabel(self.tr("None: the wizard proposes one."))
        self.mapping_label.setWordWrap(True)
        load = QPushButton(self.tr("&Use a saved mapping…"))
        load.setToolTip(self.tr("The mapping you saved last time: the wizard then goes straight to the preview."))
        load.clicked.connect(self._load_mapping)
        mapping_row.addWidget(self.mapping_label, 1)
        mapping_row.addWidget(load)
        form.addRow(self.tr("Mapping:"), mapping_row)
        layout.addLayout(form)
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        self.progress = busy_bar(self.tr("Reading the spreadsheet"))
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path = self.owner.choose_sheet_path()
        if path:
            self.path.setText(path)
            self.open_file(path)

    def _load_mapping(self) -> None:
        path = self.owner.choose_mapping_path()
        if not path:
            return
        try:
            self.owner.saved_mapping = load_mapping(path)
        except VpnotesError as exc:
            self.error.show_message(exc.message)
            return
        self.error.clear_message()
        self.owner.table = None  # read again, so the loaded mapping replaces any proposal made before
        self.mapping_label.setText(Path(path).name)
        sheet = self.owner.saved_mapping.sheet
        if sheet is not None and self.sheet.findText(sheet) >= 0:
            self.sheet.setCurrentText(sheet)

    def open_file(self, path: str) -> None:
        """Read the file's sheet names (on the worker)."""
        if not path or (self.owner.workbook is not None and str(self.owner.workbook.path) == path):
            return
        self.owner.workbook = None
        self.sheet.clear()
        self.owner.run(lambda: Workbook(path), self._opened, self.error, self.progress)

    def _opened(self, workbook: Workbook) -> None:
        self.owner.workbook = workbook
        self.sheet.addItems(workbook.sheet_names)
        self.sheet.setEnabled(len(workbook.sheet_names) > 1)
        saved = self.owner.saved_mapping
        if saved is not None and saved.sheet in workbook.sheet_names:
            self.sheet.setCurrentText(saved.sheet)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.workbook is not None and not self.owner.running

    def validatePage(self) -> bool:
        workbook = self.owner.workbook
        if workbook is None:
            return False
        name = self.sheet.currentText() or None
        if self.owner.table is not None and self.owner.table.name == name and self.owner.table_file == workbook.path:
            return True
        target = self.owner.target
        saved = self.owner.saved_mapping

        def work() -> tuple[Sheet, Proposal]:
            table = workbook.sheet(name)
            if saved is not None:
                return table, Proposal(saved)
            return table, propose(table, target)

        self.owner.run(work, self._read, self.error, self.progress)
        return False

    def _read(self, result: tuple[Sheet, Proposal]) -> None:
        table, proposal = result
        workbook = self.owner.workbook
        assert workbook is not None
        self.owner.table, self.owner.table_file = table, workbook.path
        self.owner.proposal = proposal
        proposal.mapping.sheet = table.name if len(workbook.sheet_names) > 1 else None
        self.owner.next()

    def nextId(self) -> int:
        return SheetWizard.PREVIEW if self.owner.saved_mapping is not None else SheetWizard.HEADER


class HeaderPage(QWizardPage):
    def __init__(self, wizard: SheetWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Header row"))
        self.setSubTitle(self.tr("The row with the column names. Title rows above it are skipped."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.row = QSpinBox()
        self.row.setMinimum(1)
        self.row.setAccessibleName(self.tr("Header row"))
        self.row.setMaximumWidth(120)
        self.row.valueChanged.connect(self._mark)
        form.addRow(self.tr("Column names are in &row:"), self.row)
        layout.addLayout(form)
        self.table = _table([], self.tr("The first rows of the sheet"))
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        table = self.owner.table
        proposal = self.owner.proposal
        assert table is not None and proposal is not None
        shown = table.rows[:max(PREVIEW_ROWS, proposal.mapping.header_row + 4)]
        width = min(table.width, 30)
        self.table.clear()
        self.table.setRowCount(len(shown))
        self.table.setColumnCount(width)
        self.table.setHorizontalHeaderLabels([_column_letter(i) for i in range(width)])
        self.table.setVerticalHeaderLabels([str(i + 1) for i in range(len(shown))])
        self.table.verticalHeader().setVisible(True)
        for r, cells in enumerate(shown):
            for c in range(min(width, len(cells))):
                self.table.setItem(r, c, _item(cell_text(cells[c])))
        self.row.setMaximum(max(1, len(table.rows)))
        self.row.setValue(proposal.mapping.header_row)
        self._mark()

    def _mark(self) -> None:
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is not None:
                    font = item.font()
                    font.setBold(r + 1 == self.row.value())
                    item.setFont(font)

    def validatePage(self) -> bool:
        proposal = self.owner.proposal
        table = self.owner.table
        assert proposal is not None and table is not None
        if self.row.value() != proposal.mapping.header_row:
            sheet_name = proposal.mapping.sheet
            self.owner.proposal = propose(table, self.owner.target, header_row=self.row.value())
            self.owner.proposal.mapping.sheet = sheet_name
        return True


class _ChoicesPage(QWizardPage):
    """A page with a table of (what, what it looks like, a choice) rows and a note below."""

    def __init__(self, wizard: SheetWizard, title: str, subtitle: str, headers: list[str], accessible: str) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        layout = QVBoxLayout(self)
        self.table = _table(headers, accessible)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        self.note = MessageLabel("warning")
        layout.addWidget(self.note)


class ColumnsPage(_ChoicesPage):
    def __init__(self, wizard: SheetWizard) -> None:
        super().__init__(
            wizard, self.tr("Columns"),
            self.tr("What each column holds. The proposal is filled in; check it and change what is wrong. A "
                    "column with crosses can stand for one category."),
            [self.tr("Column"), self.tr("Examples"), self.tr("Goes to")], self.tr("Columns and the fields they fill"))
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        proposal = self.owner.proposal
        table = self.owner.table
        assert proposal is not None and table is not None
        m = proposal.mapping
        header = table.rows[m.header_row - 1]
        names = column_names(header, table.width)
        self.table.setRowCount(len(names))
        self.combos = {}
        options = [(name, text) for name, text in field_labels().items()]
        options += [(CATEGORY_COLUMN + c.value, self.tr("Category: %1").replace("%1", label(c))) for c in Category]
        for r, name in enumerate(names):
            self.table.setItem(r, 0, _item(name))
            samples = [cell_text(row[r]) for row in table.rows[m.header_row:m.header_row + 40]
                       if r < len(row) and cell_text(row[r])]
            self.table.setItem(r, 1, _item(", ".join(dict.fromkeys(samples[:40]).keys())[:200]))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", name))
            for code, text in options:
                combo.addItem(text, code)
            index = combo.findData(m.columns.get(name, IGNORE))
            combo.setCurrentIndex(max(index, 0))
            self.table.setCellWidget(r, 2, combo)
            self.combos[name] = combo
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 220))
        self.table.setColumnWidth(2, 260)
        unplaced = proposal.unplaced_columns
        self.note.show_message(self.tr("Not placed by the proposal: %1.").replace(
            "%1", ", ".join(f"'{c}'" for c in unplaced)) if unplaced else "")

    def chosen(self) -> dict[str, str]:
        return {name: str(combo.currentData()) for name, combo in self.combos.items()}

    def validatePage(self) -> bool:
        proposal = self.owner.proposal
        table = self.owner.table
        assert proposal is not None and table is not None
        columns = self.chosen()
        used: dict[str, str] = {}
        for name, target in columns.items():
            if target != IGNORE and not target.startswith(CATEGORY_COLUMN) and target in used:
                self.note.show_message(self.tr("'%1' and '%2' both go to %3; choose one.").replace(
                    "%1", used[target]).replace("%2", name).replace("%3", field_labels()[target]))
                return False
            used[target] = name
        proposal.mapping.columns = columns
        refreshed = propose_values(table, proposal.mapping, self.owner.target)
        refreshed.unplaced_columns = [n for n, t in columns.items() if t == IGNORE and n in proposal.unplaced_columns]
        self.owner.proposal = refreshed
        return True


class ValuesPage(_ChoicesPage):
    def __init__(self, wizard: SheetWizard) -> None:
        super().__init__(
            wizard, self.tr("Values"),
            self.tr("What each word in the sheet means. Values the proposal could not place are at the top: "
                    "choose a meaning for each."),
            [self.tr("Field"), self.tr("Value in the sheet"), self.tr("Means")], self.tr("Values and their meaning"))
        self.combos: list[tuple[str, str, QComboBox]] = []

    def initializePage(self) -> None:
        proposal = self.owner.proposal
        assert proposal is not None
        m = proposal.mapping
        labels = field_labels()
        entries = [(name, text, code) for name, table in m.values.items() for text, code in table.items()]
        entries.sort(key=lambda e: (e[2] is not None, list(m.values).index(e[0])))
        self.table.setRowCount(len(entries))
        self.combos = []
        for r, (name, text, code) in enumerate(entries):
            self.table.setItem(r, 0, _item(labels.get(name, name)))
            shown = text if text else (self.tr("(empty cell)") if m.column_of(name) else self.tr("(every row)"))
            value = _item(shown)
            if code is None:
                value.setForeground(QColor("#a33b00"))
            self.table.setItem(r, 1, value)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Meaning of %1").replace("%1", shown))
            combo.addItem(self.tr("— choose —"), None)
            for key, display in self._choices(name):
                combo.addItem(display, key)
            combo.setCurrentIndex(max(combo.findData(code), 0) if code is not None else 0)
            combo.currentIndexChanged.connect(self.completeChanged)
            self.table.setCellWidget(r, 2, combo)
            self.combos.append((name, text, combo))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 260)

    def _choices(self, name: str) -> list[tuple[str, str]]:
        if name == "organisation":
            return sorted(self.owner.target.organisations.items(), key=lambda kv: kv[1].casefold())
        return [(member.value, label(member)) for member in CODED_FIELDS[name]]  # type: ignore[arg-type]

    def undecided(self) -> int:
        return sum(1 for _, _, combo in self.combos if combo.currentData() is None)

    def isComplete(self) -> bool:
        count = self.undecided()
        self.note.show_message(self.tr("%1 values still need a meaning.").replace("%1", str(count)) if count else "")
        return count == 0

    def validatePage(self) -> bool:
        proposal = self.owner.proposal
        assert proposal is not None
        for name, text, combo in self.combos:
            data = combo.currentData()
            proposal.mapping.values.setdefault(name, {})[text] = None if data is None else str(data)
        return True


class ConsentPage(QWizardPage):
    def __init__(self, wizard: SheetWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Consent"))
        self.setSubTitle(self.tr("Did these melders consent to registration of their details?"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation of these cases"))
        self.organisation_label = QLabel(self.tr("&Organisation:"))
        self.organisation_label.setBuddy(self.organisation)
        form.addRow(self.organisation_label, self.organisation)
        layout.addLayout(form)
        self.registered = QRadioButton(self.tr("&Yes: take over the cases with names, departments and notes"))
        self.skeleton = QRadioButton(self.tr("&No, or not known: take over statistics only"))
        self.group = QButtonGroup(self)
        for button in (self.registered, self.skeleton):
            self.group.addButton(button)
            layout.addWidget(button)
        self.group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        self.explanation = _text("")
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        self.organisation.currentIndexChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        proposal = self.owner.proposal
        assert proposal is not None
        m = proposal.mapping
        needs_organisation = m.column_of("organisation") is None
        self.organisation.clear()
        self.organisation.addItem(self.tr("— choose —"), None)
        for key, name in sorted(self.owner.target.organisations.items(), key=lambda kv: kv[1].casefold()):
            self.organisation.addItem(name, key)
        if m.organisation is not None:
            self.organisation.setCurrentIndex(max(self.organisation.findData(m.organisation), 0))
        self.organisation.setVisible(needs_organisation)
        self.organisation_label.setVisible(needs_organisation)
        self.registered.setChecked(m.consent == "registered")
        self.skeleton.setChecked(m.consent == "skeleton")
        dropped = [h for h, t in m.columns.items() if t in IDENTIFYING]
        text = self.tr(
            "Choose yes only when these melders agreed to registration, as you ask at intake. With statistics "
            "only, every row becomes a case reduced to figures (months instead of dates, no free text), as "
            "retention leaves it.")
        if dropped:
            text += " " + self.tr("These columns are then not taken over: %1.").replace(
                "%1", ", ".join(f"'{c}'" for c in dropped))
        self.explanation.setText(text)

    def isComplete(self) -> bool:
        organisation_ok = not self.organisation.isVisibleTo(self) or self.organisation.currentData() is not None
        return self.group.checkedButton() is not None and organisation_ok

    def validatePage(self) -> bool:
        proposal = self.owner.proposal
        assert proposal is not None
        proposal.mapping.consent = "registered" if self.registered.isChecked() else "skeleton"
        if self.organisation.isVisibleTo(self):
            data = self.organisation.currentData()
            proposal.mapping.organisation = None if data is None else str(data)
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: SheetWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What will be taken over, and every problem to solve first."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        self.summary = _text("")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.problems = _table([self.tr("Row"), self.tr("Column"), self.tr("Problem")],
                               self.tr("Problems by row and column"))
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)  # takes the room of the problems table when there are none
        self.error = MessageLabel("error")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        save = QPushButton(self.tr("&Save mapping…"))
        save.setToolTip(self.tr("Keep these choices for next year's sheet."))
        save.clicked.connect(wizard.save_mapping)
        row.addWidget(save)
        row.addStretch(1)
        layout.addLayout(row)
        self.saved = MessageLabel("info")
        layout.addWidget(self.saved)
        self.progress = busy_bar(self.tr("Checking the rows"))
        layout.addWidget(self.progress)

    def initializePage(self) -> None:
        self.owner.checked = None
        self.summary.setText(self.tr("Checking every row…"))
        self.problems.setRowCount(0)
        self.owner.check_rows(self._show)

    def _show(self, checked: Checked) -> None:
        self.owner.checked = checked
        lines = checked.summary_lines()
        if checked.ok:
            lines.append(self.tr("No problems found: press Import to take over every case."))
        else:
            lines.append(self.tr("%1 problems: nothing can be taken over until every one is solved (go back, "
                                 "or correct the sheet and start again).").replace("%1", str(len(checked.problems))))
        self.summary.setText("\n".join(lines))
        shown = checked.problems[:200]
        self.problems.setRowCount(len(shown))
        for r, problem in enumerate(shown):
            self.problems.setItem(r, 0, _item("" if problem.row is None else str(problem.row)))
            self.problems.setItem(r, 1, _item(problem.column or ""))
            self.problems.setItem(r, 2, _item(problem.nl if _dutch() else problem.en))
        self.problems.resizeColumnToContents(0)
        self.problems.setColumnWidth(1, min(max(self.problems.columnWidth(1), 120), 220))
        self.problems.setVisible(bool(shown))
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretch(layout.indexOf(self.problems) + 1, 0 if shown else 1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        checked = self.owner.checked
        return checked is not None and checked.ok and not self.owner.running

    def validatePage(self) -> bool:
        if self.owner.import_result is not None:
            return True
        self.owner.import_rows()
        return False


class DonePage(QWizardPage):
    def __init__(self, wizard: SheetWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Taken over"))
        self.setSubTitle(self.tr("The cases are in your notebook."))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.summary = _text("")
        layout.addWidget(self.summary)
        layout.addWidget(_text(self.tr(
            "Save the mapping to take over next year's sheet in one click. The spreadsheet itself still holds "
            "every name: keep it safe, or delete it now that the cases are in your encrypted notebook.")))
        row = QHBoxLayout()
        save = QPushButton(self.tr("&Save mapping…"))
        save.clicked.connect(wizard.save_mapping)
        row.addWidget(save)
        row.addStretch(1)
        layout.addLayout(row)
        self.saved = MessageLabel("info")
        layout.addWidget(self.saved)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.owner.import_result
        if result is not None:
            self.summary.setText(self.tr("%1 cases taken over.").replace("%1", str(result.cases)))


def _dutch() -> bool:
    from vpnotes.i18n import language

    return language() == "nl"


def _column_letter(index: int) -> str:
    from vpnotes.interchange.sheet.convert import column_letter

    return column_letter(index)


class SheetWizard(QWizard):
    """Leads the VP from a spreadsheet to cases in her notebook."""

    FILE, HEADER, COLUMNS, VALUES, CONSENT, PREVIEW, DONE = range(7)

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetWizard")
        self.notebook = notebook
        self.busy = busy
        self.target = Target.of(notebook)
        self.workbook: Workbook | None = None
        self.table: Sheet | None = None
        self.table_file: Path | None = None
        self.proposal: Proposal | None = None
        self.saved_mapping: Mapping | None = None
        self.checked: Checked | None = None
        self.import_result: ImportResult | None = None
        self.running = False
        self.setWindowTitle(self.tr("Take over a registration from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.header_page = HeaderPage(self)
        self.columns_page = ColumnsPage(self)
        self.values_page = ValuesPage(self)
        self.consent_page = ConsentPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page_id, page in ((self.FILE, self.file_page), (self.HEADER, self.header_page),
                              (self.COLUMNS, self.columns_page), (self.VALUES, self.values_page),
                              (self.CONSENT, self.consent_page), (self.PREVIEW, self.preview_page),
                              (self.DONE, self.done_page)):
            self.setPage(page_id, page)
        self.resize(940, 600)  # fits a 1366x728 screen with the window frame and task bar

    # -- what tests replace: the VP's file choices ---------------------------------------------

    def choose_sheet_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Spreadsheet"), str(Path.home()),
                                              self.tr("Spreadsheets (%1)").replace("%1", SHEET_FILTER))
        return path

    def choose_mapping_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Saved mapping"), str(Path.home()),
                                              self.tr("Mappings (*.json)"))
        return path

    def choose_mapping_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save mapping"), str(Path.home() / "koppeling.json"),
                                              self.tr("Mappings (*.json)"))
        return path

    # -- work on the worker --------------------------------------------------------------------

    def run(self, work: Any, on_done: Any, error: MessageLabel, bar: QProgressBar, *,
            with_progress: bool = False) -> None:
        """Run ``work`` on the worker with ``bar`` moving and the buttons held; errors shown in ``error``."""
        if self.running:
            return
        error.clear_message()
        self._set_running(True, bar)

        def done(result: Any) -> None:
            self._set_running(False, bar)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._set_running(False, bar)
            if isinstance(exc, VpnotesError):
                error.show_message(exc.message)
            else:
                crash.report_exception(exc)

        def progress(done_count: int, total: int) -> None:
            bar.setRange(0, max(total, 1))
            bar.setValue(done_count)

        if with_progress:
            self.busy.start(work, done, failed, progress)
        else:
            self.busy.start(work, done, failed)

    def _set_running(self, running: bool, bar: QProgressBar) -> None:
        self.running = running
        bar.setRange(0, 0)
        bar.setVisible(running)
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                       QWizard.WizardButton.CommitButton, QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not running)
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()

    def check_rows(self, on_done: Any) -> None:
        table, proposal, workbook = self.table, self.proposal, self.workbook
        assert table is not None and proposal is not None and workbook is not None
        mapping, target, path = proposal.mapping, self.target, workbook.path
        self.run(lambda report: check(table, mapping, target, file_id=fingerprint(path), progress=report),
                 on_done, self.preview_page.error, self.preview_page.progress, with_progress=True)

    def import_rows(self) -> None:
        checked, workbook = self.checked, self.workbook
        if checked is None or workbook is None or not checked.ok:
            return
        notebook, name = self.notebook, workbook.path.name

        def work(report: Any) -> ImportResult:
            report(0, 1)
            result = import_checked(notebook, checked, name)
            report(1, 1)
            return result

        self.run(work, self._imported, self.preview_page.error, self.preview_page.progress, with_progress=True)

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        if self.currentId() == self.PREVIEW:
            self.next()

    def save_mapping(self) -> None:
        proposal = self.proposal
        if proposal is None:
            return
        path = self.choose_mapping_save_path()
        if not path:
            return
        page = self.done_page if self.currentId() == self.DONE else self.preview_page
        try:
            proposal.mapping.save(path)
        except OSError:
            page.saved.show_message(self.tr("The mapping could not be saved there."))
            return
        page.saved.show_message(self.tr("Mapping saved: %1").replace("%1", Path(path).name))

    def reject(self) -> None:
        if not self.running:
            super().reject()


class SheetActions(QWidget):
    """The File menu's "Take over a registration from a spreadsheet…"."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("sheetActions")
        self.hide()
        self.window_ = window
        self.action = QAction(self.tr("Take over registration from a &spreadsheet…"), window)
        self.action.setStatusTip(self.tr("Bring in the cases of an Excel, LibreOffice or csv registration"))
        self.action.triggered.connect(lambda _checked=False: self.start())
        window.add_notebook_action("file", self.action)
        window.menu("file").insertAction(window.export_action, self.action)  # moved up: right below Import

    def run_dialog(self, wizard: SheetWizard) -> int:
        """Show the wizard modally (replaced in tests, which drive it themselves)."""
        return wizard.exec()

    def start(self) -> None:
        window = self.window_
        notebook = window.notebook
        if notebook is None or window.busy.busy:
            return
        if notebook.vault.read_only:
            window.show_error(ReadOnlyVault())
            return
        wizard = SheetWizard(notebook, window.busy, window)
        self.run_dialog(wizard)
        if wizard.import_result is not None:
            for page in window.pages.values():
                reload = getattr(page, "reload", None)
                if callable(reload):
                    reload()
            window.statusBar().showMessage(self.tr("Taken over from the spreadsheet: %1 cases.").replace(
                "%1", str(wizard.import_result.cases)), 10_000)
        wizard.deleteLater()


def install(window: MainWindow) -> SheetActions:
    """Add the spreadsheet import to ``window``'s File menu, below Import."""
    return SheetActions(window)
