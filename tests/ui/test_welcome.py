"""The welcome screen: each choice shows its whole description on a laptop screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from vpnotes.ui.welcome import WelcomeWidget


def test_every_choice_is_tall_enough_for_its_description(qtbot: QtBot) -> None:
    """The column was given its size hint, and each description was cut through the middle (issue 9, 1366x728)."""
    page = WelcomeWidget()
    qtbot.addWidget(page)
    page.resize(1366, 728)
    page.show()
    qtbot.waitExposed(page)
    for button in (page.new_button, page.open_button, page.demo_button):
        assert button.description()
        assert button.height() >= button.heightForWidth(button.width()), button.text()
