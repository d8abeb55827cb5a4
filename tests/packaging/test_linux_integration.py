"""The Linux desktop integration files are valid by the freedesktop tools and do
what they say: ``desktop-file-validate`` and ``appstreamcli validate`` accept them,
and once installed, the MIME database recognises a notebook by its ``VPNB`` magic
even without the ``.vpnotes`` extension (Qt reads the same database as the desktop)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from helpers import new_notebook, program
from vpnotes.ui.settings import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def test_the_desktop_entry_is_valid() -> None:
    desktop = LINUX / f"{APPLICATION_ID}.desktop"
    result = subprocess.run([program("desktop-file-validate"), str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr
    text = desktop.read_text(encoding="utf-8")
    assert "MimeType=application/x-vpnotes;" in text and f"Icon={APPLICATION_ID}" in text


def test_a_broken_desktop_entry_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.desktop"
    broken.write_text((LINUX / f"{APPLICATION_ID}.desktop").read_text(encoding="utf-8").replace("Type=", "Typ="),
                      encoding="utf-8")
    assert subprocess.run([program("desktop-file-validate"), str(broken)], capture_output=True).returncode != 0


def test_the_appstream_metainfo_is_valid() -> None:
    metainfo = LINUX / f"{APPLICATION_ID}.metainfo.xml"
    result = subprocess.run([program("appstreamcli"), "validate", "--no-net", str(metainfo)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APPLICATION_ID
    assert root.findtext("launchable") == f"{APPLICATION_ID}.desktop"
    assert root.findtext("provides/mediatype") == "application/x-vpnotes"


def test_the_mime_type_finds_a_notebook_by_its_magic(tmp_path: Path) -> None:
    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / f"{APPLICATION_ID}.xml", share / "mime" / "packages")
    subprocess.run([program("update-mime-database"), str(share / "mime")], check=True, capture_output=True)
    assert (share / "mime" / "application" / "x-vpnotes.xml").is_file()
    notebook = new_notebook(tmp_path / "zonder-extensie")
    notebook.close()
    probe = ("import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase(); "
             "print(db.mimeTypeForFile(sys.argv[1]).name(), db.mimeTypeForFile(sys.argv[2]).name())")
    elsewhere = tmp_path / "leeg.vpnotes"
    elsewhere.write_bytes(b"")
    env = dict(os.environ, XDG_DATA_DIRS=f"{share}:/usr/share", XDG_DATA_HOME=str(tmp_path / "none"))
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "zonder-extensie"), str(elsewhere)],
                            capture_output=True, text=True, env=env, check=True)
    assert result.stdout.split() == ["application/x-vpnotes", "application/x-vpnotes"]
