"""Screenshots of every main screen with demo data: ``python tools/screenshots.py``.

Starts the real app under Xvfb (re-running itself through ``xvfb-run -a`` when no
display is set), creates a demo notebook in a temporary folder, walks through the
screens a VP sees (welcome, new notebook, lock screen, case list, case view,
agenda, activities, signals, settings) and saves each as a PNG in
``docs/screenshots/``. Preferences go to a temporary QSettings file: the VP's own
configuration is never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def _under_xvfb() -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit("xvfb-run not found: install Xvfb (Debian: xvfb)")
    env = dict(os.environ, VPNOTES_SCREENSHOTS_CHILD="1", QT_QPA_PLATFORM="xcb")
    return subprocess.call([xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, __file__], env=env)


def _shoot() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from vpnotes.ui import worker
    from vpnotes.ui.app import load_translations, make_application
    from vpnotes.ui.main_window import MainWindow
    from vpnotes.ui.passphrase_dialogs import CreateNotebookDialog
    from vpnotes.ui.settings import Settings

    app = make_application()
    load_translations(app, "nl")
    worker.set_runner(worker.SyncRunner())  # one step after the other, so every screen is complete
    OUT.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix="vpnotes-shots-"))
    window = MainWindow(Settings(QSettings(str(temp / "settings.ini"), QSettings.Format.IniFormat)))
    window.resize(*SIZE)
    window.show()

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(f"docs/screenshots/{name}.png")

    try:
        window.show_welcome()
        save(window, "01-welcome")

        create = CreateNotebookDialog(window, folder=temp, profile=1)
        create.organisation.setText("Gemeente Voorbeeldstad")
        create.passphrase.setText("zeven blauwe giraffen dansen op de markt")
        create.repeat.setText("zeven blauwe giraffen dansen op de markt")
        create.show()
        save(create, "02-create")
        create.reject()

        window.start_demo()
        cases = window.pages["cases"]
        save(window, "04-cases")
        window.lock()
        save(window, "03-unlock")
        window.unlock.passphrase.setText(window.demo_passphrase)
        window.unlock.submit()
        ids = window.notebook.cases.ids() if window.notebook is not None else []
        if ids:
            window.show_case(ids[len(ids) // 2])
        save(window, "05-case-view")
        for index, key in ((1, "06-agenda"), (2, "07-activities"), (3, "08-signals")):
            window.tabs.setCurrentIndex(index)
            save(window, key)
        window.tabs.setCurrentWidget(cases)
        dialog = window.settings_dialog()
        dialog.show()
        save(dialog, "09-settings")
        dialog.tabs.setCurrentIndex(1)
        save(dialog, "10-settings-computer")
        dialog.reject()
    finally:
        window.shutdown()
        window.close()
        QApplication.processEvents()
        shutil.rmtree(temp, ignore_errors=True)
    return 0


def main() -> int:
    if os.environ.get("VPNOTES_SCREENSHOTS_CHILD") != "1" and not os.environ.get("DISPLAY"):
        return _under_xvfb()
    return _shoot()


if __name__ == "__main__":
    raise SystemExit(main())
