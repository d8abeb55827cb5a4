"""The joint annual report of several VPs (DESIGN.md §10): reading their
contributions and counting them together with the coordinating VP's own cases,
in memory.

A *contribution* is a vault file written by
:func:`vpnotes.lifecycle.contribution.write_contribution`: one organisation, the
statistical skeletons of its cases that count in the year or the year before
(fresh opaque ids), activities without descriptions, screened signals, and a
marker in its ``policy`` table. It opens read-only.

:func:`open_contribution` opens one and names it in every error (which
contribution had the wrong passphrase, which one is damaged);
:func:`check_contributions` refuses a contribution of another organisation
(matched by name, case- and diacritics-insensitively, never by key), of another
report year, or one added twice. :func:`joint_aggregate` counts the
coordinator's organisation and every contribution with the same SQL as an own
report (:func:`vpnotes.report.aggregate.period`) and adds the periods up:
nothing of a contribution is written anywhere. Department and gender tables are
left out (skeletons have neither).

:func:`publication_warning` says, from the notebook's own audit log, when an
individual report and a joint report of the same organisation and year would
both exist: a reader who has both can subtract.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from vpnotes.domain.dates import report_year_label
from vpnotes.domain.model import Organisation
from vpnotes.errors import DamagedVault, InvalidInput, NewerVersion, NotAVault, VpnotesError
from vpnotes.report.aggregate import Aggregate, PeriodAggregate, department_key, period, sum_periods
from vpnotes.store.notebook import CONTRIBUTION_MARKER, Notebook

FORMAT = "vpnotes-contribution"
VERSION = 1
# Tables a joint report leaves out: contributions carry no departments or genders.
LEFT_OUT = ("departments", "genders")


def marker_value(contribution_id: str, year: int) -> str:
    """The text of the contribution marker (the policy row that makes a file a contribution)."""
    return json.dumps({"format": FORMAT, "version": VERSION, "id": contribution_id, "year": year},
                      sort_keys=True)


@dataclass
class Contribution:
    """One open contribution, as the coordinator added it (``number`` counts from 1, in order)."""

    number: int
    path: Path
    notebook: Notebook
    id: str
    year: int
    organisation: Organisation

    @property
    def label(self) -> str:
        return report_year_label(self.year, self.organisation.year_start_month)

    @property
    def name(self) -> str:
        """How messages name it: its number and file name (never anything from inside it)."""
        return f"{self.number} ({self.path.name})"

    def close(self) -> None:
        if self.notebook.vault.is_open:
            self.notebook.close()


def open_contribution(path: str | os.PathLike[str], passphrase: str, number: int,
                      already: Sequence[Contribution] = (), own: Path | None = None) -> Contribution:
    """Open contribution ``number``; every failure keeps its exit code and names the contribution.

    ``already``: the contributions added before; the same file again is refused (exit 5) before it
    is opened (it could not be opened twice anyway: an open vault is held exclusively). ``own``: the
    coordinator's notebook, which is refused as its own contribution (exit 5) instead of "open elsewhere".
    """
    target = Path(path)
    prefix_nl, prefix_en = f"Bijdrage {number} ({target.name}): ", f"Contribution {number} ({target.name}): "
    for earlier in already:
        if _same_file(earlier.path, target):
            raise InvalidInput(
                f"Bijdrage {number} ({target.name}) is dezelfde als bijdrage {earlier.name}; een bijdrage telt "
                f"maar één keer.",
                f"Contribution {number} ({target.name}) is the same as contribution {earlier.name}; a "
                f"contribution counts only once.")
    not_a_contribution = InvalidInput(
        prefix_nl + "dit is geen bijdrage voor een gezamenlijk jaarverslag; die maakt de andere "
        "vertrouwenspersoon met 'Bijdrage voor een gezamenlijk jaarverslag' (vpnotes contribute).",
        prefix_en + "this is not a contribution to a joint annual report; the other VP makes one with "
        "'Contribution to a joint annual report' (vpnotes contribute).")
    if own is not None and _same_file(own, target):
        raise not_a_contribution
    try:
        notebook = Notebook.open(target, passphrase, record=False)
    except NotAVault:  # a spreadsheet, a document: say what is expected (exit 4 stays)
        raise NotAVault(not_a_contribution.nl, not_a_contribution.en) from None
    except VpnotesError as exc:
        raise type(exc)(prefix_nl + exc.nl, prefix_en + exc.en) from None
    try:
        # Every page now, so damage is reported here, naming this contribution, before anything is counted.
        if notebook.vault.integrity_problems():
            raise DamagedVault(prefix_nl + "het bestand is beschadigd; vraag een nieuwe bijdrage.",
                               prefix_en + "the file is damaged; ask for a new contribution.")
        info = _marker(notebook)
        organisations = notebook.organisations.all()
        if info is None or len(organisations) != 1:
            raise not_a_contribution
    except BaseException:
        notebook.close()
        raise
    contribution_id, year = info
    return Contribution(number, target, notebook, contribution_id, year, organisations[0])


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _marker(notebook: Notebook) -> tuple[str, int] | None:
    row = notebook.vault.query_one("SELECT value FROM policy WHERE name = ?", (CONTRIBUTION_MARKER,))
    if row is None:
        return None
    try:
        data = json.loads(row[0])
        if data.get("format") != FORMAT or not isinstance(data.get("id"), str) or not isinstance(data.get("year"), int):
            return None
        if int(data.get("version", 0)) > VERSION:
            raise NewerVersion()
    except (ValueError, AttributeError, TypeError):
        return None
    return str(data["id"]), int(data["year"])


def same_name(a: str, b: str) -> bool:
    """Organisation names compare case-, diacritics- and spacing-insensitively."""
    return department_key(a) == department_key(b)  # the same folding as department names


def check_contributions(organisation: Organisation, year: int, contributions: Sequence[Contribution]) -> None:
    """Refuse (exit 5) a contribution of another organisation, year or sector, or one added twice."""
    label = report_year_label(year, organisation.year_start_month)
    seen: dict[str, Contribution] = {}
    for c in contributions:
        if not same_name(c.organisation.name, organisation.name):
            raise InvalidInput(
                f"Bijdrage {c.name} is voor een andere organisatie ({c.organisation.name}) dan dit verslag "
                f"({organisation.name}); de naam moet gelijk zijn.",
                f"Contribution {c.name} is for another organisation ({c.organisation.name}) than this report "
                f"({organisation.name}); the name must be the same.")
        if c.year != year or c.organisation.year_start_month != organisation.year_start_month:
            raise InvalidInput(
                f"Bijdrage {c.name} is voor {c.label}, dit verslag voor {label}; vraag een bijdrage voor {label}.",
                f"Contribution {c.name} is for {c.label}, this report for {label}; ask for a contribution "
                f"for {label}.")
        if c.organisation.sector is not organisation.sector:
            # Counted under another sector, roles would fall into other rows and a Flemish register or
            # intervention would be lost without a word: the same organisation has one sector.
            raise InvalidInput(
                f"Bijdrage {c.name} is gemaakt voor de sector {c.organisation.sector.label_nl}, dit verslag is "
                f"voor de sector {organisation.sector.label_nl}; zet bij beide dezelfde sector en maak de "
                f"bijdrage opnieuw.",
                f"Contribution {c.name} was made for the sector {c.organisation.sector.label_en}, this report is "
                f"for the sector {organisation.sector.label_en}; set the same sector in both and make the "
                f"contribution again.")
        if c.id in seen:
            raise InvalidInput(
                f"Bijdrage {c.name} is dezelfde als bijdrage {seen[c.id].name}; een bijdrage telt maar één keer.",
                f"Contribution {c.name} is the same as contribution {seen[c.id].name}; a contribution counts "
                f"only once.")
        seen[c.id] = c


def _without_left_out(p: PeriodAggregate) -> PeriodAggregate:
    # ``replace``, so what the period carries besides its tables (a Flemish register's count) stays.
    return replace(p, tables={name: table for name, table in p.tables.items() if name not in LEFT_OUT},
                   department_spellings={})


def joint_aggregate(notebook: Notebook, organisation: Organisation, year: int,
                    contributions: Sequence[Contribution]) -> Aggregate:
    """The coordinator's organisation and every contribution counted together, in memory."""
    check_contributions(organisation, year, contributions)
    sources = [(notebook, organisation)] + [(c.notebook, c.organisation) for c in contributions]

    def summed(y: int) -> PeriodAggregate:
        periods = [period(nb.vault, org, y, departments=False) for nb, org in sources]
        return _without_left_out(sum_periods(periods, y, report_year_label(y, organisation.year_start_month)))

    current, previous = summed(year), summed(year - 1)
    return Aggregate(organisation.key, organisation.name, year, current.label, current, previous,
                     sector=organisation.sector, vps=len(sources))


def contribution_signals(contributions: Sequence[Contribution]) -> list[tuple[str, str, str]]:
    """(block key, label, text) of every contribution's signals, in the order added."""
    found: list[tuple[str, str, str]] = []
    for c in contributions:
        for number, signal in enumerate(c.notebook.work.signals(c.organisation.key, c.year), start=1):
            if signal.text.strip():
                found.append((f"contribution:{c.number}:signal:{signal.id}",
                              f"Bijdrage {c.number}, signaal {number}", signal.text))
    return found


# -- individual and joint reports of the same organisation and year --------------------------


def _details(detail: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in detail.split() if "=" in part)


def earlier_publications(notebook: Notebook, organisation: str, label: str) -> tuple[bool, bool]:
    """(individual report exported, joint report exported or contribution written) for this
    organisation and report year, from the notebook's audit log."""
    individual = joint = False
    for entry in notebook.audit.entries():
        if entry.event not in ("report_exported", "contribution_written"):
            continue
        details = _details(entry.detail)
        if details.get("organisation") != organisation or details.get("year") != label:
            continue
        if entry.event == "contribution_written" or "contributions" in details:
            joint = True
        else:
            individual = True
    return individual, joint


def publication_warning(notebook: Notebook, organisation: Organisation, label: str, *, joint: bool) -> str | None:
    """The warning (Dutch, or English with LANG=en) when the other kind of report already exists."""
    from vpnotes.i18n import pick

    individual, together = earlier_publications(notebook, organisation.key, label)
    reason_nl = ("publiceer ze niet allebei, want wie beide naast elkaar legt, kan de cijfers van de andere "
                 "vertrouwenspersonen afleiden.")
    reason_en = "do not publish both: whoever puts them side by side can work out the other VPs' figures."
    if joint and individual:
        return pick(f"Let op: dit notitieboek heeft al een eigen jaarverslag van {organisation.name} {label} "
                    f"gemaakt; {reason_nl}",
                    f"Note: this notebook already wrote an own annual report of {organisation.name} {label}; "
                    f"{reason_en}")
    if not joint and together:
        return pick(f"Let op: dit notitieboek heeft al een bijdrage aan of een gezamenlijk jaarverslag van "
                    f"{organisation.name} {label} gemaakt; {reason_nl}",
                    f"Note: this notebook already wrote a contribution to, or a joint annual report of, "
                    f"{organisation.name} {label}; {reason_en}")
    return None
