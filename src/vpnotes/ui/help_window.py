"""The guide in the app: Help > Handleiding and F1, at the chapter of the screen she is on.

The help window renders the Markdown chapters of :mod:`vpnotes.guide` offline in a
QTextBrowser (images relative to the chapter, links between chapters followed), with the
chapter list, and one search field that does both: it marks every match in the open chapter
(Enter jumps to the next) and lists the chapters that contain the words.

Context: F1 opens the chapter of what has the focus. A dialog declares its chapter with the
``helpChapter`` property (``"overdracht"`` or ``"overdracht#Heading"``); dialogs that do not
are found by class name in :data:`DIALOG_TOPICS`, and the main window's pages in
:data:`PAGE_TOPICS`. A modal dialog shadows the main window's F1, so every dialog of ours gets its own F1
shortcut when it first takes the focus; the help window then opens as a child of that dialog,
since a modal dialog blocks input to every other window. The guide holds no case
data, so the help window may stay open while the notebook locks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vpnotes import guide

if TYPE_CHECKING:
    from vpnotes.ui.main_window import MainWindow

HELP_PROPERTY = "helpChapter"
_HAS_F1 = "vpnotesHelpShortcut"
START = "aan-de-slag"
MAX_IMAGE_WIDTH = 720  # screenshots are 1280 wide; the guide column is narrower

# The main window's faces and pages.
PAGE_TOPICS = {
    "welcome": "aan-de-slag",
    "unlock": "aan-de-slag#Ontgrendelen",
    "cases": "dagelijks-werk",
    "case": "dagelijks-werk#De zaak bijhouden",  # the case list with a case open beside it
    "agenda": "dagelijks-werk#De agenda",
    "activities": "dagelijks-werk#Activiteiten, onkosten en signalen",
    "expenses": "dagelijks-werk#Activiteiten, onkosten en signalen",
    "signals": "dagelijks-werk#Activiteiten, onkosten en signalen",
}
# Dialogs of other modules, by class name (a dialog's own ``helpChapter`` property wins).
DIALOG_TOPICS = {
    "CreateNotebookDialog": "aan-de-slag#Een nieuw notitieboek",
    "FirstStepsDialog": "aan-de-slag#Eerste stappen",
    "SettingsDialog": "aan-de-slag#Instellingen",
    "OrganisationsDialog": "aan-de-slag#Organisaties",
    "OrganisationEditDialog": "aan-de-slag#Organisaties",
    "NewCaseDialog": "dagelijks-werk#Een nieuwe zaak",
    "ContactDialog": "dagelijks-werk#Een contact vastleggen",
    "FollowUpDialog": "dagelijks-werk#De zaak bijhouden",
    "ActivityDialog": "dagelijks-werk#Activiteiten, onkosten en signalen",
    "ExpenseDialog": "dagelijks-werk#Activiteiten, onkosten en signalen",
    "SignalDialog": "dagelijks-werk#Activiteiten, onkosten en signalen",
    "ReportWizard": "jaarverslag",
    "MinCellDialog": "jaarverslag#Waarom kleine aantallen verdwijnen",
    "PatternsDialog": "praktijk#Patronen in zaken",
    "CasusDialog": "praktijk#Casus voor intervisie",
    "StatementDialog": "praktijk#Urenoverzicht en kosten",
    "ChangePassphraseDialog": "aan-de-slag#De wachtzin",
    "RestoreBackupDialog": "reservekopieen#Een reservekopie terugzetten",
    "HandoverWizard": "overdracht",
    "RetentionDialog": "bewaartermijn",
    "AccessExtractDialog": "avg-verzoeken#Inzage",
    "ErasureDialog": "avg-verzoeken#Verwijdering",
    "AuditDialog": "reservekopieen#Het logboek",
    "RegisterDialog": "sectoren#Register van feiten door derden",
    "RegisterEntryDialog": "sectoren#Register van feiten door derden",
    "SheetWizard": "spreadsheet#Stap voor stap",
    "ContributionDialog": "jaarverslag#Een gezamenlijk jaarverslag",
    "ContributionPassphraseDialog": "jaarverslag#Een gezamenlijk jaarverslag",
}
# Parts of a dialog with a topic of their own, by the class that holds them and the names of the
# widgets that mean that part: the passphrase generator sits in four dialogs (create, change,
# handover, contribution), and F1 with the focus in the new passphrase or on its button explains it.
PART_TOPICS = {
    "NewPassphraseFields": (("passphrase", "repeat", "suggest"), "aan-de-slag#Een wachtzin laten voorstellen"),
}


def bring_forward(widget: QWidget) -> None:
    """Raise and activate a window that may be behind others (already open, asked for again)."""
    if QGuiApplication.platformName() != "offscreen":  # headless (tests, screenshots) cannot raise
        widget.raise_()
    widget.activateWindow()


def topic_of(widget: QWidget | None, window: MainWindow) -> str:
    """The guide topic for ``widget`` (a window of the app, or a widget in one, such as the one with
    the focus) or, without one, for the main window."""
    part = _part_topic(widget)
    if part is not None:
        return part
    current = widget
    while current is not None and current is not window:
        declared = current.property(HELP_PROPERTY)
        if isinstance(declared, str) and declared:
            return declared
        topic = DIALOG_TOPICS.get(type(current).__name__)
        if topic is not None and current.isWindow():
            return topic
        current = current.parentWidget()
    return _window_topic(window)


def _part_topic(widget: QWidget | None) -> str | None:
    """The topic of a part of a dialog (:data:`PART_TOPICS`) when ``widget`` is one of its widgets."""
    holder = widget.parentWidget() if widget is not None else None
    if holder is None:
        return None
    names, topic = PART_TOPICS.get(type(holder).__name__, ((), ""))
    return topic if any(getattr(holder, name, None) is widget for name in names) else None


def _window_topic(window: MainWindow) -> str:
    face = window.stack.currentIndex()
    if face == window.WELCOME:
        return PAGE_TOPICS["welcome"]
    if face == window.UNLOCK:
        return PAGE_TOPICS["unlock"]
    page = window.tabs.currentWidget()
    for key, widget in window.pages.items():
        if widget is page:
            showing_case = getattr(widget, "current_case_id", None)
            if key == "cases" and callable(showing_case) and showing_case() is not None:
                return PAGE_TOPICS["case"]
            return PAGE_TOPICS.get(key, START)
    return START


class GuideBrowser(QTextBrowser):
    """A text browser that shows Markdown chapters and scales wide screenshots to the column."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name) if isinstance(name, str) else name
        if kind == QTextDocument.ResourceType.ImageResource.value and url.isLocalFile():
            image = QImage(url.toLocalFile())
            # Fit the column as it is when the chapter opens (the document caches the result).
            # The vertical scroll bar may appear only after the images are in: leave room for it.
            room = min(MAX_IMAGE_WIDTH, self.viewport().width() - 2 * int(self.document().documentMargin())
                       - self.verticalScrollBar().sizeHint().width() - 8)
            if not image.isNull() and image.width() > room > 0:
                image = image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            return image
        return super().loadResource(kind, name)


class HelpWindow(QWidget):
    """Chapter list, search and the chapter itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Guide – vpnotes"))
        self.setProperty(HELP_PROPERTY, START)
        self.resize(1040, 720)
        self.chapters = guide.chapters()
        self._matches: list[QTextCursor] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the guide (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.find_next)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(lambda _checked=False: self._focus_search())
        self.addAction(find)
        close = QAction(self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(lambda _checked=False: self.close())
        self.addAction(close)

        self.chapter_list = QListWidget()
        self.chapter_list.setAccessibleName(self.tr("Chapters"))
        for number, item in enumerate(self.chapters, start=1):
            entry = QListWidgetItem(f"{number}. {item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, item.key)
            self.chapter_list.addItem(entry)
        self.chapter_list.currentItemChanged.connect(self._chapter_chosen)

        self.results_label = QLabel(self.tr("Found in:"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Chapters with the words searched for"))
        self.results.setWordWrap(True)
        self.results.setSpacing(3)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        self.in_page = QLabel()
        self.in_page.setWordWrap(True)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.search)
        side_layout.addWidget(self.in_page)
        side_layout.addWidget(QLabel(self.tr("Chapters")))
        side_layout.addWidget(self.chapter_list, 1)
        side_layout.addWidget(self.results_label)
        side_layout.addWidget(self.results, 1)

        self.browser = GuideBrowser()
        self.browser.setAccessibleName(self.tr("Chapter of the guide"))
        self.browser.document().setDocumentMargin(16)
        self.browser.setOpenExternalLinks(False)  # vpnotes makes no network connection, not even from help
        self.browser.sourceChanged.connect(self._source_changed)

        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 760])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self._show_results([])

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- chapters ------------------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        return self._key_of(self.browser.source())

    def _key_of(self, url: QUrl) -> str:
        name = url.fileName()
        for item in self.chapters:
            if item.file == name:
                return item.key
        return ""

    def show_topic(self, topic: str) -> None:
        """Show ``"chapter"`` or ``"chapter#Heading"`` (an unknown one: the first chapter)."""
        key, _, heading = topic.partition("#")
        if not self.chapters:  # an installation without its package data: say so, do not crash
            self.browser.setPlainText(self.tr(
                "The guide is missing from this installation of vpnotes. Install vpnotes again, or ask "
                "whoever supports vpnotes for you."))
            return
        try:
            item = guide.chapter(key)
        except KeyError:
            item, heading = self.chapters[0], ""
        if self.current_key != item.key:
            self.browser.setSource(QUrl.fromLocalFile(str(guide.path_of(item))),
                                   QTextDocument.ResourceType.MarkdownResource)
        self._select_in_list(item.key)
        self.scroll_to(heading)
        self._mark_matches()

    def scroll_to(self, heading: str) -> None:
        """Put the heading with this text at the top (the chapter's start when there is none)."""
        document = self.browser.document()
        block = document.begin()
        while heading and block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip() == heading:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                top = document.documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                return
            block = block.next()
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.browser.verticalScrollBar().setValue(0)

    def heading_at_top(self) -> str:
        """The last heading at or above the top of the view (what the reader sees first)."""
        document = self.browser.document()
        top = self.browser.verticalScrollBar().value()
        found = ""
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                if document.documentLayout().blockBoundingRect(block).top() > top + 1:
                    break
                found = block.text().strip()
            block = block.next()
        return found

    def visible_headings(self) -> list[str]:
        """The headings inside the view now."""
        document = self.browser.document()
        top = self.browser.verticalScrollBar().value()
        bottom = top + self.browser.viewport().height()
        found = []
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                rect = document.documentLayout().blockBoundingRect(block)
                if rect.top() >= top - 1 and rect.bottom() <= bottom + 1:
                    found.append(block.text().strip())
            block = block.next()
        return found

    def _chapter_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            key = item.data(Qt.ItemDataRole.UserRole)
            if key != self.current_key:
                self.show_topic(str(key))

    def _source_changed(self, url: QUrl) -> None:
        """A link to another chapter was followed: the list and the marks follow too.

        The signal comes before ``source()`` reports the new chapter: go by the URL it carries.
        """
        self._select_in_list(self._key_of(url))
        self._mark_matches()

    def _select_in_list(self, key: str) -> None:
        for row in range(self.chapter_list.count()):
            if self.chapter_list.item(row).data(Qt.ItemDataRole.UserRole) == key \
                    and self.chapter_list.currentRow() != row:
                self.chapter_list.blockSignals(True)
                self.chapter_list.setCurrentRow(row)
                self.chapter_list.blockSignals(False)

    # -- search --------------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self._show_results(guide.search(text))
        self._mark_matches()

    def _show_results(self, hits: list[guide.Hit]) -> None:
        self.results.clear()
        for hit in hits:
            entry = QListWidgetItem(f"{hit.chapter.title} ({hit.count})\n{hit.snippet}")
            entry.setData(Qt.ItemDataRole.UserRole, hit.chapter.key)
            self.results.addItem(entry)
        searching = bool(self.search.text().strip())
        self.results_label.setText(self.tr("Found in:") if hits or not searching
                                   else self.tr("Not found in the guide."))
        self.results_label.setVisible(searching)
        self.results.setVisible(bool(hits))

    def _result_chosen(self, item: QListWidgetItem) -> None:
        self.show_topic(str(item.data(Qt.ItemDataRole.UserRole)))
        self.find_next()

    def matches(self) -> list[QTextCursor]:
        """Every match of the search text in the open chapter (case and accents ignored)."""
        return list(self._matches)

    def _mark_matches(self) -> None:
        needle = guide.fold(" ".join(self.search.text().split()))
        self._matches = []
        if needle:
            document = self.browser.document()
            text = guide.fold(document.toPlainText())
            at = text.find(needle)
            while at >= 0:
                cursor = QTextCursor(document)
                cursor.setPosition(at)
                cursor.setPosition(at + len(needle), QTextCursor.MoveMode.KeepAnchor)
                self._matches.append(cursor)
                at = text.find(needle, at + len(needle))
        marked = QTextCharFormat()
        marked.setBackground(QColor("#ffe066"))
        selections = []
        for cursor in self._matches:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = marked  # type: ignore[attr-defined]
            selections.append(selection)
        self.browser.setExtraSelections(selections)
        if not needle:
            self.in_page.setText("")
        elif not self._matches:
            self.in_page.setText(self.tr("Not in this chapter."))
        else:
            self.in_page.setText(self.tr("In this chapter: %1").replace("%1", str(len(self._matches))))

    def find_next(self) -> None:
        """Select the next match after the cursor in the open chapter, from the top again at the end."""
        if not self._matches:
            return
        position = self.browser.textCursor().selectionEnd()
        following = [c for c in self._matches if c.selectionStart() >= position]
        target = QTextCursor(following[0] if following else self._matches[0])
        self.browser.setTextCursor(target)
        self.browser.ensureCursorVisible()


class HelpActions(QObject):
    """Help > Handleiding (F1) and the F1 key in every dialog of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("helpActions")
        self.window = window
        self._own: HelpWindow | None = None
        self._over_dialog: HelpWindow | None = None
        self.guide_action = QAction(self.tr("&Guide"), window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setStatusTip(self.tr("The user guide, at the chapter of this screen"))
        self.guide_action.triggered.connect(lambda _checked=False: self.show_help())
        window.addAction(self.guide_action)
        menu = window.menu("help")
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.guide_action)  # type: ignore[arg-type]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def help_window(self) -> HelpWindow | None:
        """The help window shown last, if it is still open."""
        for candidate in (self._over_dialog, self._own):
            if candidate is not None and shiboken6.isValid(candidate) and candidate.isVisible():
                return candidate
        return None

    def show_help(self, over: QWidget | None = None, topic: str | None = None) -> HelpWindow:
        """Open the guide at ``topic`` (default: the topic of ``over``, else of the main window)."""
        chosen = topic if topic is not None else topic_of(over, self.window)
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.window:
            # Only a child of the modal dialog can take input while that dialog is open.
            if self._over_dialog is None or not shiboken6.isValid(self._over_dialog) \
                    or self._over_dialog.parentWidget() is not modal:
                self._over_dialog = HelpWindow(modal)
                self._over_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            shown = self._over_dialog
        else:
            if self._own is None or not shiboken6.isValid(self._own):
                self._own = HelpWindow(self.window)
            shown = self._own
        shown.show()  # first: the scroll range to a heading exists only once the view is laid out
        shown.show_topic(chosen)
        bring_forward(shown)
        return shown

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        """Give a dialog of ours its own F1 the first time it takes the focus.

        The main window's F1 does not reach a modal dialog (the dialog shadows it), and a
        shortcut in the dialog itself is cheaper than filtering every event of the app.
        """
        if now is None or not shiboken6.isValid(self.window):
            return
        top = now.window()
        if top is self.window or isinstance(top, HelpWindow) or top.property(_HAS_F1) or not self._ours(top):
            return
        top.setProperty(_HAS_F1, True)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), top)
        shortcut.activated.connect(lambda: self.show_help(self._focus_in(top)))

    @staticmethod
    def _focus_in(top: QWidget) -> QWidget:
        """The widget with the focus inside ``top`` (its part may have a topic of its own), else ``top``."""
        focus = QApplication.focusWidget()
        return focus if focus is not None and focus.window() is top else top

    def _ours(self, top: QWidget) -> bool:
        """A window of this main window (itself or a dialog opened over it)."""
        current: QWidget | None = top
        while current is not None:
            if current is self.window:
                return True
            current = current.parentWidget()
        return False


def install(window: MainWindow) -> HelpActions:
    """Put Help > Handleiding (F1) and Help > Eerste stappen into ``window``; F1 in its dialogs too."""
    from vpnotes.ui import first_steps  # it imports this module, so it is installed from here

    actions = HelpActions(window)
    first_steps.install(window)
    return actions


def after_notebook_created(window: MainWindow) -> None:
    """A notebook was just created in the app: show Eerste stappen, the first time only."""
    from vpnotes.ui import first_steps

    steps = first_steps.controller(window)
    if steps is not None:
        steps.after_create()


def controller(window: MainWindow) -> HelpActions | None:
    found = window.findChild(HelpActions, "helpActions")
    return found if isinstance(found, HelpActions) else None
