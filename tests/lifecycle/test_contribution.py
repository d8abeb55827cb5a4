"""A contribution to a joint annual report (DESIGN.md §10): what the file holds and
what it leaves out (every decrypted page searched), its passphrase rules, its
screening of signals, the logs, and that it opens read-only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers import OTHER_PASSPHRASE, PASSPHRASE
from helpers.lifecycle_data import add_organisation, add_work, planted_case, planted_tokens, report_figures
from helpers.rawpages import tokens_found
from vpnotes.domain.model import Activity, Signal
from vpnotes.domain.vocabulary import ActivityKind
from vpnotes.errors import (
    ContributionReadOnly,
    DestinationExists,
    InvalidInput,
    NameTooLong,
    ScreeningRefused,
    VaultMissing,
    WeakPassphrase,
)
from vpnotes.lifecycle.contribution import plan_contribution, write_contribution
from vpnotes.report.joint import open_contribution
from vpnotes.store.notebook import Notebook

CONTRIBUTION_PASSPHRASE = "oranje kameel danst rond elf vuurtorens"
YEAR = 2025


@pytest.fixture
def filled(notebook: Notebook) -> Notebook:
    """Planted cases of 2025 and 2024 (count), of 2021 (does not) and of another organisation."""
    add_organisation(notebook, "globex")
    notebook.cases.add(planted_case("qzcurrent", opened=date(2025, 3, 11), closed=date(2025, 10, 14)))
    notebook.cases.add(planted_case("qzprevious", opened=date(2024, 2, 13), closed=None))
    notebook.cases.add(planted_case("qzold", opened=date(2021, 3, 11)))
    notebook.cases.add(planted_case("xqglobex", organisation="globex", opened=date(2025, 5, 6), closed=None))
    add_work(notebook, "acme", "qzwork", day=date(2025, 4, 2))
    add_work(notebook, "acme", "qzoldwork", day=date(2021, 4, 2))
    add_work(notebook, "globex", "xqglobexwork", day=date(2025, 4, 2))
    # The signal for 2025 (add_work's) is replaced by one that passes the screening.
    for signal in notebook.work.signals("acme", YEAR):
        notebook.work.delete_signal(signal.id or 0)
    notebook.work.add_signal(Signal("acme", YEAR, "Meer aandacht voor werkdruk in de zomer."))
    return notebook


def files(folder: Path) -> list[str]:
    """What is in ``folder`` (the open notebook's empty journal of exclusive mode aside)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith("-journal"))


def contribute(notebook: Notebook, tmp_path: Path, **options: object) -> Path:
    result = write_contribution(notebook, tmp_path / "bijdrage.vpnotes", CONTRIBUTION_PASSPHRASE, "acme", YEAR,
                                **options)  # type: ignore[arg-type]
    return result.path


def test_the_file_holds_only_skeletons_activities_without_descriptions_and_screened_signals(
        filled: Notebook, tmp_path: Path) -> None:
    path = contribute(filled, tmp_path)
    with Notebook.open(path, CONTRIBUTION_PASSPHRASE) as contribution:
        assert [o.name for o in contribution.organisations.all()] == ["Acme BV"]
        cases = contribution.cases.all()
        assert len(cases) == 2
        for case in cases:
            assert case.purged and case.reference is None
            assert case.melder.name is None and case.melder.department is None and case.melder.gender is None
            assert case.opened.day == 1 and all(c.summary is None and c.notes is None for c in case.contacts)
            assert not case.followups and case.confidentiality_breach is None
            assert all(b.name is None and b.department is None for b in case.betrokkenen)
        own_uids = {c.uid for c in filled.cases.all()}
        assert not own_uids & {c.uid for c in cases}, "fresh opaque ids, not the contributor's"
        activities = contribution.work.activities()
        assert [(a.kind, a.hours, a.date, a.description) for a in activities] == [
            (ActivityKind.VOORLICHTING, 2.5, date(2025, 4, 1), None)]
        assert [s.text for s in contribution.work.signals()] == ["Meer aandacht voor werkdruk in de zomer."]
        assert not contribution.work.expenses()
        # The figures of both years are those of the contributor's own notebook.
        for year in (YEAR, YEAR - 1):
            own, contributed = report_figures(filled, "acme", year), report_figures(contribution, "acme", year)
            assert own == contributed


def test_every_decrypted_page_is_free_of_names_references_departments_dates_and_free_text(
        filled: Notebook, tmp_path: Path) -> None:
    references = [c.reference for c in filled.cases.all() if c.reference]
    uids = [c.uid for c in filled.cases.all() if c.uid]
    path = contribute(filled, tmp_path)
    tokens = [*planted_tokens("qzcurrent"), *planted_tokens("qzprevious"), *planted_tokens("qzold"),
              *planted_tokens("xqglobex"), "Xaviera", "Quinten", "0612345678", "qzworkvoorlichting", "qzworkreis",
              "qzoldworkvoorlichting", "xqglobexwork", "Globex", *references, *uids,
              # exact dates of the cases, contacts, formal steps and activities
              "2025-03-11", "2025-09-02", "2025-03-28", "2025-10-14", "2024-02-13", "2024-09-02", "2024-02-28",
              "2025-04-02"]
    assert tokens_found(path, CONTRIBUTION_PASSPHRASE, tokens) == []
    # And the tokens are findable where they are: the search itself works.
    assert tokens_found(filled.vault.path, PASSPHRASE, ["qzcurrentnotitie"]) == ["qzcurrentnotitie"]


def test_it_opens_read_only_and_refuses_every_write_with_exit_6(filled: Notebook, tmp_path: Path) -> None:
    path = contribute(filled, tmp_path)
    before = path.read_bytes()
    with Notebook.open(path, CONTRIBUTION_PASSPHRASE) as contribution:
        assert contribution.is_contribution and contribution.vault.read_only
        with pytest.raises(ContributionReadOnly) as refused:
            contribution.work.add_activity(Activity("acme", date(2025, 1, 2), ActivityKind.OVERLEG, 1.0))
        assert refused.value.exit_code == 6
        with pytest.raises(ContributionReadOnly):
            contribution.policy.set("retention_years", 3)
    assert path.read_bytes() == before


def test_logged_in_both_with_counts_and_no_names(filled: Notebook, tmp_path: Path) -> None:
    path = contribute(filled, tmp_path)
    own = [e for e in filled.audit.entries() if e.event == "contribution_written"]
    assert [e.detail for e in own] == ["organisation=acme year=2025 cases=2 activities=1 signals=1"]
    with Notebook.open(path, CONTRIBUTION_PASSPHRASE) as contribution:
        entries = contribution.audit.entries()
        assert [(e.event, e.detail) for e in entries] == [("contribution_written", own[0].detail)]
        assert contribution.audit.broken_entries() == []


def test_a_weak_or_own_passphrase_an_existing_file_and_a_wrong_year_are_refused(
        filled: Notebook, tmp_path: Path) -> None:
    dest = tmp_path / "b.vpnotes"
    with pytest.raises(WeakPassphrase):
        write_contribution(filled, dest, "kort", "acme", YEAR)
    with pytest.raises(InvalidInput):
        write_contribution(filled, dest, PASSPHRASE, "acme", YEAR)
    with pytest.raises(InvalidInput):
        write_contribution(filled, dest, CONTRIBUTION_PASSPHRASE, "acme", 12)
    dest.write_bytes(b"er staat al iets")
    with pytest.raises(DestinationExists):
        write_contribution(filled, dest, CONTRIBUTION_PASSPHRASE, "acme", YEAR)
    assert dest.read_bytes() == b"er staat al iets"
    # The destination is checked as a backup's or a handover's: a link, a missing folder, a name too long.
    (tmp_path / "link.vpnotes").symlink_to(tmp_path / "nergens.vpnotes")
    for target, refused in ((tmp_path / "link.vpnotes", DestinationExists),
                            (tmp_path / "geen-map" / "b.vpnotes", VaultMissing),
                            (tmp_path / ("b" * 250 + ".vpnotes"), NameTooLong)):
        with pytest.raises(refused):
            write_contribution(filled, target, CONTRIBUTION_PASSPHRASE, "acme", YEAR)
    (tmp_path / "link.vpnotes").unlink()
    assert files(tmp_path) == ["b.vpnotes", "test.vpnotes"]


def test_a_signal_naming_a_person_refuses_and_writes_nothing(filled: Notebook, tmp_path: Path) -> None:
    filled.work.add_signal(Signal("acme", YEAR, "Xaviera qzcurrentmelder voelde zich niet gehoord."))
    plan = plan_contribution(filled, "acme", YEAR)
    assert plan.screening.blocking and not plan.can_write(accept_warnings=True)
    with pytest.raises(ScreeningRefused):
        contribute(filled, tmp_path)
    assert not (tmp_path / "bijdrage.vpnotes").exists()
    assert not [e for e in filled.audit.entries() if e.event == "contribution_written"]
    assert files(tmp_path) == ["test.vpnotes"]


def test_opening_names_the_contribution_and_refuses_a_plain_notebook(filled: Notebook, tmp_path: Path) -> None:
    path = contribute(filled, tmp_path)
    contribution = open_contribution(path, CONTRIBUTION_PASSPHRASE, 2)
    try:
        assert (contribution.year, contribution.organisation.name, contribution.number) == (YEAR, "Acme BV", 2)
    finally:
        contribution.close()
    from vpnotes.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase, match=r"Bijdrage 3 \(bijdrage\.vpnotes\)"):
        open_contribution(path, OTHER_PASSPHRASE, 3)
    filled.close()
    with pytest.raises(InvalidInput, match="geen bijdrage"):
        open_contribution(tmp_path / "test.vpnotes", PASSPHRASE, 1)


def test_the_organisation_travels_with_its_sector_year_start_and_k_but_not_its_size(tmp_path: Path) -> None:
    from helpers import new_notebook
    from vpnotes.domain.model import Organisation
    from vpnotes.domain.vocabulary import Sector

    notebook = new_notebook(tmp_path / "school.vpnotes", organisation=None)
    notebook.organisations.add(Organisation("school", "De Brug", employees=80, year_start_month=8, min_cell=7,
                                            sector=Sector.ONDERWIJS))
    try:
        path = write_contribution(notebook, tmp_path / "b.vpnotes", CONTRIBUTION_PASSPHRASE, "school", YEAR).path
    finally:
        notebook.close()
    with Notebook.open(path, CONTRIBUTION_PASSPHRASE) as contribution:
        (org,) = contribution.organisations.all()
    assert (org.name, org.sector, org.year_start_month, org.min_cell, org.employees) == (
        "De Brug", Sector.ONDERWIJS, 8, 7, None)


@pytest.mark.parametrize("where", ["_verify", "write_new_file"])
def test_a_failure_half_way_leaves_no_file_and_no_log_entry(filled: Notebook, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    import vpnotes.lifecycle.contribution as module
    from vpnotes.errors import DiskFull

    def fail(*_args: object) -> None:
        raise DiskFull()

    monkeypatch.setattr(module, where, fail)
    with pytest.raises(DiskFull):
        contribute(filled, tmp_path)
    assert files(tmp_path) == ["test.vpnotes"]  # no contribution, no temporary file beside either
    assert not [e for e in filled.audit.entries() if e.event == "contribution_written"]


def test_register_entries_travel_as_numbers_and_months_only(filled: Notebook, tmp_path: Path) -> None:
    with filled.vault.transaction() as conn:
        org_id = conn.execute("SELECT id FROM organisations WHERE key = 'acme'").fetchone()[0]
        conn.executemany(
            "INSERT INTO register_entries (organisation_id, number, facts_date, recorded, description, declarant) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(org_id, 1, "2020-02-01", "2020-02-03", "qzoudregister", None),
             (org_id, 2, "2025-06-11", "2025-06-13", "qzklantschold", "Ymke qzmelder")])
    path = contribute(filled, tmp_path)
    with Notebook.open(path, CONTRIBUTION_PASSPHRASE) as contribution:
        rows = contribution.vault.query(
            "SELECT number, facts_date, recorded, description, declarant, erased FROM register_entries")
    assert rows == [(2, None, "2025-06-01", None, None, 1)]
    assert tokens_found(path, CONTRIBUTION_PASSPHRASE, ["qzoudregister", "qzklantschold", "Ymke", "2025-06-13"]) == []
