"""Findings of the adversarial test of the command line (issue 14) that are about the
commands themselves: Ctrl+C after a commit (D18), the profile-0 warning (D21), bad numbers
(D22), a format that disagrees with the file name (D24), core dumps off (D4), the message
language (D26), a fuzz test of import that may refuse but never crash (D7, D8, D11), and every
writing command refusing a taken destination (a file or a dangling link) before the passphrase."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import PASSPHRASE, new_notebook, run_cli
from vpnotes import interchange
from vpnotes.cli import common, main
from vpnotes.cli.common import PROFILE_0_WARNING_NL, QUIET_TEST_PROFILE
from vpnotes.store.notebook import Notebook


def _document(**case: Any) -> dict[str, Any]:
    base = {"reference": "2026-001", "kind": "melding", "categories": ["pesten"], "opened": "2026-01-14",
            "melder": {"role": "medewerker", "name": "Anna de Vries"}}
    base.update(case)
    return {"format": "vpnotes-interchange", "version": 1, "cases": [base]}


def _import_in_process(vault: Path, source: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    return main(["import", str(vault), str(source), "--passphrase-stdin"])


def test_ctrl_c_after_the_import_committed_does_not_say_nothing_happened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    vault, source = tmp_path / "boek.vpnotes", tmp_path / "data.json"
    new_notebook(vault).close()
    source.write_text(json.dumps(_document()), encoding="utf-8")

    def interrupted(*_: object) -> None:  # Ctrl+C while the closing message is printed
        raise KeyboardInterrupt

    monkeypatch.setattr("vpnotes.cli.core_commands.say", interrupted)
    assert _import_in_process(vault, source, monkeypatch) == 130
    message = capsys.readouterr().err.strip()
    assert message == "Onderbroken, maar al opgeslagen: alles is ingelezen."
    with Notebook.open(vault, PASSPHRASE) as notebook:
        assert [case.reference for case in notebook.cases.all()] == ["2026-001"]


def test_ctrl_c_before_the_commit_says_interrupted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    vault, source = tmp_path / "boek.vpnotes", tmp_path / "data.json"
    new_notebook(vault).close()
    source.write_text(json.dumps(_document()), encoding="utf-8")

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(interchange, "import_data", interrupted)
    assert _import_in_process(vault, source, monkeypatch) == 130
    assert capsys.readouterr().err.strip() == "Afgebroken."
    assert common.interrupted_message() == "Afgebroken."


def test_a_profile_0_notebook_is_named_weak_on_standard_error(tmp_path: Path) -> None:
    vault = tmp_path / "boek.vpnotes"
    new_notebook(vault).close()
    environment = {key: value for key, value in os.environ.items() if key != QUIET_TEST_PROFILE}
    result = subprocess.run([sys.executable, "-m", "vpnotes", "check", str(vault), "--passphrase-stdin"],
                            input=PASSPHRASE + "\n", capture_output=True, text=True, env=environment,
                            timeout=120, check=False)
    assert result.returncode == 0
    assert result.stdout == ""
    assert result.stderr.splitlines() == [PROFILE_0_WARNING_NL, "Het notitieboek is in orde."]


@pytest.mark.parametrize("cases", ["-1", "drie", "100001"])
def test_demo_with_an_impossible_number_of_cases_is_a_usage_error(tmp_path: Path, cases: str) -> None:
    result = run_cli("demo", str(tmp_path / "demo.vpnotes"), "--cases", cases, "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "--cases" in result.stderr
    assert not (tmp_path / "demo.vpnotes").exists()


@pytest.mark.parametrize(("fmt", "name"), [("json", "verslag.docx"), ("docx", "verslag.json")])
def test_report_format_that_disagrees_with_the_file_name_is_refused(tmp_path: Path, fmt: str, name: str) -> None:
    vault = tmp_path / "boek.vpnotes"
    new_notebook(vault).close()
    result = run_cli("report", str(vault), "--year", "2026", "--format", fmt, "--out", str(tmp_path / name),
                     "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 2
    assert result.stderr.strip() == f"--format {fmt} past niet bij de bestandsnaam; kies een naam op .{fmt}."
    assert not (tmp_path / name).exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and prctl")
def test_the_command_line_runs_without_core_dumps() -> None:
    probe = (
        "import ctypes, resource, sys\n"
        "from vpnotes.cli import main\n"
        "main(['--version'])\n"
        "libc = ctypes.CDLL(None)\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert result.stderr.strip() == "(0, 0) 0"


# -- fuzz: import refuses with a path, never crashes ---------------------------------------------

_NASTY_TEXT = st.lists(st.one_of(
    st.characters(),  # controls, bidi overrides and all
    st.sampled_from(["\ud800", "\udfff", "\x1b[31m", "\n", "\t", "\u202e", "\x00", "\ufeff", "\x85"]),
), min_size=1, max_size=12).map("".join)
# Beyond any field's range, and beyond Python's 4,300-digit limit for int() about a third of the time.
_HUGE = st.integers(20, 6000).map(lambda n: "1" + "7" * n)
_SCALAR = st.one_of(_NASTY_TEXT, _NASTY_TEXT, st.booleans(), st.none(), st.integers(-10**6, 10**6), st.floats())
_PATHS = [
    ("cases", 0, "reference"), ("cases", 0, "opened"), ("cases", 0, "melder", "name"), ("cases", 0, "kind"),
    ("cases", 0, "contacts", 0, "summary"), ("cases", 0, "contacts", 0, "date"), ("version",),
    ("cases", 0, "melder"), ("cases", 0, "closed"), ("organisations", 0, "name"), ("organisations", 0, "key"),
    ("cases", 0, "organisation"),
]


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    document = _document(organisation="acme", contacts=[{"date": "2026-01-14", "minutes": 30,
                                                         "mode": "persoonlijk", "summary": "Intake"}])
    document["organisations"] = [{"key": "acme", "name": "Acme BV"}]
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(_PATHS))
        target: Any = document
        for step in path[:-1]:
            target = target[step] if isinstance(target, dict | list) else None
            if target is None:
                break
        if isinstance(target, dict):
            target[path[-1]] = draw(_SCALAR)
    text = json.dumps(document, ensure_ascii=draw(st.sampled_from([True, True, True, False])))
    trick = draw(st.sampled_from(["none", "none", "huge", "duplicate", "control key"]))
    if trick == "huge":  # a number far beyond any field, as JSON writes it
        text = text.replace('"minutes": 30', f'"minutes": {draw(_HUGE)}')
    elif trick == "duplicate":
        text = text.replace('"kind": "melding"', '"kind": "melding", "kind": "advies"')
    elif trick == "control key":
        text = text.replace('"kind": "melding"', '"kind": "melding", "ki\\u001bnd": 1')
    return text.encode("utf-8", "surrogatepass")  # unescaped surrogates become bytes that are no UTF-8


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=_mutated())
def test_fuzzed_import_is_refused_with_a_path_or_imported_never_a_bug(
        raw: bytes, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    vault, source = folder / "boek.vpnotes", folder / "data.json"
    new_notebook(vault).close()
    source.write_bytes(raw)
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    code = _import_in_process(vault, source, monkeypatch)
    assert code in (0, 5), stderr.getvalue()
    message = stderr.getvalue()
    assert "Traceback" not in message
    message.encode("utf-8")  # printable: no lone surrogate from the file reaches the terminal
    assert "\x1b" not in message and "\u202e" not in message


def test_organisation_names_with_control_characters_are_refused(tmp_path: Path) -> None:
    vault = tmp_path / "boek.vpnotes"
    new_notebook(vault).close()
    result = run_cli("organisation", str(vault), "--add", "beta", "--name", "Beta\tZorg\x1b[2J",
                     "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert (result.returncode, result.stdout) == (5, "")
    assert result.stderr.strip() == "--name: de naam bevat een stuurteken of regeleinde"


# Every command that writes a new file, with that file's name in its arguments (``{out}``).
WRITING_COMMANDS = [
    ("report", "--year", "2026", "--out", "{out}.docx"),
    ("casus", "--case", "2026-001", "--out", "{out}.docx"),
    ("statement", "--organisation", "acme", "--from", "2026-01", "--to", "2026-12", "--out", "{out}.csv"),
    ("access", "--person", "Anna de Vries", "--out", "{out}.json"),
    ("register", "--organisation", "acme", "--out", "{out}.docx"),
    ("intervention-document", "--case", "2026-001", "--out", "{out}.docx"),
    ("backup", "{out}.vpnotes"),
    ("handover", "{out}.vpnotes", "--yes"),
    ("contribute", "{out}.vpnotes", "--organisation", "acme", "--year", "2026"),
]


@pytest.mark.parametrize("command", WRITING_COMMANDS, ids=[c[0] for c in WRITING_COMMANDS])
@pytest.mark.parametrize("taken", ["file", "dangling-link"])
def test_a_taken_destination_is_refused_before_the_passphrase_is_asked(tmp_path: Path, command: tuple[str, ...],
                                                                       taken: str) -> None:
    from vpnotes.errors import DestinationExists

    vault = tmp_path / "v.vpnotes"
    new_notebook(vault).close()
    before = vault.read_bytes()
    name, *rest = command
    args = [part.replace("{out}", str(tmp_path / "uit")) for part in rest]
    target = Path(next(a for a in args if str(tmp_path / "uit") in a))
    if taken == "file":
        target.write_bytes(b"van iemand anders")
    else:
        target.symlink_to(tmp_path / "nergens")
    # No passphrase on stdin: had it been asked first, the refusal would be about that.
    result = run_cli(name, str(vault), *args, "--passphrase-stdin", stdin="")
    assert result.returncode == 6, result.stderr
    assert result.stderr.strip() == DestinationExists.nl and result.stdout == ""
    assert vault.read_bytes() == before
    if taken == "file":
        assert target.read_bytes() == b"van iemand anders"
    else:
        assert target.is_symlink() and not (tmp_path / "nergens").exists()
