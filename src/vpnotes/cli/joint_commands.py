"""``vpnotes contribute``: a contribution to a joint annual report (DESIGN.md §10).

Passphrases: the notebook's, then the contribution's (interactively asked twice;
with ``--passphrase-stdin`` one line each, the contribution's once). A blocking
screening hit in the signals, or a warning without ``--accept-warnings``, gives
exit 5 and writes nothing; the words are listed on standard error. The joint
report itself is ``vpnotes report ... --with CONTRIB`` (:mod:`report_commands`).
"""

from __future__ import annotations

import argparse
from typing import Any

from vpnotes.cli.common import add_vault, new_destination, open_notebook, passphrases, say
from vpnotes.cli.report_commands import list_findings, parse_year
from vpnotes.errors import ScreeningRefused


def register(sub: Any) -> None:
    p = sub.add_parser("contribute", help="bijdrage voor een gezamenlijk jaarverslag van meer vertrouwenspersonen")
    add_vault(p)
    p.add_argument("dest", metavar="DEST", help="het nieuwe bijdragebestand (mag niet bestaan)")
    p.add_argument("--organisation", required=True, metavar="KEY", help="de organisatie")
    p.add_argument("--year", required=True, metavar="JAAR", help="verslagjaar, bijvoorbeeld 2025 (of 2025-2026)")
    p.add_argument("--accept-warnings", action="store_true",
                   help="maak de bijdrage ook bij waarschuwingen van de controle van de signalen")
    p.set_defaults(func=cmd_contribute)


def cmd_contribute(args: argparse.Namespace) -> int:
    from vpnotes.lifecycle.contribution import plan_contribution, write_contribution

    year = parse_year(args.year)
    new_destination(args.dest)
    source = passphrases(args)
    with open_notebook(args, source) as notebook:
        plan = plan_contribution(notebook, args.organisation, year)
        if not plan.can_write(bool(args.accept_warnings)):
            list_findings(plan.screening, with_warnings=not args.accept_warnings)
            raise ScreeningRefused("De bijdrage is niet gemaakt; er is niets geschreven.",
                                   "The contribution was not written; nothing was written.")
        contribution_passphrase = source.new("Wachtzin voor de bijdrage", "Contribution passphrase")
        result = write_contribution(notebook, args.dest, contribution_passphrase, args.organisation, year,
                                    accept_warnings=bool(args.accept_warnings))
    if plan.publication_warning:
        say(plan.publication_warning, plan.publication_warning)
    say(f"Bijdrage {plan.label} geschreven: {result.cases} zaken, {result.activities} activiteiten, "
        f"{result.signals} signalen. Geef het bestand en de wachtzin apart aan de coördinerende "
        f"vertrouwenspersoon: het bestand bijvoorbeeld per e-mail of USB-stick, de wachtzin mondeling of per "
        f"telefoon, nooit samen met het bestand.",
        f"Contribution {plan.label} written: {result.cases} cases, {result.activities} activities, "
        f"{result.signals} signals. Give the file and the passphrase to the coordinating VP separately: the file "
        f"by e-mail or USB stick, say, the passphrase in person or by phone, never together with the file.")
    return 0
