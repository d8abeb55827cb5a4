"""Entry of the ``vpnotes`` executable (no console on Windows and macOS).

On Windows the GUI executable has no console, so it only starts the app; the
commands are ``vpnotes-cli.exe``. On Linux and macOS it is the full ``vpnotes``
command: the app without a command, the command line with one.
"""

import sys

from vpnotes.cli import app_main, main

if __name__ == "__main__":
    raise SystemExit(app_main() if sys.platform.startswith("win") else main())
