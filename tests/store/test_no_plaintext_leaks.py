"""Nothing a VP writes is ever readable outside the encrypted vault: after
importing, searching, editing, deleting and checking data with planted marker
strings, no marker appears in plain bytes in any file in the vault's folder or
the temporary directory, nor in any message the commands print.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers import PASSPHRASE, new_notebook, run_cli

# One marker per kind of identifying field (DESIGN.md §5). Lower-case forms are what
# a search index would hold; they are searched case-insensitively anyway.
MARKERS = {
    "melder_name": "Zqxmeldername",
    "email": "zqxemail",
    "phone": "0699887766",
    "department": "Zqxdepartment",
    "betrokkene": "Zqxbetrokkene",
    "summary": "zqxsummary",
    "notes": "zqxnotes",
    "followup": "zqxfollowup",
    "justification": "zqxjustification",
    "hold": "zqxholdreason",
    "activity": "zqxactivity",
    "expense": "zqxexpense",
    "signal": "zqxsignal",
    "reference": "ZQXREF",
    "added_later": "zqxaddedlater",
    "deleted": "zqxdeletedcase",
}


def document() -> dict[str, object]:
    m = MARKERS
    return {
        "format": "vpnotes-interchange", "version": 1,
        "organisations": [{"key": "acme", "name": "Acme BV"}],
        "cases": [
            {"reference": f"{m['reference']}-001", "kind": "melding", "categories": ["pesten"],
             "opened": "2026-01-14",
             "melder": {"name": f"Anna {m['melder_name']}", "email": f"{m['email']}@example.nl", "phone": m["phone"],
                        "role": "medewerker", "department": m["department"]},
             "betrokkenen": [{"name": f"Jan {m['betrokkene']}", "relation": "collega"}],
             "contacts": [{"date": "2026-01-14", "minutes": 45, "mode": "persoonlijk",
                           "summary": f"Intake {m['summary']}", "notes": f"Vertelt over {m['notes']} " * 500}],
             "followups": [{"due": "2026-01-21", "text": f"Bellen {m['followup']}"}],
             "confidentiality_breach": {"date": "2026-01-20", "justification": m["justification"]},
             "retention_hold": {"reason": m["hold"]}},
            {"reference": "2026-002", "kind": "advies", "categories": ["overig"], "opened": "2026-01-15",
             "melder": {"name": f"Gerrit {m['deleted']}", "role": "medewerker"},
             "contacts": [{"date": "2026-01-15", "minutes": 10, "mode": "telefoon", "notes": m["deleted"]}]},
        ],
        "activities": [{"date": "2026-01-10", "kind": "voorlichting", "hours": 2, "description": m["activity"]}],
        "expenses": [{"date": "2026-01-10", "kind": "reiskosten", "amount": 12.5, "description": m["expense"]}],
        "signals": [{"year": 2026, "text": m["signal"]}],
    }


EDIT_AND_DELETE = """
import sys
from datetime import date
from vpnotes.domain.model import Contact
from vpnotes.domain.vocabulary import ContactMode
from vpnotes.store.notebook import Notebook

with Notebook.open(sys.argv[1], sys.stdin.readline().rstrip("\\n")) as notebook:
    first = notebook.cases.id_for_reference(sys.argv[2])
    notebook.items.add_contact(first, Contact(date=date(2026, 2, 1), minutes=5, mode=ContactMode.VIDEO,
                                              notes=sys.argv[3]))
    notebook.cases.delete(notebook.cases.id_for_reference("2026-002"))
    notebook.vault.compact()
"""


def _encodings(marker: str) -> list[bytes]:
    forms = {marker, marker.lower(), marker.upper()}
    return [f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _leaks(folder: Path) -> list[str]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            data = (Path(root) / name).read_bytes()
            for field, marker in MARKERS.items():
                if any(form in data for form in _encodings(marker)):
                    found.append(f"{Path(root, name).relative_to(folder)}: {field}")
    return found


def test_planted_markers_never_appear_in_plain_bytes(tmp_path: Path) -> None:
    vault_dir, temp_dir, input_dir = tmp_path / "vault", tmp_path / "tmp", tmp_path / "input"
    for folder in (vault_dir, temp_dir, input_dir):
        folder.mkdir()
    path = vault_dir / "v.vpnotes"
    new_notebook(path, organisation=None).close()
    source = input_dir / "import.json"
    source.write_text(json.dumps(document(), ensure_ascii=False), encoding="utf-8")
    env = {"TMPDIR": str(temp_dir), "TMP": str(temp_dir), "TEMP": str(temp_dir)}

    outputs: list[str] = []

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        result = run_cli(*args, "--passphrase-stdin", stdin=PASSPHRASE + "\n", env=env)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stderr)
        return result

    cli("import", str(path), str(source))
    for field in ("melder_name", "notes", "followup", "deleted"):
        expected = ["2026-002"] if field == "deleted" else [f"{MARKERS['reference']}-001"]
        assert cli("search", str(path), MARKERS[field]).stdout.split() == expected
    child = subprocess.run(
        [sys.executable, "-c", EDIT_AND_DELETE, str(path), f"{MARKERS['reference']}-001", MARKERS["added_later"]],
        input=PASSPHRASE + "\n", capture_output=True, text=True, env={**os.environ, **env}, timeout=60,
    )
    assert child.returncode == 0, child.stderr
    outputs.append(child.stdout + child.stderr)
    assert cli("search", str(path), MARKERS["added_later"]).stdout.split() == [f"{MARKERS['reference']}-001"]
    assert cli("search", str(path), MARKERS["deleted"]).stdout == ""
    cli("check", str(path))
    cli("policy", str(path))

    assert _leaks(vault_dir) == []
    assert _leaks(temp_dir) == []
    assert [p.name for p in vault_dir.iterdir()] == ["v.vpnotes"]
    for text in outputs:  # messages on stderr never carry the data
        for marker in MARKERS.values():
            assert marker.lower() not in text.lower()


def test_the_check_itself_would_find_a_plaintext_marker(tmp_path: Path) -> None:
    # The scan above is only worth something if it finds a marker when one is there.
    (tmp_path / "leak.bin").write_bytes(b"\x00\x01" + "zqxnotes".encode("utf-16-le") + b"\xff")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "index").write_bytes(b"..zqxmeldername..")
    assert sorted(_leaks(tmp_path)) == ["leak.bin: notes", "sub/index: melder_name"]
