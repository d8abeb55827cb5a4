"""Demo notebook: realistic, fictional Dutch data for trying the app, for
screenshots and for the 10,000-case benchmark vault (``vpnotes demo``,
``vpnotes --demo``).

:func:`build_demo` is pure: the same seed (and ``today``) always gives the same
data, down to the purged skeletons' ids. It covers every code of the
vocabulary that a case, contact, activity or expense can carry, so reports,
filters and the agenda all have something to show. :func:`create_demo` writes
it into a new vault through the ordinary import (which generates no
follow-ups, so the Wbk and AVG follow-ups are made here, as the core would).

Every person in here is made up; any resemblance is chance.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from vpnotes import interchange
from vpnotes.demo.build import build_demo
from vpnotes.demo.world import DEFAULT_SEED
from vpnotes.store.notebook import Notebook

__all__ = ["DEMO_PASSPHRASE", "build_demo", "create_demo"]

# Shown to the user by ``vpnotes --demo``; strong enough for zxcvbn (it is a demo: the data is fictional).
DEMO_PASSPHRASE = "oranje kameel zwemt voorbij elf windmolens"



def create_demo(path: str | os.PathLike[str], passphrase: str, *, seed: int = DEFAULT_SEED,
                cases: int | None = None, profile: int = 1, today: date | None = None) -> None:
    """Create a new vault at ``path`` holding :func:`build_demo` data; nothing is left behind on failure."""
    data = build_demo(seed, cases, today)
    notebook = Notebook.create(path, passphrase, profile=profile)
    try:
        interchange.import_data(notebook, data)
    except BaseException:
        notebook.close()
        Path(path).unlink(missing_ok=True)  # ours: just created above, holds nothing of the user's
        raise
    notebook.close()

