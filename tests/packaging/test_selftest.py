"""``vpnotes selftest`` checks the command table and every resource, and fails
(exit 4, a FOUT line) when a command module or a resource is missing, as in a
bundle that lost a file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import vpnotes
import vpnotes.cli
from helpers import run_cli
from vpnotes import selftest


def _lines() -> dict[str, bool]:
    return dict(selftest.run_selftest())


def test_selftest_lists_the_command_table_and_every_resource() -> None:
    result = run_cli("selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    text = result.stdout
    for part in ("Opdrachten:", "rapportsjablonen", "reference.docx", "woordenlijst", "vertalingen",
                 "pictogrammen"):
        assert part in text
    assert "FOUT" not in text


def test_a_missing_command_module_is_an_error_not_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vpnotes.cli, "COMMAND_MODULES", (*vpnotes.cli.COMMAND_MODULES, "vpnotes.cli.gone"))
    with pytest.raises(ModuleNotFoundError):
        vpnotes.cli.build_parser()
    failed = [label for label, passed in _lines().items() if not passed]
    assert failed == ["Opdrachten: module vpnotes.cli.gone ontbreekt"]


def test_a_missing_command_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vpnotes.cli, "COMMAND_MODULES", ("vpnotes.cli.core_commands",))
    (failed,) = [label for label, passed in _lines().items() if not passed]
    assert "ontbreekt" in failed and "report" in failed and "handover" in failed


@pytest.mark.parametrize(("relative", "label"), [
    ("report/reference.docx", "Hulpbron: reference.docx"),
    ("report/templates/method.txt.j2", "Hulpbron: rapportsjablonen"),
    ("translations/vpnotes_nl.qm", "Hulpbron: vertalingen"),
    ("icons/vpnotes-16.png", "Hulpbron: pictogrammen"),
])
def test_a_missing_resource_fails_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: str,
                                           label: str) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(Path(vpnotes.__file__).parent / "resources", copy)
    (copy / relative).unlink()
    import vpnotes.report.document as document
    import vpnotes.report.render_docx as render_docx

    monkeypatch.setattr(selftest, "RESOURCES", copy)
    monkeypatch.setattr(document, "TEMPLATES", copy / "report" / "templates")
    monkeypatch.setattr(render_docx, "REFERENCE", copy / "report" / "reference.docx")
    lines = dict(selftest._resources())
    assert [name for name, passed in lines.items() if not passed] == [label]
