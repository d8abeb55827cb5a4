"""Kill the process (SIGKILL) at random instants during a passphrase change:
afterwards the vault's path always holds exactly one complete notebook that
opens with the old or the new passphrase, and nothing half-made stays beside it."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE, new_notebook
from helpers.lifecycle_data import planted_case
from vpnotes.errors import WrongPassphrase
from vpnotes.store.notebook import Notebook

CHILD = """
import sys, time
from vpnotes.store.notebook import Notebook
from vpnotes.lifecycle.passphrase import change_passphrase
notebook = Notebook.open(sys.argv[1], sys.argv[2], record=False)
print("ready", flush=True)
start = time.perf_counter()
change_passphrase(notebook, sys.argv[3])
print("done", time.perf_counter() - start, flush=True)
notebook.close()
"""
CASES = 150
TRIALS = 24


def start_child(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", CHILD, str(path), PASSPHRASE, OTHER_PASSPHRASE],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "ready", process.stderr.read() if process.stderr else line
    return process


def open_either(path: Path) -> tuple[str, Notebook]:
    try:
        return "new", Notebook.open(path, OTHER_PASSPHRASE)
    except WrongPassphrase:
        return "old", Notebook.open(path, PASSPHRASE)


@pytest.mark.slow
def test_sigkill_during_passphrase_change_leaves_one_complete_notebook(tmp_path: Path) -> None:
    template = tmp_path / "template.vpnotes"
    with new_notebook(template) as notebook:
        for index in range(CASES):
            case = planted_case(f"qz{index:04d}", opened=date(2024, 1 + index % 12, 1 + index % 28), closed=None)
            for contact in case.contacts:
                contact.notes = (contact.notes or "") + " lorem ipsum " * 200
            notebook.cases.add(case)
    # How long an uninterrupted change takes, to spread the kills over all of it.
    probe = tmp_path / "probe" / "v.vpnotes"
    probe.parent.mkdir()
    shutil.copyfile(template, probe)
    child = start_child(probe)
    output, _ = child.communicate(timeout=60)
    duration = float(output.split()[1])
    rng = random.Random(20260105)
    outcomes = {"old": 0, "new": 0}

    def trial(number: int, delay: float) -> None:
        folder = tmp_path / f"trial{number}"
        folder.mkdir()
        path = folder / "v.vpnotes"
        shutil.copyfile(template, path)
        child = start_child(path)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        which, notebook = open_either(path)
        with notebook:
            outcomes[which] += 1
            assert notebook.check() == []
            assert len(notebook.cases.ids()) == CASES
            assert notebook.cases.search(f"qz{number % CASES:04d}notitie") != []
            passphrase_events = [e for e in notebook.audit.entries() if e.event == "passphrase_changed"]
            assert len(passphrase_events) == (1 if which == "new" else 0)
        # The open removed any unfinished copy; only the vault is left.
        assert sorted(p.name for p in folder.iterdir()) == ["v.vpnotes"]

    # Kill instants spread evenly (with jitter) over the measured duration and a little beyond.
    for number in range(TRIALS):
        trial(number, duration * 1.3 * (number + rng.random()) / TRIALS)
    # On a loaded machine the change may take longer than measured: kill later until one finished.
    delay, number = duration * 2, TRIALS
    while outcomes["new"] == 0 and number < TRIALS + 8:
        trial(number, delay)
        delay, number = delay * 2, number + 1
    # The kills must have hit both sides of the swap for the test to mean anything.
    assert outcomes["old"] > 0 and outcomes["new"] > 0, outcomes
