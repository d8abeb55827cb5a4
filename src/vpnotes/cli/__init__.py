"""The ``vpnotes`` command line (DESIGN.md §7).

Each command module registers its subcommands; :func:`main` dispatches and maps
our errors onto exit codes. Without a command, ``vpnotes`` starts the desktop app.
Before anything else it switches off core dumps and makes the standard streams
safe (:mod:`vpnotes.process_hardening`, :mod:`vpnotes.cli.terminal`).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from typing import NoReturn

from vpnotes import __version__
from vpnotes.cli import terminal
from vpnotes.errors import VpnotesError
from vpnotes.i18n import pick
from vpnotes.process_hardening import disable_core_dumps

COMMAND_MODULES = (
    "vpnotes.cli.core_commands",
    "vpnotes.cli.report_commands",
    "vpnotes.cli.sector_commands",
    "vpnotes.cli.lifecycle_commands",
    "vpnotes.cli.practice_commands",
    "vpnotes.cli.joint_commands",
    "vpnotes.cli.sheet_commands",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's message is English: keep it, add the Dutch gist
        terminal.write_err(self.format_usage().rstrip("\n"))
        terminal.write_err(pick(f"Onjuist gebruik: {message}", f"Usage error: {message}"))
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _Parser(prog="vpnotes", description="Versleuteld notitieboek voor de vertrouwenspersoon.")
    parser.add_argument("--version", action="version", version=f"vpnotes {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    # Explicit on purpose: a module that cannot be imported is an error, never skipped, so a bundle
    # that lost one (PyInstaller only sees static imports) fails loudly instead of starting the GUI.
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def command_names() -> list[str]:
    """Every subcommand the command line offers (``vpnotes selftest`` checks this table)."""
    return sorted(_known_commands(build_parser()))


def _known_commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _start_app(argv: Sequence[str]) -> int:
    gui = _Parser(prog="vpnotes", description="Start de app.")
    gui.add_argument("vault", nargs="?", help="open dit notitieboek")
    gui.add_argument("--demo", action="store_true", help="open een demonotitieboek op een tijdelijke plek")
    args = gui.parse_args(argv)
    from vpnotes.ui.app import run

    return int(run(vault=args.vault, demo=args.demo))


def app_main(argv: Sequence[str] | None = None) -> int:
    """The desktop app only: the entry of Windows' GUI executable, which has no console to
    print to (``vpnotes-cli.exe`` runs the commands)."""
    return _start_app(list(sys.argv[1:] if argv is None else argv))


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    terminal.configure_streams()
    from vpnotes.cli.common import reset

    reset()
    code = _dispatch(list(sys.argv[1:] if argv is None else argv))
    try:  # here, not at interpreter exit, where a failure would be a traceback and exit 120
        terminal.flush_out()
    except terminal.OutputFailed as exc:
        return _output_failed(exc)
    return code


def _output_failed(exc: terminal.OutputFailed) -> int:
    if exc.broken_pipe:  # the reader has all it wanted (``| head -1``): no message, no traceback
        terminal.silence_stdout()
    else:
        terminal.write_err(exc.message)
    return exc.exit_code


def _dispatch(arguments: list[str]) -> int:
    from vpnotes.cli.common import interrupted_message

    try:
        parser = build_parser()
        commands = _known_commands(parser)
        first = arguments[0] if arguments else None
        if first is None or first == "--demo" or (first not in commands and not first.startswith("-")):
            return _start_app(arguments)
        args = parser.parse_args(arguments)
        return int(args.func(args))
    except terminal.OutputFailed as exc:
        return _output_failed(exc)
    except VpnotesError as exc:
        terminal.write_err(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        terminal.write_err(interrupted_message())
        return 130
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else 2
    except Exception as exc:  # a bug: report where, never what (messages may hold case data)
        frames = "".join(traceback.format_tb(exc.__traceback__))
        terminal.write_err(frames + type(exc).__name__)
        terminal.write_err(pick("Interne fout in vpnotes (een bug); er zijn geen gegevens getoond.",
                                "Internal error in vpnotes (a bug); no data was shown."))
        return 1
