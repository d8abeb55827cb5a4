"""How an organisation is shown to the VP: by its name, the key only when two share a name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from vpnotes.domain.model import Organisation


def organisation_labels(organisations: Iterable[Organisation]) -> dict[str, str]:
    """Key -> what the VP reads: the name, or "name (key)" when another organisation has the same name."""
    organisations = list(organisations)
    counts = Counter(o.name for o in organisations)
    return {o.key: o.name if counts[o.name] == 1 else f"{o.name} ({o.key})" for o in organisations}
