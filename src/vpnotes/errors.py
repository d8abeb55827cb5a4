"""The one taxonomy of errors a user can meet.

Every expected failure (wrong passphrase, foreign file, invalid import, ...) is a
:class:`VpnotesError` subclass carrying a Dutch and an English one-line message
and the command line's exit code (DESIGN.md §7). Anything else that escapes is a
bug: the CLI exits 1 and the UI shows its crash dialog.

Messages never contain case data: callers pass only paths into the data
(``cases[3].contacts[0].date``), codes, counts and file names.
"""

from __future__ import annotations

from vpnotes.i18n import pick


class VpnotesError(Exception):
    """Base of all user-facing errors."""

    exit_code = 1
    nl = "Er ging iets mis."
    en = "Something went wrong."

    def __init__(self, nl: str | None = None, en: str | None = None) -> None:
        if nl is not None:
            self.nl = nl
            self.en = en if en is not None else nl
        super().__init__(self.en)

    @property
    def message(self) -> str:
        """The message in the current language."""
        return pick(self.nl, self.en)

    def __str__(self) -> str:
        return self.message


class UsageError(VpnotesError):
    exit_code = 2
    nl = "Onjuist gebruik."
    en = "Incorrect usage."


class VaultMissing(VpnotesError):
    exit_code = 2
    nl = "Het bestand bestaat niet."
    en = "The file does not exist."


class WrongPassphrase(VpnotesError):
    exit_code = 3
    nl = "Verkeerde wachtzin, of het begin van het bestand is beschadigd."
    en = "Wrong passphrase, or the start of the file is damaged."


class NotAVault(VpnotesError):
    exit_code = 4
    nl = "Dit is geen vpnotes-notitieboek."
    en = "This is not a vpnotes notebook."


class DamagedVault(VpnotesError):
    exit_code = 4
    nl = "Het notitieboek is beschadigd; open een reservekopie."
    en = "The notebook is damaged; open a backup."


class UnknownProfile(VpnotesError):
    exit_code = 4
    nl = "Dit notitieboek gebruikt een onbekende versleuteling; werk vpnotes bij."
    en = "This notebook uses an unknown encryption profile; update vpnotes."


class NewerVersion(VpnotesError):
    exit_code = 4
    nl = "Dit notitieboek is gemaakt met een nieuwere versie van vpnotes; werk vpnotes bij."
    en = "This notebook was made by a newer version of vpnotes; update vpnotes."


class InvalidInput(VpnotesError):
    exit_code = 5
    nl = "Ongeldige invoer."
    en = "Invalid input."


class WeakPassphrase(InvalidInput):
    nl = "De wachtzin is te zwak."
    en = "The passphrase is too weak."


class ScreeningRefused(InvalidInput):
    nl = "Het verslag bevat tekst die naar personen herleidbaar kan zijn."
    en = "The report contains text that may identify persons."


class OpenElsewhere(VpnotesError):
    exit_code = 6
    nl = "Het notitieboek is elders geopend (in de app of een ander commando)."
    en = "The notebook is open elsewhere (in the app or another command)."


class ReadOnlyVault(VpnotesError):
    exit_code = 6
    nl = "Het notitieboek staat op een alleen-lezen locatie; wijzigen kan niet."
    en = "The notebook is on a read-only location; it cannot be changed."


class ContributionReadOnly(ReadOnlyVault):
    nl = "Dit is een bijdrage voor een gezamenlijk jaarverslag; die kan alleen worden gelezen, niet gewijzigd."
    en = "This is a contribution to a joint annual report; it can only be read, not changed."


class DestinationExists(VpnotesError):
    exit_code = 6
    nl = "Het doelbestand bestaat al; kies een andere naam."
    en = "The destination file already exists; choose another name."


class DiskFull(VpnotesError):
    exit_code = 6
    nl = "De schijf is vol; er is niets gewijzigd."
    en = "The disk is full; nothing was changed."


class Cancelled(VpnotesError):
    exit_code = 6
    nl = "Afgebroken; er is niets gewijzigd."
    en = "Cancelled; nothing was changed."
