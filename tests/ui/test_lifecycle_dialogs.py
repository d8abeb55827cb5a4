"""The notebook's lifecycle in the app (issue 5): passphrase change, backups and
restore, the handover wizard and the successor's first open, retention, AVG
access and erasure, and the event log. Each test drives the dialogs as the VP
would (the worker is synchronous) and checks what the VP sees and what lands in
the files."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidget

from helpers import OTHER_PASSPHRASE, PASSPHRASE, new_notebook, sample_case
from helpers.lifecycle_data import add_organisation, planted_case
from helpers.qt import unlock_with
from vpnotes.domain.model import AvgRequest, Betrokkene, Contact, Melder
from vpnotes.domain.vocabulary import AvgRequestKind, ContactMode, MelderRole, Relation
from vpnotes.errors import WrongPassphrase
from vpnotes.lifecycle import backup as backups
from vpnotes.lifecycle.access import RestrictionGround
from vpnotes.lifecycle.passphrase import must_change_passphrase
from vpnotes.store.notebook import Notebook
from vpnotes.ui.audit_view import AuditDialog
from vpnotes.ui.avg_dialogs import AccessExtractDialog, ErasureDialog
from vpnotes.ui.handover_wizard import HandoverWizard
from vpnotes.ui.lifecycle_actions import LifecycleActions, controller
from vpnotes.ui.main_window import MainWindow
from vpnotes.ui.passphrase_change import ChangePassphraseDialog
from vpnotes.ui.retention_dialog import RetentionDialog

THIRD_PASSPHRASE = "groene schildpad danst boven elf torens"


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Automatic backups go to the user's data folder: a private one per test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def open_in(window: MainWindow, notebook: Notebook, passphrase: str = PASSPHRASE) -> LifecycleActions:
    unlock_with(window, notebook, passphrase)
    assert window.session.is_open
    actions = controller(window)
    assert actions is not None
    return actions


def drive_with(monkeypatch: pytest.MonkeyPatch, actions: LifecycleActions,
               steps: Callable[[Any], int | None]) -> list[Any]:
    """Let ``steps`` play the VP in the next dialogs instead of showing them; returns the dialogs seen."""
    seen: list[Any] = []

    def run(dialog: QDialog) -> int:
        seen.append(dialog)
        result = steps(dialog)
        return int(dialog.result() if result is None else result)

    monkeypatch.setattr(actions, "run_dialog", run)
    return seen


def rows_of(tree: QTreeWidget, columns: int = 1) -> list[list[str]]:
    """What a list shows, row by row."""
    rows = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None
        rows.append([item.text(column) for column in range(columns)])
    return rows


def errors_of(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(window, "error_box", shown.append)
    return shown


# -- menu -----------------------------------------------------------------------------------------


def test_the_notebook_menu_offers_the_lifecycle_and_only_restore_without_a_notebook(
        main_window: MainWindow, filled_notebook: Notebook) -> None:
    actions = controller(main_window)
    assert actions is not None
    texts = [a.text() for a in main_window.menu("notebook").actions() if not a.isSeparator()]
    for text in ("&Wachtzin wijzigen…", "Nu een &reservekopie maken…", "Reservekopie &terugzetten…",
                 "&Overdragen aan een opvolger…", "&Bewaartermijn toepassen…", "AVG-&inzage…",
                 "AVG-verzoek om &verwijdering…", "&Logboek"):
        assert text in texts
    assert actions.restore_action.isEnabled()
    assert not actions.passphrase_action.isEnabled()
    assert not actions.handover_action.isEnabled()
    open_in(main_window, filled_notebook)
    assert actions.passphrase_action.isEnabled() and actions.audit_action.isEnabled()


# -- passphrase -----------------------------------------------------------------------------------


def test_change_passphrase_refuses_a_wrong_current_one_then_offers_to_reencrypt_backups(
        main_window: MainWindow, filled_notebook: Notebook, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = filled_notebook.vault.path
    old_backup = backups.backup(filled_notebook, tmp_path / "vorige-week.vpnotes")
    actions = open_in(main_window, filled_notebook)
    seen: dict[str, Any] = {}

    def steps(dialog: ChangePassphraseDialog) -> None:
        assert dialog.windowTitle() == "Wachtzin wijzigen"
        dialog.current.setText("dit is niet de goede wachtzin")
        dialog.fields.passphrase.setText("kort")
        assert not dialog.change_button.isEnabled()
        assert "12" in dialog.fields.strength_text.text()  # why a weak one is refused, as it is typed
        dialog.fields.passphrase.setText(OTHER_PASSPHRASE)
        dialog.fields.repeat.setText(OTHER_PASSPHRASE)
        assert dialog.fields.match_text.text() == "De wachtzinnen zijn gelijk."
        dialog.change_button.click()
        seen["wrong"] = dialog.error.text()
        seen["still asking"] = dialog.pages.currentIndex() == dialog.ASK
        dialog.current.setText(PASSPHRASE)
        dialog.change_button.click()
        seen["done"] = dialog.done_message.text()
        seen["explanation"] = dialog.stale.explanation.text()
        seen["listed"] = [row[2] for row in rows_of(dialog.stale.list, 3)]
        dialog.stale.reencrypt_button.click()
        seen["reencrypted"] = dialog.stale.message.text()
        dialog.close_button.click()

    drive_with(monkeypatch, actions, steps)
    actions.passphrase_action.trigger()

    assert seen["wrong"] == "De huidige wachtzin klopt niet."
    assert seen["still asking"]
    assert "Dit notitieboek opent voortaan alleen nog met de nieuwe wachtzin" in seen["done"]
    assert "OUDE wachtzin" in seen["explanation"]
    assert seen["listed"] == [str(old_backup)]
    assert seen["reencrypted"].startswith("Opnieuw versleuteld: 1.")
    assert main_window.statusBar().currentMessage() == "De wachtzin is gewijzigd."

    main_window.close_notebook()
    with pytest.raises(WrongPassphrase):
        Notebook.open(path, PASSPHRASE).close()
    with Notebook.open(path, OTHER_PASSPHRASE) as reopened:
        assert reopened.cases.id_for_reference("2026-001") is not None
        assert [e.event for e in reopened.audit.entries()].count("passphrase_changed") == 1
        reopened.close()
    Notebook.open(old_backup, OTHER_PASSPHRASE).close()  # the backup follows the new passphrase


def test_backups_with_the_old_passphrase_can_be_deleted_after_two_words(
        main_window: MainWindow, filled_notebook: Notebook, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    old_backup = backups.backup(filled_notebook, tmp_path / "oud.vpnotes")
    actions = open_in(main_window, filled_notebook)
    answers = [False, True]

    def steps(dialog: ChangePassphraseDialog) -> None:
        monkeypatch.setattr(dialog.stale, "confirm", lambda _title, _text: answers.pop(0))
        dialog.current.setText(PASSPHRASE)
        dialog.fields.passphrase.setText(OTHER_PASSPHRASE)
        dialog.fields.repeat.setText(OTHER_PASSPHRASE)
        dialog.change_button.click()
        dialog.stale.delete_button.click()  # "no": nothing happens
        assert old_backup.exists()
        dialog.stale.delete_button.click()
        assert dialog.stale.message.text() == "Reservekopieën verwijderd: 1."
        assert dialog.stale.list.isHidden()
        dialog.close_button.click()

    drive_with(monkeypatch, actions, steps)
    actions.change_passphrase()
    assert not old_backup.exists()


# -- backups --------------------------------------------------------------------------------------


def test_backup_now_refuses_an_existing_file_and_writes_a_new_one(
        main_window: MainWindow, filled_notebook: Notebook, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    actions = open_in(main_window, filled_notebook)
    shown = errors_of(main_window, monkeypatch)
    existing = tmp_path / "bestaat.vpnotes"
    existing.write_bytes(b"iets anders")
    monkeypatch.setattr(actions, "choose_backup_path", lambda _proposal: str(existing))
    actions.backup_action.trigger()
    assert shown == ["Het doelbestand bestaat al; kies een andere naam."]
    assert existing.read_bytes() == b"iets anders"

    proposals: list[Path] = []

    def choose(proposal: Path) -> str:
        proposals.append(proposal)
        return str(tmp_path / "kopie")  # without the suffix: the app adds it

    monkeypatch.setattr(actions, "choose_backup_path", choose)
    actions.backup_action.trigger()
    target = tmp_path / "kopie.vpnotes"
    assert proposals[0].name.startswith("filled-reservekopie-")
    assert "Reservekopie geschreven naar" in main_window.statusBar().currentMessage()
    with Notebook.open(target, PASSPHRASE) as copy:
        assert copy.cases.id_for_reference("2026-001") is not None
        copy.close()


def test_restore_from_backup_explains_the_passphrase_and_opens_the_restored_notebook(
        main_window: MainWindow, filled_notebook: Notebook, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    made = backups.backup(filled_notebook, tmp_path / "reserve.vpnotes")
    filled_notebook.close()
    actions = controller(main_window)
    assert actions is not None
    restored = tmp_path / "hersteld.vpnotes"

    def steps(dialog: Any) -> None:
        assert "wachtzin die het notitieboek had op het moment dat de kopie werd gemaakt" in \
            dialog.findChildren(type(dialog.error))[0].text()
        assert not dialog.restore_button.isEnabled()
        dialog.source.setText(str(made))
        dialog.dest.setText(str(tmp_path / "notes.vpnotes"))
        dialog.dest.setText(str(restored))
        dialog.restore_button.click()

    drive_with(monkeypatch, actions, steps)
    actions.restore_action.trigger()
    assert restored.is_file() and made.is_file()
    assert main_window.stack.currentWidget() is main_window.unlock
    assert "Teruggezet uit een reservekopie" in main_window.unlock.hint.text()
    main_window.unlock.passphrase.setText(PASSPHRASE)
    main_window.unlock.submit()
    assert main_window.notebook is not None
    assert main_window.notebook.vault.path == restored
    assert main_window.notebook.cases.id_for_reference("2026-001") is not None


def test_closing_the_app_makes_the_daily_backup_first(
        main_window: MainWindow, filled_notebook: Notebook, tmp_path: Path, qtbot: Any) -> None:
    open_in(main_window, filled_notebook)
    main_window.show()
    main_window.close()
    qtbot.waitUntil(lambda: not main_window.isVisible())
    folder = tmp_path / "data" / "vpnotes" / "backups"
    made = list(folder.glob("vpnotes-*.vpnotes"))
    assert len(made) == 1
    with Notebook.open(made[0], PASSPHRASE) as copy:
        assert copy.cases.id_for_reference("2026-001") is not None
        copy.close()
    assert not main_window.session.is_open


# -- handover -------------------------------------------------------------------------------------


def handover_notebook(tmp_path: Path) -> Notebook:
    notebook: Notebook = new_notebook(tmp_path / "voorganger.vpnotes")
    consented = planted_case("qzmee", opened=date(2026, 2, 3), closed=None, handover=True)
    consented.reference = "2026-002"
    notebook.cases.add(consented)
    silent = planted_case("qzniet", opened=date(2026, 3, 4), closed=None, handover=False)
    silent.reference = "2026-003"
    notebook.cases.add(silent)
    done = planted_case("qzklaar", opened=date(2025, 3, 11), closed=date(2025, 10, 1))
    done.reference = "2025-001"
    notebook.cases.add(done)
    return notebook


def walk_wizard(wizard: HandoverWizard, dest: Path, seen: dict[str, Any]) -> None:
    wizard.restart()
    assert wizard.currentId() == wizard.INTRO
    assert all(wizard.page(i).subTitle() for i in wizard.pageIds())  # every step has a subtitle, headers alike
    wizard.next()
    assert wizard.organisations.chosen() == ["acme"]  # all by default
    wizard.next()
    seen["consent"] = [row[0] for row in rows_of(wizard.consent.list)]
    seen["consent text"] = wizard.consent.explanation.text()
    wizard.next()
    assert wizard.currentId() == wizard.PASSPHRASE
    wizard.passphrase.fields.passphrase.setText("te zwak")
    assert not wizard.passphrase.isComplete()
    wizard.passphrase.fields.passphrase.setText(OTHER_PASSPHRASE)
    wizard.passphrase.fields.repeat.setText(OTHER_PASSPHRASE)
    assert wizard.passphrase.isComplete()
    wizard.next()
    wizard.destination.path.setText(str(dest))
    wizard.next()
    assert wizard.currentId() == wizard.SUMMARY
    seen["summary"] = wizard.summary.summary.text()
    wizard.next()  # the commit button: writes the copy on the worker
    assert wizard.currentId() == wizard.RESULT
    seen["result"] = wizard.result_page.summary.text()


def test_handover_wizard_lists_unconsented_cases_and_the_copy_demands_a_new_passphrase(
        main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = handover_notebook(tmp_path)
    actions = open_in(main_window, notebook)
    dest = tmp_path / "opvolger.vpnotes"
    seen: dict[str, Any] = {}

    def steps(wizard: HandoverWizard) -> int:
        walk_wizard(wizard, dest, seen)
        wizard.accept()
        return 1

    drive_with(monkeypatch, actions, steps)
    actions.handover_action.trigger()

    assert seen["consent"] == ["2026-003"]
    assert "niet ingestemd met overdracht" in seen["consent text"]
    assert "Zaken die volledig overgaan: 1" in seen["summary"]
    assert "Zaken die alleen als cijfers overgaan: 2" in seen["summary"]
    assert str(dest) in seen["result"]
    assert main_window.session.is_open  # the predecessor's notebook stays unless destroyed

    # The successor opens the copy with the handover passphrase and must choose their own at once.
    main_window.close_notebook()
    main_window.open_path(dest)
    forced: dict[str, Any] = {}

    def successor(dialog: ChangePassphraseDialog) -> None:
        forced["title"] = dialog.windowTitle()
        forced["forced"] = dialog.forced
        dialog.current.setText(OTHER_PASSPHRASE)
        dialog.fields.passphrase.setText(THIRD_PASSPHRASE)
        dialog.fields.repeat.setText(THIRD_PASSPHRASE)
        dialog.change_button.click()
        dialog.close_button.click()

    drive_with(monkeypatch, actions, successor)
    main_window.unlock.passphrase.setText(OTHER_PASSPHRASE)
    main_window.unlock.submit()
    assert forced == {"title": "Kies uw eigen wachtzin", "forced": True}
    assert main_window.notebook is not None and main_window.notebook.vault.path == dest
    copy = main_window.notebook
    assert not must_change_passphrase(copy)
    references = {s.reference for s in copy.cases.summaries()}
    assert "2026-002" in references and "2026-003" not in references
    main_window.close_notebook()
    with pytest.raises(WrongPassphrase):
        Notebook.open(dest, OTHER_PASSPHRASE).close()
    Notebook.open(dest, THIRD_PASSPHRASE).close()


def test_a_handover_copy_stays_closed_when_the_successor_declines_a_new_passphrase(
        main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = handover_notebook(tmp_path)
    from vpnotes.lifecycle.handover import handover

    dest = tmp_path / "kopie.vpnotes"
    handover(notebook, dest, OTHER_PASSPHRASE)
    notebook.close()
    actions = controller(main_window)
    assert actions is not None
    drive_with(monkeypatch, actions, lambda dialog: dialog.reject())
    main_window.open_path(dest)
    main_window.unlock.passphrase.setText(OTHER_PASSPHRASE)
    main_window.unlock.submit()
    assert not main_window.session.is_open
    assert main_window.stack.currentWidget() is main_window.unlock
    assert "eigen wachtzin" in main_window.statusBar().currentMessage()


def test_after_a_handover_the_predecessor_may_destroy_notebook_and_backups_after_two_yeses(
        main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = handover_notebook(tmp_path)
    path = notebook.vault.path
    backup = backups.backup(notebook, tmp_path / "reserve.vpnotes")
    actions = open_in(main_window, notebook)
    questions: list[str] = []

    def steps(wizard: HandoverWizard) -> int:
        walk_wizard(wizard, tmp_path / "opvolger.vpnotes", {})
        answers = [True, True, False]

        def confirm(title: str, _text: str) -> bool:
            questions.append(title)
            return answers.pop(0)

        monkeypatch.setattr(wizard, "confirm", confirm)
        wizard.result_page.destroy_button.click()  # yes, then no: nothing happens
        assert path.exists() and wizard.isVisible() is False and not wizard.destroy_confirmed
        answers[:] = [True, True, True]
        wizard.result_page.destroy_button.click()
        return int(wizard.result())

    drive_with(monkeypatch, actions, steps)
    actions.handover_action.trigger()
    # One open case went as figures only (no consent): the first question names it and offers to keep.
    assert questions == ["Dit gaat verloren", "Uw notitieboek vernietigen?", "Echt vernietigen?"] * 2
    assert not path.exists() and not backup.exists()
    assert (tmp_path / "opvolger.vpnotes").exists()
    assert not main_window.session.is_open
    assert main_window.stack.currentWidget() is main_window.welcome
    assert "vernietigd" in main_window.statusBar().currentMessage()


# -- retention ------------------------------------------------------------------------------------


def retention_notebook(tmp_path: Path) -> Notebook:
    notebook: Notebook = new_notebook(tmp_path / "bewaren.vpnotes")
    old = planted_case("qzoud", opened=date(2021, 3, 11), closed=date(2021, 10, 1))
    old.reference = "2021-004"
    notebook.cases.add(old)
    held = planted_case("qzhold", opened=date(2021, 2, 1), closed=date(2021, 9, 1), hold=True)
    held.reference = "2021-002"
    notebook.cases.add(held)
    recent = planted_case("qzrecent", opened=date(2026, 1, 5), closed=date(2026, 6, 1))
    recent.reference = "2026-009"
    notebook.cases.add(recent)
    return notebook


def test_retention_dialog_lists_due_and_held_cases_and_erases_only_after_yes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    from vpnotes.ui.worker import Busy

    notebook = retention_notebook(tmp_path)
    dialog = RetentionDialog(notebook, Busy(), today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    rows = rows_of(dialog.list, 4)
    assert rows == [["2021-004", "Acme BV", "01-10-2021", "persoonsgegevens wissen"],
                    ["2021-002", "Acme BV", "01-09-2021", "blijft: langer bewaren"]]
    assert "bewaartermijn van 2 jaar" in dialog.intro.text()
    assert dialog.list.allColumnsShowFocus()  # the focus marks a whole row, not the first cell
    assert dialog.purge_button.text() == "&Wissen (1)…"

    monkeypatch.setattr(dialog, "confirm", lambda _title, _text: False)
    dialog.purge_button.click()
    old_id = notebook.cases.id_for_reference("2021-004")
    assert old_id is not None
    assert notebook.cases.get(old_id).melder.name == "Xaviera qzoudmelder"

    monkeypatch.setattr(dialog, "confirm", lambda _title, _text: True)
    dialog.purge_button.click()
    assert notebook.cases.id_for_reference("2021-004") is None
    assert notebook.cases.search("qzoudmelder") == []
    assert dialog.message.text() == "Zaken gewist: 1. Alleen hun cijfers blijven."
    assert dialog.list.topLevelItemCount() == 1  # the held case, still kept
    assert not dialog.purge_button.isEnabled()
    assert notebook.cases.id_for_reference("2021-002") is not None
    notebook.close()


def test_unlocking_reminds_of_cases_due_for_erasure(
        main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = retention_notebook(tmp_path)
    asked: list[str] = []

    def ask(title: str, text: str) -> bool:
        asked.append(f"{title}: {text}")
        return True

    monkeypatch.setattr(main_window, "ask", ask)
    actions = controller(main_window)
    assert actions is not None
    dialogs = drive_with(monkeypatch, actions, lambda dialog: 0)
    open_in(main_window, notebook)
    assert len(asked) == 1 and asked[0].startswith("Bewaartermijn verstreken: ")
    assert "(1)" in asked[0]
    assert len(dialogs) == 1 and isinstance(dialogs[0], RetentionDialog)
    main_window.lock()  # an automatic lock and unlock later that day: no second question
    main_window.unlock.passphrase.setText(PASSPHRASE)
    main_window.unlock.submit()
    assert main_window.session.is_open and len(asked) == 1


# -- AVG ------------------------------------------------------------------------------------------


def avg_notebook(tmp_path: Path) -> Notebook:
    notebook: Notebook = new_notebook(tmp_path / "avg.vpnotes")
    notebook.cases.add(sample_case(
        reference="2026-001",
        melder=Melder(role=MelderRole.MEDEWERKER, name="Zoë Ëlberg", email="zoe@example.org"),
        betrokkenen=[Betrokkene(relation=Relation.LEIDINGGEVENDE, name="Pieter Bakker")],
        contacts=[Contact(date=date(2026, 1, 14), minutes=50, mode=ContactMode.PERSOONLIJK, summary="Intake",
                          notes="Pieter Bakker schreeuwde; Marloes Jansen (marloes@example.org) zag het."),
                  Contact(date=date(2026, 2, 2), minutes=30, mode=ContactMode.TELEFOON, summary="Vervolg",
                          notes="Gaat beter sinds het gesprek.")]))
    notebook.cases.add(sample_case(reference="2026-002",
                                   melder=Melder(role=MelderRole.MEDEWERKER, name="Marloes Jansen")))
    return notebook


OTHERS = ("Pieter", "Bakker", "Marloes", "Jansen", "marloes@example.org", "Anna")


def test_access_extract_preview_and_written_file_hide_other_persons(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    from vpnotes.ui.worker import Busy

    notebook = avg_notebook(tmp_path)
    dialog = AccessExtractDialog(notebook, Busy(), person="zoe elberg", today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    preview = dialog.preview.toPlainText()
    assert dialog.found.text() == "Gevonden in zaken: 1 (als melder: 1, als betrokkene: 0)."
    assert "Zoë Ëlberg" in preview and "zoe@example.org" in preview and "[naam]" in preview
    assert "Gemaakt op: 23-11-2026" in preview
    for other in OTHERS:
        assert other not in preview

    dialog.as_json.setChecked(True)
    assert not dialog.protect.isEnabled()
    target = tmp_path / "inzage.json"
    monkeypatch.setattr(dialog, "choose_path", lambda suffix: str(target) if suffix == ".json" else "")
    dialog.write_button.click()
    written = target.read_text(encoding="utf-8")
    assert json.loads(written)["person"] == "zoe elberg"
    assert "Zoë Ëlberg" in written
    for other in OTHERS:
        assert other not in written
    assert "Het overzicht is geschreven naar" in dialog.message.text()
    assert notebook.audit.entries()[-1].event == "access_extract"
    notebook.close()


def test_access_extract_withholds_an_item_on_its_ground_and_protects_the_docx_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    from vpnotes.ui.worker import Busy

    notebook = avg_notebook(tmp_path)
    dialog = AccessExtractDialog(notebook, Busy(), person="Zoë Ëlberg")
    qtbot.addWidget(dialog)
    assert "Gaat beter sinds het gesprek." in dialog.preview.toPlainText()
    combo = dialog.grounds["cases[0].contacts[1].notes"]
    combo.setCurrentIndex(combo.findData(RestrictionGround.RECHTEN_ANDEREN.value))
    preview = dialog.preview.toPlainText()
    assert "Gaat beter sinds het gesprek." not in preview
    assert "[achtergehouden: bescherming van de rechten en vrijheden van anderen" in preview

    assert dialog.as_docx.isChecked() and dialog.protect.isChecked()
    target = tmp_path / "inzage.docx"
    monkeypatch.setattr(dialog, "choose_path", lambda suffix: str(target))
    dialog.write_button.click()
    data = target.read_bytes()
    assert data[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # Office encryption: an OLE container, not a zip
    message = dialog.message.text()
    assert "Wachtwoord van het document: " + dialog.password in message
    assert len(dialog.password) >= 20

    import io

    from docx import Document
    from msoffcrypto import OfficeFile

    office = OfficeFile(io.BytesIO(data))
    office.load_key(password=dialog.password)
    plain = io.BytesIO()
    office.decrypt(plain)
    text = "\n".join(p.text for p in Document(plain).paragraphs)
    assert "Gaat beter sinds het gesprek." not in text
    for other in OTHERS:
        assert other not in text

    dialog.reject()
    assert dialog.password == "" and dialog.message.text() == ""  # shown once only
    notebook.close()


def test_erasure_records_a_refusal_with_its_ground_or_erases_after_yes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    from vpnotes.lifecycle.access import RefusalGround
    from vpnotes.ui.worker import Busy

    notebook = avg_notebook(tmp_path)
    case_id = notebook.cases.id_for_reference("2026-002")
    assert case_id is not None
    notebook.items.record_avg_request(AvgRequest(AvgRequestKind.VERWIJDERING, date(2026, 11, 1), case_id))
    dialog = ErasureDialog(notebook, Busy(), person="Marloes Jansen", today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    rows = rows_of(dialog.cases, 4)
    assert rows == [["2026-002", "Acme BV", "melder", "open"]]
    assert dialog.request.count() == 1 and dialog.request.itemText(0) == "ontvangen 01-11-2026, zaak 2026-002"
    dialog.ground.setCurrentIndex(dialog.ground.findData(RefusalGround.RECHTSVORDERING.value))
    dialog.explanation.setText("lopende procedure bij de kantonrechter")
    dialog.refuse_button.click()
    request = notebook.items.avg_requests()[0]
    assert request.answered == date(2026, 11, 23)
    assert request.refusal_ground is not None and "rechtsvordering" in request.refusal_ground
    assert "De weigering is vastgelegd" in dialog.message.text()
    assert dialog.request.count() == 0  # answered now

    monkeypatch.setattr(dialog, "confirm", lambda _title, _text: False)
    dialog.erase_button.click()
    assert notebook.cases.get(case_id).melder.name == "Marloes Jansen"
    monkeypatch.setattr(dialog, "confirm", lambda _title, _text: True)
    dialog.erase_button.click()
    assert notebook.cases.id_for_reference("2026-002") is None  # her own case: figures only
    assert case_id not in notebook.cases.search("Marloes")
    assert dialog.message.text().startswith("Gewist.")
    assert dialog.cases.topLevelItemCount() == 0
    notebook.close()


# -- audit ----------------------------------------------------------------------------------------


def test_event_log_is_read_only_and_shows_where_the_chain_breaks(
        filled_notebook: Notebook, qtbot: Any) -> None:
    backups.backup(filled_notebook, filled_notebook.vault.path.with_name("kopie.vpnotes"))
    dialog = AuditDialog(filled_notebook)
    qtbot.addWidget(dialog)
    events = [dialog.model.item(row, 2).text() for row in range(dialog.model.rowCount())]
    assert events[0] == "Notitieboek aangemaakt" and "Reservekopie gemaakt" in events
    assert dialog.status_text() == f"De keten is intact: {len(events)} regels, elk gekoppeld aan de vorige."
    for row in range(dialog.model.rowCount()):
        for column in range(4):
            assert not dialog.model.item(row, column).flags() & Qt.ItemFlag.ItemIsEditable
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers

    with filled_notebook.vault.transaction() as conn:  # someone edits the file behind vpnotes' back
        conn.execute("UPDATE audit SET detail = 'x' WHERE id = (SELECT min(id) + 1 FROM audit)")
    dialog.load(filled_notebook)
    assert dialog.status_text() == ("De keten is verbroken bij regel 2: buiten vpnotes om is een regel gewijzigd "
                                    "of verwijderd.")
    assert dialog.model.item(1, 0).toolTip() == "Deze regel is gewijzigd, of een regel ervoor is verwijderd."


def test_a_backup_on_a_real_worker_thread_keeps_the_pages_disabled_until_it_is_done(
        main_window: MainWindow, filled_notebook: Notebook, tmp_path: Path, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from vpnotes.ui import worker

    actions = open_in(main_window, filled_notebook)
    target = tmp_path / "draad.vpnotes"
    monkeypatch.setattr(actions, "choose_backup_path", lambda _proposal: str(target))
    runner = worker.ThreadRunner()
    previous = worker.set_runner(runner)
    try:
        actions.backup_action.trigger()
        assert not main_window.work.isEnabled()  # read-only in the app while the copy is written
        assert not actions.passphrase_action.isEnabled()
        qtbot.waitUntil(lambda: not main_window.busy.busy)
    finally:
        runner.wait()
        worker.set_runner(previous)
    assert main_window.work.isEnabled()
    assert "Reservekopie geschreven naar" in main_window.statusBar().currentMessage()
    with Notebook.open(target, PASSPHRASE) as copy:
        assert copy.cases.id_for_reference("2026-001") is not None
        copy.close()


def test_retention_dialog_erases_register_entries_after_five_years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   qtbot: Any) -> None:
    from vpnotes.domain.model import Organisation
    from vpnotes.domain.vocabulary import Sector
    from vpnotes.ui.worker import Busy

    notebook: Notebook = new_notebook(tmp_path / "register.vpnotes")
    notebook.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN))
    notebook.register.add("gent", recorded=date(2021, 5, 4), description="Klant qzregister dreigde")
    notebook.register.add("gent", recorded=date(2022, 5, 4), description="Later")
    dialog = RetentionDialog(notebook, Busy(), today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    assert rows_of(dialog.list, 4) == [["Register 1", "Stad Gent", "04-05-2021", "verklaring wissen (vijf jaar)"]]
    assert dialog.purge_button.isEnabled() and dialog.purge_button.text() == "&Wissen (1)…"
    monkeypatch.setattr(dialog, "confirm", lambda _title, _text: True)
    dialog.purge_button.click()
    assert notebook.register.get("gent", 1).erased and not notebook.register.get("gent", 2).erased
    assert dialog.register_erased == 1 and dialog.list.topLevelItemCount() == 0
    notebook.close()


def test_access_extract_preview_speaks_the_cases_sector(tmp_path: Path, qtbot: Any) -> None:
    from vpnotes.domain.model import InformalIntervention, Organisation
    from vpnotes.domain.vocabulary import Category, InterventionType, Sector
    from vpnotes.ui.worker import Busy

    notebook: Notebook = new_notebook(tmp_path / "avg-vl.vpnotes")
    notebook.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN))
    notebook.cases.add(sample_case(
        reference="2026-001", organisation="gent", categories=[Category.PESTEN],
        melder=Melder(role=MelderRole.MEDEWERKER, name="Lotte Peeters"),
        informal_intervention=InformalIntervention(InterventionType.VERZOENING, date(2026, 3, 2))))
    dialog = AccessExtractDialog(notebook, Busy(), person="Lotte Peeters", today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    preview = dialog.preview.toPlainText()
    assert "Pesterijen" in preview and "Werknemer" in preview
    assert "informele psychosociale interventie" in preview and "Verzoening" in preview
    notebook.close()


def test_destroying_after_a_partial_handover_names_what_would_be_lost_and_keeps_it(
        main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = handover_notebook(tmp_path)
    add_organisation(notebook, "globex")  # "Globex BV": not handed over
    notebook.cases.add(planted_case("qzglobex", organisation="globex", opened=date(2026, 4, 1), closed=None))
    path = notebook.vault.path
    actions = open_in(main_window, notebook)
    asked: list[tuple[str, str]] = []

    def steps(wizard: HandoverWizard) -> int:
        wizard.restart()
        wizard.next()
        for index in range(wizard.organisations.list.count()):  # hand over Acme only
            item = wizard.organisations.list.item(index)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == "acme"
                               else Qt.CheckState.Unchecked)
        assert wizard.organisations.chosen() == ["acme"]
        wizard.next()
        # The melder without consent, with name and contact details to tell her (on her screen only).
        assert rows_of(wizard.consent.list, 4) == [["2026-003", "Xaviera qznietmelder", "qzniet@example.org",
                                                    "0612345678"]]
        wizard.next()
        wizard.passphrase.fields.passphrase.setText(OTHER_PASSPHRASE)
        wizard.passphrase.fields.repeat.setText(OTHER_PASSPHRASE)
        wizard.next()
        wizard.destination.path.setText(str(tmp_path / "opvolger.vpnotes"))
        wizard.next()
        wizard.next()

        def keep(title: str, text: str) -> bool:
            asked.append((title, text))
            return False  # she keeps her notebook

        monkeypatch.setattr(wizard, "confirm", keep)
        wizard.result_page.destroy_button.click()
        assert not wizard.destroy_confirmed
        wizard.reject()
        return int(wizard.result())

    drive_with(monkeypatch, actions, steps)
    actions.handover_action.trigger()
    [(title, text)] = asked
    assert title == "Dit gaat verloren"
    assert "Niet overgedragen" in text and "Globex" in text and "1 zaak" in text
    assert "alleen als cijfers" in text
    assert path.exists()
