"""The release workflow is valid by actionlint (the binary ships in a wheel on the
package index, a test dependency), and builds and tests on the three systems,
the oldest Ubuntu among them, and publishes SHA256SUMS."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _actionlint() -> str:
    beside = Path(sys.executable).parent / "actionlint"
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    if found is None:
        pytest.fail("actionlint is missing: pip install -e '.[test]' installs it")
    return found


def test_actionlint_accepts_the_release_workflow() -> None:
    result = subprocess.run([_actionlint(), "-no-color", str(WORKFLOW)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / ".github" / "workflows" / "release.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("runs-on: windows-latest", "runs_on: windows"),
                      encoding="utf-8")
    result = subprocess.run([_actionlint(), "-no-color", str(broken)], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode != 0


def test_the_workflow_covers_three_systems_and_publishes_sums() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("runs-on: ubuntu-22.04", "runs-on: windows-latest", "runs-on: macos-latest"):
        assert runner in text
    assert text.count("python -m pytest") + text.count("scripts/test") >= 3  # the suite on each system
    for built in ("packaging/build", "packaging\\windows\\vpnotes.iss", "packaging/macos/make-dmg",
                  "windows-portable.zip", "sha256sum -- * > SHA256SUMS"):
        assert built in text
