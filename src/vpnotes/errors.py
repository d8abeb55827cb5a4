"""The one taxonomy of errors a user can meet.

Every expected failure (wrong passphrase, foreign file, invalid import, ...) is a
:class:`VpnotesError` subclass carrying a Dutch and an English one-line message
and the command line's exit code (DESIGN.md §7). Anything else that escapes is a
bug: the CLI exits 1 and the UI shows its crash dialog.

Messages never contain case data: callers pass only paths into the data
(``cases[3].contacts[0].date``), codes, counts and file names.
"""

from __future__ import annotations

import errno

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


class CannotLog(ReadOnlyVault):
    """An output or copy of a read-only notebook: it could not be recorded in the log."""

    nl = ("Het notitieboek staat op een alleen-lezen locatie, dus kan dit niet in het logboek worden vastgelegd "
          "en wordt het niet gemaakt; kopieer het notitieboek eerst naar een map waarin u kunt schrijven.")
    en = ("The notebook is on a read-only location, so this cannot be recorded in its log and is not made; "
          "copy the notebook to a folder you can write to first.")


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


class DestinationNotWritable(VpnotesError):
    exit_code = 6
    nl = "In de doelmap kan niet worden geschreven; kies een andere map."
    en = "The destination folder cannot be written to; choose another folder."


class FileBusy(VpnotesError):
    exit_code = 6
    nl = "Een ander programma (virusscanner, synchronisatie) houdt het bestand vast; probeer het zo opnieuw."
    en = "Another program (virus scanner, sync client) holds the file; try again in a moment."


class StorageGone(VpnotesError):
    exit_code = 6
    nl = ("De schijf of netwerkmap is niet meer bereikbaar (USB-stick uitgenomen of verbinding verbroken?); "
          "wat al was opgeslagen, is bewaard.")
    en = ("The disk or network folder can no longer be reached (USB stick removed or connection lost?); "
          "what was saved is kept.")


class NameTooLong(InvalidInput):
    nl = "De bestandsnaam of het pad is te lang; kies een kortere naam of map."
    en = "The file name or path is too long; choose a shorter name or folder."


class CleanupPending(VpnotesError):
    """A change was committed but its clean-up (index merge, VACUUM) could not finish yet."""

    exit_code = 6
    nl = ("De wijziging is opgeslagen, maar het bestand kon daarna niet worden opgeruimd (schijf vol of niet "
          "bereikbaar): gewiste tekst staat nog in de vrije ruimte van het bestand. Maak ruimte vrij; vpnotes maakt "
          "het opruimen af bij het volgende openen.")
    en = ("The change was saved, but the file could not be cleaned up afterwards (disk full or unreachable): "
          "erased text remains in the file's free space. Free some space; vpnotes finishes the clean-up at the "
          "next open.")

    def __init__(self, done_nl: str = "", done_en: str = "") -> None:
        super().__init__(" ".join(filter(None, (done_nl, type(self).nl))),
                         " ".join(filter(None, (done_en, type(self).en))))


# errno values of a device that went away under us (a pulled stick, a dropped share).
_GONE = {getattr(errno, name) for name in ("EIO", "ENXIO", "ENODEV", "ESTALE", "EHOSTDOWN", "ENOLINK", "ENOTCONN")
         if hasattr(errno, name)}


def translate_os_error(exc: OSError, *, destination: bool = False) -> BaseException:
    """Map an operating-system error onto a user-facing error; others are returned unchanged.

    ``destination`` says the failing path is where the VP asked us to write, so a
    refusal is blamed on that folder, not on the notebook.
    """
    if getattr(exc, "winerror", None) in (32, 33):
        return FileBusy()
    if exc.errno == errno.ENOSPC or getattr(exc, "winerror", None) in (39, 112):
        return DiskFull()
    if exc.errno == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
        return NameTooLong()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DestinationNotWritable() if destination else ReadOnlyVault()
    if exc.errno in _GONE:
        return StorageGone()
    return exc
