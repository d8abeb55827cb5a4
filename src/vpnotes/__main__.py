"""Allow ``python -m vpnotes``."""

from vpnotes.cli import main

raise SystemExit(main())
