"""Crash trials for every command that writes a file (issue 14 D1, D2, D3 and
task item 3): each command runs as a real ``vpnotes`` process that is killed
with SIGKILL at random instants spread over its whole run. After every kill:

- the destination holds nothing or a complete result (a JSON that parses, a
  Word file that opens, a notebook copy that opens and passes ``check``);
- no file anywhere in the trial's folders or in the process's TMPDIR holds
  plaintext of the notebook (a planted marker), except a complete output;
- what a killed copy left is an encrypted temporary file that the next run
  removes (opening the notebook, or writing into that folder);
- the notebook is as before or as after (``check`` passes, nothing lost); for an
  import, kills land on both sides of its commit.

Commands: export, report, casus, statement, access, backup, handover, passwd,
purge, import, and since the sectors, joint report and spreadsheet import:
contribute, import-sheet, register (the printed register) and
intervention-document.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE, new_notebook, run_cli
from helpers.lifecycle_data import planted_case
from helpers.sheets import sheet_rows, write_xlsx
from vpnotes.domain.model import InformalIntervention, Organisation
from vpnotes.domain.vocabulary import InterventionType, Sector
from vpnotes.errors import WrongPassphrase
from vpnotes.store import tempfiles
from vpnotes.store.notebook import Notebook

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")]

MARKER = b"qzmarker"  # in every planted case's text; long enough never to occur in encrypted bytes
CASES = 120
TRIALS = 8
HANDOVER_PASSPHRASE = "oranje kameel danst rond elf vuurtorens"
FLEMISH_CASE = "VL-2024-1"  # the Flemish organisation's case, with an informal intervention
# Inputs of the import commands: plaintext by nature, beside the vault's folder.
INPUTS = ("import.json", "registratie.xlsx", "koppeling.json")


@dataclass
class Command:
    name: str
    args: Callable[[Path, Path], list[str]]  # (vault, out folder) -> arguments after "vpnotes"
    stdin: str
    output: str | None  # file name in the out folder, or None (the command changes the notebook only)
    complete: Callable[[Path], None] = field(default=lambda path: None)  # raises if ``path`` is incomplete


def _json(path: Path) -> None:
    json.loads(path.read_text(encoding="utf-8"))


def _docx(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        assert "word/document.xml" in archive.namelist()


def _contribution(path: Path) -> None:
    _vault(HANDOVER_PASSPHRASE, cases=CONTRIBUTED)(path)
    with Notebook.open(path, HANDOVER_PASSPHRASE, record=False) as copy:
        assert copy.is_contribution


def _text(path: Path) -> None:
    assert path.read_text(encoding="utf-8").endswith("\n")


def _vault(passphrase: str, *, reduced: bool = False, cases: int = CASES) -> Callable[[Path], None]:
    def opens(path: Path) -> None:
        with Notebook.open(path, passphrase, record=False) as copy:
            assert copy.check() == []
            assert len(copy.cases.ids()) == cases
            if reduced:  # a handover copy: no case went in whole (none has handover consent)
                assert copy.vault.query_one("SELECT count(*) FROM contacts WHERE notes IS NOT NULL")[0] == 0
    return opens


ONE = PASSPHRASE + "\n"
COMMANDS = [
    Command("export", lambda v, o: ["export", str(v), "--out", str(o / "e.json"), "--yes"], ONE, "e.json", _json),
    Command("report", lambda v, o: ["report", str(v), "--year", "2024", "--out", str(o / "r.docx"),
                                    "--accept-warnings"], ONE, "r.docx", _docx),
    Command("casus", lambda v, o: ["casus", str(v), "--case", "2024-001", "--out", str(o / "c.txt"),
                                   "--accept-warnings"], ONE,
            "c.txt", _text),
    Command("statement", lambda v, o: ["statement", str(v), "--organisation", "acme", "--from", "2024-01",
                                       "--to", "2024-12", "--out", str(o / "s.csv")], ONE, "s.csv", _text),
    Command("access", lambda v, o: ["access", str(v), "--person", "Xaviera qzmarker0001melder",
                                    "--out", str(o / "a.json")], ONE, "a.json", _json),
    Command("backup", lambda v, o: ["backup", str(v), str(o / "b.vpnotes")], ONE, "b.vpnotes", _vault(PASSPHRASE)),
    Command("handover", lambda v, o: ["handover", str(v), str(o / "h.vpnotes"), "--yes"],
            ONE + HANDOVER_PASSPHRASE + "\n", "h.vpnotes", _vault(HANDOVER_PASSPHRASE, reduced=True)),
    Command("passwd", lambda v, o: ["passwd", str(v)], ONE + OTHER_PASSPHRASE + "\n", None),
    Command("purge", lambda v, o: ["purge", str(v), "--yes"], ONE, None),
    Command("import", lambda v, o: ["import", str(v), str(v.parent.parent / "import.json")], ONE, None),
    Command("contribute", lambda v, o: ["contribute", str(v), str(o / "b.vpnotes"), "--organisation", "acme",
                                        "--year", "2024"],
            ONE + HANDOVER_PASSPHRASE + "\n", "b.vpnotes", _contribution),
    Command("import-sheet", lambda v, o: ["import-sheet", str(v), str(v.parent.parent / "registratie.xlsx"),
                                          "--mapping", str(v.parent.parent / "koppeling.json")], ONE, None),
    Command("register", lambda v, o: ["register", str(v), "--organisation", "gent", "--out", str(o / "reg.docx")],
            ONE, "reg.docx", _docx),
    Command("intervention-document", lambda v, o: ["intervention-document", str(v), "--case", FLEMISH_CASE,
                                                   "--out", str(o / "i.docx")], ONE, "i.docx", _docx),
]
# The acme cases a contribution of 2024 carries: those opened (or with a contact) in 2023-2024.
CONTRIBUTED = sum(1 for index in range(CASES - 1) if index % 3)


def _import_document() -> dict[str, object]:
    note = "qzmarkerimport " + "Uitgebreide notitie over het gesprek. " * 60
    cases = [{"kind": "melding", "categories": ["pesten"], "opened": "2024-02-05", "organisation": "acme",
              "melder": {"role": "medewerker", "name": f"Persoon {j}"},
              "contacts": [{"date": "2024-02-05", "minutes": 30, "mode": "persoonlijk", "notes": note}]}
             for j in range(60)]
    return {"format": "vpnotes-interchange", "version": 1, "cases": cases}


def _sheet(folder: Path, vault: Path) -> None:
    """A spreadsheet registration of 1,500 rows (names and remarks planted) and its mapping, as a VP's
    script makes it: ``--propose``, then the consent and the organisation decided."""
    rows = [[f"R-{j:03d}", date(2024, 1 + j % 12, 1 + j % 28), "Melding", "Pesten", f"Persoon qzmarker{j}",
             "Financiën", "Medewerker", 2, 60, "Bedrijfsarts", "", "qzmarkersheet " + "Lange opmerking. " * 20,
             "x", ""] for j in range(1500)]
    sheet = write_xlsx(folder / "registratie.xlsx", sheet_rows(rows))
    proposed = run_cli("import-sheet", str(vault), str(sheet), "--propose", "--passphrase-stdin", stdin=ONE)
    assert proposed.returncode == 0, proposed.stderr
    mapping = json.loads(proposed.stdout)
    mapping["consent"], mapping["organisation"] = "registered", "acme"
    (folder / "koppeling.json").write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.vpnotes"
    with new_notebook(path) as notebook:
        notebook.organisations.add(Organisation("gent", "Stad Gent", sector=Sector.VLAANDEREN))
        for index in range(CASES):
            closed = date(2021, 12, 1) if index % 3 == 0 else None
            opened = date(2024, 1 + index % 12, 1 + index % 28) if closed is None else date(2021, 3, 11)
            case = planted_case(f"qzmarker{index:04d}", opened=opened, closed=closed)
            if index == CASES - 1:  # the last one (never purged) is the Flemish organisation's
                case.organisation, case.reference = "gent", FLEMISH_CASE
                case.informal_intervention = InformalIntervention(InterventionType.GESPREK, opened)
            for contact in case.contacts:
                contact.notes = (contact.notes or "") + " lorem ipsum " * 150
            notebook.cases.add(case)
        for index in range(400):  # the register van feiten door derden, descriptions planted
            notebook.register.add("gent", recorded=date(2024, 1 + index % 12, 1 + index % 28),
                                  description=f"qzmarkerregister{index} " + "Een klant dreigde. " * 10)
    (folder / "import.json").write_text(json.dumps(_import_document()), encoding="utf-8")
    _sheet(folder, path)
    return path


def _start(command: Command, vault: Path, out: Path, tmpdir: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, TMPDIR=str(tmpdir), TEMP=str(tmpdir), TMP=str(tmpdir))
    child = subprocess.Popen([sys.executable, "-m", "vpnotes", *command.args(vault, out), "--passphrase-stdin"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdin is not None
    child.stdin.write(command.stdin)
    child.stdin.close()
    child.stdin = None  # communicate() must not touch it again
    return child


def _trial_folders(root: Path, template: Path) -> tuple[Path, Path, Path]:
    """(vault, out folder, TMPDIR) for one trial; the import file sits beside the vault's folder."""
    (root / "nb").mkdir(parents=True)
    (root / "out").mkdir()
    (root / "tmp").mkdir()
    vault = root / "nb" / "v.vpnotes"
    vault.write_bytes(template.read_bytes())
    for name in INPUTS:
        (root / name).write_bytes((template.parent / name).read_bytes())
    return vault, root / "out", root / "tmp"


def _plaintext_leaks(root: Path, allowed: set[Path]) -> list[str]:
    leaks = []
    for folder, _, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            if path in allowed or path.name in INPUTS:
                continue
            if MARKER in path.read_bytes():
                leaks.append(str(path.relative_to(root)))
    return leaks


def _open_either(path: Path) -> Notebook:
    try:
        return Notebook.open(path, PASSPHRASE, record=False)
    except WrongPassphrase:
        return Notebook.open(path, OTHER_PASSPHRASE, record=False)


@pytest.mark.parametrize("command", COMMANDS, ids=[c.name for c in COMMANDS])
def test_sigkill_at_random_instants(command: Command, template: Path, tmp_path: Path) -> None:
    # How long an uninterrupted run takes (and that it succeeds), to spread the kills over it.
    vault, out, tmpdir = _trial_folders(tmp_path / "probe", template)
    started = time.perf_counter()
    child = _start(command, vault, out, tmpdir)
    _, err = child.communicate(timeout=120)
    duration = time.perf_counter() - started
    assert child.returncode == 0, err
    if command.output:
        command.complete(out / command.output)
    with _open_either(vault) as notebook:
        cases_after = len(notebook.cases.ids())
    cases_before_or_after = {CASES, cases_after}
    # An import changes the number of cases: then the kills must land on both sides of its commit too.
    seen_after = cases_after != CASES

    rng = random.Random(f"crash-{command.name}")
    outcomes = {"nothing": 0, "complete": 0, "before": 0, "after": 0}

    def trial(number: int, delay: float) -> None:
        root = tmp_path / f"trial{number}"
        vault, out, tmpdir = _trial_folders(root, template)
        child = _start(command, vault, out, tmpdir)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)

        target = out / command.output if command.output else None
        allowed = {vault}
        if target is not None and target.exists():
            command.complete(target)  # complete, or not there at all
            outcomes["complete"] += 1
            allowed.add(target)
        else:
            outcomes["nothing"] += 1
        assert _plaintext_leaks(root, allowed) == [], f"{command.name} trial {number}"
        # Whatever else the kill left is one of our (encrypted) temporary files...
        for folder in (out, vault.parent):
            for name in os.listdir(folder):
                assert Path(folder / name) in allowed or tempfiles.is_temp_name(name) or name.endswith("-journal"), name
        # ...and goes at the next opportunity: a write into that folder, an open of the notebook.
        tempfiles.remove_abandoned(out)
        assert sorted(os.listdir(out)) == ([command.output] if target is not None and target.exists() else [])
        with _open_either(vault) as notebook:
            assert notebook.check() == []
            cases = len(notebook.cases.ids())
            assert cases in cases_before_or_after
            outcomes["before" if cases == CASES else "after"] += 1
        assert sorted(os.listdir(vault.parent)) == ["v.vpnotes"]
        assert _plaintext_leaks(tmpdir, set()) == []

    # Kill instants spread (with jitter) over the measured run and a little beyond.
    for number in range(TRIALS):
        trial(number, duration * (0.15 + 1.0 * (number + rng.random()) / TRIALS))
    # On a loaded machine a run may take longer than measured: kill later until one finished.
    delay, number = duration * 2, TRIALS
    while ((command.output and outcomes["complete"] == 0) or (seen_after and outcomes["after"] == 0)) \
            and number < TRIALS + 4:
        trial(number, delay)
        delay, number = delay * 2, number + 1
    if command.output:  # the kills landed on both sides of the result appearing
        assert outcomes["nothing"] > 0 and outcomes["complete"] > 0, outcomes
    if seen_after:  # ...and on both sides of the import's commit
        assert outcomes["before"] > 0 and outcomes["after"] > 0, outcomes
