"""Rules that depend on an organisation's sector (DESIGN.md §9). No I/O."""

from __future__ import annotations

from vpnotes.domain.model import Case
from vpnotes.domain.vocabulary import Category, MelderRole, Sector

# Onderwijs: a pupil or student reporting one of these may bring duties that lift confidentiality.
_PUPILS = frozenset({MelderRole.LEERLING, MelderRole.STUDENT})
_DUTY_CATEGORIES = frozenset({Category.SEKSUELE_INTIMIDATIE, Category.AGRESSIE_GEWELD, Category.THUISSITUATIE})


def shows_duties_notice(case: Case, sector: Sector) -> bool:
    """Whether the case view shows the notice of the duties that can override confidentiality:
    an onderwijs case of a pupil or student about sexual harassment, violence or the home situation.
    It informs and never blocks."""
    return (sector is Sector.ONDERWIJS and case.melder.role in _PUPILS
            and any(category in _DUTY_CATEGORIES for category in case.categories))


def records_intervention(sector: Sector, case: Case | None = None) -> bool:
    """Whether a case records a Flemish informal psychosocial intervention (or already has one)."""
    return sector is Sector.VLAANDEREN or (case is not None and case.informal_intervention is not None)
