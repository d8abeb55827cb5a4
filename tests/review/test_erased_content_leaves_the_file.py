"""Deleting a case, or withdrawing its consent to registration, leaves no token of the
erased content in the file (DESIGN.md §3: "When a case is deleted or purged, its rows
leave the index too; the operation ends with the index merged ('optimize'), VACUUM, and a
checkpoint, so no token survives in the index, free pages or journal").

Before the fix the full-text index's segments kept the deleted case's name and notes
(readable to anyone with the passphrase: a backup, a handover copy's source) until some
later purge or erasure happened to compact the file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import PASSPHRASE, new_notebook, sample_case
from helpers.rawpages import tokens_found
from vpnotes.domain.model import Case, Contact, Melder
from vpnotes.domain.vocabulary import ContactMode, MelderRole
from vpnotes.store.notebook import Notebook


def _case(name: str, note: str) -> Case:
    return sample_case(melder=Melder(role=MelderRole.MEDEWERKER, name=name),
                       contacts=[Contact(date=date(2026, 1, 14), minutes=30, mode=ContactMode.VIDEO, notes=note)])


def _vault_with(tmp_path: Path, name: str, note: str) -> tuple[Path, int]:
    path = tmp_path / "boek.vpnotes"
    notebook = new_notebook(path)
    for i in range(20):  # other cases, so the index has more than one segment's worth
        notebook.cases.add(_case(f"Anna Vulsel{i}", f"gewone aantekening {i} " * 10))
    case_id = notebook.cases.add(_case(name, note))
    notebook.close()
    return path, case_id


def test_a_deleted_case_leaves_no_token_in_the_file(tmp_path: Path) -> None:
    path, case_id = _vault_with(tmp_path, "Zoltan Qwertyvries", "geheimwoordxyz besproken")
    assert tokens_found(path, PASSPHRASE, ["Qwertyvries"]) == ["Qwertyvries"]  # positive control
    with Notebook.open(path, PASSPHRASE) as notebook:
        notebook.cases.delete(case_id)
        assert notebook.cases.search("Qwertyvries") == []
    assert tokens_found(path, PASSPHRASE, ["Qwertyvries", "geheimwoordxyz"]) == []


def test_a_deleted_case_can_still_be_undone(tmp_path: Path) -> None:
    path, case_id = _vault_with(tmp_path, "Zoltan Qwertyvries", "geheimwoordxyz besproken")
    with Notebook.open(path, PASSPHRASE) as notebook:
        case = notebook.cases.delete(case_id)
        notebook.cases.restore(case)
        assert notebook.cases.search("geheimwoordxyz") == [case.id]


def test_withdrawn_registration_consent_leaves_no_token_in_the_file(tmp_path: Path) -> None:
    path, case_id = _vault_with(tmp_path, "Berta Asdfghjkl", "anderwoordpqr besproken")
    assert tokens_found(path, PASSPHRASE, ["anderwoordpqr"]) == ["anderwoordpqr"]  # positive control
    with Notebook.open(path, PASSPHRASE) as notebook:
        notebook.cases.withdraw_registration_consent(case_id)
    assert tokens_found(path, PASSPHRASE, ["Asdfghjkl", "anderwoordpqr"]) == []
