"""The joint annual report of several VPs (DESIGN.md §10): the merged figures equal
those of one notebook holding all the cases (property test over random splits),
before and after disclosure control; k is the largest; department and gender
tables are left out; the sentences; the refusals; the publication warnings; and
the coordinator's notebook unchanged apart from its audit entry."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import PASSPHRASE, new_notebook
from helpers.documents import docx_text as read_docx
from helpers.rawpages import decrypted_pages
from report.report_fixtures import Spec, add_activity, add_cases, add_signal, many
from vpnotes.domain.model import Organisation
from vpnotes.domain.vocabulary import Sector
from vpnotes.errors import InvalidInput
from vpnotes.lifecycle.contribution import write_contribution
from vpnotes.report.aggregate import Aggregate, aggregate
from vpnotes.report.disclosure import disclose
from vpnotes.report.joint import Contribution, open_contribution
from vpnotes.report.render_json import report_dict
from vpnotes.report.service import export_report, prepare_report, render
from vpnotes.store.notebook import Notebook

CONTRIBUTION_PASSPHRASE = "oranje kameel danst rond elf vuurtorens"
YEAR = 2025

# Codes per sector: the shared ones and each sector's own (DESIGN.md §9).
CATEGORIES = {
    Sector.WERK: ("pesten", "seksuele_intimidatie", "discriminatie", "werkdruk", "overig"),
    Sector.ONDERWIJS: ("pesten", "onderwijskundig", "thuissituatie", "bedreiging", "overig"),
    Sector.VLAANDEREN: ("pesten", "seksuele_intimidatie", "werkdruk", "bedreiging", "overig"),
}
ROLES = {
    Sector.WERK: ("medewerker", "leidinggevende", "flexwerker", "onbekend"),
    # Counted in groups: pupils (leerling, student), parents, staff (medewerker, leidinggevende).
    Sector.ONDERWIJS: ("leerling", "student", "ouder", "medewerker", "leidinggevende", "onbekend"),
    Sector.VLAANDEREN: ("medewerker", "leidinggevende", "onbekend"),
}
REFERRALS = {
    Sector.WERK: ("hr", "bedrijfsarts", "overig"),
    Sector.ONDERWIJS: ("vertrouwensinspecteur", "veilig_thuis", "overig"),
    Sector.VLAANDEREN: ("preventieadviseur_psa", "hr", "overig"),
}
OUTCOMES = ("gehoord_geadviseerd", "doorverwezen", "onbekend")
INTERVENTIONS = (None, "gesprek", "interventie", "verzoening")


@st.composite
def case_spec(draw: st.DrawFn, sector: Sector) -> Spec:
    opened = draw(st.dates(date(2023, 6, 1), date(2026, 3, 31)))
    contacts = draw(st.lists(st.dates(opened, date(2026, 6, 30)), max_size=3))
    steps = draw(st.lists(st.tuples(st.sampled_from(("formele_klacht", "melding_extern")),
                                    st.dates(opened, date(2026, 6, 30))), max_size=1))
    return Spec(
        opened=opened, contacts=tuple(contacts),
        categories=tuple(draw(st.sets(st.sampled_from(CATEGORIES[sector]), min_size=1, max_size=2))),
        kind=draw(st.sampled_from(("melding", "advies", "signaal"))), role=draw(st.sampled_from(ROLES[sector])),
        position=draw(st.sampled_from(("zelf", "getuige"))), minutes=draw(st.integers(5, 120)),
        mode=draw(st.sampled_from(("persoonlijk", "telefoon", "video"))),
        party=draw(st.sampled_from(("melder", "leidinggevende"))),
        referrals=tuple(draw(st.sets(st.sampled_from(REFERRALS[sector]), max_size=2))),
        outcomes=tuple(draw(st.sets(st.sampled_from(OUTCOMES), max_size=2))), steps=tuple(steps),
        department=draw(st.sampled_from((None, "Financiën", "ICT"))), gender=draw(st.sampled_from((None, "v", "m"))),
        purged=draw(st.booleans()),
        intervention=draw(st.sampled_from(INTERVENTIONS)) if sector is Sector.VLAANDEREN else None)


@dataclass
class Drawn:
    """Cases split over 2-5 VPs, with activities, each VP's k and register entries, of one organisation."""

    sector: Sector
    start: int  # the organisation's year start
    split: list[list[Spec]]
    activities: list[tuple[date, str, float]]
    ks: list[int]
    # Vlaanderen: per VP the days its register entries were recorded, and whether each was erased since.
    registers: list[list[tuple[date, bool]]]


@st.composite
def split_case_sets(draw: st.DrawFn) -> Drawn:
    sector = draw(st.sampled_from(tuple(Sector)))
    vps = draw(st.integers(2, 5))
    specs = draw(st.lists(case_spec(sector), min_size=0, max_size=45))
    owners = draw(st.lists(st.integers(0, vps - 1), min_size=len(specs), max_size=len(specs)))
    split: list[list[Spec]] = [[] for _ in range(vps)]
    for spec, owner in zip(specs, owners, strict=True):
        split[owner].append(spec)
    activities = draw(st.lists(st.tuples(st.dates(date(2023, 6, 1), date(2026, 6, 30)),
                                         st.sampled_from(("voorlichting", "training", "overleg")),
                                         st.sampled_from((0.5, 1.0, 2.5))), max_size=6))
    ks = draw(st.lists(st.integers(3, 6), min_size=vps, max_size=vps))
    entries = st.lists(st.tuples(st.dates(date(2023, 6, 1), date(2026, 6, 30)), st.booleans()), max_size=8)
    registers = [draw(entries) if sector is Sector.VLAANDEREN else [] for _ in range(vps)]
    start = draw(st.sampled_from((1, 8)))
    return Drawn(sector, start, split, activities, ks, registers)


def docx_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.docx"
    path.write_bytes(data)
    return read_docx(path)


def new_vp(path: Path, k: int, start: int, sector: Sector = Sector.WERK) -> Notebook:
    notebook = new_notebook(path, organisation=None)
    notebook.organisations.add(Organisation("acme", "Acme BV", min_cell=k, year_start_month=start, sector=sector))
    return notebook


def add_register(notebook: Notebook, entries: list[tuple[date, bool]]) -> None:
    for recorded, erased in entries:
        entry = notebook.register.add("acme", recorded=recorded, description="Een klant dreigde")
        if erased:  # an erased entry keeps counting in its year
            notebook.register.erase("acme", [entry.number])


def without_vps(agg: Aggregate) -> Aggregate:
    return dataclasses.replace(agg, vps=1)


def left_out(agg: Aggregate) -> Aggregate:
    """One notebook's aggregate without the department and gender tables (what a joint report leaves out)."""
    def strip(p):  # type: ignore[no-untyped-def]
        tables = {n: t for n, t in p.tables.items() if n not in ("departments", "genders")}
        return dataclasses.replace(p, tables=tables, department_spellings={})
    return dataclasses.replace(agg, current=strip(agg.current), previous=strip(agg.previous))


@given(split_case_sets())
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow, HealthCheck.data_too_large])
def test_joint_figures_equal_one_notebook_with_all_cases_before_and_after_disclosure(
        tmp_path_factory: pytest.TempPathFactory, drawn: Drawn) -> None:
    """In every sector: a vlaanderen organisation's interventions and register count, an onderwijs
    organisation's role groups, and every other table add up as if one notebook held all cases."""
    split, activities, ks, start = drawn.split, drawn.activities, drawn.ks, drawn.start
    folder = tmp_path_factory.mktemp("joint")
    k = max(ks)
    with ExitStack() as stack:
        together = new_vp(folder / "all.vpnotes", k, start, drawn.sector)
        stack.callback(together.close)
        add_cases(together, [dataclasses.replace(s, purged=True) for part in split for s in part])
        add_register(together, [entry for register in drawn.registers for entry in register])
        contributions: list[Contribution] = []
        coordinator = new_vp(folder / "vp0.vpnotes", ks[0], start, drawn.sector)
        stack.callback(coordinator.close)
        for number, part in enumerate(split):
            vp = coordinator if number == 0 else new_vp(folder / f"vp{number}.vpnotes", ks[number], start,
                                                        drawn.sector)
            add_cases(vp, part)
            add_register(vp, drawn.registers[number])
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
        if drawn.sector is Sector.VLAANDEREN:  # the sector's own figures are there, not only equal
            assert "interventions" in joint.aggregate.current.tables
            assert joint.aggregate.current.register is not None


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
                      year: int = YEAR, k: int = 5, signal: str | None = None, sector: Sector = Sector.WERK,
                      start: int = 1, register: tuple[date, ...] = ()) -> Path:
    notebook = new_notebook(tmp_path / f"{name}-own.vpnotes", organisation=None)
    notebook.organisations.add(Organisation("eigen", organisation, min_cell=k, sector=sector, year_start_month=start))
    add_cases(notebook, [dataclasses.replace(s, organisation="eigen") for s in specs])
    for recorded in register:
        notebook.register.add("eigen", recorded=recorded, description="Een leverancier schold haar uit")
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


def test_an_onderwijs_joint_report_counts_pupils_parents_and_staff_in_groups(
        tmp_path: Path, opened: list[Contribution]) -> None:
    school = new_notebook(tmp_path / "school.vpnotes", organisation=None)
    try:
        school.organisations.add(Organisation("lyceum", "Het Lyceum", min_cell=3, sector=Sector.ONDERWIJS,
                                              year_start_month=8))
        add_cases(school, many(4, opened=date(2025, 9, 2), role="leerling", organisation="lyceum")
                  + many(2, opened=date(2025, 10, 2), role="medewerker", organisation="lyceum"))
        add(opened, contribution_file(
            tmp_path, "b", many(3, opened=date(2025, 11, 3), role="ouder") + many(2, opened=date(2026, 2, 3),
                                                                                   role="student")
            + many(1, opened=date(2026, 3, 3), role="leidinggevende"),
            organisation="Het Lyceum", k=3, sector=Sector.ONDERWIJS, start=8))
        prepared = prepare_report(school, "lyceum", YEAR, contributions=opened)
        data = json.loads(render(prepared, "json"))
    finally:
        school.close()
    assert data["sector"] == "onderwijs" and data["year"] == "2025-2026" and data["joint"] == {"vps": 2}
    roles = {row["code"]: row["count"] for row in data["tables"]["roles"]["rows"]}
    assert roles == {"leerlingen": 6, "ouders": 3, "personeel": 3}
    text = docx_text(render(prepared, "docx"), tmp_path)
    assert "Leerlingen en studenten" in text and "Ouders en verzorgers" in text and "Personeel" in text


def test_a_vlaanderen_joint_report_counts_interventions_and_the_register_together(
        tmp_path: Path, opened: list[Contribution]) -> None:
    gent = new_notebook(tmp_path / "gent.vpnotes", organisation=None)
    try:
        gent.organisations.add(Organisation("gent", "Stad Gent", min_cell=3, sector=Sector.VLAANDEREN))
        add_cases(gent, many(6, organisation="gent", intervention="gesprek"))
        for day in (3, 4, 5):
            gent.register.add("gent", recorded=date(2025, 4, day), description="Een klant dreigde")
        add(opened, contribution_file(
            tmp_path, "b", many(4, intervention="interventie") + many(1, intervention="verzoening"),
            organisation="Stad Gent", k=3, sector=Sector.VLAANDEREN,
            register=(date(2024, 12, 30), date(2025, 1, 2), date(2025, 6, 30), date(2025, 12, 31))))
        prepared = prepare_report(gent, "gent", YEAR, contributions=opened)
        data = json.loads(render(prepared, "json"))
    finally:
        gent.close()
    assert data["sector"] == "vlaanderen" and data["joint"] == {"vps": 2}
    assert data["register"] == {"recorded": 6}  # 3 + 3 of 2025; the one of 2024 counts last year
    rows = {row["code"]: row["count"] for row in data["tables"]["interventions"]["rows"]}
    # One verzoening is below k, and the next smallest row is hidden with it.
    assert rows == {"gesprek": 6, "interventie": None, "verzoening": None}
    assert data["tables"]["interventions"]["total"] == 11
    text = docx_text(render(prepared, "docx"), tmp_path)
    for label in ("Informele psychosociale interventies", "Pesterijen", "In 2025 zijn 6 verklaringen",
                  "gezamenlijke jaarverslag van 2 vertrouwenspersonen"):
        assert label in text, label


def test_a_contribution_of_another_sector_is_refused(coordinator: Notebook, tmp_path: Path,
                                                     opened: list[Contribution]) -> None:
    flemish = add(opened, contribution_file(tmp_path, "b", many(3), sector=Sector.VLAANDEREN))
    with pytest.raises(InvalidInput, match="sector Vlaanderen") as refused:
        prepare_report(coordinator, "acme", YEAR, contributions=[flemish])
    assert refused.value.exit_code == 5


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
    from helpers.documents import pdf_text

    add(opened, contribution_file(tmp_path, "b", many(7, categories=("werkdruk",))))
    prepared = prepare_report(coordinator, "acme", YEAR, contributions=opened)
    export_report(coordinator, prepared, tmp_path / "gezamenlijk.docx")
    text = pdf_text(tmp_path / "gezamenlijk.docx", tmp_path)
    flat = " ".join(text.split())
    for expected in ("Gezamenlijk jaarverslag vertrouwenspersonen", "Acme BV · 2025 · 2 vertrouwenspersonen",
                     "gezamenlijke jaarverslag van 2 vertrouwenspersonen", "telt in dit verslag twee keer mee",
                     "Zaken per categorie", "Over dit verslag"):
        assert expected in flat, expected
    assert "Zaken per afdeling" not in flat and "Gender van de melder" not in flat
