"""Speed of the encrypted core on the 10,000-case demo notebook, each workload
next to the same workload on an unencrypted copy in the same run (issue 2):

- open with the right passphrase (target <= 0.5 s; the KDF is most of it),
- search (median <= 20 ms),
- add one contact, committed (median <= 10 ms),
- full export and full import (<= 10 s each),

with the goal encrypted <= 1.3x plain for everything but the KDF.

Run: ``python benchmarks/bench_core.py [--cases 10000] [--repeat 5]``. Prints the
table and writes ``benchmarks/RESULTS-core.md``. Everything it makes lives in a
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    Row,
    create_plain,
    format_seconds,
    median_of,
    open_plain,
    paired_medians,
    plain_copy,
    table,
    timed,
    write_results,
)

from vpnotes import interchange
from vpnotes.demo import create_demo
from vpnotes.domain.model import Contact
from vpnotes.domain.vocabulary import ContactMode
from vpnotes.store import kdf
from vpnotes.store.notebook import Notebook
from vpnotes.store.vault import Vault

PASSPHRASE = "benchmark wachtzin met zeven losse woorden erin"
FIXED_QUERIES = ["gesprek", "leidinggevende", "jan", "de vries", "afspraak", "vertrouw", "pest", "zwijgen",
                 "mail", "teamleider"]


def pick_queries(notebook: Notebook, rng: random.Random) -> list[str]:
    """Typical searches: names of people in the notebook, words and prefixes from notes."""
    names = [r[0] for r in notebook.vault.query("SELECT melder_name FROM cases WHERE melder_name IS NOT NULL")]
    queries = list(FIXED_QUERIES)
    for name in rng.sample(names, min(10, len(names))):
        parts = name.split()
        queries.append(parts[-1])  # surname
        queries.append(parts[0][:3])  # a prefix of the first name, as typed so far
    return queries


def searches(notebook: Notebook, queries: list[str]) -> Callable[[], None]:
    """One search per call, cycling through ``queries``."""
    cycle = iter(queries * 1000)

    def search() -> None:
        notebook.cases.search(next(cycle))
    return search


def contact_adder(notebook: Notebook, targets: list[tuple[int, str]]) -> Callable[[], None]:
    """Adds one contact per call to the next case of ``targets``; each add is its own commit."""
    cycle = iter(targets)

    def add() -> None:
        case_id, opened = next(cycle)
        notebook.items.add_contact(case_id, Contact(
            date=date.fromisoformat(opened), minutes=30, mode=ContactMode.TELEFOON,
            summary="Telefonisch contact", notes="Korte notitie over het gesprek en de afspraken."))
    return add


def run(cases: int, repeat: int, out: Path | None) -> list[Row]:
    rng = random.Random(2026)
    work = Path(tempfile.mkdtemp(prefix="vpnotes-bench-"))
    try:
        vault_path = work / "demo.vpnotes"
        seconds = timed(lambda: create_demo(vault_path, PASSPHRASE, cases=cases, profile=1))
        print(f"demo notebook with {cases} cases created in {seconds:.1f} s", file=sys.stderr)
        plain_path = work / "plain.sqlite"
        with Notebook.open(vault_path, PASSPHRASE) as notebook:
            plain_copy(notebook, plain_path)
            contacts = notebook.vault.query_one("SELECT count(*) FROM contacts")[0]
            queries = pick_queries(notebook, rng)
            hits = {q: len(notebook.cases.search(q)) for q in queries}
            writable = notebook.vault.query(
                "SELECT id, opened FROM cases WHERE purged = 0 AND consent_registration = 1 ORDER BY id")
        print(f"{contacts} contacts; plain copy made", file=sys.stderr)
        many = max(15, 5 * repeat)  # cheap workloads get more samples

        rows: list[Row] = []
        salt = kdf.read_header(vault_path)
        key = kdf.derive_key(PASSPHRASE, salt)
        kdf_time = median_of(lambda: kdf.derive_key(PASSPHRASE, salt), repeat)
        open_pass, plain_open = paired_medians(lambda: Notebook.open(vault_path, PASSPHRASE).close(),
                                               lambda: open_plain(plain_path).close(), repeat)
        rows.append(Row("open with passphrase (KDF profile 1 + key check + audit entry)", "<= 0.5 s",
                        open_pass, plain_open, goal_seconds=0.5, ratio_goal=None))
        rows.append(Row("  of which key derivation (Argon2id t=3, 64 MiB, p=4)", "-", kdf_time, None,
                        ratio_goal=None))
        rows.append(Row("open with a known key (everything but the KDF)", "<= 1.3x plain", *paired_medians(
            lambda: Notebook.from_vault(Vault.open_with_key(vault_path, key)).close(),
            lambda: open_plain(plain_path).close(), many)))

        with Notebook.open(vault_path, PASSPHRASE) as enc, open_plain(plain_path) as plain:
            # Warm both caches the same way a VP's first look at the case list would.
            enc.cases.summaries()
            plain.cases.summaries()
            rows.append(Row(f"search ({len(queries)} queries x {repeat}, all)", "median <= 20 ms",
                            *paired_medians(searches(enc, queries), searches(plain, queries),
                                            len(queries) * repeat), goal_seconds=0.020))
            common = [q for q in queries if hits[q] >= 1000]
            if common:
                rows.append(Row(f"search, only the {len(common)} queries with 1,000+ hits", "median <= 20 ms",
                                *paired_medians(searches(enc, common), searches(plain, common),
                                                len(common) * repeat), goal_seconds=0.020))
            targets = rng.sample(writable, 2 * many)
            rows.append(Row(f"add one contact, committed ({many} cases)", "median <= 10 ms",
                            *paired_medians(contact_adder(enc, targets[:many]),
                                            contact_adder(plain, targets[many:]), many), goal_seconds=0.010))
            rows.append(Row("case list (summaries of all cases)", "-",
                            *paired_medians(enc.cases.summaries, plain.cases.summaries, repeat)))
            exports = iter(range(1000))

            def export(notebook: Notebook, tag: str) -> Callable[[], None]:
                return lambda: interchange.export_file(notebook, work / f"export-{tag}-{next(exports)}.json")

            n = max(2, repeat // 2)
            rows.append(Row("full export to JSON", "<= 10 s",
                            *paired_medians(export(enc, "enc"), export(plain, "plain"), n), goal_seconds=10.0))
        source = next(work.glob("export-enc-*.json"))
        size_mb = source.stat().st_size / 1e6

        fresh = iter(range(1000))
        targets_nb: list[Notebook] = []

        def new_encrypted() -> None:
            targets_nb.append(Notebook.create(work / f"import-{next(fresh)}.vpnotes", PASSPHRASE, profile=1))

        def new_plain() -> None:
            targets_nb.append(create_plain(work / f"import-{next(fresh)}.sqlite"))

        def do_import() -> None:
            notebook = targets_nb[-1]
            interchange.import_file(notebook, source)
            notebook.close()

        enc_import, plain_import = [], []
        for _ in range(n):  # alternate, each into a freshly created notebook
            new_encrypted()
            enc_import.append(timed(do_import))
            new_plain()
            plain_import.append(timed(do_import))
        rows.append(Row(f"full import from JSON ({size_mb:.0f} MB) into an empty notebook", "<= 10 s",
                        statistics.median(enc_import), statistics.median(plain_import), goal_seconds=10.0))
        for row in rows:
            print(f"{row.workload}: {format_seconds(row.encrypted)} vs {format_seconds(row.plain)}", file=sys.stderr)
        print(table(rows))
        if out is not None:
            write_results(
                out, "Core benchmarks (issue 2)",
                f"`python benchmarks/bench_core.py --cases {cases} --repeat {repeat}`: the demo notebook "
                f"({cases} cases, {contacts} contacts, seed 2026) against an unencrypted copy made with "
                "`sqlcipher_export`, opened through the same repositories with the same pragmas "
                "(journal DELETE, synchronous FULL, secure_delete, exclusive locking). Medians; ratio = "
                "encrypted / plain; encrypted and plain samples are taken alternately.",
                rows,
                ["Search queries and their hit counts: "
                 + ", ".join(f"`{q}` {hits[q]}" for q in queries) + ".",
                 "Export and import medians are over a few full runs (each import into a freshly created, "
                 "empty notebook; the import parses and validates the whole file first).",
                 "The open target includes Argon2id profile 1, which is deliberately slow; the ratio goal "
                 "applies to opening with the key already derived.",
                 "Opening with a known key includes SQLCipher's fixed per-connection key setup and the first "
                 "page's HMAC check (about 0.15 ms when timed on their own); on an open of 1-2 ms that puts "
                 "the ratio close to 1.3x, and it moves a little from run to run.",
                 "Sub-millisecond medians are sensitive to other load on the machine; rerun before "
                 "reading much into a ratio there."],
            )
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "RESULTS-core.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    run(args.cases, args.repeat, None if args.no_write else args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
