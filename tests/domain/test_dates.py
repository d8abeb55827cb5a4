"""Date arithmetic at the calendar's ends (issue 14 D9): one case closed in 9999 must not
stop a purge or a statement for the whole notebook."""

from __future__ import annotations

from datetime import date

from helpers import PASSPHRASE, new_notebook, run_cli, sample_case
from vpnotes.domain.dates import add_months, add_years, in_range


def test_month_arithmetic_keeps_the_day_clipped_to_the_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)


def test_month_arithmetic_saturates_at_the_calendars_ends() -> None:
    assert add_years(date(9999, 12, 31), 7) == date.max
    assert add_months(date(1, 1, 1), -1) == date.min


def test_sane_range() -> None:
    assert in_range(date(1900, 1, 1)) and in_range(date(2199, 12, 31))
    assert not in_range(date(9999, 1, 1)) and not in_range(date(1899, 12, 31))


def test_purge_and_statement_survive_a_case_closed_in_9999(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    vault = folder / "boek.vpnotes"
    with new_notebook(vault) as notebook:
        # Stored before import checked the range (or by another tool).
        notebook.cases.add(sample_case(reference="2026-001", organisation="acme", closed=date(9999, 12, 31)))
        notebook.cases.add(sample_case(reference="2010-001", organisation="acme", opened=date(2010, 1, 4),
                                       closed=date(2010, 2, 1), contacts=[]))
    for arguments in (["purge", "--dry-run"], ["purge", "--yes"]):
        result = run_cli(*arguments[:1], str(vault), *arguments[1:], "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert result.returncode == 0, result.stderr
    result = run_cli("statement", str(vault), "--organisation", "acme", "--from", "2026-01", "--to", "2026-12",
                     "--out", str(folder / "uren.csv"), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    result = run_cli("statement", str(vault), "--organisation", "acme", "--from", "9999-01", "--to", "9999-12",
                     "--out", str(folder / "ver.csv"), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 5
    assert "Traceback" not in result.stderr
