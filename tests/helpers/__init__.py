"""Test helpers: notebooks with the fast test KDF profile, sample cases, and
running the command line in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from vpnotes.domain.model import Case, Contact, Melder, Organisation
from vpnotes.domain.vocabulary import CaseKind, Category, ContactMode, MelderRole
from vpnotes.store.notebook import Notebook
from vpnotes.store.vault import Vault

# Strong enough for zxcvbn (score 4) and used everywhere in the tests.
PASSPHRASE = "paarse giraffe fietst langs zeven molens"
OTHER_PASSPHRASE = "blauwe walvis zingt onder negen bruggen"


def new_notebook(path: Path, *, organisation: str | None = "acme") -> Notebook:
    """Create a notebook with the test KDF profile (fast) and optionally one organisation."""
    notebook = Notebook(Vault.create(path, PASSPHRASE, profile=0))
    notebook.audit.record("created")
    if organisation:
        notebook.organisations.add(Organisation(key=organisation, name=organisation.title() + " BV"))
    return notebook


def sample_case(**changes: object) -> Case:
    case = Case(
        kind=CaseKind.MELDING,
        categories=[Category.PESTEN],
        opened=date(2026, 1, 14),
        melder=Melder(role=MelderRole.MEDEWERKER, name="Anna de Vries"),
        contacts=[Contact(date=date(2026, 1, 14), minutes=45, mode=ContactMode.PERSOONLIJK, summary="Intake")],
    )
    for key, value in changes.items():
        setattr(case, key, value)
    return case


def run_cli(*args: str, stdin: str = "", cwd: Path | None = None, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python -m vpnotes ARGS`` with ``stdin``; returns the completed process."""
    environment = dict(os.environ)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "vpnotes", *args], input=stdin, capture_output=True, text=True,
        cwd=cwd, env=environment, timeout=timeout,
    )


def required_tool(name: str) -> str:
    """The path of program ``name``; skip the test when it is missing, or fail in CI
    (``VPNOTES_REQUIRE_TOOLS=1``), where a missing tool must not pass silently."""
    import shutil

    import pytest

    path = shutil.which(name)
    if path is None:
        if os.environ.get("VPNOTES_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{name} is required (VPNOTES_REQUIRE_TOOLS=1) but not installed")
        pytest.skip(f"{name} is not installed")
    return path
