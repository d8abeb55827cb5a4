"""Every screen fits (issue 9 item 4): at 1366x728 (a 768-pixel laptop minus its task bar),
1280x720, and 1920x1080 at 150 % scaling, every window, dialog and wizard lies inside the
screen's available geometry with its buttons on screen, its layout's minimum fits, and the
main window opens to the available size. Each size runs in a fresh process (``fit_probe.py``)
on an offscreen screen of that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vpnotes.ui.screen_fit import fit_into

HERE = Path(__file__).resolve().parent
SIZES = {
    "1366x728": ("laptop-1366x728.json", None, (1366, 728)),
    "1280x720": ("laptop-1280x720.json", None, (1280, 720)),
    "1920x1080 at 150%": ("desktop.json", "1.5", (1280, 720)),
}


def run_probe(screen: str, scale: str | None) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={HERE / 'screens' / screen}", LANG="nl_NL.UTF-8")
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    result = subprocess.run([sys.executable, str(HERE / "fit_probe.py")], capture_output=True, text=True,
                            env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


@pytest.mark.parametrize("size", list(SIZES))
def test_every_window_fits_with_its_buttons_visible(size: str) -> None:
    screen, scale, logical = SIZES[size]
    data = run_probe(screen, scale)
    assert tuple(data["available"]) == logical
    windows = {w["name"]: w for w in data["windows"]}
    assert len(windows) >= 24  # the main window and every dialog and wizard
    main = windows["MainWindow"]
    assert main["fits"] and main["fills"] and main["status_bar_visible"], main
    problems = [(name, w) for name, w in windows.items()
                if not (w["fits"] and w["minimum_fits"] and not w["buttons_outside"])]
    assert problems == []
    assert all(w["buttons"] >= 1 for name, w in windows.items() if name != "MainWindow")


def test_a_window_larger_than_the_screen_is_brought_inside(qtbot: Any) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setGeometry(900, 500, 1100, 900)
    fit_into(dialog, QRect(0, 0, 1366, 728))
    assert QRect(0, 0, 1366, 728).contains(dialog.geometry())
    assert dialog.height() <= 728
