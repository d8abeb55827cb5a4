"""Policies: the notebook's own settings, stored in the vault so they travel
with a handover and the command line sees them (DESIGN.md §2).

Each policy is declared once with its type, default and range. ``min_cell.ORG``
is the organisation's minimum cell size, kept in its row. Every change is
recorded in the audit log (name only, never a value that could be personal).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vpnotes.domain.model import MIN_CELL_RANGE
from vpnotes.errors import InvalidInput
from vpnotes.store import audit
from vpnotes.store.vault import Vault


@dataclass(frozen=True)
class PolicySpec:
    name: str
    kind: type  # int, bool or str
    default: Any
    low: int = 0
    high: int = 0
    nl: str = ""
    en: str = ""

    def parse(self, text: str) -> Any:
        if self.kind is bool:
            lowered = text.strip().lower()
            if lowered in ("1", "ja", "yes", "true", "aan", "on"):
                return True
            if lowered in ("0", "nee", "no", "false", "uit", "off"):
                return False
            raise InvalidInput(f"{self.name}: kies ja of nee", f"{self.name}: choose yes or no")
        if self.kind is int:
            try:
                value = int(text.strip())
            except ValueError:
                raise InvalidInput(f"{self.name}: geef een geheel getal", f"{self.name}: give a whole number") from None
            if not self.low <= value <= self.high:
                raise InvalidInput(f"{self.name}: kies {self.low}-{self.high}",
                                   f"{self.name}: choose {self.low}-{self.high}")
            return value
        if len(text) > 4096 or "\x00" in text:
            raise InvalidInput(f"{self.name}: ongeldige waarde", f"{self.name}: invalid value")
        return text


SPECS: dict[str, PolicySpec] = {
    spec.name: spec
    for spec in (
        PolicySpec("retention_years", int, 2, 1, 10,
                   "Bewaartermijn na afsluiten (jaren)", "Retention after closing (years)"),
        PolicySpec("autolock_minutes", int, 5, 1, 120,
                   "Automatisch vergrendelen na (minuten)", "Lock automatically after (minutes)"),
        PolicySpec("patterns.department_min_cases", int, 3, 2, 50,
                   "Patroon: zaken uit één afdeling", "Pattern: cases from one department"),
        PolicySpec("patterns.betrokkene_min_cases", int, 2, 2, 50,
                   "Patroon: zaken over dezelfde betrokkene", "Pattern: cases about the same person"),
        PolicySpec("patterns.rise_percent", int, 50, 10, 1000,
                   "Patroon: stijging van een categorie (%)", "Pattern: rise of a category (%)"),
        PolicySpec("backup.enabled", bool, True, nl="Automatische reservekopie", en="Automatic backup"),
        PolicySpec("backup.keep", int, 10, 1, 100, "Aantal reservekopieën bewaren", "Backups to keep"),
        PolicySpec("backup.folder", str, "", nl="Map voor reservekopieën", en="Backup folder"),
    )
}

MIN_CELL_PREFIX = "min_cell."


class Policies:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def get(self, name: str) -> Any:
        if name.startswith(MIN_CELL_PREFIX):
            return self._min_cell(name[len(MIN_CELL_PREFIX):])
        spec = _spec(name)
        row = self.vault.query_one("SELECT value FROM policy WHERE name = ?", (name,))
        return spec.default if row is None else spec.parse(row[0])

    def all(self) -> dict[str, Any]:
        """Every policy with its current value, min_cell per organisation included."""
        values = {name: self.get(name) for name in SPECS}
        for key, min_cell in self.vault.query("SELECT key, min_cell FROM organisations ORDER BY key"):
            values[MIN_CELL_PREFIX + key] = min_cell
        return values

    def check(self, name: str, value: Any) -> Any:
        """Parse and validate without storing; raises InvalidInput (exit 5)."""
        text = _text(value)
        if name.startswith(MIN_CELL_PREFIX):
            self._min_cell(name[len(MIN_CELL_PREFIX):])
            low, high = MIN_CELL_RANGE
            return PolicySpec(name, int, 5, low, high).parse(text)
        return _spec(name).parse(text)

    def set(self, name: str, value: Any) -> Any:
        """Validate and store; ``value`` may be text (command line) or typed. Logged."""
        parsed = self.check(name, value)
        if name.startswith(MIN_CELL_PREFIX):
            key = name[len(MIN_CELL_PREFIX):]
            with self.vault.transaction() as conn:
                conn.execute("UPDATE organisations SET min_cell = ? WHERE key = ?", (parsed, key))
                audit.record(conn, "policy_changed", name)
            return parsed
        with self.vault.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO policy (name, value) VALUES (?, ?)", (name, _text(parsed)))
            audit.record(conn, "policy_changed", name)
        return parsed

    def _min_cell(self, key: str) -> int:
        row = self.vault.query_one("SELECT min_cell FROM organisations WHERE key = ?", (key,))
        if row is None:
            raise InvalidInput("onbekende organisatie", "unknown organisation")
        return int(row[0])


def _spec(name: str) -> PolicySpec:
    spec = SPECS.get(name)
    if spec is None:
        raise InvalidInput(f"onbekende instelling: {name}", f"unknown policy: {name}")
    return spec


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)
