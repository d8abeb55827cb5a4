"""What every command shares: reading passphrases (prompt without echo, or one
line each from standard input with ``--passphrase-stdin``), opening a notebook,
asking for confirmation, and writing output.

Standard output carries only what a command was asked for; messages go to
standard error in Dutch (English with ``LANG=en*``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from vpnotes.errors import Cancelled, UsageError
from vpnotes.i18n import pick
from vpnotes.store.notebook import Notebook


class Passphrases:
    """Source of passphrases for one command run."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self.stdin = stdin if stdin is not None else sys.stdin

    def read(self, prompt_nl: str, prompt_en: str) -> str:
        if self.from_stdin:
            line = self.stdin.readline()
            if not line:
                raise UsageError("Er staat geen wachtzin op standaardinvoer.", "No passphrase on standard input.")
            # Only the line ending is removed: a passphrase is never trimmed otherwise.
            return line.removesuffix("\n").removesuffix("\r")
        if not sys.stdin.isatty():
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
    return Notebook.open(args.vault, (source or passphrases(args)).current())


def confirm(args: argparse.Namespace, question_nl: str, question_en: str) -> None:
    """Ask yes/no on the terminal unless ``--yes``; raise Cancelled on no."""
    if getattr(args, "yes", False):
        return
    if not sys.stdin.isatty() or getattr(args, "passphrase_stdin", False):
        raise UsageError(
            "Bevestiging nodig; geef --yes om zonder vraag door te gaan.",
            "Confirmation needed; pass --yes to proceed without asking.",
        )
    answer = input(pick(question_nl + " [j/N] ", question_en + " [y/N] ")).strip().lower()
    if answer not in ("j", "ja", "y", "yes"):
        raise Cancelled()


def say(text_nl: str, text_en: str) -> None:
    """A message for the user on standard error."""
    print(pick(text_nl, text_en), file=sys.stderr)


def out(line: str) -> None:
    """Requested output on standard output."""
    print(line)


def add_vault(parser: argparse.ArgumentParser, *, stdin: bool = True) -> None:
    parser.add_argument("vault", metavar="VAULT", help="het notitieboek (.vpnotes)")
    if stdin:
        parser.add_argument("--passphrase-stdin", action="store_true",
                            help="lees elke wachtzin als één regel van standaardinvoer")
