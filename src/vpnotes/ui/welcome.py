"""The first screen when no notebook is known: create one, open one, or try
the demo with fictional data. Three large keyboard-reachable choices and a
sentence on what vpnotes keeps where, nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget


class WelcomeWidget(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        column = QWidget()
        column.setFixedWidth(560)  # fixed, so word-wrapped texts get their full height
        layout = QVBoxLayout(column)
        layout.setSpacing(12)
        title = QLabel(self.tr("Welcome to vpnotes"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Your case notebook as a confidential counsellor. Everything is kept in one encrypted file "
            "on this computer; nothing is sent anywhere."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(8)
        self.new_button = QCommandLinkButton(
            self.tr("&New notebook"), self.tr("Start with an empty notebook protected by a passphrase."))
        self.open_button = QCommandLinkButton(
            self.tr("&Open notebook"), self.tr("Open a notebook file you already have, or one handed over to you."))
        self.demo_button = QCommandLinkButton(
            self.tr("&Try the demo"), self.tr("Look around in a notebook filled with fictional cases."))
        margins = layout.contentsMargins()
        for button in (self.new_button, self.open_button, self.demo_button):
            # The centred column gets its size hint, not its height for this width, so a command link's
            # description was cut through the middle; its own height for the column's width keeps it whole.
            button.setMinimumHeight(button.heightForWidth(column.width() - margins.left() - margins.right()))
            layout.addWidget(button)
        for button in (self.new_button, self.open_button, self.demo_button):
            button.installEventFilter(self)  # Enter presses a focused choice, as Space does
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setFocusProxy(self.new_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(watched, QCommandLinkButton):
            watched.click()
            return True
        return super().eventFilter(watched, event)
