"""AVG requests of one person in the app (issue 5, item 5).

:class:`AccessExtractDialog` builds the access extract (inzage) for a person by
the name as stored, shows a preview of exactly what will be written (other
persons' names, e-mail addresses and phone numbers already redacted by the
core), lets the VP withhold single items on a ground of UAVG art. 41, and
writes it as a Word document (optionally protected with a password that is
shown once, to be passed on separately) or as JSON.

:class:`ErasureDialog` erases one person's data on request, or records a
refusal of an erasure request with its ground (AVG art. 17(3)).

Both call :mod:`vpnotes.lifecycle.access` on the worker; the rules (matching,
redaction, what erasure removes) live there.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpnotes.domain.model import AvgRequest
from vpnotes.domain.vocabulary import (
    AvgRequestKind,
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    FormalStepKind,
    Gender,
    InterventionType,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
    Sector,
    Vocab,
)
from vpnotes.lifecycle.access import (
    AccessExtract,
    ErasureResult,
    RefusalGround,
    Restriction,
    RestrictionGround,
    build_extract,
    erase_person,
    find_person,
    refuse_erasure,
    restrictable_paths,
    write_extract,
)
from vpnotes.store.notebook import Notebook
from vpnotes.ui.i18n import format_date, label
from vpnotes.ui.organisation_names import organisation_labels
from vpnotes.ui.passphrase_dialogs import MessageLabel, default_folder, sync_message
from vpnotes.ui.tasks import busy_bar, start_task
from vpnotes.ui.worker import Busy

_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to read out by phone
_STEP = re.compile(r"([a-z_]+)\[(\d+)\]$")
# (parent key, key) -> the vocabulary of the codes an extract holds there ("" = anywhere)
_VOCABULARY: dict[tuple[str, str], type[Vocab]] = {
    ("", "kind"): CaseKind, ("formal_steps", "kind"): FormalStepKind, ("avg_requests", "kind"): AvgRequestKind,
    ("", "categories"): Category, ("melder", "role"): MelderRole, ("", "position"): MelderPosition,
    ("", "gender"): Gender, ("", "relation"): Relation, ("", "mode"): ContactMode,
    ("contacts", "party"): ContactParty, ("sharing", "party"): Referral, ("", "referrals"): Referral,
    ("", "outcomes"): Outcome,
    ("", "sector"): Sector, ("informal_intervention", "type"): InterventionType,
}


def generate_password(groups: int = 4, size: int = 5) -> str:
    """A random password that reads well over the phone (about 99 bits): ``k7mqa-3xw9p-...``."""
    return "-".join("".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(size)) for _ in range(groups))


class _PersonDialog(QDialog):
    """Shared parts: the person's name, the worker, inline messages."""

    def __init__(self, notebook: Notebook, busy: Busy, person: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.busy = busy
        self.setModal(True)
        self.person = QLineEdit(person)
        self.person.setAccessibleName(self.tr("Name of the person, as stored"))
        self.person.setPlaceholderText(self.tr("full name as stored in the case"))
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setAccessibleName(self.tr("Find this person's cases"))
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.message = MessageLabel("info")
        self.error = MessageLabel("error")
        self.progress = busy_bar(self.tr("Working"))
        self.person.returnPressed.connect(self.look_up)
        self.find_button.clicked.connect(self.look_up)

    def person_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Person:"))
        label.setBuddy(self.person)
        row.addWidget(label)
        row.addWidget(self.person, 1)
        row.addWidget(self.find_button)
        return row

    # Replaced in tests: the VP's answer.
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def look_up(self) -> None:
        raise NotImplementedError

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if self.busy.busy:
            return
        start_task(self.busy, work, done, error=self.error, running=self._set_running)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.setEnabled(not running)

    def describe_found(self, matches: list[tuple[int, str]]) -> str:
        if not matches:
            return self.tr("Nobody is stored under this name. Matching is on the name exactly as stored "
                           "(capitals and accents do not matter): search the case list for other spellings.")
        melder = sum(1 for _, role in matches if role == "melder")
        return self.tr("Found in %1 case(s): as melder in %2, as betrokkene in %3.").replace(
            "%1", str(len(matches))).replace("%2", str(melder)).replace("%3", str(len(matches) - melder))

    def reject(self) -> None:
        if not self.busy.busy:
            super().reject()


class AccessExtractDialog(_PersonDialog):
    """Preview, restrict and write the access extract for one person."""

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None, *, person: str = "",
                 today: date | None = None) -> None:
        super().__init__(notebook, busy, person, parent)
        self.today = today or date.today()
        self.extract: AccessExtract | None = None
        self.grounds: dict[str, QComboBox] = {}
        self.written: Path | None = None
        self.password = ""
        self._sector: str | None = None  # the sector of the case being rendered: its labels (DESIGN.md §9)
        self.setWindowTitle(self.tr("Access extract (AVG)"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Everything this notebook stores about one person, as melder or as betrokkene. Names, e-mail "
            "addresses and phone numbers of others are replaced by [naam], [e-mailadres] and [telefoonnummer]. "
            "Check the preview; withhold an item where it would still reveal others, with its ground."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self.person_row())
        layout.addWidget(self.found)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.items = QTreeWidget()
        self.items.setHeaderLabels([self.tr("Item"), self.tr("Withhold (UAVG art. 41)")])
        self.items.setAccessibleName(self.tr("Items of the extract"))
        self.items.setColumnWidth(0, 200)
        splitter.addWidget(self.items)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview of the extract"))
        self.preview.setPlaceholderText(self.tr("The preview appears here."))
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 420])
        layout.addWidget(splitter, 1)

        output = QGroupBox(self.tr("Write"))
        output_layout = QVBoxLayout(output)
        formats = QHBoxLayout()
        self.as_docx = QRadioButton(self.tr("&Word document (.docx), readable for the person"))
        self.as_json = QRadioButton(self.tr("&JSON"))
        self.as_docx.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.as_docx)
        group.addButton(self.as_json)
        formats.addWidget(self.as_docx)
        formats.addWidget(self.as_json)
        formats.addStretch(1)
        output_layout.addLayout(formats)
        self.protect = QCheckBox(self.tr("&Protect the document with a password (shown once, to pass on separately)"))
        self.protect.setChecked(True)
        output_layout.addWidget(self.protect)
        layout.addWidget(output)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(self.tr("&Write extract…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.as_docx.toggled.connect(self._update)
        self._update()
        self.resize(960, 640)
        if person.strip():
            self.look_up()

    def _update(self) -> None:
        self.protect.setEnabled(self.as_docx.isChecked())
        self.write_button.setEnabled(self.extract is not None and bool(self.extract.case_ids))

    # -- building and preview ------------------------------------------------------------------

    def restrictions(self) -> list[Restriction]:
        chosen = []
        for path, combo in self.grounds.items():
            ground = combo.currentData()
            if ground:
                chosen.append(Restriction(path, RestrictionGround(ground)))
        return chosen

    def look_up(self) -> None:
        """Build the extract for the name in the field, without restrictions."""
        person = self.person.text().strip()
        if not person:
            self.error.show_message(self.tr("Enter the name of the person."))
            return
        self.grounds = {}
        notebook, today = self.notebook, self.today
        self.message.clear_message()
        self.run(lambda: build_extract(notebook, person, today=today), self._built_new)

    def _built_new(self, extract: AccessExtract) -> None:
        self.extract = extract
        matches = [(cid, c["role"]) for cid, c in zip(extract.case_ids, extract.document["cases"], strict=True)]
        self.found.setText(self.describe_found(matches))
        self._fill_items(extract)
        self._show(extract)

    def rebuild(self) -> None:
        """Apply the chosen restrictions (the preview then shows them withheld)."""
        if self.extract is None:
            return
        notebook, person, today, chosen = self.notebook, self.extract.person, self.today, self.restrictions()
        self.run(lambda: build_extract(notebook, person, restrictions=chosen, today=today), self._rebuilt)

    def _rebuilt(self, extract: AccessExtract) -> None:
        self.extract = extract
        self._show(extract)

    def _show(self, extract: AccessExtract) -> None:
        self.preview.setPlainText(self.render_text(extract.document))
        self._update()

    def _fill_items(self, extract: AccessExtract) -> None:
        self.items.clear()
        nodes: dict[str, QTreeWidgetItem] = {}
        cases = extract.document["cases"]
        for path in restrictable_paths(extract):
            parent_path, _, _ = path.rpartition(".")
            item = QTreeWidgetItem([self._item_label(path, cases)])
            parent = nodes.get(parent_path)
            if parent is None:
                self.items.addTopLevelItem(item)
            else:
                parent.addChild(item)
            nodes[path] = item
            combo = QComboBox()
            combo.addItem(self.tr("not withheld"), "")
            for ground in RestrictionGround:
                combo.addItem(ground.label, ground.value)
            combo.setAccessibleName(self.tr("Ground to withhold %1").replace("%1", item.text(0)))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(lambda _index: self.rebuild())
            self.items.setItemWidget(item, 1, combo)
            self.grounds[path] = combo
        self.items.expandToDepth(0)

    def _item_label(self, path: str, cases: list[dict[str, Any]]) -> str:
        last = path.rpartition(".")[2]
        match = _STEP.match(last)
        if last == "summary":
            return self.tr("summary")
        if last == "notes":
            return self.tr("notes")
        if last == "confidentiality_breach":
            return self.tr("Confidentiality breach")
        if match is None:
            return last
        name, index = match[1], int(match[2])
        if name == "cases":
            reference = cases[index].get("reference") or ""
            return self.tr("Case %1").replace("%1", str(index + 1)) + (f" ({reference})" if reference else "")
        labels = {"contacts": self.tr("Contact %1"), "followups": self.tr("Follow-up %1"),
                  "betrokkenen": self.tr("Betrokkene %1")}
        return labels.get(name, name + " %1").replace("%1", str(index + 1))

    def render_text(self, document: dict[str, Any]) -> str:
        """The extract as readable text: exactly the content that will be written."""
        lines = [self.tr("Access extract for: %1").replace("%1", str(document["person"])),
                 self.tr("Made on: %1").replace("%1", _day(document["made"])), ""]
        for number, case in enumerate(document["cases"], start=1):
            lines.append(self.tr("Case %1").replace("%1", str(number)))
            lines += self._render_value(case, 1)
            lines.append("")
        if document["restrictions"]:
            lines.append(self.tr("Withheld"))
            for restriction in document["restrictions"]:
                lines.append(f"  {restriction['path']}: {restriction['ground_text']}")
        return "\n".join(lines).rstrip() + "\n"

    def _key_labels(self) -> dict[str, str]:
        return {
            "reference": self.tr("reference"), "organisation": self.tr("organisation"), "role": self.tr("role"),
            "kind": self.tr("kind"), "categories": self.tr("categories"), "opened": self.tr("opened"),
            "closed": self.tr("closed on"), "melder": self.tr("melder"), "name": self.tr("name"),
            "email": self.tr("e-mail"), "phone": self.tr("phone"), "position": self.tr("position"),
            "department": self.tr("department"), "gender": self.tr("gender"), "consent": self.tr("consent"),
            "registration": self.tr("registration"), "registration_date": self.tr("registration date"),
            "handover": self.tr("handover"), "handover_date": self.tr("handover date"),
            "sharing": self.tr("sharing with"), "party": self.tr("with whom"), "date": self.tr("date"),
            "betrokkenen": self.tr("betrokkenen"), "relation": self.tr("relation"),
            "contacts": self.tr("contacts"), "minutes": self.tr("minutes"), "mode": self.tr("how"),
            "summary": self.tr("summary"), "notes": self.tr("notes"), "followups": self.tr("follow-ups"),
            "due": self.tr("due"), "text": self.tr("text"), "done": self.tr("done"),
            "referrals": self.tr("referrals"), "outcomes": self.tr("outcomes"),
            "formal_steps": self.tr("formal steps"), "confidentiality_breach": self.tr("confidentiality breach"),
            "justification": self.tr("justification"), "retention_hold": self.tr("retention hold"),
            "reason": self.tr("reason"), "avg_requests": self.tr("AVG requests"), "received": self.tr("received"),
            "answered": self.tr("answered"), "refusal_ground": self.tr("ground for refusal"),
            "sector": self.tr("sector"), "title": self.tr("subject"),
            "informal_intervention": self.tr("informal intervention"), "type": self.tr("type"),
        }

    def _render_value(self, value: Any, depth: int, context: str = "") -> list[str]:
        pad = "  " * depth
        lines: list[str] = []
        labels = self._key_labels()
        if isinstance(value, dict):
            if value.get("withheld") is True:
                return [pad + self._withheld(value)]
            if "kind" in value and "categories" in value:  # a case: its codes as its sector words them (§9)
                self._sector = str(value.get("sector", "werk"))
            for key, item in value.items():
                label = labels.get(key, key)
                if isinstance(item, dict) and item.get("withheld") is True:
                    lines.append(f"{pad}{label}: {self._withheld(item)}")
                elif isinstance(item, dict) and item:
                    lines.append(f"{pad}{label}:")
                    lines += self._render_value(item, depth + 1, key)
                elif isinstance(item, list) and item and all(isinstance(i, str) for i in item):
                    lines.append(f"{pad}{label}: " + ", ".join(self._code(key, context, i) for i in item))
                elif isinstance(item, list) and item:
                    lines.append(f"{pad}{label}:")
                    lines += self._render_value(item, depth + 1, key)
                elif isinstance(item, str):
                    lines.append(f"{pad}{label}: {self._code(key, context, item)}")
                else:
                    lines.append(f"{pad}{label}: {self._scalar(item if item != [] else None)}")
        elif isinstance(value, list):
            for index, item in enumerate(value, start=1):
                if isinstance(item, (dict, list)):
                    lines.append(f"{pad}{index}.")
                    lines += self._render_value(item, depth + 1, context)
                else:
                    lines.append(f"{pad}- {self._scalar(item)}")
        else:
            lines.append(pad + self._scalar(value))
        return lines

    def _code(self, key: str, context: str, value: str) -> str:
        """A vocabulary code as its label in the UI language; other text as it is."""
        enum = _VOCABULARY.get((context, key)) or _VOCABULARY.get(("", key))
        if enum is not None:
            try:
                return label(enum(value), self._sector)
            except ValueError:
                pass
        if key == "role" and context == "":
            return self.tr("melder") if value == "melder" else self.tr("betrokkene")
        return self._scalar(value)

    def _scalar(self, value: Any) -> str:
        if value is None or value == "":
            return "-"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return _day(value)
        return str(value)

    def _withheld(self, value: dict[str, Any]) -> str:
        try:
            ground = RestrictionGround(str(value.get("ground"))).label
        except ValueError:
            ground = str(value.get("ground"))
        return self.tr("[withheld: %1]").replace("%1", ground)

    # -- writing -------------------------------------------------------------------------------

    def choose_path(self, suffix: str) -> str:
        """Where to write (replaced in tests); empty when cancelled."""
        name = "inzage" + suffix
        kind = self.tr("Word documents (*.docx)") if suffix == ".docx" else self.tr("JSON files (*.json)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Write access extract"), str(default_folder() / name),
                                              kind, options=QFileDialog.Option.DontConfirmOverwrite)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def write(self) -> None:
        extract = self.extract
        if extract is None or not extract.case_ids or self.busy.busy:
            return
        suffix = ".docx" if self.as_docx.isChecked() else ".json"
        path = self.choose_path(suffix)
        if not path:
            return
        warning = sync_message(path)
        if warning and not self.confirm(self.tr("Folder is synchronised"), warning + "\n\n" + self.tr(
                "Write the extract there anyway?")):
            return
        password = generate_password() if suffix == ".docx" and self.protect.isChecked() else None
        notebook = self.notebook
        self.run(lambda: write_extract(notebook, extract, path, password=password),
                 lambda written: self._written(written, password))

    def _written(self, path: Path, password: str | None) -> None:
        self.written = path
        self.password = password or ""
        text = self.tr("The extract has been written to %1.").replace("%1", str(path))
        if password:
            text += "\n\n" + self.tr(
                "Password of the document: %1\nIt is shown only now. Pass it on separately from the document, "
                "by phone or in person, never in the same e-mail.").replace("%1", password)
        self.message.show_message(text)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def done(self, result: int) -> None:
        self.password = ""
        self.message.clear_message()  # the password is shown once, never again
        super().done(result)


class ErasureDialog(_PersonDialog):
    """Erase one person's data on request, or record a refusal with its ground."""

    def __init__(self, notebook: Notebook, busy: Busy, parent: QWidget | None = None, *, person: str = "",
                 today: date | None = None) -> None:
        super().__init__(notebook, busy, person, parent)
        self.today = today or date.today()
        self.matches: list[tuple[int, str]] = []
        self.result_info: ErasureResult | None = None
        self.setWindowTitle(self.tr("Erasure request (AVG)"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A person may ask for their data to be erased. Erasing reduces the cases in which they are the "
            "melder to figures only (as after the retention period) and removes them as betrokkene from other "
            "cases: name, department, and their name in the notes. It cannot be undone. Where erasure must be "
            "refused, record the refusal and its ground instead."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self.person_row())
        self.cases = QTreeWidget()
        self.cases.setHeaderLabels([self.tr("Reference"), self.tr("Organisation"), self.tr("Role"),
                                    self.tr("Status")])
        self.cases.setRootIsDecorated(False)
        self.cases.setAccessibleName(self.tr("Cases of this person"))
        layout.addWidget(self.found)
        layout.addWidget(self.cases, 1)
        self.erase_button = QPushButton(self.tr("&Erase this person's data…"))
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)
        layout.addLayout(erase_row)

        refusal = QGroupBox(self.tr("Refuse the request (AVG art. 17(3))"))
        form = QFormLayout(refusal)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.request = QComboBox()
        self.request.setAccessibleName(self.tr("Erasure request to answer"))
        form.addRow(self.tr("Request:"), self.request)
        self.ground = QComboBox()
        self.ground.setAccessibleName(self.tr("Ground for the refusal"))
        for ground in RefusalGround:
            self.ground.addItem(ground.label, ground.value)
        form.addRow(self.tr("Ground:"), self.ground)
        self.explanation = QLineEdit()
        self.explanation.setAccessibleName(self.tr("Explanation of the refusal"))
        self.explanation.setPlaceholderText(self.tr("optional: why this ground applies"))
        form.addRow(self.tr("Explanation:"), self.explanation)
        self.refuse_button = QPushButton(self.tr("&Record refusal"))
        form.addRow("", self.refuse_button)
        self.no_request = QLabel(self.tr(
            "To record a refusal, first record the erasure request in the case (section AVG requests)."))
        self.no_request.setWordWrap(True)
        form.addRow(self.no_request)
        layout.addWidget(refusal)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.erase_button.clicked.connect(self.ask_and_erase)
        self.refuse_button.clicked.connect(self.record_refusal)
        self._fill([], [])
        self.resize(760, 600)
        if person.strip():
            self.look_up()

    def look_up(self) -> None:
        person = self.person.text().strip()
        if not person:
            self.error.show_message(self.tr("Enter the name of the person."))
            return
        notebook = self.notebook

        def work() -> tuple[list[tuple[int, str]], list[AvgRequest]]:
            matches = find_person(notebook, person)
            ids = {cid for cid, _ in matches}
            requests = [r for r in notebook.items.avg_requests()
                        if r.case_id in ids and r.kind is AvgRequestKind.VERWIJDERING and r.answered is None]
            return matches, requests

        self.message.clear_message()
        self.run(work, lambda result: self._fill(*result))

    def _fill(self, matches: list[tuple[int, str]], requests: list[AvgRequest]) -> None:
        self.matches = matches
        self.cases.clear()
        summaries = {s.id: s for s in self.notebook.cases.summaries()} if matches else {}
        references: dict[int, str] = {}
        names = organisation_labels(self.notebook.organisations.all()) if matches else {}
        for case_id, role in matches:
            summary = summaries.get(case_id)
            if summary is None:
                continue
            references[case_id] = summary.reference or ""
            status = {"hold": self.tr("on hold"), "closed": self.tr("closed"), "open": self.tr("open")}[
                "hold" if summary.on_hold else "closed" if summary.closed else "open"]
            role_text = self.tr("melder") if role == "melder" else self.tr("betrokkene")
            item = QTreeWidgetItem([summary.reference or "", names.get(summary.organisation, summary.organisation),
                                    role_text, status])
            item.setToolTip(1, summary.organisation)
            self.cases.addTopLevelItem(item)
        self.found.setText(self.describe_found(matches) if self.person.text().strip() else "")
        self.request.clear()
        for request in requests:
            self.request.addItem(self.tr("received %1, case %2").replace("%1", format_date(request.received))
                                 .replace("%2", references.get(request.case_id or 0, "")), request.id)
        self.erase_button.setEnabled(bool(matches) and not self.notebook.vault.read_only)
        has_request = self.request.count() > 0
        for widget in (self.request, self.ground, self.explanation, self.refuse_button):
            widget.setEnabled(has_request)
        self.no_request.setVisible(bool(matches) and not has_request)

    def ask_and_erase(self) -> None:
        person = self.person.text().strip()
        if not self.matches or not person:
            return
        if not self.confirm(self.tr("Erase this person's data?"), self.tr(
                "Erase the data of %1 from %2 case(s) for good? This cannot be undone.")
                .replace("%1", person).replace("%2", str(len(self.matches)))):
            return
        notebook, today = self.notebook, self.today
        self.run(lambda: erase_person(notebook, person, today=today), self._erased)

    def _erased(self, result: ErasureResult) -> None:
        self.result_info = result
        self._fill([], [])
        self.message.show_message(self.tr(
            "Erased: %1 case(s) as melder reduced to figures, %2 mention(s) as betrokkene removed.")
            .replace("%1", str(result.cases)).replace("%2", str(result.betrokkenen)))

    def record_refusal(self) -> None:
        request_id = self.request.currentData()
        if request_id is None:
            return
        ground = RefusalGround(self.ground.currentData())
        explanation = self.explanation.text()
        notebook, today = self.notebook, self.today
        self.run(lambda: refuse_erasure(notebook, int(request_id), ground, explanation, today=today),
                 lambda _none: self._refused(ground))

    def _refused(self, ground: RefusalGround) -> None:
        self.explanation.clear()
        self.look_up()  # the request is answered now: list what is still open
        self.message.show_message(self.tr("The refusal has been recorded with its ground: %1.")
                                  .replace("%1", ground.label))


def _day(text: str) -> str:
    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text
