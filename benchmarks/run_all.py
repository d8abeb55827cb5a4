"""Run every benchmark and write ``benchmarks/RESULTS.md``.

``python benchmarks/run_all.py [--cases 10000] [--repeat N]`` runs the core,
report, lifecycle, UI, joint-report, spreadsheet, sector, help and command-line
benchmarks one after another (each in its own process,
so one's caches and imports do not flatter the next), then joins their section
files (``RESULTS-<topic>.md``) into ``RESULTS.md`` under a short header naming
the machine. Each section states its targets, medians and encrypted/plain ratios.
The bundle section (``RESULTS-bundle.md``) is joined but not run here: it needs a built
bundle and is written by ``packaging/build`` (``bench_bundle.py --bundle dist/vpnotes``).
Run it on an otherwise idle machine: the KDF and fsync timings move with load.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOPICS = ("core", "report", "lifecycle", "ui", "joint", "sheet", "sectors", "help", "cli")
JOINED_ONLY = ("bundle",)  # measured on a built bundle by packaging/build, never run from here


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=None, help="passed on to every benchmark")
    parser.add_argument("--only", choices=TOPICS, action="append", help="run only these (repeatable)")
    parser.add_argument("--join-only", action="store_true", help="do not run; only join the section files")
    args = parser.parse_args()
    failed: list[str] = []
    if not args.join_only:
        for topic in args.only or TOPICS:
            command = [sys.executable, str(HERE / f"bench_{topic}.py"), "--cases", str(args.cases)]
            if args.repeat is not None:
                command += ["--repeat", str(args.repeat)]
            print(f"== {topic}: {' '.join(command[1:])}", flush=True)
            env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
            if subprocess.run(command, env=env).returncode != 0:
                failed.append(topic)
    sections = [HERE / f"RESULTS-{topic}.md" for topic in (*TOPICS, *JOINED_ONLY)]
    header = [
        "# Benchmark results",
        "",
        f"Joined by `benchmarks/run_all.py` on {datetime.date.today():%Y-%m-%d}; machine: {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}. Each section below is "
        "written by its own script (`bench_<topic>.py`) and says how it measured. Targets are from the issues; "
        "nothing here is asserted by the test suite.",
        "",
    ]
    body = [path.read_text(encoding="utf-8").replace("\n# ", "\n## ", 1) for path in sections if path.exists()]
    body = ["#" + text if text.startswith("# ") else text for text in body]
    (HERE / "RESULTS.md").write_text("\n".join(header) + "\n" + "\n\n".join(body), encoding="utf-8")
    print(f"wrote {HERE / 'RESULTS.md'}")
    if failed:
        print(f"benchmarks that failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
