"""Entry of the ``vpnotes-cli`` executable (with a console): the command line of
DESIGN.md §7; without a command it starts the app, as ``vpnotes`` does."""

from vpnotes.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
