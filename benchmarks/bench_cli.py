"""What the command line's robustness costs (issue 14): the import checks and the
casus's look-up of unknown words, each against the work it guards.

- Import: a full export of a demo notebook is read back with ``interchange.load_file``
  (read, decode, the document walk that refuses surrogates, huge numbers, duplicate
  keys and control characters, the field parsing, the one-line checks). Baseline:
  ``json.loads`` of the same text. Also the walk alone.
- Casus: ``screen_casus`` of every case with notes, with and without the look-up of
  words that are neither ordinary Dutch nor known to the notebook.

Run: ``python benchmarks/bench_cli.py [--cases 2000] [--repeat 5]``. Writes
``benchmarks/RESULTS-cli.md``; everything it makes lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import format_seconds, machine, median_of, timed

from vpnotes import interchange
from vpnotes.demo import create_demo
from vpnotes.interchange import reading
from vpnotes.practice import casus
from vpnotes.store.notebook import Notebook

PASSPHRASE = "paarse giraffe fietst langs zeven molens"
HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--casus", type=int, default=40, help="how many cases to build a casus of")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        vault, export = Path(folder) / "demo.vpnotes", Path(folder) / "export.json"
        create_demo(vault, PASSPHRASE, seed=2026, cases=args.cases, profile=0)
        with Notebook.open(vault, PASSPHRASE, record=False) as notebook:
            interchange.export_file(notebook, export)
            size = export.stat().st_size
            text = export.read_text(encoding="utf-8")
            decoded = json.loads(text, object_pairs_hook=reading._object, parse_int=reading._integer)
            loads = median_of(lambda: json.loads(text), args.repeat)
            walk = median_of(lambda: reading._check_document(decoded), args.repeat)
            load_file = median_of(lambda: interchange.load_file(export), args.repeat)

            references = [c.reference for c in notebook.cases.all() if c.reference][: args.casus]
            built = [casus.build_casus(notebook, ref, include_notes=True) for ref in references]
            with_words, without_words = [], []
            original = casus.unknown_words
            for item in built:
                with_words.append(timed(lambda item=item: casus.screen_casus(notebook, item)))
                casus.unknown_words = lambda blocks: ()  # type: ignore[assignment]
                try:
                    without_words.append(timed(lambda item=item: casus.screen_casus(notebook, item)))
                finally:
                    casus.unknown_words = original
    screened, bare = statistics.median(with_words), statistics.median(without_words)
    rows = [
        ("json.loads of the export (baseline)", loads, None),
        ("document walk alone (surrogates, numbers, keys, controls)", walk, walk / loads),
        ("load_file: read, decode, walk, parse, one-line checks", load_file, load_file / loads),
        ("casus screening without the unknown-word look-up (baseline)", bare, None),
        ("casus screening with the unknown-word look-up", screened, screened / bare),
    ]
    lines = [
        "# Command line robustness: what the checks cost",
        "",
        f"Import of a full export of a {args.cases}-case demo notebook ({size / 1e6:.1f} MB), median of "
        f"{args.repeat}; casus screening of {len(built)} cases with notes, median per casus. "
        "Ratios are against the baseline above them. No target is set: the checks must not dominate.",
        "",
        f"Machine: {machine()}.",
        "",
        "| workload | median | ratio to baseline |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| {name} | {format_seconds(value)} | {'-' if ratio is None else f'{ratio:.2f}x'} |"
              for name, value, ratio in rows]
    lines.append("")
    (HERE / "RESULTS-cli.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
