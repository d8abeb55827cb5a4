"""``vpnotes selftest``: prove that this installation works as the vault format
and the rest of the app need: the crypto stack (SQLCipher 4 with FTS5, raw
keys, Argon2id) in a temporary folder that is removed afterwards, the command
table (every command module present), and every resource the package ships
(report templates, reference.docx, word list, translations, icons), so a
bundle or a wheel that lost a file fails here instead of at the first report.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3

import vpnotes
from vpnotes.store import kdf
from vpnotes.store.vault import Vault

_SELFTEST_PASSPHRASE = "zelftest-wachtzin-die-nergens-anders-voor-dient"

RESOURCES = Path(vpnotes.__file__).resolve().parent / "resources"
# The first bytes of a compiled Qt translation file (QTranslator's magic).
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Commands every build must offer (DESIGN.md §7); the table may hold more.
REQUIRED_COMMANDS = ("init", "import", "export", "report", "search", "check", "passwd", "backup", "handover",
                     "purge", "access", "audit", "policy", "organisation", "patterns", "casus", "selftest")


def run_selftest() -> Iterator[tuple[str, bool]]:
    yield from _crypto()
    yield from _commands()
    yield from _resources()


def _crypto() -> Iterator[tuple[str, bool]]:
    probe = sqlcipher3.connect(":memory:")
    try:
        version = probe.execute("PRAGMA cipher_version").fetchone()
        cipher = version[0] if version else ""
        yield f"SQLCipher {cipher or 'ontbreekt'}", cipher.startswith("4.")
        options = {row[0] for row in probe.execute("PRAGMA compile_options")}
        yield "FTS5 beschikbaar", "ENABLE_FTS5" in options
        sqlite_version = probe.execute("SELECT sqlite_version()").fetchone()[0]
        yield f"SQLite {sqlite_version}", tuple(int(p) for p in sqlite_version.split(".")[:2]) >= (3, 43)
    finally:
        probe.close()
    profile = kdf.PROFILES[kdf.DEFAULT_PROFILE]
    start = time.perf_counter()
    key = kdf.derive_key(_SELFTEST_PASSPHRASE, kdf.new_salt(profile.number))
    elapsed = time.perf_counter() - start
    yield f"Argon2id profiel {profile.number}: {elapsed:.2f} s", len(key) == kdf.KEY_SIZE
    with tempfile.TemporaryDirectory(prefix="vpnotes-selftest-") as folder:
        path = Path(folder) / "selftest.vpnotes"
        vault = Vault.create(path, _SELFTEST_PASSPHRASE, profile=0, check_strength=False)
        vault.close()
        encrypted = path.read_bytes()[:4] == kdf.MAGIC and b"SQLite format 3" not in path.read_bytes()
        reopened = Vault.open(path, _SELFTEST_PASSPHRASE)
        sound = not reopened.integrity_problems()
        reopened.close()
        yield "Versleuteld bestand maken en openen", encrypted and sound


def _commands() -> Iterator[tuple[str, bool]]:
    from vpnotes.cli import COMMAND_MODULES, command_names

    try:
        names = set(command_names())
    except ImportError as exc:  # a command module is missing from this build
        yield f"Opdrachten: module {exc.name or '?'} ontbreekt", False
        return
    missing = [name for name in REQUIRED_COMMANDS if name not in names]
    label = f"Opdrachten: {len(names)} uit {len(COMMAND_MODULES)} modules"
    yield (label if not missing else f"{label}; ontbreekt: {', '.join(missing)}"), not missing


def _check(label: str, test: Callable[[], bool]) -> tuple[str, bool]:
    """Run one resource check; a missing or broken file is a failed line, never a crash."""
    try:
        passed = test()
    except Exception:  # any failure to load is exactly what the line reports
        passed = False
    return label, passed


def _resources() -> Iterator[tuple[str, bool]]:
    yield _check("Hulpbron: rapportsjablonen", _templates_load)
    yield _check("Hulpbron: reference.docx", _reference_loads)
    yield _check("Hulpbron: woordenlijst", _wordlist_loads)
    yield _check("Hulpbron: vertalingen", _translations_present)
    yield _check("Hulpbron: pictogrammen", _icons_present)
    yield _check("Hulpbron: handleiding", _guide_present)


def _guide_present() -> bool:
    from vpnotes import guide

    chapters = guide.chapters()
    return len(chapters) >= 5 and all(
        (guide.path_of(item).parent / image).is_file() for item in chapters for image in guide.images(item))


def _templates_load() -> bool:
    from vpnotes.report.document import TEMPLATE_NAMES, environment

    env = environment()
    for name in TEMPLATE_NAMES:  # every template the report renders, by name: a missing one fails
        env.get_template(name)
    return True


def _reference_loads() -> bool:
    from docx import Document

    from vpnotes.report.render_docx import REFERENCE

    document = Document(str(REFERENCE))
    # Also the header part python-docx reads from its own package files (a bundle must ship them).
    section = document.sections[0]
    return section.header is not None and "Title" in [style.name for style in document.styles]


def _wordlist_loads() -> bool:
    from vpnotes.report.wordlist import words

    return len(words()) > 100_000


def _translations_present() -> bool:
    folder = RESOURCES / "translations"
    qm = (folder / "vpnotes_nl.qm").read_bytes()
    return qm.startswith(QM_MAGIC) and len(qm) > 1000


def _icons_present() -> bool:
    folder = RESOURCES / "icons"
    svg = (folder / "vpnotes.svg").read_text(encoding="utf-8")
    pngs = [(folder / f"vpnotes-{size}.png").read_bytes() for size in ICON_SIZES]
    return "<svg" in svg and all(png.startswith(PNG_MAGIC) for png in pngs)
