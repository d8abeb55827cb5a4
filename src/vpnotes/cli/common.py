"""What every command shares: reading passphrases (prompt without echo, or one
line each from standard input with ``--passphrase-stdin``), opening a notebook,
asking for confirmation, and writing output.

Standard output carries only what a command was asked for; messages go to
standard error in Dutch (English with ``LANG=en*``). How the streams are read and
written (UTF-8 whatever the console, escaped identifiers) is :mod:`cli.terminal`'s.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TextIO

from vpnotes.cli import terminal
from vpnotes.errors import Cancelled, UsageError
from vpnotes.i18n import pick
from vpnotes.store import tempfiles
from vpnotes.store.notebook import Notebook

# Test suites that use profile 0 on purpose set this to keep their expected output exact.
QUIET_TEST_PROFILE = "VPNOTES_QUIET_TEST_PROFILE"
PROFILE_0_WARNING_NL = ("Let op: dit notitieboek gebruikt de snelle testversleuteling (profiel 0) en is daardoor "
                        "veel makkelijker te kraken; gebruik het niet voor echte gegevens.")
PROFILE_0_WARNING_EN = ("Warning: this notebook uses the fast test encryption (profile 0) and is therefore much "
                        "easier to crack; do not use it for real data.")

# What a command has already saved, for the message when Ctrl+C comes after that point.
_done: list[tuple[str, str]] = []


class Passphrases:
    """Source of passphrases for one command run."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self.lines = terminal.LineReader(stdin)

    def read(self, prompt_nl: str, prompt_en: str) -> str:
        if self.from_stdin:
            line = self.lines.readline()
            if line is None:
                raise UsageError("Er staat geen wachtzin op standaardinvoer.", "No passphrase on standard input.")
            return line
        if terminal.stdin_closed() or not sys.stdin.isatty():
            raise UsageError(
                "Geen terminal om de wachtzin te vragen; gebruik --passphrase-stdin.",
                "No terminal to ask for the passphrase; use --passphrase-stdin.",
            )
        return getpass.getpass(pick(prompt_nl, prompt_en) + ": ")

    def current(self) -> str:
        return self.read("Wachtzin", "Passphrase")

    def new(self, what_nl: str = "Nieuwe wachtzin", what_en: str = "New passphrase") -> str:
        """A new passphrase; interactively asked twice."""
        first = self.read(what_nl, what_en)
        if not self.from_stdin:
            again = self.read(what_nl + " (nogmaals)", what_en + " (again)")
            if again != first:
                raise UsageError("De twee wachtzinnen verschillen.", "The two passphrases differ.")
        return first


def passphrases(args: argparse.Namespace) -> Passphrases:
    return Passphrases(bool(getattr(args, "passphrase_stdin", False)))


def open_notebook(args: argparse.Namespace, source: Passphrases | None = None) -> Notebook:
    notebook = Notebook.open(args.vault, (source or passphrases(args)).current())
    if notebook.vault.profile.for_tests_only and not os.environ.get(QUIET_TEST_PROFILE):
        # Profile 0 derives its key in milliseconds: fine for tests, a gift to whoever guesses passphrases.
        say(PROFILE_0_WARNING_NL, PROFILE_0_WARNING_EN)
    return notebook


def confirm(args: argparse.Namespace, question_nl: str, question_en: str) -> None:
    """Ask yes/no on the terminal unless ``--yes``; raise Cancelled on no."""
    if getattr(args, "yes", False):
        return
    if terminal.stdin_closed() or not sys.stdin.isatty() or getattr(args, "passphrase_stdin", False):
        raise UsageError(
            "Bevestiging nodig; geef --yes om zonder vraag door te gaan.",
            "Confirmation needed; pass --yes to proceed without asking.",
        )
    # The question goes to stderr like every message: stdout may be a file the command was asked to fill.
    sys.stderr.write(pick(question_nl + " [j/N] ", question_en + " [y/N] "))
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    if answer not in ("j", "ja", "y", "yes"):
        raise Cancelled()


def new_destination(value: str | os.PathLike[str]) -> Path:
    """The file a command is to write, refused before any passphrase is asked or work is done: a file
    or link already there (DestinationExists), a missing folder, a name too long; the core checks again."""
    path = Path(value)
    tempfiles.check_destination(path)
    return path


def say(text_nl: str, text_en: str) -> None:
    """A message for the user on standard error."""
    terminal.write_err(pick(text_nl, text_en))


def out(*fields: str) -> None:
    """One line of requested output on standard output: fields escaped, separated by tabs."""
    terminal.write_out(*fields)


def saved(text_nl: str, text_en: str) -> None:
    """Record that the command's change is committed (what Ctrl+C after this point must not deny)."""
    _done.append((text_nl, text_en))


def interrupted_message() -> str:
    """What to say on Ctrl+C: "interrupted" with nothing changed, or what was saved before it."""
    if not _done:
        return pick("Afgebroken.", "Interrupted.")
    nl, en = _done[-1]
    return pick(f"Onderbroken, maar al opgeslagen: {nl}", f"Interrupted, but already saved: {en}")


def reset() -> None:
    """Forget the previous run's state (the command line may run more than once in one process)."""
    _done.clear()


def add_vault(parser: argparse.ArgumentParser, *, stdin: bool = True) -> None:
    parser.add_argument("vault", metavar="VAULT", help="het notitieboek (.vpnotes)")
    if stdin:
        parser.add_argument("--passphrase-stdin", action="store_true",
                            help="lees elke wachtzin als één regel van standaardinvoer")
