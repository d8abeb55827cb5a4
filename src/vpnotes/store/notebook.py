"""The notebook: one open vault and the repositories over it. This is the
object the CLI, the UI, the report and the lifecycle work with.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence

from vpnotes.errors import ContributionReadOnly, DiskFull
from vpnotes.store.audit import AuditLog
from vpnotes.store.case_items import CaseItems
from vpnotes.store.cases import Cases
from vpnotes.store.drafts import Drafts
from vpnotes.store.kdf import DEFAULT_PROFILE
from vpnotes.store.organisations import Organisations
from vpnotes.store.policy import Policies
from vpnotes.store.register import Register
from vpnotes.store.strength import organisation_inputs
from vpnotes.store.vault import Vault
from vpnotes.store.work import Work

# The policy row that marks a file as a contribution to a joint annual report (DESIGN.md §10);
# written by ``vpnotes.lifecycle.contribution``, under the internal prefix ``vpnotes policy`` ignores.
CONTRIBUTION_MARKER = "internal.contribution"


class Notebook:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.organisations = Organisations(vault)
        self.cases = Cases(vault)
        self.items = CaseItems(vault, self.cases)
        self.work = Work(vault)
        self.register = Register(vault)
        self.policy = Policies(vault)
        self.audit = AuditLog(vault)
        self.drafts = Drafts(vault)
        # A contribution opens read-only: anything that would write into it is refused (exit 6).
        self.is_contribution = vault.query_one(
            "SELECT 1 FROM policy WHERE name = ?", (CONTRIBUTION_MARKER,)) is not None
        if self.is_contribution:
            vault.read_only = True
            vault.read_only_error = ContributionReadOnly

    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *, profile: int = DEFAULT_PROFILE,
               organisation_names: Sequence[str] = ()) -> Notebook:
        """A new, empty notebook; ``organisation_names`` (of the notebook to be) count against the passphrase."""
        notebook = cls(Vault.create(path, passphrase, profile=profile,
                                    user_inputs=organisation_inputs(organisation_names)))
        notebook.audit.record("created")
        return notebook

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str, *, record: bool = True,
             read_only: bool = False) -> Notebook:
        return cls.from_vault(Vault.open(path, passphrase, read_only=read_only), record=record)

    @classmethod
    def from_vault(cls, vault: Vault, *, record: bool = True) -> Notebook:
        try:
            notebook = cls(vault)
            if record and not vault.read_only:
                # Reading must work on a full disk (issue 14 D5); every change and every
                # logged output that follows still meets the full disk and says so.
                with contextlib.suppress(DiskFull):
                    notebook.audit.record("opened")
        except BaseException:
            vault.close()  # damage met while opening: release the file and its lock
            raise
        return notebook

    def check(self) -> list[str]:
        """Problems found in the file (page HMACs, structure, audit chain); empty when sound."""
        problems = self.vault.integrity_problems()
        broken = self.audit.broken_entries()
        if broken:
            problems.append(f"audit chain broken at entries {broken[:5]}")
        return problems

    def close(self) -> None:
        self.vault.close()

    def __enter__(self) -> Notebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
