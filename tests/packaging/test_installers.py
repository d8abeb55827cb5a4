"""What the installers for Windows and macOS are built from, checked here where
they cannot be run: the icon files are well-formed ICO and ICNS holding every size,
the Inno Setup script installs for one user without administrator rights and
leaves notebooks and backups alone, and the macOS bundle declares the file type."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

from vpnotes.ui.settings import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_ico_holds_every_windows_size() -> None:
    data = (PACKAGING / "icons" / "vpnotes.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _height, _colours, _r, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index: 22 + 16 * index])
        png = data[offset: offset + length]
        assert _png_size(png)[0] == (width or 256)
        sizes.append(width or 256)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_holds_retina_sizes() -> None:
    data = (PACKAGING / "icons" / "vpnotes.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        kind, length = data[position: position + 4].decode(), struct.unpack(">I", data[position + 4: position + 8])[0]
        found[kind] = _png_size(data[position + 8: position + length])[0]
        position += length
    assert found["ic14"] == 512 and found["ic09"] == 512 and found["ic07"] == 128 and found["icp4"] == 16


def test_the_icon_writers_round_trip() -> None:
    module = _make_icons()
    png = (ROOT / "src" / "vpnotes" / "resources" / "icons" / "vpnotes-16.png").read_bytes()
    ico = module.ico_bytes({16: png, 256: png})
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 2) and ico[6 + 16:7 + 16] == b"\x00"  # 256 written as 0
    icns = module.icns_bytes(dict.fromkeys(module.PNG_SIZES, png))
    assert icns.count(png) == len(module.ICNS_TYPES)


def test_the_windows_installer_is_per_user_and_keeps_the_vps_files() -> None:
    script = (PACKAGING / "windows" / "vpnotes.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert "DefaultDirName={localappdata}\\Programs\\vpnotes" in script
    assert 'Subkey: "Software\\Classes\\.vpnotes"' in script and "Root: HKA" in script
    assert "Root: HKLM" not in script  # nothing machine-wide
    assert "{autoprograms}\\vpnotes" in script
    assert "[UninstallDelete]" not in script.replace("No [UninstallDelete]", "")
    assert "ChangesAssociations=yes" in script


def test_the_macos_bundle_declares_and_opens_the_file_type() -> None:
    spec = (PACKAGING / "vpnotes.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APPLICATION_ID}"' in spec
    for key in ("CFBundleDocumentTypes", "UTExportedTypeDeclarations", '"public.filename-extension": ["vpnotes"]',
                '"public.mime-type": ["application/x-vpnotes"]', '"LSHandlerRank": "Owner"'):
        assert key in spec
    # Two executables, one without a console; python-docx shipped as files.
    assert 'name="vpnotes", console=False' in spec and 'name="vpnotes-cli", console=True' in spec
    assert 'module_collection_mode={"docx": "py"}' in spec
