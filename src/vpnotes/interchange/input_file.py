"""Reading a file the user names as input: a regular file of bounded size, or one clear refusal.

Every input a command reads whole (an interchange file, a spreadsheet, a mapping, a report's
introduction) goes through :func:`read_input_file`: a device such as ``/dev/zero`` would otherwise be
read without bound until the process runs out of memory, and a named pipe without a writer would hang
the command. The file is opened non-blocking and checked with ``fstat`` on the same descriptor, so
what is checked is what is read.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from vpnotes.errors import InvalidInput, VaultMissing


@dataclass(frozen=True)
class InputWords:
    """The name of the input in messages, with its article: ``("het importbestand", "the import file")``."""

    nl: str
    en: str


def read_input_file(path: str | Path, words: InputWords, limit: int) -> bytes:
    """The bytes of the regular file ``path`` of at most ``limit`` bytes.

    A missing file is :class:`VaultMissing` (exit 2, like every missing file); a folder, a device, a
    pipe, an unreadable or a too large file is :class:`InvalidInput` (exit 5), each with its reason.
    """
    file = Path(path)
    folder = InvalidInput(f"Dat is een map, geen {_noun(words.nl)}.", f"That is a folder, not {_a(words.en)}.")
    unreadable = InvalidInput(f"{_capital(words.nl)} kan niet worden gelezen.", f"{_capital(words.en)} cannot be read.")
    too_large = InvalidInput("Het bestand is te groot om in te lezen.", "The file is too large to import.")
    # Non-blocking, so opening a pipe without a writer returns at once instead of hanging.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(file, flags)
    except FileNotFoundError:
        raise VaultMissing(f"{_capital(words.nl)} bestaat niet.", f"{_capital(words.en)} does not exist.") from None
    except OSError:  # permissions, a locked file on Windows, an I/O error; Windows refuses a folder like this
        raise (folder if file.is_dir() else unreadable) from None
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode):
        os.close(fd)
        if stat.S_ISDIR(status.st_mode):
            raise folder
        raise InvalidInput("Alleen een gewoon bestand kan worden ingelezen (geen apparaat of pijp).",
                           "Only a regular file can be read (no device or pipe).")
    with os.fdopen(fd, "rb") as handle:
        if status.st_size > limit:
            raise too_large
        try:
            raw = handle.read(limit + 1)
        except OSError:
            raise unreadable from None
    if len(raw) > limit:  # it grew while we read
        raise too_large
    return raw


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _noun(nl: str) -> str:
    """``het importbestand`` -> ``importbestand`` (after "geen" Dutch drops the article)."""
    return nl.split(" ", 1)[1] if nl.startswith(("het ", "de ")) else nl


def _a(en: str) -> str:
    """``the import file`` -> ``an import file``."""
    noun = en.removeprefix("the ")
    return ("an " if noun[:1] in "aeiou" else "a ") + noun
