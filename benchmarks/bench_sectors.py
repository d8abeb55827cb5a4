"""Speed of the sector features (issue 10) on an organisation with 10,000 cases:

- the annual report of a Flemish organisation (interventions table, register count)
  next to the very same notebook as a ``werk`` organisation: the ratio is what the
  sector adds (goal <= 1.2x); the whole report stays <= 3 s;
- printing a register of 2,000 declarations (.docx, goal <= 3 s);
- the five-year erasure of 1,000 register entries by ``purge`` (erase, then compact
  the file; goal <= 5 s, as the other purges).

Run: ``python benchmarks/bench_sectors.py [--cases 10000] [--repeat 5]``. Prints the
table and writes ``benchmarks/RESULTS-sectors.md``. Everything it makes lives in a
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_report import PASSPHRASE, build_one_organisation
from common import Row, median_of, table, timed, write_results

from vpnotes.domain.vocabulary import Sector
from vpnotes.practice.flemish_documents import register_docx, select_register
from vpnotes.report.service import prepare_report, render
from vpnotes.store.notebook import Notebook

RESULTS = Path(__file__).resolve().parent / "RESULTS-sectors.md"
REGISTER = 2_000


def make_flemish(path: Path) -> None:
    """Turn the benchmark organisation Flemish: a third of its cases with an informal intervention,
    and a register of 2,000 declarations over seven years (about 1,000 older than five years)."""
    with Notebook.open(path, PASSPHRASE, record=False) as notebook:
        org = notebook.organisations.get("groot")
        org.sector = Sector.VLAANDEREN
        notebook.organisations.update(org)
        with notebook.vault.transaction() as conn:
            conn.execute("UPDATE cases SET intervention_type = CASE id % 3 WHEN 0 THEN 'gesprek' WHEN 1 THEN "
                         "'interventie' ELSE 'verzoening' END, intervention_date = opened WHERE id % 3 = 0")
            rows = [(org.id, n, (date(2019, 1, 1) + timedelta(days=(n * 37) % 2550)).isoformat(),
                     f"Klant {n} bedreigde een medewerker aan de balie en gooide met een stoel.",
                     "Joris Maes" if n % 3 == 0 else None) for n in range(1, REGISTER + 1)]
            conn.executemany("INSERT INTO register_entries (organisation_id, number, recorded, description, "
                             "declarant) VALUES (?, ?, ?, ?, ?)", rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="vpnotes-bench-sectors-"))
    rows: list[Row] = []
    try:
        werk = folder / "werk.vpnotes"
        build_one_organisation(werk, args.cases)
        flemish = folder / "vlaanderen.vpnotes"
        shutil.copyfile(werk, flemish)
        make_flemish(flemish)

        def whole(nb: Notebook) -> None:
            render(prepare_report(nb, "groot", 2025), "docx")

        with Notebook.open(werk, PASSPHRASE, record=False) as base, \
                Notebook.open(flemish, PASSPHRASE, record=False) as vl:
            whole(base)  # warm up: imports, word list
            whole(vl)
            baseline = median_of(lambda: whole(base), args.repeat)
            rows.append(Row("Flemish report (interventions, register count) against the same as werk", "<= 3 s",
                            median_of(lambda: whole(vl), args.repeat), baseline, 3.0, 1.2))
            rows.append(Row(f"print the register ({REGISTER:,} declarations, .docx)", "<= 3 s",
                            median_of(lambda: register_docx(select_register(vl, "groot")), args.repeat), None, 3.0,
                            None))
            due = len(vl.register.due(date(2026, 12, 1)))
        copies = [folder / f"purge-{i}.vpnotes" for i in range(args.repeat)]
        samples = []
        for copy in copies:
            shutil.copyfile(flemish, copy)
            with Notebook.open(copy, PASSPHRASE, record=False) as nb:
                samples.append(timed(lambda nb=nb: nb.register.purge(date(2026, 12, 1))))  # type: ignore[misc]
        samples.sort()
        rows.append(Row(f"purge: erase {due:,} register entries and compact the file", "<= 5 s",
                        samples[len(samples) // 2], None, 5.0, None))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(table(rows))
    notes = [
        "In the first row the 'plain' column is not an unencrypted copy: it is the same encrypted notebook with "
        "the organisation as werk (no interventions table, no register count), so the ratio is what the sector "
        "adds to the report.",
        f"The Flemish notebook: {args.cases:,} cases, a third with an informal intervention; {REGISTER:,} register "
        "entries recorded 2019-2025.",
        "Purge: median over fresh copies of the same vault (copied untimed), at 1 December 2026.",
    ]
    write_results(RESULTS, "Sector benchmarks (issue 10)",
                  f"`python benchmarks/bench_sectors.py --cases {args.cases} --repeat {args.repeat}`.", rows, notes)
    print(f"\nwritten: {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
