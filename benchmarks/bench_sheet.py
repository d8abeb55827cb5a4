"""Speed of the spreadsheet import (issue 11) on a 5,000-row registration:

- read the workbook, propose a mapping and check every row: target < 2 s,
- the same and import all cases into an empty notebook: target < 5 s,

as xlsx (python-calamine) and as a Windows-1252 csv; the import is also timed into
an unencrypted twin (same schema and pragmas) for the encrypted/plain ratio.

Run: ``python benchmarks/bench_sheet.py [--rows 5000] [--repeat 3]``. Prints the
table and writes ``benchmarks/RESULTS-sheet.md``. Everything it makes lives in a
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the tests' spreadsheet writers

from common import Row, create_plain, median_of, table, timed, write_results

from helpers.sheets import HEADER, sheet_rows, write_csv, write_xlsx
from vpnotes.domain.model import Organisation
from vpnotes.interchange.sheet import Target, check, fingerprint, import_checked, propose, read_sheet
from vpnotes.store.notebook import Notebook
from vpnotes.store.vault import Vault

HERE = Path(__file__).resolve().parent
PASSPHRASE = "benchmark wachtzin met zeven losse woorden erin"
KINDS = ["Melding", "Vraag", "melding", "Signaal", "Advies"]
SUBJECTS = ["Ongewenste intimiteiten", "Agressie", "Ruzie", "SI", "Werkdruk; pesten", "Discriminatie", "Pesten"]
ROLES = ["Medewerker", "Leidinggevende", "Uitzendkracht", "Stagiaire"]
REFERRALS = ["", "Bedrijfsarts", "HR/P&O, BA", "klachtcommisie", "bedrijfsmaatschappelijk werk"]
NAMES = ["Anna de Vries", "Bram Jansen", "Chris Bakker", "Dirk Smit", "Esra Öztürk", "Fenna Bos", ""]


def registration(rows: int, seed: int = 11) -> list[list[Any]]:
    rng = random.Random(seed)
    start = date(2019, 1, 1)
    data: list[list[Any]] = []
    for i in range(rows):
        opened = start + timedelta(days=rng.randrange(0, 2000))
        closed = opened + timedelta(days=rng.randrange(0, 120)) if rng.random() < 0.7 else None
        form = rng.randrange(4)
        shown: Any = (opened if form == 0 else opened.strftime("%d-%m-%Y") if form == 1 else
                      opened.strftime("%-d/%-m/%Y") if form == 2 else opened.isoformat())
        data.append([f"R-{i:05d}", shown, rng.choice(KINDS), rng.choice(SUBJECTS), rng.choice(NAMES),
                     rng.choice(["Financiën", "ICT", "Zorg", "Logistiek"]), rng.choice(ROLES),
                     rng.randrange(1, 6), rng.randrange(15, 300), rng.choice(REFERRALS),
                     closed.strftime("%d-%m-%Y") if closed else "", "Opmerking" if rng.random() < 0.3 else "",
                     "x" if rng.random() < 0.2 else "", "X" if rng.random() < 0.1 else ""])
    return data


def new_vault(folder: Path, name: str) -> Notebook:
    notebook = Notebook(Vault.create(folder / name, PASSPHRASE, profile=0))
    notebook.organisations.add(Organisation(key="acme", name="Acme BV"))
    return notebook


def new_plain(folder: Path, name: str) -> Notebook:
    notebook = create_plain(folder / name)
    notebook.organisations.add(Organisation(key="acme", name="Acme BV"))
    return notebook


def propose_and_check(path: Path, target: Target) -> Any:
    sheet = read_sheet(path)
    mapping = propose(sheet, target).mapping
    mapping.consent = "registered"
    checked = check(sheet, mapping, target, file_id=fingerprint(path))
    assert checked.ok, checked.problem_lines()[:3]
    return checked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cases", type=int, help=argparse.SUPPRESS)  # run_all passes it; the rows decide here
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="vpnotes-bench-sheet-"))
    rows: list[Row] = []
    try:
        data = registration(args.rows)
        files = {"xlsx": write_xlsx(folder / "registratie.xlsx", sheet_rows(data)),
                 "csv (Windows-1252, ;)": write_csv(folder / "registratie.csv", [HEADER, *data], encoding="cp1252")}
        target = Target({"acme": "Acme BV"})
        for form, path in files.items():
            rows.append(Row(f"read {form} ({args.rows} rows)", "-",
                            median_of(lambda p=path: read_sheet(p), args.repeat), None, ratio_goal=None))
            sheet = read_sheet(path)
            rows.append(Row(f"propose a mapping ({form})", "-", median_of(lambda s=sheet: propose(s, target),
                                                                          args.repeat), None, ratio_goal=None))
            rows.append(Row(f"read, propose and check every row ({form})", "< 2 s",
                            median_of(lambda p=path: propose_and_check(p, target), args.repeat), None,
                            goal_seconds=2.0, ratio_goal=None))
        counter = iter(range(10_000))
        path = files["xlsx"]

        def full_import(make: Any) -> float:
            notebook = make(folder, f"n{next(counter)}.vpnotes")
            try:
                return timed(lambda: import_checked(notebook, propose_and_check(path, Target.of(notebook)),
                                                    path.name))
            finally:
                notebook.close()

        encrypted = sorted(full_import(new_vault) for _ in range(args.repeat))[args.repeat // 2]
        plain = sorted(full_import(new_plain) for _ in range(args.repeat))[args.repeat // 2]
        rows.append(Row(f"read, propose, check and import {args.rows} cases (xlsx)", "< 5 s", encrypted, plain,
                        goal_seconds=5.0))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(table(rows))
    write_results(HERE / "RESULTS-sheet.md", "Spreadsheet import benchmarks (issue 11)",
                  f"`python benchmarks/bench_sheet.py --rows {args.rows} --repeat {args.repeat}`: a generated "
                  f"registration of {args.rows} rows (four date forms, free words for codes, crosses for two "
                  "categories, 1-5 contacts per row), written as xlsx with openpyxl and as a Windows-1252 csv. "
                  "Medians; the import goes into a fresh, empty notebook each time (KDF not included).",
                  rows, [f"Cases imported per run: {args.rows}; contacts made from the counts: about "
                         f"{args.rows * 3}.",
                         "Reading the xlsx is python-calamine; the check parses every row through the interchange "
                         "reader, so the import's rules are the same as for a JSON import."])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
