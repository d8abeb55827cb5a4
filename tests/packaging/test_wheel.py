"""The wheel carries every resource even when built from a checkout without
symbolic links (Windows' ``core.symlinks=false``): resources are real package
data under ``src/vpnotes/resources``, not a link to a folder elsewhere."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def test_the_repository_holds_no_symbolic_links() -> None:
    links = [line for line in _git("ls-files", "-s").splitlines() if line.startswith("120000")]
    assert links == []


@pytest.mark.slow
def test_wheel_from_a_checkout_without_symlinks_has_every_resource(tmp_path: Path) -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "-c", "core.symlinks=false", str(ROOT), str(clone)], check=True)
    expected = {line[len("src/"):] for line in _git("ls-files", "src/vpnotes/resources", cwd=clone).splitlines()}
    assert any(name.endswith("reference.docx") for name in expected)
    assert any(name.endswith("vpnotes_nl.qm") for name in expected)
    assert any(name.endswith("vpnotes-512.png") for name in expected)
    out = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "-w", str(out), str(clone)], check=True, capture_output=True)
    (wheel,) = out.glob("vpnotes-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert expected <= names, sorted(expected - names)
        # The files are the real ones, not a link's target path written as text.
        assert archive.read("vpnotes/resources/report/reference.docx")[:2] == b"PK"
        # Every command module is in the wheel (the command table imports them by name).
        from vpnotes.cli import COMMAND_MODULES

        for module in COMMAND_MODULES:
            assert module.replace(".", "/") + ".py" in names
