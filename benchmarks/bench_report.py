"""Speed of the annual report (issue 4): a report for an organisation with
10,000 cases, chart included, target <= 3 s.

Two notebooks, both built in a temporary folder and removed afterwards:
- *one organisation*: 10,000 cases that all count in 2025 (8,000 new, 2,000
  carried over from 2024), about 3 contacts each, names, notes, 40 departments,
  20 signals: the worst case for one organisation's report;
- *the demo*: ``vpnotes.demo.create_demo(cases=10000)``, three organisations,
  the report for its largest one and the overview across all three.

Each workload is timed warm (median of ``--repeat`` runs in this process) and
the whole report once cold, in a fresh interpreter (imports of
python-docx and loading the word list included). The same report on an
unencrypted copy of the vault is timed alongside (ratio encrypted / plain).

Run: ``python benchmarks/bench_report.py [--cases 10000] [--repeat 5]``. Prints
the table and writes ``benchmarks/RESULTS-report.md``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median_of, open_plain, plain_copy, table, write_results

from vpnotes import interchange
from vpnotes.demo import create_demo
from vpnotes.domain.model import Activity, Betrokkene, Case, Contact, Melder, Organisation, Signal
from vpnotes.domain.vocabulary import (
    ActivityKind,
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    Gender,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
)
from vpnotes.report.aggregate import aggregate
from vpnotes.report.disclosure import disclose
from vpnotes.report.service import prepare_report, render
from vpnotes.store.notebook import Notebook

PASSPHRASE = "paarse giraffe fietst langs zeven molens"
RESULTS = Path(__file__).resolve().parent / "RESULTS-report.md"
FIRST = ["Anna", "Bram", "Cem", "Daan", "Eva", "Fatma", "Gijs", "Hanna", "Ilse", "Jesse", "Kim", "Lars", "Mila"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Öztürk", "van den Berg", "Meijer", "de Boer", "Mulder",
        "Yılmaz", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra"]


def build_one_organisation(path: Path, cases: int, seed: int = 4) -> None:
    notebook = Notebook.create(path, PASSPHRASE, profile=0)
    try:
        interchange.import_data(notebook, one_organisation_data(cases, seed))
    finally:
        notebook.close()


def one_organisation_data(cases: int, seed: int = 4) -> interchange.Interchange:
    """``cases`` cases that all count in 2025 (a fifth carried over from 2024), activities and signals."""
    rng = random.Random(seed)
    departments = [f"Afdeling {name}" for name in
                   ("Financiën", "ICT", "Zorg Noord", "Zorg Zuid", "Facilitair", "Inkoop", "Keuken", "HR")]
    departments += [f"Team {n}" for n in range(32)]
    data = interchange.Interchange(organisations=[Organisation("groot", "Grote Organisatie NV", employees=60_000)])
    for n in range(cases):
        opened = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
        if n % 5 == 0:  # carried over from 2024, with a contact in 2025
            opened = date(2024, 1, 1) + timedelta(days=rng.randrange(365))
        days = sorted({opened} | {opened + timedelta(days=rng.randrange(1, 200)) for _ in range(rng.randrange(3))})
        if n % 5 == 0:
            days.append(date(2025, 1, 1) + timedelta(days=rng.randrange(300)))
        first, last, other = rng.choice(FIRST), rng.choice(LAST), rng.choice(LAST)
        data.cases.append(Case(
            kind=rng.choice(list(CaseKind)),
            categories=rng.sample(list(Category), rng.choice((1, 1, 2))),
            opened=opened, organisation="groot",
            melder=Melder(role=rng.choice(list(MelderRole)), name=f"{first} {last}",
                          email=f"{first.lower()}{n}@groot.example", phone=f"06{rng.randrange(10**8):08d}",
                          position=rng.choice(list(MelderPosition)), department=rng.choice(departments),
                          gender=rng.choice([*Gender, None])),
            betrokkenen=[Betrokkene(Relation.LEIDINGGEVENDE, name=f"{rng.choice(FIRST)} {other}")],
            contacts=[Contact(date=day, minutes=rng.choice((30, 45, 60, 90)), mode=rng.choice(list(ContactMode)),
                              party=rng.choice(list(ContactParty)), summary="Gesprek",
                              notes=f"Gesprek met {first} over {other}. Volgende keer Teams-overleg met HR.")
                      for day in sorted(days)],
            referrals=rng.sample(list(Referral), rng.choice((0, 0, 1))),
            outcomes=rng.sample(list(Outcome), rng.choice((0, 1, 1, 2))),
        ))
    for _ in range(60):
        data.activities.append(Activity("groot", date(2025, 1, 1) + timedelta(days=rng.randrange(365)),
                                        rng.choice(list(ActivityKind)), rng.choice((1.5, 2.0, 3.0)),
                                        "Voorlichting over de rol van de vertrouwenspersoon"))
    for n in range(20):
        data.signals.append(Signal("groot", 2025, f"Signaal {n}: werkdruk en onduidelijke afspraken spelen in "
                                                  f"meerdere teams; een vast overleg wordt aanbevolen."))
    return data


def cold_run(path: Path, organisation: str | None, year: int) -> float:
    """The whole report (prepare + Word) in a fresh interpreter: imports and word list included."""
    script = textwrap.dedent(f"""
        import time
        start = time.perf_counter()
        from vpnotes.store.notebook import Notebook
        from vpnotes.report.service import prepare_report, render
        with Notebook.open({str(path)!r}, {PASSPHRASE!r}, record=False) as nb:
            opened = time.perf_counter()
            prepared = prepare_report(nb, {organisation!r}, {year})
            render(prepared, "docx")
        print(time.perf_counter() - opened)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def workloads(label: str, notebook: Notebook, plain: Notebook, cold: float, organisation: str | None, year: int,
              repeat: int) -> list[Row]:
    def whole(nb: Notebook) -> None:
        render(prepare_report(nb, organisation, year), "docx")

    prepared = prepare_report(notebook, organisation, year)  # warm up: imports, word list
    k = prepared.min_cell
    # The issue sets no ratio goal for the report: the plain column shows what encryption costs, no more.
    return [replace(row, ratio_goal=None) for row in [
        Row(f"{label}: whole report, cold (fresh interpreter, after opening)", "<= 3 s",
            cold, None, 3.0),
        Row(f"{label}: whole report, warm (prepare + Word)", "<= 3 s", median_of(lambda: whole(notebook), repeat),
            median_of(lambda: whole(plain), repeat), 3.0),
        Row(f"{label}:   aggregate (SQL, both years)", "-",
            median_of(lambda: aggregate(notebook, organisation, year), repeat),
            median_of(lambda: aggregate(plain, organisation, year), repeat), None),
        Row(f"{label}:   disclosure control", "-",
            median_of(lambda: disclose(prepared.aggregate, k), repeat), None, None),
        Row(f"{label}:   prepare (aggregate, disclosure, screening, layout, chart)", "-",
            median_of(lambda: prepare_report(notebook, organisation, year), repeat),
            median_of(lambda: prepare_report(plain, organisation, year), repeat), None),
        Row(f"{label}:   render Word (.docx)", "-", median_of(lambda: render(prepared, "docx"), repeat), None, None),
        Row(f"{label}:   render JSON", "-", median_of(lambda: render(prepared, "json"), repeat), None, None),
    ]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="vpnotes-bench-report-"))
    rows: list[Row] = []
    notes: list[str] = []
    try:
        one = folder / "one.vpnotes"
        build_one_organisation(one, args.cases)
        demo = folder / "demo.vpnotes"
        create_demo(demo, PASSPHRASE, seed=2026, cases=args.cases, profile=0)
        for label, path, organisation in (("one organisation", one, "groot"), ("demo", demo, "largest"),
                                          ("demo overview", demo, None)):
            year = 2025
            if organisation == "largest":
                with Notebook.open(path, PASSPHRASE, record=False) as notebook:
                    organisation = notebook.vault.query_one(
                        "SELECT o.key FROM cases c JOIN organisations o ON o.id = c.organisation_id "
                        "GROUP BY o.key ORDER BY count(*) DESC LIMIT 1")[0]
            cold = cold_run(path, organisation, year)  # before this process opens (and locks) the vault
            with Notebook.open(path, PASSPHRASE, record=False) as notebook:
                counted = aggregate(notebook, organisation, year).current
                notes.append(f"{label}: {counted.cases_total:,} cases and {counted.contacts:,} contacts count in "
                             f"{year} ({organisation or 'all organisations'}).")
                plain_path = folder / f"{path.stem}-plain.sqlite"
                if not plain_path.exists():
                    plain_copy(notebook, plain_path)
                plain = open_plain(plain_path)
                try:
                    rows += workloads(label, notebook, plain, cold, organisation, year, args.repeat)
                finally:
                    plain.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(table(rows))
    notes += [
        "Cold: one run in a fresh Python process, timed from just after opening the vault (profile 0) to the "
        "finished .docx bytes; it includes importing python-docx and loading the word list "
        "(about 290,000 words).",
        "Warm: medians over repeated runs in one process; the plain column runs the same report on an "
        "unencrypted copy (sqlcipher_export), so the ratio is the cost of encryption.",
        "Writing the file (write_new_file: fsync and link) is not included; it is one small file.",
    ]
    write_results(RESULTS, "Report benchmarks (issue 4)",
                  f"`python benchmarks/bench_report.py --cases {args.cases} --repeat {args.repeat}`: the annual "
                  f"report for an organisation with {args.cases:,} cases (target <= 3 s including the chart), "
                  f"and for the demo notebook with {args.cases:,} cases.", rows, notes)
    print(f"\nwritten: {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
