"""Start of the bundled app to its unlock window (issue 8: target <= 0.7 s), against the
same from the checkout's virtual environment, and the bundle's installed size.

``python benchmarks/bench_bundle.py --bundle dist/vpnotes [--repeat 9]`` (packaging/build runs
it after building). Each run is a new process with Qt's ``offscreen`` platform and fresh
settings, opening a notebook at its lock screen; the app reports the moment its first screen
is shown (``VPNOTES_BENCH_SHOWN=1``, on stderr) and quits. Writes
``benchmarks/RESULTS-bundle.md``; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PASSPHRASE = "paarse giraffe fietst langs zeven molens"
TARGET_S = 0.7


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def start_to_shown(command: list[str], vault: Path, folder: Path, run: int) -> tuple[float, float]:
    """Wall seconds from start to the first screen shown, and the CPU seconds the whole run took
    (start, show, quit): on a loaded machine the CPU time says what an idle one would take."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VPNOTES_BENCH_SHOWN="1",
               XDG_CONFIG_HOME=str(folder / f"config-{run}"), XDG_DATA_HOME=str(folder / f"data-{run}"))
    cpu = _children_cpu()
    started = time.time()
    result = subprocess.run([*command, str(vault)], capture_output=True, text=True, env=env, timeout=120)
    cpu = _children_cpu() - cpu
    for line in result.stderr.splitlines():
        if line.startswith("vpnotes-shown "):
            return float(line.split()[1]) - started, cpu
    raise RuntimeError(f"no start report (exit {result.returncode}): {result.stderr[-500:]}")


def folder_size_mib(folder: Path) -> float:
    total = sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return total / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "vpnotes")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS-bundle.md")
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    cli = bundle / ("vpnotes-cli.exe" if sys.platform.startswith("win") else "vpnotes-cli")
    gui = bundle / ("vpnotes.exe" if sys.platform.startswith("win") else "vpnotes")
    with tempfile.TemporaryDirectory(prefix="vpnotes-bench-bundle-") as name:
        folder = Path(name)
        vault = folder / "bench.vpnotes"
        subprocess.run([str(cli), "init", str(vault), "--passphrase-stdin", "--organisation", "acme=Acme BV"],
                       input=PASSPHRASE + "\n", capture_output=True, text=True, check=True, timeout=120)
        commands = {"bundle": [str(gui)], "venv": [sys.executable, "-m", "vpnotes"]}
        for command in commands.values():  # warm the page cache once: every VP starts the app more than once
            start_to_shown(command, vault, folder, -1)
        samples: dict[str, list[float]] = {key: [] for key in commands}
        cpu: dict[str, list[float]] = {key: [] for key in commands}
        for run in range(args.repeat):
            for key, command in commands.items():  # interleaved: load on the machine hits both alike
                wall, used = start_to_shown(command, vault, folder, run)
                samples[key].append(wall)
                cpu[key].append(used)
    bundle_median = statistics.median(samples["bundle"])
    venv_median = statistics.median(samples["venv"])
    bundle_cpu, venv_cpu = statistics.median(cpu["bundle"]), statistics.median(cpu["venv"])
    size = folder_size_mib(bundle)
    verdict = "ok" if bundle_median <= TARGET_S else "over target"
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    lines = [
        "# Bundle benchmarks (issue 8)",
        "",
        f"`python benchmarks/bench_bundle.py --bundle {args.bundle} --repeat {args.repeat}`: start of a new process "
        "to the unlock window shown (Qt `offscreen`, fresh settings, a notebook given on the command line), "
        "measured from the parent's clock to the moment the app reports its first screen shown.",
        "",
        f"Machine: {sys.platform}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}.",
        "",
        "| measurement | target | median | worst | verdict |",
        "| --- | --- | ---: | ---: | --- |",
        f"| start to unlock window, bundle | <= {TARGET_S:.1f} s | {bundle_median * 1000:.0f} ms | "
        f"{max(samples['bundle']) * 1000:.0f} ms | {verdict} |",
        f"| start to unlock window, checkout's venv | - | {venv_median * 1000:.0f} ms | "
        f"{max(samples['venv']) * 1000:.0f} ms | - |",
        f"| ratio bundle / venv | - | {bundle_median / venv_median:.2f} | - | - |",
        f"| CPU time of a whole run (start, show, quit), bundle | - | {bundle_cpu * 1000:.0f} ms | "
        f"{max(cpu['bundle']) * 1000:.0f} ms | - |",
        f"| CPU time of a whole run, checkout's venv | - | {venv_cpu * 1000:.0f} ms | "
        f"{max(cpu['venv']) * 1000:.0f} ms | - |",
        f"| bundle size installed (files, links not counted) | <= 150 MiB | {size:.0f} MiB | - | "
        f"{'ok' if size <= 150 else 'over target'} |",
        "",
        "Notes:",
        "",
        "- The bundle unpacks nothing at start (one folder, not one file); the difference to the venv is the "
        "bootloader and reading modules from the bundle's archive.",
        "- Start-up is one thread's work: on a machine shared with other work (load average below) the wall "
        "time grows with the load, the CPU time hardly; the CPU time is what an idle machine's start takes.",
        "- What the size is made of: docs/packaging.md.",
        f"- Load average (1, 5, 15 min) at the end: {load}.",
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
