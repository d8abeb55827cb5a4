"""The joint annual report of several VPs (DESIGN.md §10): the merged figures equal
those of one notebook holding all the cases (property test over random splits),
before and after disclosure control; k is the largest; department and gender
tables are left out; the sentences; the refusals; the publication warnings; and
the coordinator's notebook unchanged apart from its audit entry."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import PASSPHRASE, new_notebook
from helpers.rawpages import decrypted_pages
from report.report_fixtures import Spec, add_activity, add_cases, add_signal, many
from vpnotes.domain.model import Organisation
from vpnotes.errors import InvalidInput
from vpnotes.lifecycle.contribution import write_contribution
from vpnotes.report.aggregate import Aggregate, aggregate
from vpnotes.report.disclosure import disclose
from vpnotes.report.joint import Contribution, open_contribution
from vpnotes.report.render_json import report_dict
from vpnotes.report.service import export_report, prepare_report
from vpnotes.store.notebook import Notebook

CONTRIBUTION_PASSPHRASE = "oranje kameel danst rond elf vuurtorens"
YEAR = 2025

CATEGORIES = ("pesten", "seksuele_intimidatie", "discriminatie", "werkdruk", "overig")
ROLES = ("medewerker", "leidinggevende", "flexwerker", "onbekend")
REFERRALS = ("hr", "bedrijfsarts", "overig")
OUTCOMES = ("gehoord_geadviseerd", "doorverwezen", "onbekend")


def _spec(draw: st.DrawFn) -> Spec:
    opened = draw(st.dates(date(2023, 6, 1), date(2026, 3, 31)))
    contacts = draw(st.lists(st.dates(opened, date(2026, 6, 30)), max_size=3))
    steps = draw(st.lists(st.tuples(st.sampled_from(("formele_klacht", "melding_extern")),
                                    st.dates(opened, date(2026, 6, 30))), max_size=1))
    return Spec(
        opened=opened, contacts=tuple(contacts),
        categories=tuple(draw(st.sets(st.sampled_from(CATEGORIES), min_size=1, max_size=2))),
        kind=draw(st.sampled_from(("melding", "advies", "signaal"))), role=draw(st.sampled_from(ROLES)),
        position=draw(st.sampled_from(("zelf", "getuige"))), minutes=draw(st.integers(5, 120)),
        mode=draw(st.sampled_from(("persoonlijk", "telefoon", "video"))),
        party=draw(st.sampled_from(("melder", "leidinggevende"))),
        referrals=tuple(draw(st.sets(st.sampled_from(REFERRALS), max_size=2))),
        outcomes=tuple(draw(st.sets(st.sampled_from(OUTCOMES), max_size=2))), steps=tuple(steps),
        department=draw(st.sampled_from((None, "Financiën", "ICT"))), gender=draw(st.sampled_from((None, "v", "m"))),
        purged=draw(st.booleans()))


@st.composite
def split_case_sets(draw: st.DrawFn) -> tuple[list[list[Spec]], list[tuple[date, str, float]], list[int], int]:
    """Cases split over 2-5 VPs, activities, each VP's k, and the organisation's year start."""
    vps = draw(st.integers(2, 5))
    specs = draw(st.lists(st.composite(lambda d: _spec(d))(), min_size=0, max_size=45))
    owners = draw(st.lists(st.integers(0, vps - 1), min_size=len(specs), max_size=len(specs)))
    split: list[list[Spec]] = [[] for _ in range(vps)]
    for spec, owner in zip(specs, owners, strict=True):
        split[owner].append(spec)
    activities = draw(st.lists(st.tuples(st.dates(date(2023, 6, 1), date(2026, 6, 30)),
                                         st.sampled_from(("voorlichting", "training", "overleg")),
                                         st.sampled_from((0.5, 1.0, 2.5))), max_size=6))
    ks = draw(st.lists(st.integers(3, 6), min_size=vps, max_size=vps))
    start = draw(st.sampled_from((1, 8)))
    return split, activities, ks, start


def new_vp(path: Path, k: int, start: int) -> Notebook:
    notebook = new_notebook(path, organisation=None)
    notebook.organisations.add(Organisation("acme", "Acme BV", min_cell=k, year_start_month=start))
    return notebook


def without_vps(agg: Aggregate) -> Aggregate:
    return dataclasses.replace(agg, vps=1)


def left_out(agg: Aggregate) -> Aggregate:
    """One notebook's aggregate without the department and gender tables (what a joint report leaves out)."""
    def strip(p):  # type: ignore[no-untyped-def]
        tables = {n: t for n, t in p.tables.items() if n not in ("departments", "genders")}
        return dataclasses.replace(p, tables=tables, department_spellings={})
    return dataclasses.replace(agg, current=strip(agg.current), previous=strip(agg.previous))


@given(split_case_sets())
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow, HealthCheck.data_too_large])
def test_joint_figures_equal_one_notebook_with_all_cases_before_and_after_disclosure(
        tmp_path_factory: pytest.TempPathFactory,
        drawn: tuple[list[list[Spec]], list[tuple[date, str, float]], list[int], int]) -> None:
    split, activities, ks, start = drawn
    folder = tmp_path_factory.mktemp("joint")
    k = max(ks)
    with ExitStack() as stack:
        together = new_vp(folder / "all.vpnotes", k, start)
        stack.callback(together.close)
        add_cases(together, [dataclasses.replace(s, purged=True) for part in split for s in part])
        contributions: list[Contribution] = []
        coordinator = new_vp(folder / "vp0.vpnotes", ks[0], start)
        stack.callback(coordinator.close)
        for number, part in enumerate(split):
            vp = coordinator if number == 0 else new_vp(folder / f"vp{number}.vpnotes", ks[number], start)
            add_cases(vp, part)
            for index, (day, kind, hours) in enumerate(activities):
                if index % len(split) == number:
                    add_activity(vp, day, kind, hours, "Een beschrijving")
                    add_activity(together, day, kind, hours)
            if number:
                path = folder / f"c{number}.vpnotes"
                write_contribution(vp, path, CONTRIBUTION_PASSPHRASE, "acme", YEAR)
                vp.close()
                contribution = open_contribution(path, CONTRIBUTION_PASSPHRASE, number)
                stack.callback(contribution.close)
                contributions.append(contribution)
        joint = prepare_report(coordinator, "acme", YEAR, contributions=contributions)
        expected = left_out(aggregate(together, "acme", YEAR))
        assert without_vps(joint.aggregate) == expected
        assert joint.min_cell == k and joint.disclosed.vps == len(split)
        assert dataclasses.replace(joint.disclosed, vps=1) == disclose(expected, k)


# -- one joint report, end to end --------------------------------------------------------------


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Notebook]:
    notebook = new_notebook(tmp_path / "coordinator.vpnotes")
    add_cases(notebook, many(8, department="Financiën", gender="v"))
    add_signal(notebook, YEAR, "Meer aandacht voor werkdruk.")
    yield notebook
    if notebook.vault.is_open:
        notebook.close()


def contribution_file(tmp_path: Path, name: str, specs: list[Spec], *, organisation: str = "Acme BV",
                      year: int = YEAR, k: int = 5, signal: str | None = None) -> Path:
    notebook = new_notebook(tmp_path / f"{name}-own.vpnotes", organisation=None)
    notebook.organisations.add(Organisation("eigen", organisation, min_cell=k))
    add_cases(notebook, [dataclasses.replace(s, organisation="eigen") for s in specs])
    if signal:
        add_signal(notebook, year, signal, organisation="eigen")
    result = write_contribution(notebook, tmp_path / f"{name}.vpnotes", CONTRIBUTION_PASSPHRASE, "eigen", year)
    notebook.close()
    return result.path


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[list[Contribution]]:
    """Contributions opened by a test; closed afterwards."""
    found: list[Contribution] = []
    yield found
    for contribution in found:
        contribution.close()


def add(opened: list[Contribution], path: Path) -> Contribution:
    contribution = open_contribution(path, CONTRIBUTION_PASSPHRASE, len(opened) + 1)
    opened.append(contribution)
    return contribution


def test_the_report_says_joint_of_n_vps_counts_twice_and_leaves_out_departments_and_genders(
        coordinator: Notebook, tmp_path: Path, opened: list[Contribution]) -> None:
    add(opened, contribution_file(tmp_path, "b", many(7, categories=("discriminatie",)),
                                  organisation="ACME  bv", k=6, signal="Voorlichting over discriminatie gewenst."))
    add(opened, contribution_file(tmp_path, "c", many(4), organisation="Acmé BV"))
    prepared = prepare_report(coordinator, "acme", YEAR, contributions=opened)
    assert prepared.min_cell == 6  # the largest k involved
    assert prepared.disclosed.cases.total == 19
    names = [t.name for t in prepared.disclosed.tables]
    assert "departments" not in names and "genders" not in names and "categories" in names
    text = prepared.document.plain_text()
    assert "gezamenlijke jaarverslag van 3 vertrouwenspersonen" in text
    assert "Een melder die met twee vertrouwenspersonen sprak, telt in dit verslag twee keer mee." in text
    assert prepared.document.title == "Gezamenlijk jaarverslag vertrouwenspersonen"
    assert prepared.texts.signals == ("Meer aandacht voor werkdruk.", "Voorlichting over discriminatie gewenst.")
    data = report_dict(prepared.disclosed, prepared.texts.signals)
    assert data["joint"] == {"vps": 3} and data["min_cell"] == 6


def test_other_organisation_other_year_and_the_same_contribution_twice_are_refused(
        coordinator: Notebook, tmp_path: Path, opened: list[Contribution]) -> None:
    other = add(opened, contribution_file(tmp_path, "other", many(3), organisation="Globex BV"))
    with pytest.raises(InvalidInput, match="andere organisatie") as refused:
        prepare_report(coordinator, "acme", YEAR, contributions=[other])
    assert refused.value.exit_code == 5
    earlier = add(opened, contribution_file(tmp_path, "earlier", many(3, opened=date(2024, 1, 10)), year=2024))
    with pytest.raises(InvalidInput, match="is voor 2024, dit verslag voor 2025"):
        prepare_report(coordinator, "acme", YEAR, contributions=[earlier])
    path = contribution_file(tmp_path, "twice", many(3))
    copy = tmp_path / "twice-copy.vpnotes"  # the same contribution received twice, under two names
    copy.write_bytes(path.read_bytes())
    first, second = add(opened, path), add(opened, copy)
    with pytest.raises(InvalidInput, match="dezelfde als bijdrage"):
        prepare_report(coordinator, "acme", YEAR, contributions=[first, second])
    with pytest.raises(InvalidInput, match="dezelfde als bijdrage") as again:  # the very same file
        open_contribution(path, CONTRIBUTION_PASSPHRASE, 9, already=[first])
    assert again.value.exit_code == 5


def test_an_overview_cannot_be_joint(tmp_path: Path, opened: list[Contribution]) -> None:
    notebook = new_notebook(tmp_path / "two.vpnotes")
    notebook.organisations.add(Organisation("globex", "Globex BV"))
    try:
        contribution = add(opened, contribution_file(tmp_path, "b", many(3)))
        with pytest.raises(InvalidInput, match="één organisatie"):
            prepare_report(notebook, None, YEAR, contributions=[contribution])
    finally:
        notebook.close()


def table_dump(notebook: Notebook) -> list[tuple[object, ...]]:
    """The schema and every row of every table but the audit log (what "unchanged" means, table by table)."""
    vault = notebook.vault
    rows: list[tuple[object, ...]] = list(vault.query("SELECT type, name, sql FROM sqlite_master ORDER BY name"))
    for (name,) in vault.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'audit' "
                               "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"):
        rows.extend((name, *row) for row in sorted(vault.query(f'SELECT * FROM "{name}"'), key=repr))
    return rows


def changed_pages(before: list[bytes], after: list[bytes]) -> list[int]:
    return [n for n, (a, b) in enumerate(zip(before, after, strict=False), start=1) if a != b] + list(
        range(len(before) + 1, len(after) + 1))


def test_the_coordinators_notebook_is_unchanged_apart_from_its_audit_entry(
        coordinator: Notebook, tmp_path: Path, opened: list[Contribution]) -> None:
    contribution = add(opened, contribution_file(tmp_path, "b", many(7)))
    contribution_bytes = contribution.path.read_bytes()
    before, entries = table_dump(coordinator), coordinator.audit.entries()
    pages = decrypted_pages(coordinator.vault.path, PASSPHRASE)
    prepared = prepare_report(coordinator, "acme", YEAR, contributions=[contribution])
    export_report(coordinator, prepared, tmp_path / "gezamenlijk.json")
    assert table_dump(coordinator) == before
    # Byte for byte: only page 1 (SQLite's change counter) and the audit log's last page changed.
    changed = changed_pages(pages, decrypted_pages(coordinator.vault.path, PASSPHRASE))
    assert len(changed) <= 2 and set(changed) - {1}, changed
    after = coordinator.audit.entries()
    assert after[:len(entries)] == entries
    assert [(e.event, e.detail) for e in after[len(entries):]] == [
        ("report_exported", "format=json year=2025 organisation=acme min_cell=5 contributions=1")]
    assert contribution.path.read_bytes() == contribution_bytes


def test_a_report_of_the_contribution_alone_works_and_writes_nothing_into_it(
        tmp_path: Path, opened: list[Contribution]) -> None:
    contribution = add(opened, contribution_file(tmp_path, "b", many(11)))
    before = contribution.path.read_bytes()
    prepared = prepare_report(contribution.notebook, None, YEAR)
    assert prepared.disclosed.cases.total == 11 and prepared.publication_warning is None
    export_report(contribution.notebook, prepared, tmp_path / "alleen.json")
    assert (tmp_path / "alleen.json").exists()
    assert contribution.path.read_bytes() == before


def test_the_warning_both_ways_when_the_other_kind_of_report_exists(
        coordinator: Notebook, tmp_path: Path, opened: list[Contribution]) -> None:
    contribution = add(opened, contribution_file(tmp_path, "b", many(7)))
    own = prepare_report(coordinator, "acme", YEAR)
    assert own.publication_warning is None
    export_report(coordinator, own, tmp_path / "eigen.json")
    joint = prepare_report(coordinator, "acme", YEAR, contributions=[contribution])
    assert joint.publication_warning is not None
    assert "al een eigen jaarverslag van Acme BV 2025" in joint.publication_warning
    assert "publiceer ze niet allebei" in joint.publication_warning
    assert prepare_report(coordinator, "acme", YEAR - 1, contributions=[]).publication_warning is None
    export_report(coordinator, joint, tmp_path / "samen.json")
    again = prepare_report(coordinator, "acme", YEAR)
    assert again.publication_warning is not None and "gezamenlijk jaarverslag" in again.publication_warning
    # A contributor who already exported an own report is warned when contributing too.
    from vpnotes.lifecycle.contribution import plan_contribution

    assert plan_contribution(coordinator, "acme", YEAR).publication_warning is not None


@pytest.mark.slow
def test_libreoffice_renders_a_joint_report(coordinator: Notebook, tmp_path: Path,
                                            opened: list[Contribution]) -> None:
    import subprocess

    from helpers import program

    soffice, pdftotext = program("soffice"), program("pdftotext")
    add(opened, contribution_file(tmp_path, "b", many(7, categories=("werkdruk",))))
    prepared = prepare_report(coordinator, "acme", YEAR, contributions=opened)
    export_report(coordinator, prepared, tmp_path / "gezamenlijk.docx")
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "gezamenlijk.docx")],
                   check=True, capture_output=True, timeout=180)
    text = subprocess.run([pdftotext, "-layout", str(tmp_path / "gezamenlijk.pdf"), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    flat = " ".join(text.split())
    for expected in ("Gezamenlijk jaarverslag vertrouwenspersonen", "Acme BV · 2025 · 2 vertrouwenspersonen",
                     "gezamenlijke jaarverslag van 2 vertrouwenspersonen", "telt in dit verslag twee keer mee",
                     "Zaken per categorie", "Over dit verslag"):
        assert expected in flat, expected
    assert "Zaken per afdeling" not in flat and "Gender van de melder" not in flat
