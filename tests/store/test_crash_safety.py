"""Crash safety: a process killed with SIGKILL at random moments while it
imports, again and again, never loses an import it reported as done and never
leaves a half import or a damaged vault; a single change is durable the moment
the call returns.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook
from vpnotes.store.notebook import Notebook

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

BATCH = 12  # cases per import

# The child imports batch after batch, each with its own notebook opening, and
# reports a batch only after import_data has returned (committed).
IMPORTER = f"""
import sys
from vpnotes import interchange
from vpnotes.store.notebook import Notebook

vault, trial = sys.argv[1], sys.argv[2]
passphrase = sys.stdin.readline().rstrip("\\n")
note = "Uitgebreide notitie over het gesprek en de afspraken. " * 40
batch = 0
while True:
    cases = [{{"reference": f"{{trial}}-{{batch:03d}}-{{j:02d}}", "kind": "melding", "categories": ["pesten"],
              "opened": "2026-01-05", "melder": {{"role": "medewerker", "name": f"Persoon {{j}}"}},
              "contacts": [{{"date": "2026-01-05", "minutes": 30, "mode": "persoonlijk", "notes": note}}]}}
             for j in range({BATCH})]
    data = interchange.parse({{"format": "vpnotes-interchange", "version": 1, "cases": cases,
                              "activities": [{{"date": "2026-01-06", "kind": "training", "hours": 1}}]}})
    with Notebook.open(vault, passphrase) as notebook:
        interchange.import_data(notebook, data)
    print(f"done {{trial}}-{{batch:03d}}", flush=True)
    batch += 1
"""


def _batches(notebook: Notebook) -> dict[str, int]:
    counts: dict[str, int] = {}
    for (reference,) in notebook.vault.query("SELECT reference FROM cases"):
        batch = reference.rsplit("-", 1)[0]
        counts[batch] = counts.get(batch, 0) + 1
    return counts


@pytest.mark.slow
def test_sigkill_during_repeated_imports(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    new_notebook(path).close()
    rng = random.Random(20260114)
    reported: set[str] = set()
    trials = 24
    for trial in range(trials):
        child = subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(path), f"T{trial:02d}"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        # Wait for its first import, so the kill always lands in a stream of imports
        # however slow the machine is, then let it run a random while longer.
        first = child.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.6))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, err  # it was still importing, not failing
        reported.update(line.split()[1] for line in (first + out).splitlines() if line.startswith("done "))

        with Notebook.open(path, PASSPHRASE) as notebook:  # rolls back any unfinished import
            assert notebook.check() == [], f"trial {trial}"
            batches = _batches(notebook)
            activities = len(notebook.work.activities())
        missing = reported - set(batches)
        assert not missing, f"trial {trial}: reported imports lost: {sorted(missing)}"
        partial = {b: n for b, n in batches.items() if n != BATCH}
        assert not partial, f"trial {trial}: half imports: {partial}"
        assert activities == len(batches)  # each import's activity went with its cases
    assert len(reported) >= trials  # every trial imported at least once before its kill
    assert [p.name for p in tmp_path.iterdir()] == ["v.vpnotes"]


CONTACT_THEN_DIE = """
import os, signal, sys
from datetime import date
from vpnotes.domain.model import Contact
from vpnotes.domain.vocabulary import ContactMode
from vpnotes.store.notebook import Notebook

notebook = Notebook.open(sys.argv[1], sys.stdin.readline().rstrip("\\n"))
case_id = notebook.cases.ids()[0]
notebook.items.add_contact(case_id, Contact(date=date(2026, 3, 3), minutes=25, mode=ContactMode.TELEFOON,
                                            summary="Net vastgelegd"))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_change_is_durable_when_the_call_returns(tmp_path: Path) -> None:
    from helpers import sample_case

    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        notebook.cases.add(sample_case())
    for attempt in range(3):
        child = subprocess.run([sys.executable, "-c", CONTACT_THEN_DIE, str(path)], input=PASSPHRASE + "\n",
                               capture_output=True, text=True, timeout=60)
        assert child.returncode == -signal.SIGKILL, child.stderr
        with Notebook.open(path, PASSPHRASE) as notebook:
            [case] = notebook.cases.all()
            assert [c.summary for c in case.contacts] == ["Intake"] + ["Net vastgelegd"] * (attempt + 1)
            assert notebook.check() == []
    assert sorted(os.listdir(tmp_path)) == ["v.vpnotes"]


# A transaction bigger than the page cache: SQLite spills changed pages into the vault
# file before the commit, so when the process dies inside it, only the journal beside
# the vault can restore it.
DIE_INSIDE_A_SPILLED_TRANSACTION = """
import os, signal, sys
from datetime import date
from vpnotes.domain.model import Contact
from vpnotes.domain.vocabulary import ContactMode
from vpnotes.store.cases import insert_contact
from vpnotes.store.notebook import Notebook

notebook = Notebook.open(sys.argv[1], sys.stdin.readline().rstrip("\\n"))
case_id = notebook.cases.ids()[0]
notebook.vault.conn.execute("PRAGMA cache_size = 8")
with notebook.vault.transaction() as conn:
    for i in range(400):
        insert_contact(conn, case_id, Contact(date=date(2026, 2, 1), minutes=i, mode=ContactMode.TELEFOON,
                                              notes="Niet vastgelegd " * 200))
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_wrong_passphrase_after_a_crash_leaves_a_sound_vault(tmp_path: Path) -> None:
    from helpers import run_cli, sample_case

    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        notebook.cases.add(sample_case())
    before = path.read_bytes()
    child = subprocess.run([sys.executable, "-c", DIE_INSIDE_A_SPILLED_TRANSACTION, str(path)],
                           input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr
    journal = tmp_path / "v.vpnotes-journal"
    assert journal.stat().st_size > 0  # a hot journal: the vault file alone is inconsistent now
    assert path.read_bytes() != before
    # Someone types the wrong passphrase first: refused, and nothing is lost by it.
    wrong = run_cli("check", str(path), "--passphrase-stdin", stdin="niet de goede wachtzin hoor\n")
    assert wrong.returncode == 3
    right = run_cli("check", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert right.returncode == 0, right.stderr
    with Notebook.open(path, PASSPHRASE) as notebook:
        [case] = notebook.cases.all()
        assert [c.summary for c in case.contacts] == ["Intake"]  # the unfinished transaction is gone
        assert notebook.check() == []
    assert sorted(os.listdir(tmp_path)) == ["v.vpnotes"]
