"""Speed of the joint annual report of several VPs (issue 12): 4 contributions of
2,500 cases each plus the coordinator's own 2,500, target <= 3 s, side by side
with the same report from one notebook that holds all 12,500 cases.

Five notebooks (one per VP, built from ``bench_report.one_organisation_data``
with different seeds: every case counts in 2025, a fifth carried over from
2024, 60 activities and 20 signals each), four contributions written from them
under a KDF profile 1 passphrase (as the app writes them), and one notebook
holding all five VPs' cases. Everything lives in a temporary folder removed
afterwards.

Timed (medians of ``--repeat`` runs in this process):
- the joint report with the contributions already open (prepare + Word);
- the whole joint report as the coordinator meets it: open the four
  contributions (Argon2id profile 1 each, the check of every page), prepare,
  Word, close;
- the same report from the one notebook holding all cases (the "plain" column:
  ratio = joint / one notebook);
- writing one contribution of 2,500 cases (for the contributing VP).

Run: ``python benchmarks/bench_joint.py [--cases 2500] [--repeat 3]``. Writes
``benchmarks/RESULTS-joint.md``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_report import PASSPHRASE, one_organisation_data
from common import Row, median_of, table, write_results

from vpnotes import interchange
from vpnotes.lifecycle.contribution import write_contribution
from vpnotes.report.joint import Contribution, open_contribution
from vpnotes.report.service import prepare_report, render
from vpnotes.store.notebook import Notebook

CONTRIBUTION = "oranje kameel danst rond elf vuurtorens"
RESULTS = Path(__file__).resolve().parent / "RESULTS-joint.md"
VPS = 5
YEAR = 2025


def build(folder: Path, cases: int) -> tuple[Path, list[Path], Path]:
    """(coordinator's notebook, contributions, one notebook with every case)."""
    together = Notebook.create(folder / "together.vpnotes", PASSPHRASE, profile=0)
    contributions: list[Path] = []
    coordinator = folder / "vp0.vpnotes"
    try:
        for number in range(VPS):
            data = one_organisation_data(cases, seed=100 + number)
            interchange.import_data(together, data)
            path = folder / f"vp{number}.vpnotes"
            notebook = Notebook.create(path, PASSPHRASE, profile=0)
            try:
                interchange.import_data(notebook, data)
                if number:
                    target = folder / f"contribution{number}.vpnotes"
                    write_contribution(notebook, target, CONTRIBUTION, "groot", YEAR, accept_warnings=True,
                                       profile=1)
                    contributions.append(target)
            finally:
                notebook.close()
    finally:
        together.close()
    return coordinator, contributions, folder / "together.vpnotes"


def open_all(paths: list[Path]) -> list[Contribution]:
    opened: list[Contribution] = []
    for number, path in enumerate(paths, start=1):
        opened.append(open_contribution(path, CONTRIBUTION, number, opened))
    return opened


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2_500, help="cases per VP")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="vpnotes-bench-joint-"))
    notes: list[str] = []
    try:
        coordinator_path, contribution_paths, together_path = build(folder, args.cases)
        with Notebook.open(coordinator_path, PASSPHRASE, record=False) as coordinator, \
                Notebook.open(together_path, PASSPHRASE, record=False) as together:
            contributions = open_all(contribution_paths)
            try:
                joint = prepare_report(coordinator, "groot", YEAR, contributions=contributions)  # warm up
                single = prepare_report(together, "groot", YEAR)
                notes.append(f"Joint: {joint.disclosed.cases.total:,} cases and {joint.disclosed.contacts:,} "
                             f"contacts counted in {YEAR} from {VPS} VPs; one notebook: "
                             f"{single.disclosed.cases.total:,} cases, {single.disclosed.contacts:,} contacts.")
                warm = median_of(lambda: render(prepare_report(coordinator, "groot", YEAR,
                                                               contributions=contributions), "docx"), args.repeat)
                one = median_of(lambda: render(prepare_report(together, "groot", YEAR), "docx"), args.repeat)
                aggregate_only = median_of(
                    lambda: prepare_report(coordinator, "groot", YEAR, contributions=contributions), args.repeat)
            finally:
                for contribution in contributions:
                    contribution.close()

            def whole() -> None:
                opened = open_all(contribution_paths)
                try:
                    render(prepare_report(coordinator, "groot", YEAR, contributions=opened), "docx")
                finally:
                    for contribution in opened:
                        contribution.close()

            cold = median_of(whole, args.repeat)
            opening = median_of(lambda: [c.close() for c in open_all(contribution_paths)], args.repeat)

        def write_one() -> None:
            target = folder / "again.vpnotes"
            target.unlink(missing_ok=True)
            with Notebook.open(folder / "vp1.vpnotes", PASSPHRASE, record=False) as notebook:
                write_contribution(notebook, target, CONTRIBUTION, "groot", YEAR, accept_warnings=True, profile=1)

        writing = median_of(write_one, args.repeat)
        sizes = [p.stat().st_size for p in contribution_paths]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    total = args.cases * VPS
    rows = [
        Row(f"joint report, {VPS - 1} contributions open (prepare + Word)", "<= 3 s", warm, one, 3.0, None),
        Row(f"joint report as met: open {VPS - 1} contributions (profile 1) + prepare + Word", "<= 3 s", cold, one,
            3.0, None),
        Row("  of which opening the contributions (Argon2id, page check)", "-", opening, None, None, None),
        Row("  of which prepare (merge in memory, disclosure, screening, layout, chart)", "-", aggregate_only, None,
            None, None),
        Row(f"one notebook with all {total:,} cases: the same report (prepare + Word)", "-", one, None, None, None),
        Row(f"write one contribution of {args.cases:,} cases (profile 1)", "-", writing, None, None, None),
    ]
    print(table(rows))
    notes += [
        f"The plain column here is not an unencrypted twin: it is the same report from one notebook holding all "
        f"{total:,} cases, so the ratio is what counting from {VPS} files instead of one costs.",
        f"Contribution files: {min(sizes) / 1024:.0f}-{max(sizes) / 1024:.0f} KiB for {args.cases:,} skeletons.",
        "Opening a contribution derives its key with Argon2id profile 1 (about 0.1-0.2 s each here) and checks "
        "the HMAC of every page, so a damaged contribution is named before anything is counted.",
    ]
    write_results(RESULTS, "Joint annual report benchmarks (issue 12)",
                  f"`python benchmarks/bench_joint.py --cases {args.cases} --repeat {args.repeat}`: a joint report "
                  f"of {VPS - 1} contributions of {args.cases:,} cases each plus the coordinator's {args.cases:,} "
                  f"(target <= 3 s), beside the same report from one notebook with all cases.", rows, notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
