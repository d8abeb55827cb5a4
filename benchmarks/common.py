"""Shared tools for the benchmark scripts: timing with medians, an unencrypted
twin of a vault for side-by-side comparison, and writing a results section.

Benchmarks are scripts, not tests: they print medians and ratios and write
their own ``benchmarks/RESULTS-<topic>.md``; nothing here asserts a time.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from vpnotes.store import kdf, schema
from vpnotes.store.notebook import Notebook
from vpnotes.store.vault import Vault, precreate


def timed(action: Callable[[], Any]) -> float:
    """Seconds one call of ``action`` takes (wall clock)."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median_of(action: Callable[[], Any], repeat: int, *, setup: Callable[[], Any] | None = None) -> float:
    """Median seconds over ``repeat`` calls; ``setup`` runs untimed before each."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        samples.append(timed(action))
    return statistics.median(samples)


def paired_medians(first: Callable[[], Any], second: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median seconds of two actions, timed alternately so that drift and other load on
    the machine affect both alike."""
    a, b = [], []
    for _ in range(repeat):
        a.append(timed(first))
        b.append(timed(second))
    return statistics.median(a), statistics.median(b)


# -- the unencrypted twin ---------------------------------------------------------------------


def _pin_plain(conn: Any) -> None:
    """The same pragmas an encrypted vault gets (store.vault), without a key."""
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA journal_size_limit = 0")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("COMMIT")


def open_plain(path: Path) -> Notebook:
    """Open an unencrypted copy through the very same repositories as a vault."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=0.0, check_same_thread=False)
    _pin_plain(conn)
    vault = Vault(path, conn, kdf.MAGIC + bytes(12), bytes(kdf.KEY_SIZE), read_only=False)
    return Notebook.from_vault(vault)


def create_plain(path: Path) -> Notebook:
    """An empty unencrypted database with the vault schema."""
    precreate(path)
    conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=0.0, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA secure_delete = ON")
    schema.migrate(conn)
    conn.close()
    return open_plain(path)


def plain_copy(notebook: Notebook, dest: Path) -> Path:
    """Decrypt ``notebook`` into an unkeyed database at ``dest`` (owner-only)."""
    precreate(dest)
    conn = notebook.vault.conn
    with notebook.vault.lock:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
        try:
            conn.execute("SELECT sqlcipher_export('plain')")
            conn.execute(f"PRAGMA plain.user_version = {schema.SCHEMA_VERSION}")
            conn.execute(f"PRAGMA plain.application_id = {kdf.APPLICATION_ID}")
        finally:
            conn.execute("DETACH DATABASE plain")
    return dest


# -- reporting --------------------------------------------------------------------------------


@dataclass
class Row:
    workload: str
    target: str
    encrypted: float  # seconds
    plain: float | None  # seconds, None when there is no plain counterpart
    goal_seconds: float | None = None  # the absolute target, if any
    ratio_goal: float | None = 1.3

    @property
    def ratio(self) -> float | None:
        if self.plain is None or self.plain <= 0:
            return None
        return self.encrypted / self.plain

    def verdict(self) -> str:
        problems = []
        if self.goal_seconds is not None and self.encrypted > self.goal_seconds:
            problems.append("target missed")
        ratio = self.ratio
        if self.ratio_goal is not None and ratio is not None and ratio > self.ratio_goal:
            problems.append(f"ratio > {self.ratio_goal:g}")
        return "; ".join(problems) or "ok"


def format_seconds(value: float | None) -> str:
    if value is None:
        return "-"
    if value < 1:
        return f"{value * 1000:.2f} ms"
    return f"{value:.2f} s"


def machine() -> str:
    probe = sqlcipher3.connect(":memory:")
    cipher = probe.execute("PRAGMA cipher_version").fetchone()[0]
    sqlite = probe.execute("SELECT sqlite_version()").fetchone()[0]
    probe.close()
    load = ""
    if hasattr(os, "getloadavg"):  # other work on the machine skews every number: say how much there was
        load = ", load average {:.1f} / {:.1f} / {:.1f} (1/5/15 min) when written".format(*os.getloadavg())
    return (f"{platform.system()} {platform.release()}, {platform.machine()}, {os.cpu_count()} CPUs, "
            f"Python {sys.version.split()[0]}, SQLCipher {cipher} (SQLite {sqlite}){load}")


def table(rows: list[Row]) -> str:
    lines = ["| workload | target | encrypted (median) | plain SQLite (median) | ratio | verdict |",
             "| --- | --- | ---: | ---: | ---: | --- |"]
    for row in rows:
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}x"
        lines.append(f"| {row.workload} | {row.target} | {format_seconds(row.encrypted)} | "
                     f"{format_seconds(row.plain)} | {ratio} | {row.verdict()} |")
    return "\n".join(lines)


def write_results(path: Path, title: str, intro: str, rows: list[Row], notes: list[str]) -> None:
    body = [f"# {title}", "", intro, "", f"Machine: {machine()}.", "", table(rows), ""]
    if notes:
        body += ["Notes:", ""] + [f"- {note}" for note in notes] + [""]
    path.write_text("\n".join(body), encoding="utf-8")
