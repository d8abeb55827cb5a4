"""Sector commands (DESIGN.md §7, §9): ``organisation --sector``, ``register``,
``intervention-document`` and the register in ``purge``; labels per sector in CLI output."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, run_cli, sample_case
from helpers.documents import docx_text as text_of
from vpnotes.domain.model import InformalIntervention, Melder, Organisation
from vpnotes.domain.vocabulary import Category, InterventionType, MelderRole, Sector
from vpnotes.store.notebook import Notebook


def cli(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    return result.returncode, result.stdout, result.stderr


@pytest.fixture
def flemish(tmp_path: Path) -> Path:
    path = tmp_path / "vl.vpnotes"
    with new_notebook(path, organisation=None) as notebook:
        notebook.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN))
        notebook.cases.add(sample_case(
            organisation="gent", reference="2026-001",
            melder=Melder(role=MelderRole.MEDEWERKER, name="Lotte Peeters"),
            informal_intervention=InformalIntervention(InterventionType.VERZOENING, date(2026, 3, 9))))
        notebook.cases.add(sample_case(organisation="gent", reference="2026-002",
                                       melder=Melder(role=MelderRole.MEDEWERKER, name="Bram Janssens"),
                                       categories=[Category.WERKDRUK]))
        old = date.today() - timedelta(days=5 * 366)
        notebook.register.add("gent", recorded=old, description="Klant Oudverhaal gooide een stoel")
        notebook.register.add("gent", recorded=date(2026, 2, 3), facts_date=date(2026, 2, 1),
                              description="Leverancier maakte seksistische opmerkingen", declarant="Joris Maes")
        notebook.register.add("gent", recorded=date(2026, 4, 10), description="Bezoeker bedreigde onthaal")
    return path


def test_a_new_onderwijs_organisation_reports_per_schooljaar(tmp_path: Path) -> None:
    path = tmp_path / "v.vpnotes"
    new_notebook(path).close()
    assert cli("organisation", str(path), "--add", "lyceum", "--name", "Het Lyceum", "--sector", "onderwijs")[0] == 0
    assert cli("organisation", str(path), "--add", "gent", "--name", "Stad Gent", "--sector", "vlaanderen")[0] == 0
    code, listing, err = cli("organisation", str(path))
    assert code == 0, err
    # werk lists as before; other sectors add a sixth column
    assert listing.splitlines() == ["acme\tAcme BV\t\t1\t5", "gent\tStad Gent\t\t1\t5\tvlaanderen",
                                    "lyceum\tHet Lyceum\t\t8\t5\tonderwijs"]
    code, _, err = cli("organisation", str(path), "--set", "acme", "--sector", "onderwijs", "--yes")
    assert code == 0, err
    with Notebook.open(path, PASSPHRASE) as notebook:
        acme = notebook.organisations.get("acme")
        assert (acme.sector, acme.year_start_month) == (Sector.ONDERWIJS, 1)  # a change keeps the report year
    assert cli("organisation", str(path), "--add", "x", "--name", "X", "--sector", "belgie")[0] == 2


def test_the_register_is_printed_with_declarant_names_only_where_given(flemish: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.docx"
    code, stdout, err = cli("register", str(flemish), "--organisation", "gent", "--out", str(out))
    assert code == 0, err
    assert stdout == ""
    assert err.strip() == "Register afgedrukt: 3 verklaringen."
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = text_of(out)
    assert "Register van feiten door derden" in text and "Stad Gent" in text
    assert "Leverancier maakte seksistische opmerkingen" in text and "Joris Maes" in text
    assert "niet genoemd" in text
    assert "01-02-2026" in text and "03-02-2026" in text
    with Notebook.open(flemish, PASSPHRASE) as notebook:
        printed = [e for e in notebook.audit.entries() if e.event == "register_printed"]
    assert [e.detail for e in printed] == ["gent entries=3"]
    # Never over an existing file; nothing is asked or changed.
    assert cli("register", str(flemish), "--organisation", "gent", "--out", str(out))[0] == 6


def test_a_register_of_an_organisation_outside_flanders_is_refused(tmp_path: Path) -> None:
    path, out = tmp_path / "v.vpnotes", tmp_path / "register.docx"
    new_notebook(path).close()  # acme, a Dutch employer
    code, stdout, err = cli("register", str(path), "--organisation", "acme", "--out", str(out))
    assert (code, stdout) == (5, "")
    assert err.strip() == ("Acme BV is geen organisatie in Vlaanderen; alleen die houdt een register van feiten door "
                           "derden bij. Zet de sector op vlaanderen als dat niet klopt.")
    assert not out.exists()
    with Notebook.open(path, PASSPHRASE) as notebook:
        assert not [e for e in notebook.audit.entries() if e.event == "register_printed"]


def test_from_and_to_select_by_the_day_recorded(flemish: Path, tmp_path: Path) -> None:
    out = tmp_path / "feb.docx"
    code, _, err = cli("register", str(flemish), "--organisation", "gent", "--out", str(out),
                       "--from", "2026-02", "--to", "2026-03")
    assert code == 0, err
    assert err.strip() == "Register afgedrukt: 1 verklaring."
    text = text_of(out)
    assert "Leverancier" in text and "Bezoeker" not in text and "Oudverhaal" not in text
    assert cli("register", str(flemish), "--organisation", "gent", "--out", str(tmp_path / "x.docx"),
               "--from", "2026-13")[0] == 5
    assert cli("register", str(flemish), "--organisation", "gent", "--out", str(tmp_path / "x.pdf"))[0] == 2


def test_the_intervention_document_names_the_verzoeker_and_nothing_of_other_cases(flemish: Path,
                                                                                   tmp_path: Path) -> None:
    out = tmp_path / "interventie.docx"
    code, stdout, err = cli("intervention-document", str(flemish), "--case", "2026-001", "--out", str(out))
    assert code == 0, err
    assert stdout == ""
    text = text_of(out)
    assert "Lotte Peeters" in text and "Verzoening" in text and "09-03-2026" in text
    assert "de verzoeker ontvangt een kopie" in text.lower()
    assert "Bram" not in text and "Janssens" not in text and "2026-002" not in text
    assert "Leverancier" not in text  # nor anything of the register
    with Notebook.open(flemish, PASSPHRASE) as notebook:
        logged = [e for e in notebook.audit.entries() if e.event == "intervention_document"]
    assert [e.detail for e in logged] == ["docx"]
    assert cli("intervention-document", str(flemish), "--case", "2026-001", "--out", str(out))[0] == 6
    code, _, err = cli("intervention-document", str(flemish), "--case", "2026-002", "--out",
                       str(tmp_path / "geen.docx"))
    assert code == 5 and "geen informele psychosociale interventie" in err
    assert not (tmp_path / "geen.docx").exists()


def test_purge_lists_and_erases_register_entries_after_five_years(flemish: Path) -> None:
    code, stdout, err = cli("purge", str(flemish), "--dry-run")
    assert code == 0, err
    assert stdout.splitlines() == ["register gent 1"]
    code, _, err = cli("purge", str(flemish), "--yes")
    assert code == 0, err
    with Notebook.open(flemish, PASSPHRASE) as notebook:
        assert [e.number for e in notebook.register.entries("gent")] == [2, 3]
        assert notebook.register.get("gent", 1).erased
    assert cli("purge", str(flemish), "--dry-run")[1] == ""


def test_the_report_command_writes_flemish_labels_and_the_register_count(tmp_path: Path) -> None:
    path = tmp_path / "r.vpnotes"
    with new_notebook(path, organisation=None) as notebook:
        notebook.organisations.add(Organisation(key="gent", name="Stad Gent", sector=Sector.VLAANDEREN, min_cell=3))
        for i in range(6):
            notebook.cases.add(sample_case(organisation="gent", opened=date(2026, 1, 5 + i),
                                           categories=[Category.PESTEN if i < 3 else Category.WERKDRUK],
                                           informal_intervention=InformalIntervention(InterventionType.GESPREK,
                                                                                      date(2026, 1, 20)),
                                           contacts=[]))
        for i in range(4):
            notebook.register.add("gent", recorded=date(2026, 2, 1 + i), description=f"Klant {i} dreigde")
    code, _, err = cli("report", str(path), "--year", "2026", "--out", str(tmp_path / "r.json"))
    assert code == 0, err
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["register"] == {"recorded": 4} and data["sector"] == "vlaanderen"
    assert data["tables"]["interventions"]["rows"] == [{"code": "gesprek", "count": 6}]
    code, _, err = cli("report", str(path), "--year", "2026", "--out", str(tmp_path / "r.docx"))
    assert code == 0, err
    text = text_of(tmp_path / "r.docx")
    assert "Pesterijen" in text and "Stress en burn-out" in text and "Register van feiten door derden" in text
