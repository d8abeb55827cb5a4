"""Every output is logged, or not made (issue 14 D20).

Report, casus, statement, the printed register, the intervention document and a
contribution follow the rule that export, backup and access already did: a
notebook that cannot log an output (read-only media, or found damaged) refuses
it before anything is written, with one clear message; and an output whose log
entry fails after all (a full disk, the file turned read-only meanwhile) is
removed again. The notebook file is untouched in every case.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from helpers import PASSPHRASE, new_notebook, sample_case
from vpnotes import interchange
from vpnotes.domain.model import Activity, InformalIntervention, Organisation
from vpnotes.domain.vocabulary import ActivityKind, InterventionType, Sector
from vpnotes.errors import CannotLog, DamagedVault, DiskFull, ReadOnlyVault
from vpnotes.lifecycle.access import build_extract, write_extract
from vpnotes.lifecycle.contribution import write_contribution
from vpnotes.practice.casus import export_casus
from vpnotes.practice.flemish_documents import write_intervention_document, write_register
from vpnotes.practice.statement import export_statement
from vpnotes.report.service import export_report, prepare_report
from vpnotes.store import audit
from vpnotes.store.notebook import Notebook

CONTRIBUTION_PASSPHRASE = "oranje kameel danst rond elf vuurtorens"

# (name, what makes it, the audit event that records it)
Output = tuple[str, Callable[[Notebook, Path], object], str]
OUTPUTS: list[Output] = [
    ("report", lambda nb, out: export_report(nb, prepare_report(nb, "gent", 2026), out / "verslag.docx",
                                             accepted_warnings=True), "report_exported"),
    ("report-json", lambda nb, out: export_report(nb, prepare_report(nb, "gent", 2026), out / "verslag.json",
                                                  accepted_warnings=True), "report_exported"),
    ("casus", lambda nb, out: export_casus(nb, "2026-001", out / "casus.docx", accept_warnings=True),
     "casus_exported"),
    ("statement", lambda nb, out: export_statement(nb, "gent", date(2026, 1, 1), date(2026, 12, 31),
                                                   out / "verantwoording.csv"), "statement_exported"),
    ("register", lambda nb, out: write_register(nb, "gent", out / "register.docx"), "register_printed"),
    ("intervention-document", lambda nb, out: write_intervention_document(nb, "2026-001", out / "interventie.docx"),
     "intervention_document"),
    ("contribution", lambda nb, out: write_contribution(nb, out / "bijdrage.vpnotes", CONTRIBUTION_PASSPHRASE,
                                                        "gent", 2026), "contribution_written"),
    ("export", lambda nb, out: interchange.export_file(nb, out / "export.json"), "exported"),
    ("access", lambda nb, out: write_extract(nb, build_extract(nb, "Anna de Vries"), out / "inzage.json"),
     "access_extract"),
]
IDS = [name for name, _, _ in OUTPUTS]


@pytest.fixture
def flemish_notebook(tmp_path: Path) -> Path:
    """A closed notebook of a Flemish organisation with something for every output."""
    path = tmp_path / "nb" / "v.vpnotes"
    path.parent.mkdir()
    with new_notebook(path, organisation=None) as notebook:
        notebook.organisations.add(Organisation("gent", "Stad Gent", sector=Sector.VLAANDEREN))
        notebook.cases.add(sample_case(organisation="gent", reference="2026-001", informal_intervention=(
            InformalIntervention(InterventionType.GESPREK, date(2026, 1, 14)))))
        notebook.register.add("gent", recorded=date(2026, 2, 3), description="Een klant dreigde met geweld")
        notebook.work.add_activity(Activity("gent", date(2026, 3, 2), ActivityKind.VOORLICHTING, 2.0))
    return path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def read_only_location(monkeypatch: pytest.MonkeyPatch) -> None:
    """os.access says "not writable" (as on a write-protected stick), which works as root too."""
    real_access = os.access

    def no_write(target: Any, mode: int, **kwargs: Any) -> bool:
        return False if mode & os.W_OK else real_access(target, mode)

    monkeypatch.setattr(os, "access", no_write)


@pytest.mark.parametrize(("name", "make", "event"), OUTPUTS, ids=IDS)
def test_a_writable_notebook_makes_the_output_and_logs_it(flemish_notebook: Path, out: Path, name: str,
                                                          make: Callable[[Notebook, Path], object],
                                                          event: str) -> None:
    with Notebook.open(flemish_notebook, PASSPHRASE) as notebook:
        make(notebook, out)
        assert notebook.audit.entries()[-1].event == event
    assert len(os.listdir(out)) == 1


@pytest.mark.parametrize(("name", "make", "event"), OUTPUTS, ids=IDS)
def test_a_read_only_notebook_makes_nothing_it_cannot_log(flemish_notebook: Path, out: Path,
                                                          monkeypatch: pytest.MonkeyPatch, name: str,
                                                          make: Callable[[Notebook, Path], object],
                                                          event: str) -> None:
    before = flemish_notebook.read_bytes()
    read_only_location(monkeypatch)
    with Notebook.open(flemish_notebook, PASSPHRASE) as notebook:
        assert notebook.vault.read_only
        with pytest.raises(CannotLog) as caught:
            make(notebook, out)
    # One clear Dutch message: what is refused and what to do (exit 6).
    assert isinstance(caught.value, ReadOnlyVault) and caught.value.exit_code == 6
    assert "logboek" in caught.value.nl and "kopieer het notitieboek" in caught.value.nl
    assert os.listdir(out) == []
    assert flemish_notebook.read_bytes() == before
    assert sorted(os.listdir(flemish_notebook.parent)) == [flemish_notebook.name]


@pytest.mark.parametrize(("name", "make", "event"), OUTPUTS, ids=IDS)
def test_a_notebook_found_damaged_makes_nothing(flemish_notebook: Path, out: Path, name: str,
                                                make: Callable[[Notebook, Path], object], event: str) -> None:
    with Notebook.open(flemish_notebook, PASSPHRASE) as notebook:
        notebook.vault.mark_damaged()  # as when a page's check failed while reading
        with pytest.raises(DamagedVault):
            make(notebook, out)
    assert os.listdir(out) == []


@pytest.mark.parametrize(("name", "make", "event"), OUTPUTS, ids=IDS)
def test_an_output_whose_log_entry_fails_is_removed_again(flemish_notebook: Path, out: Path,
                                                          monkeypatch: pytest.MonkeyPatch, name: str,
                                                          make: Callable[[Notebook, Path], object],
                                                          event: str) -> None:
    with Notebook.open(flemish_notebook, PASSPHRASE) as notebook:
        entries = notebook.audit.entries()
        real_record = audit.record

        def full_disk(conn: Any, event_: str, *args: Any, **kwargs: Any) -> str:
            if conn is notebook.vault.conn and event_ == event:  # the notebook's own entry of this output
                raise DiskFull()
            return real_record(conn, event_, *args, **kwargs)

        monkeypatch.setattr(audit, "record", full_disk)
        with pytest.raises(DiskFull):
            make(notebook, out)
        monkeypatch.undo()
        assert notebook.audit.entries() == entries
    assert os.listdir(out) == []
