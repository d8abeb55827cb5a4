"""Render the icon master ``src/vpnotes/resources/icons/vpnotes.svg`` to every
format the installers need: PNGs 16-512 (package data, also the Linux hicolor
theme), ``packaging/icons/vpnotes.ico`` (Windows) and ``vpnotes.icns`` (macOS).

Qt's SVG renderer draws the PNGs, so no system tool is needed; ICO and ICNS are
simple containers of PNG images and are written here directly (the same bytes
``icnsutil`` or ``png2icns`` would write for these types), so the macOS icon is
built on any system. Run after changing the SVG and commit the results::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "src" / "vpnotes" / "resources" / "icons"
SVG = ICONS / "vpnotes.svg"
OUT = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size (Apple's "icns" format; @2x types reuse sizes).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """The SVG drawn at each size, as PNG bytes (antialiased, transparent background)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    result: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        result[size] = bytes(data.data())
    del _app
    return result


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows ICO file with PNG-compressed entries (Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    images = b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS ICNS file: big-endian ``icns`` header, then one PNG element per type."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    pngs = render_pngs(SVG, PNG_SIZES)
    for size, data in pngs.items():
        (ICONS / f"vpnotes-{size}.png").write_bytes(data)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "vpnotes.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    (OUT / "vpnotes.icns").write_bytes(icns_bytes(pngs))
    print(f"{len(pngs)} PNGs in {ICONS}, vpnotes.ico and vpnotes.icns in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
