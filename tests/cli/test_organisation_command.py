"""``vpnotes organisation``: list the organisations, add one, change one (confirmed,
a new report year start warned about), refuse bad values and unknown keys with
exit 5 and one line, and log each change with the key only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import PASSPHRASE, new_notebook, run_cli, sample_case
from vpnotes.store.notebook import Notebook


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "v.vpnotes"
    with new_notebook(path) as notebook:
        notebook.cases.add(sample_case())
    return path


def organisation(path: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("organisation", str(path), *args, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    return result.returncode, result.stdout, result.stderr


def logged(path: Path) -> list[tuple[str, str]]:
    with Notebook.open(path, PASSPHRASE, record=False) as notebook:
        return [(e.event, e.detail) for e in notebook.audit.entries() if e.event.startswith("organisation_")]


def test_list_shows_one_organisation_per_line(vault_path: Path) -> None:
    code, out, err = organisation(vault_path)
    assert code == 0, err
    assert out.splitlines() == ["acme\tAcme BV\t\t1\t5"]


def test_add_stores_the_organisation_and_logs_its_key(vault_path: Path) -> None:
    code, out, err = organisation(vault_path, "--add", "gemeente-utrecht", "--name", "Gemeente Utrecht",
                                  "--employees", "4200", "--year-start-month", "8")
    assert code == 0, err
    assert out == ""
    _, listing, _ = organisation(vault_path)
    assert listing.splitlines() == ["acme\tAcme BV\t\t1\t5", "gemeente-utrecht\tGemeente Utrecht\t4200\t8\t5"]
    assert logged(vault_path) == [("organisation_added", "acme"), ("organisation_added", "gemeente-utrecht")]


def test_set_changes_after_confirmation_and_warns_about_the_year_start(vault_path: Path) -> None:
    code, _, err = organisation(vault_path, "--set", "acme", "--year-start-month", "9")
    assert code == 2  # no terminal to confirm on: nothing changed
    assert "--yes" in err
    assert logged(vault_path) == [("organisation_added", "acme")]

    code, out, err = organisation(vault_path, "--set", "acme", "--name", "Acme Nederland BV", "--employees", "120",
                                  "--year-start-month", "9", "--yes")
    assert code == 0, err
    assert out == ""
    assert "september" in err and "1 bestaande zaken" in err
    _, listing, _ = organisation(vault_path)
    assert listing.splitlines() == ["acme\tAcme Nederland BV\t120\t9\t5"]
    assert logged(vault_path) == [("organisation_added", "acme"), ("organisation_changed", "acme")]


def test_set_name_only_does_not_warn(vault_path: Path) -> None:
    code, _, err = organisation(vault_path, "--set", "acme", "--name", "Acme Groep", "--yes")
    assert code == 0, err
    assert "Let op" not in err
    assert organisation(vault_path)[1].splitlines() == ["acme\tAcme Groep\t\t1\t5"]


@pytest.mark.parametrize("args", [
    ("--add", "Acme Twee", "--name", "Acme Twee"),            # bad key
    ("--add", "acme", "--name", "Dubbel"),                    # exists already
    ("--add", "nieuw", "--name", "Nieuw", "--year-start-month", "13"),
    ("--add", "nieuw", "--name", "Nieuw", "--employees", "veel"),
    ("--set", "acme", "--year-start-month", "0", "--yes"),
    ("--set", "acme", "--year-start-month", "maart", "--yes"),
    ("--set", "acme", "--name", " ", "--yes"),
    ("--set", "onbekend", "--name", "Onbekend", "--yes"),     # unknown organisation
])
def test_invalid_values_exit_5_with_one_dutch_line(vault_path: Path, args: tuple[str, ...]) -> None:
    code, out, err = organisation(vault_path, *args)
    assert code == 5
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert organisation(vault_path)[1].splitlines() == ["acme\tAcme BV\t\t1\t5"]
    assert logged(vault_path) == [("organisation_added", "acme")]


def test_fields_without_add_or_set_are_a_usage_error(vault_path: Path) -> None:
    assert organisation(vault_path, "--name", "Zomaar")[0] == 2
    assert organisation(vault_path, "--add", "nieuw")[0] == 2  # no --name
    assert organisation(vault_path, "--set", "acme", "--yes")[0] == 2  # nothing to change
