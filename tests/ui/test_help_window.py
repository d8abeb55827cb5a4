"""The guide in the app: F1 opens it at the chapter of the screen, search finds words,
Help > Eerste stappen is shown once after the first notebook and stays in the menu."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

import vpnotes.ui
from helpers import PASSPHRASE, new_notebook
from helpers.qt import unlock_with
from vpnotes import guide
from vpnotes.lifecycle.backup import backup
from vpnotes.store.notebook import Notebook
from vpnotes.ui import first_steps, help_window
from vpnotes.ui.main_window import MainWindow


def helper(window: MainWindow) -> help_window.HelpActions:
    found = help_window.controller(window)
    assert found is not None
    return found


def shown_help(window: MainWindow) -> help_window.HelpWindow:
    shown = helper(window).help_window()
    assert shown is not None, "no help window is open"
    return shown


def press_f1(qtbot: Any, window: QDialog | MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)


def test_f1_opens_the_guide_at_the_chapter_of_the_page(main_window: MainWindow, filled_notebook: Notebook,
                                                        qtbot: Any) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    main_window.tabs.setCurrentWidget(main_window.pages["agenda"])
    assert helper(main_window).guide_action.shortcut().toString() == "F1"

    press_f1(qtbot, main_window)

    shown = shown_help(main_window)
    assert shown.current_key == "dagelijks-werk"
    assert shown.heading_at_top() == "De agenda"
    assert shown.chapter_list.currentItem().text() == "2. Dagelijks werk"
    assert "spatiebalk" in shown.browser.toPlainText()  # the chapter's own text, rendered
    shown.close()


def test_f1_on_the_welcome_screen_opens_getting_started(main_window: MainWindow, qtbot: Any) -> None:
    main_window.show_welcome()
    press_f1(qtbot, main_window)
    shown = shown_help(main_window)
    assert shown.current_key == "aan-de-slag"
    assert shown.browser.toPlainText().startswith("Aan de slag")
    shown.close()


def test_f1_in_a_modal_dialog_opens_its_own_chapter_over_it(main_window: MainWindow, filled_notebook: Notebook,
                                                             qtbot: Any) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    dialog = QDialog(main_window)
    dialog.setProperty(help_window.HELP_PROPERTY, "overdracht#Bestand en wachtzin apart doorgeven")
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    field.setFocus()
    press_f1(qtbot, dialog)

    shown = shown_help(main_window)
    assert shown.parentWidget() is dialog  # a modal dialog blocks every window but its children
    assert shown.current_key == "overdracht"
    assert "Bestand en wachtzin apart doorgeven" in shown.visible_headings()  # near the end: in view
    shown.close()
    dialog.close()


def test_dialogs_of_the_app_find_their_chapter_by_class(main_window: MainWindow, filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    from vpnotes.ui.retention_dialog import RetentionDialog

    dialog = RetentionDialog(filled_notebook if filled_notebook.vault.is_open else main_window.notebook,  # type: ignore[arg-type]
                             main_window)
    assert help_window.topic_of(dialog, main_window) == "bewaartermijn"
    assert help_window.topic_of(None, main_window) == "dagelijks-werk"  # the case list
    dialog.deleteLater()


def test_with_a_case_open_f1_goes_to_keeping_a_case(main_window: MainWindow, filled_notebook: Notebook) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    notebook = main_window.notebook
    assert notebook is not None
    main_window.show_case(notebook.cases.all()[0].id)  # type: ignore[arg-type]
    assert help_window.topic_of(None, main_window) == "dagelijks-werk#De zaak bijhouden"


def test_every_topic_names_a_chapter_and_heading_that_exist() -> None:
    topics = {**help_window.PAGE_TOPICS, **help_window.DIALOG_TOPICS}
    for name, topic in topics.items():
        key, _, heading = topic.partition("#")
        chapter = guide.chapter(key)
        assert not heading or heading in chapter.headings(), f"{name}: {topic}"


def test_every_dialog_the_context_map_names_exists_in_the_app() -> None:
    classes = set()
    for module in pkgutil.iter_modules(vpnotes.ui.__path__):
        loaded = importlib.import_module(f"vpnotes.ui.{module.name}")
        classes.update(name for name, value in vars(loaded).items() if isinstance(value, type))
    missing = set(help_window.DIALOG_TOPICS) - classes
    assert not missing, f"renamed or removed dialogs still in the context map: {missing}"


def test_search_lists_chapters_and_marks_matches_in_the_page(main_window: MainWindow, qtbot: Any) -> None:
    shown = helper(main_window).show_help(topic="overdracht")
    shown.search.setText("wachtzin")
    found = [shown.results.item(row).data(Qt.ItemDataRole.UserRole) for row in range(shown.results.count())]
    assert "overdracht" in found and "aan-de-slag" in found
    matches = shown.matches()
    assert len(matches) >= 3
    assert all(guide.fold(m.selectedText()) == "wachtzin" for m in matches)
    assert len(shown.browser.extraSelections()) == len(matches)  # each one marked

    shown.browser.moveCursor(shown.browser.textCursor().MoveOperation.Start)
    qtbot.keyClick(shown.search, Qt.Key.Key_Return)  # Enter: the next match in the page
    first = shown.browser.textCursor().selectionStart()
    qtbot.keyClick(shown.search, Qt.Key.Key_Return)
    assert shown.browser.textCursor().selectionStart() > first
    assert guide.fold(shown.browser.textCursor().selectedText()) == "wachtzin"

    # A result in another chapter opens that chapter at its first match.
    row = found.index("aan-de-slag")
    shown.results.itemClicked.emit(shown.results.item(row))
    assert shown.current_key == "aan-de-slag"
    assert guide.fold(shown.browser.textCursor().selectedText()) == "wachtzin"

    shown.search.setText("zebrapadvergunning")
    assert shown.results.count() == 0 and shown.results_label.text() == "Niet gevonden in de handleiding."
    shown.close()


def test_chapter_list_and_links_between_chapters(main_window: MainWindow) -> None:
    shown = helper(main_window).show_help(topic="jaarverslag")
    shown.chapter_list.setCurrentRow(5)
    assert shown.current_key == guide.chapters()[5].key
    shown.show_topic("bestaat-niet#Nergens")  # an unknown topic: the start, not an error
    assert shown.current_key == "aan-de-slag"
    shown.close()


def test_the_guide_images_render_scaled_to_the_column(main_window: MainWindow) -> None:
    shown = helper(main_window).show_help(topic="overdracht")
    image = guide.images(guide.chapter("overdracht"))[0]  # relative to the chapter, as written
    url = shown.browser.source().resolved(QUrl(image))
    loaded = shown.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, url)
    assert isinstance(loaded, QImage) and not loaded.isNull()
    assert QImage(str(guide.folder() / image)).width() > loaded.width()  # 1280 wide: scaled down
    assert loaded.width() <= min(help_window.MAX_IMAGE_WIDTH, shown.browser.viewport().width())
    shown.close()


def test_first_steps_show_once_after_the_first_notebook(main_window: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Notebook] = []

    class Created:
        def __init__(self) -> None:
            self.notebook = new_notebook(tmp_path / f"nieuw{len(made)}.vpnotes")
            made.append(self.notebook)

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(main_window, "create_dialog", lambda profile=None: Created())
    steps = first_steps.controller(main_window)
    assert steps is not None
    assert not main_window.settings.first_steps_shown

    main_window.new_notebook()
    assert steps.dialog is not None and steps.dialog.isVisible()
    assert main_window.settings.first_steps_shown
    steps.dialog.close()

    main_window.new_notebook()  # a second notebook: not again
    assert not steps.dialog.isVisible()
    main_window.shutdown()
    for notebook in made:
        if notebook.vault.is_open:
            notebook.close()


def test_first_steps_from_the_menu_show_the_notebook_state(main_window: MainWindow, filled_notebook: Notebook,
                                                           tmp_path: Path) -> None:
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    menu = main_window.menu("help")
    texts = [action.text().replace("&", "") for action in menu.actions()]
    assert texts[:3] == ["Handleiding", "Eerste stappen", "Over vpnotes"]
    steps = first_steps.controller(main_window)
    assert steps is not None
    steps.action.trigger()
    dialog = steps.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.organisation_mark.text() == first_steps.DONE and "Acme BV" in dialog.organisation_state.text()
    assert dialog.backup_mark.text() == first_steps.TODO
    assert "Nog geen reservekopie" in dialog.backup_state.text()

    notebook = main_window.notebook
    assert notebook is not None
    folder = tmp_path / "kopieen"
    folder.mkdir()
    notebook.policy.set("backup.folder", str(folder))
    backup(notebook, folder / "eerste.vpnotes")
    dialog.refresh()
    assert dialog.backup_mark.text() == first_steps.DONE
    assert str(folder) in dialog.backup_state.text()

    main_window.lock()  # the checklist holds no case data, but it goes with the notebook
    assert not dialog.isVisible()


def test_a_link_to_another_chapter_opens_it_and_the_list_follows(main_window: MainWindow) -> None:
    shown = helper(main_window).show_help(topic="dagelijks-werk")
    target = next(link for link in guide.links(guide.chapter("dagelijks-werk")) if link == "03-jaarverslag.md")
    shown.browser.setSource(shown.browser.source().resolved(QUrl(target)))  # what a click does
    assert shown.current_key == "jaarverslag"
    assert shown.chapter_list.currentItem().data(Qt.ItemDataRole.UserRole) == "jaarverslag"
    assert shown.browser.toPlainText().startswith("Het jaarverslag")  # rendered as Markdown, not source
    shown.close()


def test_a_guide_missing_from_the_installation_is_said_plainly(main_window: MainWindow,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guide, "chapters", lambda: ())
    shown = helper(main_window).show_help(topic="overdracht")
    assert "De handleiding ontbreekt" in shown.browser.toPlainText()
    assert shown.chapter_list.count() == 0
    shown.close()


def test_escape_closes_the_guide(main_window: MainWindow, qtbot: Any) -> None:
    shown = helper(main_window).show_help(topic="overdracht")
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    qtbot.keyClick(shown.browser, Qt.Key.Key_Escape)
    assert not shown.isVisible()


def test_the_later_dialogs_find_their_chapters(main_window: MainWindow, filled_notebook: Notebook) -> None:
    """The register, the spreadsheet wizard and the joint report's dialogs open their own sections."""
    unlock_with(main_window, filled_notebook, PASSPHRASE)
    from vpnotes.ui.contribution_dialog import ContributionDialog
    from vpnotes.ui.register_page import RegisterDialog, RegisterEntryDialog
    from vpnotes.ui.report_contributions import ContributionPassphraseDialog
    from vpnotes.ui.sheet_wizard import SheetWizard

    notebook = main_window.notebook
    assert notebook is not None
    expected = {
        RegisterDialog(notebook, main_window): "sectoren#Register van feiten door derden",
        RegisterEntryDialog(None, main_window): "sectoren#Register van feiten door derden",
        SheetWizard(notebook, main_window.busy, main_window): "spreadsheet#Stap voor stap",
        ContributionDialog(notebook, main_window.busy, main_window): "jaarverslag#Een gezamenlijk jaarverslag",
        ContributionPassphraseDialog("bijdrage.vpnotes", main_window): "jaarverslag#Een gezamenlijk jaarverslag",
    }
    for dialog, topic in expected.items():
        assert help_window.topic_of(dialog, main_window) == topic, type(dialog).__name__
        dialog.deleteLater()


def test_f1_in_the_intake_opens_a_new_case(main_window: MainWindow, filled_notebook: Notebook, qtbot: Any,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from vpnotes.ui import case_list

    unlock_with(main_window, filled_notebook, PASSPHRASE)
    seen: list[tuple[str, list[str]]] = []

    def ask(dialog: QDialog, _read: object) -> None:
        dialog.show()
        dialog.summary.setFocus()  # type: ignore[attr-defined]  # typing the first conversation
        press_f1(qtbot, dialog)
        shown = shown_help(main_window)
        seen.append((shown.current_key, shown.visible_headings()))
        shown.close()
        dialog.discard_question = lambda: True  # type: ignore[attr-defined]
        dialog.reject()

    monkeypatch.setattr(case_list, "ask", ask)
    main_window.pages["cases"].new_case_action.trigger()  # type: ignore[attr-defined]  # Ctrl+Shift+N
    assert seen and seen[0][0] == "dagelijks-werk"
    assert "Een nieuwe zaak" in seen[0][1]


def test_f1_at_the_passphrase_generator_explains_it(main_window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    """In the new-notebook dialog: F1 on Wachtzin voorstellen or in the passphrase explains the generator;
    F1 in the organisation field still opens the chapter's section on a new notebook."""
    from vpnotes.ui.passphrase_dialogs import CreateNotebookDialog

    main_window.show_welcome()
    dialog = CreateNotebookDialog(main_window, folder=tmp_path, profile=1)
    topics = {}
    for name, widget in (("suggest", dialog.fields.suggest), ("passphrase", dialog.passphrase),
                         ("organisation", dialog.organisation)):
        dialog.show()
        widget.setFocus()
        press_f1(qtbot, dialog)
        qtbot.waitUntil(lambda: helper(main_window).help_window() is not None)
        shown = shown_help(main_window)
        topics[name] = (shown.current_key, shown.heading_at_top())
        shown.close()
    assert topics == {"suggest": ("aan-de-slag", "Een wachtzin laten voorstellen"),
                      "passphrase": ("aan-de-slag", "Een wachtzin laten voorstellen"),
                      "organisation": ("aan-de-slag", "Een nieuw notitieboek")}
    dialog.reject()


def test_the_school_duties_notice_links_to_its_section(main_window: MainWindow, filled_notebook: Notebook) -> None:
    """The onderwijs notice in the case view names the chapter and its link opens the section on those duties."""
    import re

    unlock_with(main_window, filled_notebook, PASSPHRASE)
    notice = main_window.pages["cases"].case_view.duties_notice  # type: ignore[attr-defined]
    label = notice.text
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', label.text())
    assert [text for _href, text in links] == ["Scholen en Vlaanderen"]
    topic = links[0][0]
    key, _, heading = topic.partition("#")
    assert heading in guide.chapter(key).headings()

    label.linkActivated.emit(topic)  # what a click on the link does

    shown = shown_help(main_window)
    assert shown.current_key == "sectoren"
    assert shown.heading_at_top() == "Plichten die uw geheimhouding kunnen doorbreken"
    assert "meldcode" in shown.browser.toPlainText()
    shown.close()
