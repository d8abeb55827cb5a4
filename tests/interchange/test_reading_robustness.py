"""Import files a hostile, careless or unlucky user may hand over (issue 14 D7, D8, D9,
D11, D13, D15, D25): each refused with exit 5 and the path of the value, or read as meant."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import PASSPHRASE, new_notebook, run_cli
from vpnotes import interchange
from vpnotes.errors import InvalidInput


def _document(**case: Any) -> dict[str, Any]:
    base = {"reference": "2026-001", "organisation": "acme", "kind": "melding", "categories": ["pesten"],
            "opened": "2026-01-14", "melder": {"role": "medewerker", "name": "Anna de Vries"}}
    base.update(case)
    return {"format": "vpnotes-interchange", "version": 1,
            "organisations": [{"key": "acme", "name": "Acme BV"}], "cases": [base]}


def _refused(tmp_path: Path, raw: bytes) -> str:
    source = tmp_path / "data.json"
    source.write_bytes(raw)
    with pytest.raises(InvalidInput) as info:
        interchange.load_file(source)
    return info.value.nl


def _json(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=True).encode()


def test_lone_surrogate_is_refused_with_its_path(tmp_path: Path) -> None:
    raw = _json(_document(contacts=[{"date": "2026-01-14", "minutes": 5, "mode": "telefoon",
                                     "summary": "ok \ud800"}]))
    assert _refused(tmp_path, raw).startswith("cases[0].contacts[0].summary: tekst bevat een ongeldig teken")


def test_surrogate_in_a_field_name_is_refused_and_not_echoed(tmp_path: Path) -> None:
    message = _refused(tmp_path, _json({**_document(), "x\ud800": 1}))
    assert message == "x\\ud800: veldnaam bevat een ongeldig teken"
    message.encode("utf-8")


def test_huge_integer_is_refused_with_its_path(tmp_path: Path) -> None:
    raw = _json(_document()).replace(b'"opened"', b'"id": ' + b"9" * 5000 + b', "opened"')
    assert _refused(tmp_path, raw) == "cases[0].id: getal is te groot"


@pytest.mark.parametrize("version", ["true", "1.0"])
def test_version_must_be_the_whole_number_1(tmp_path: Path, version: str) -> None:
    raw = _json(_document()).replace(b'"version": 1', b'"version": ' + version.encode())
    assert _refused(tmp_path, raw) == "version: verwacht een geheel getal"


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    source = tmp_path / "data.json"
    source.write_bytes(b"\xef\xbb\xbf" + _json(_document()))
    assert [case.reference for case in interchange.load_file(source).cases] == ["2026-001"]


def test_utf16_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    raw = json.dumps(_document()).encode("utf-16")  # what PowerShell 5's `>` writes
    assert _refused(tmp_path, raw) == "Het importbestand is UTF-16-tekst; sla het op als UTF-8."


def test_duplicate_key_is_refused_with_its_path(tmp_path: Path) -> None:
    raw = _json(_document()).replace(b'"role": "medewerker"', b'"role": "medewerker", "role": "leidinggevende"')
    assert _refused(tmp_path, raw) == "cases[0].melder.role: komt twee keer voor in hetzelfde object"


@pytest.mark.parametrize(("field", "value"), [
    ("reference", "2026-001\n2026-999"), ("reference", "2026\x1b[2J"), ("organisation", "acme\t"),
])
def test_identifiers_must_fit_on_one_line(tmp_path: Path, field: str, value: str) -> None:
    message = _refused(tmp_path, _json(_document(**{field: value})))
    assert message.startswith(f"cases[0].{field}: ")


def test_names_must_fit_on_one_line_free_text_may_not(tmp_path: Path) -> None:
    message = _refused(tmp_path, _json(_document(melder={"role": "medewerker", "name": "Anna\u202eseirV"})))
    assert message.startswith("cases[0].melder.name: bevat een stuurteken")
    summary = "Eerste regel.\nTweede regel,\tmet tab."
    source = tmp_path / "goed.json"
    source.write_bytes(_json(_document(contacts=[{"date": "2026-01-14", "minutes": 5, "mode": "telefoon",
                                                  "summary": summary}])))
    assert interchange.load_file(source).cases[0].contacts[0].summary == summary


@pytest.mark.parametrize(("field", "value"), [("opened", "9999-12-31"), ("opened", "0001-01-01"),
                                               ("closed", "2200-01-01")])
def test_dates_outside_1900_2199_are_refused(tmp_path: Path, field: str, value: str) -> None:
    assert _refused(tmp_path, _json(_document(**{field: value}))) == f"cases[0].{field}: datum buiten 1900-2199"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_unread(tmp_path: Path) -> None:
    vault = tmp_path / "boek.vpnotes"
    new_notebook(vault).close()
    result = run_cli("import", str(vault), "/dev/zero", "--passphrase-stdin", stdin=PASSPHRASE + "\n", timeout=60)
    assert result.returncode == 5
    assert result.stderr.strip() == "Alleen een gewoon bestand kan worden ingelezen (geen apparaat of pijp)."


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX named pipe")
def test_a_named_pipe_without_writer_is_refused_without_hanging(tmp_path: Path) -> None:
    vault, fifo = tmp_path / "boek.vpnotes", tmp_path / "data.json"
    new_notebook(vault).close()
    os.mkfifo(fifo)
    result = run_cli("import", str(vault), str(fifo), "--passphrase-stdin", stdin=PASSPHRASE + "\n", timeout=60)
    assert result.returncode == 5
    assert "gewoon bestand" in result.stderr


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vpnotes.interchange import reading

    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 100)
    assert _refused(tmp_path, _json(_document())) == "Het bestand is te groot om in te lezen."


def test_the_whole_import_exits_5_for_each_of_these(tmp_path: Path) -> None:
    vault, source = tmp_path / "boek.vpnotes", tmp_path / "data.json"
    new_notebook(vault).close()
    source.write_bytes(_json(_document(reference="2026-001\n2026-002")))
    result = run_cli("import", str(vault), str(source), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert (result.returncode, result.stdout) == (5, "")
    assert result.stderr.startswith("cases[0].reference: ")


def test_a_folder_is_refused_here_and_as_windows_refuses_it(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "map.json"
    folder.mkdir()
    with pytest.raises(InvalidInput) as info:
        interchange.load_file(folder)  # POSIX opens a folder for reading; fstat tells
    assert info.value.nl == "Dat is een map, geen importbestand."

    def windows_open(path: object, flags: int, *args: object) -> int:
        raise PermissionError(13, "Permission denied")  # what Windows answers for a folder

    monkeypatch.setattr(os, "open", windows_open)
    with pytest.raises(InvalidInput) as info:
        interchange.load_file(folder)
    assert info.value.nl == "Dat is een map, geen importbestand."
    source = tmp_path / "vergrendeld.json"
    source.write_bytes(b"{}")
    with pytest.raises(InvalidInput) as info:  # a file held open by another program on Windows
        interchange.load_file(source)
    assert info.value.nl == "Het importbestand kan niet worden gelezen."
