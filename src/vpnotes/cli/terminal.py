"""The command line's standard streams, alike on Windows, macOS and Linux.

- Standard output and error are written as UTF-8 with ``\\n`` line ends, whatever
  the console code page, ``PYTHONIOENCODING`` or a Windows redirection would give
  (cp1252 cannot write "Ayşe"; CRLF breaks ``$(vpnotes search ...)`` in Git Bash).
- A passphrase line on standard input is read as UTF-8 bytes (a byte order mark
  at the start is skipped): never in the console's code page.
- A standard stream that was closed when the program started is pointed at the
  null device, so a file the program opens never takes its place (a message would
  otherwise land inside it); a command that must print refuses instead.
- Whatever the program prints from the notebook passes :func:`printable` first:
  a reference or name with a newline or a terminal escape cannot forge a line or
  steer the terminal.
- A failed write to standard output (the reader went away, the disk is full)
  becomes :class:`OutputFailed`, which the command line turns into a quiet exit.
"""

from __future__ import annotations

import errno
import io
import os
import sys
from typing import Any, BinaryIO, TextIO

from vpnotes.domain.text import printable
from vpnotes.errors import InvalidInput, UsageError, VpnotesError

# Exit code when the reader of standard output went away (a shell reports a process
# killed by SIGPIPE as 128 + 13): ``vpnotes search ... | head -1`` is no failure to report.
BROKEN_PIPE_EXIT = 141

_closed_at_start: set[int] = set()


class OutputFailed(VpnotesError):
    """Standard output could not be written; ``broken_pipe`` when its reader went away."""

    exit_code = 6
    nl = "De uitvoer kon niet worden geschreven."
    en = "The output could not be written."

    def __init__(self, error: OSError) -> None:
        self.broken_pipe = _is_broken_pipe(error)
        if error.errno == errno.ENOSPC:
            super().__init__("De uitvoer kon niet worden geschreven: de schijf is vol.",
                             "The output could not be written: the disk is full.")
        else:
            super().__init__()
        if self.broken_pipe:
            self.exit_code = BROKEN_PIPE_EXIT


def _is_broken_pipe(error: OSError) -> bool:
    # Windows reports a pipe closed by its reader as EINVAL on flush.
    return isinstance(error, BrokenPipeError) or error.errno in (errno.EPIPE, errno.EINVAL)


def configure_streams() -> None:
    """Make the standard streams safe to use; call once when the command line starts."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is None or not _fd_open(fd):
            _closed_at_start.add(fd)
            _occupy(fd)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            try:
                stream.flush()
                stream.reconfigure(encoding="utf-8", errors="backslashreplace", newline="\n")
            except (OSError, ValueError):  # a stream that cannot be flushed now fails at the first real write
                pass


def _fd_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def _occupy(fd: int) -> None:
    """Put the null device on a closed standard descriptor, so no file we open gets its number."""
    if _fd_open(fd):
        return
    try:
        null = os.open(os.devnull, os.O_RDWR)
        if null != fd:
            os.dup2(null, fd)
            os.close(null)
    except OSError:  # a system that will not lend the number (pythonw on Windows): nothing to protect then
        return


def stdout_closed() -> bool:
    return 1 in _closed_at_start or sys.stdout is None


def stdin_closed() -> bool:
    return 0 in _closed_at_start or sys.stdin is None


def require_stdout() -> None:
    """Refuse (exit 2) before any work when the output a command was asked for has nowhere to go."""
    if stdout_closed():
        raise UsageError("Standaarduitvoer is gesloten; er kan niets worden getoond.",
                         "Standard output is closed; nothing can be shown.")


def write_out(*fields: str) -> None:
    """One line of requested output: the fields made printable, separated by tabs."""
    require_stdout()
    try:
        print("\t".join(printable(field) for field in fields), file=sys.stdout)
    except OSError as error:
        raise OutputFailed(error) from None


def flush_out() -> None:
    """Flush standard output now, so a failure is reported rather than lost at exit."""
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except OSError as error:
        raise OutputFailed(error) from None


def silence_stdout() -> None:
    """After a broken pipe: point standard output at the null device so the exit flush stays quiet."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        pass


def write_err(text: str) -> None:
    """A message on standard error; never on standard output, and never a failure of its own."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        print(text, file=stream)
        stream.flush()
    except (OSError, ValueError):
        pass


class LineReader:
    """Lines (passphrases) from standard input, decoded as UTF-8 whatever the console's code page."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self._first = True

    def _source(self) -> TextIO | None:
        if self._stream is not None:
            return self._stream
        return None if stdin_closed() else sys.stdin

    def readline(self) -> str | None:
        """The next line without its line end; ``None`` at the end of input."""
        stream = self._source()
        if stream is None:
            raise UsageError("Standaardinvoer is gesloten; er is geen wachtzin te lezen.",
                             "Standard input is closed; there is no passphrase to read.")
        buffer: BinaryIO | None = getattr(stream, "buffer", None)
        try:
            line: Any = buffer.readline() if buffer is not None else stream.readline()
        except UnicodeDecodeError:  # a text stream that failed to decode: reported below like raw bytes
            line = b"\xff"
        except (OSError, ValueError):  # ValueError: the stream was closed
            raise UsageError("Standaardinvoer is gesloten; er is geen wachtzin te lezen.",
                             "Standard input is closed; there is no passphrase to read.") from None
        if isinstance(line, bytes):
            if not line:
                return None
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                raise InvalidInput("De wachtzin op standaardinvoer is geen UTF-8-tekst.",
                                   "The passphrase on standard input is not UTF-8 text.") from None
        if not line:
            return None
        if self._first:
            line = line.removeprefix("\ufeff")  # Notepad and PowerShell 5 start a UTF-8 file with a BOM
            self._first = False
        # Only the line ending is removed: a passphrase is never trimmed otherwise.
        text: str = line.removesuffix("\n").removesuffix("\r")
        return text
