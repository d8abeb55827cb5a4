"""Commands of the notebook's lifecycle (DESIGN.md §7): passwd, backup, handover,
purge, access and audit. Each is a thin front end to :mod:`vpnotes.lifecycle`.

Passphrases come from the terminal (without echo) or, with
``--passphrase-stdin``, one line each in the order current, then new (passwd:
current, new; handover: current, handover; access --protect: current, document
password).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vpnotes.cli.common import add_vault, confirm, new_destination, open_notebook, out, passphrases, saved, say
from vpnotes.cli.terminal import require_stdout
from vpnotes.errors import InvalidInput, UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("passwd", help="nieuwe wachtzin (nieuw zout en nieuwe sleutel)")
    add_vault(p)
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("backup", help="versleutelde reservekopie met dezelfde sleutel")
    add_vault(p)
    p.add_argument("dest", metavar="DEST", help="het nieuwe bestand (mag niet bestaan)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("handover", help="kopie voor een opvolger, met een overdrachtswachtzin")
    add_vault(p)
    p.add_argument("dest", metavar="DEST", help="het nieuwe bestand (mag niet bestaan)")
    p.add_argument("--organisation", action="append", default=[], metavar="KEY",
                   help="alleen deze organisatie (herhaalbaar); andere blijven volledig achter")
    p.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    p.set_defaults(func=cmd_handover)

    p = sub.add_parser("purge", help="pas de bewaartermijn toe")
    add_vault(p)
    p.add_argument("--dry-run", action="store_true", help="toon alleen de kenmerken die zouden verdwijnen")
    p.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("access", help="AVG-inzageoverzicht voor één persoon (.json of .docx)")
    add_vault(p)
    p.add_argument("--person", required=True, metavar="NAME", help="de naam zoals vastgelegd")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.json of FILE.docx")
    p.add_argument("--withhold", action="append", default=[], metavar="PAD[=GROND]",
                   help="houd een onderdeel achter (art. 41 UAVG), bv. 'cases[0].contacts[1].notes=rechten_anderen'")
    p.add_argument("--protect", action="store_true",
                   help="beveilig de .docx met een wachtwoord (gevraagd, of de volgende regel van standaardinvoer)")
    p.set_defaults(func=cmd_access)

    p = sub.add_parser("audit", help="het logboek van het notitieboek")
    add_vault(p)
    p.set_defaults(func=cmd_audit)


def cmd_passwd(args: argparse.Namespace) -> int:
    from vpnotes.lifecycle.passphrase import change_passphrase

    source = passphrases(args)
    with open_notebook(args, source) as notebook:
        new = source.new()
        result = change_passphrase(notebook, new)
        saved("de wachtzin is gewijzigd.", "the passphrase was changed.")
    say("Wachtzin gewijzigd.", "Passphrase changed.")
    if result.stale_backups:
        say(f"Let op: {len(result.stale_backups)} bekende reservekopieën openen nog met de oude wachtzin "
            "(net als eerdere overdrachtskopieën). Versleutel ze opnieuw of verwijder ze in de app.",
            f"Note: {len(result.stale_backups)} known backups still open with the old passphrase "
            "(as do earlier handover copies). Re-encrypt or delete them in the app.")
    else:
        say("Eerdere reservekopieën en overdrachtskopieën openen nog met de oude wachtzin.",
            "Earlier backups and handover copies still open with the old passphrase.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from vpnotes.lifecycle.backup import backup
    from vpnotes.lifecycle.locations import sync_warning

    dest = new_destination(args.dest)
    with open_notebook(args) as notebook:
        backup(notebook, dest)
        saved("de reservekopie is geschreven.", "the backup was written.")
    say("Reservekopie geschreven; die opent met de huidige wachtzin.",
        "Backup written; it opens with the current passphrase.")
    warning = sync_warning(dest)
    if warning is not None:
        say(warning.message, warning.message)
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    from vpnotes.lifecycle.handover import handover, plan_handover

    dest = new_destination(args.dest)
    source = passphrases(args)
    with open_notebook(args, source) as notebook:
        plan = plan_handover(notebook, args.organisation or None)
        waiting = len(plan.without_consent)
        say(f"Overdracht van {len(plan.organisations)} organisatie(s): {plan.whole} lopende zaken met toestemming "
            f"volledig, {plan.skeletons} zaken alleen als statistiek. {waiting} lopende zaken zonder toestemming "
            "voor overdracht gaan alleen als statistiek mee: laat die melders dat weten.",
            f"Handover of {len(plan.organisations)} organisation(s): {plan.whole} open cases with consent in full, "
            f"{plan.skeletons} cases as statistics only. {waiting} open cases without handover consent pass as "
            "statistics only: tell those melders.")
        handover_passphrase = source.new("Overdrachtswachtzin", "Handover passphrase")
        confirm(args, "Overdrachtskopie schrijven?", "Write the handover copy?")
        handover(notebook, dest, handover_passphrase, organisations=args.organisation or None)
        saved("de overdrachtskopie is geschreven.", "the handover copy was written.")
    say("Overdrachtskopie geschreven. Geef de overdrachtswachtzin via een ander kanaal door dan het bestand; "
        "de opvolger moet hem bij het eerste openen vervangen.",
        "Handover copy written. Pass on the handover passphrase by another channel than the file; the successor "
        "must replace it at first open.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from vpnotes.lifecycle.retention import descriptions_due, due_for_purge, purge

    if args.dry_run:
        require_stdout()
    with open_notebook(args) as notebook:
        due = due_for_purge(notebook)
        activities, expenses = descriptions_due(notebook)
        register_due = notebook.register.due()  # the register van feiten door derden: five years (§9)
        if args.dry_run:
            for item in due:
                out(item.reference or f"#{item.id}")
            for entry in register_due:
                out(f"register {entry.organisation} {entry.number}")
            say(f"{len(due)} zaken, {len(activities) + len(expenses)} omschrijvingen en {len(register_due)} "
                "verklaringen in het register zouden worden geschoond.",
                f"{len(due)} cases, {len(activities) + len(expenses)} descriptions and {len(register_due)} "
                "register entries would be purged.")
            return 0
        if not due and not activities and not expenses and not register_due:
            say("Er is niets aan de beurt.", "Nothing is due.")
            return 0
        confirm(args, f"{len(due)} zaken terugbrengen tot statistiek, {len(activities) + len(expenses)} "
                      f"omschrijvingen en {len(register_due)} verklaringen in het register wissen? "
                      "Dit kan niet ongedaan worden gemaakt.",
                f"Reduce {len(due)} cases to statistics, erase {len(activities) + len(expenses)} descriptions and "
                f"{len(register_due)} register entries? This cannot be undone.")
        result = purge(notebook, [item.id for item in due])
        erased = notebook.register.purge()
        saved("de bewaartermijn is toegepast.", "the retention policy was applied.")
    say(f"Geschoond: {result.cases} zaken, {result.descriptions} omschrijvingen, {erased} verklaringen.",
        f"Purged: {result.cases} cases, {result.descriptions} descriptions, {erased} register entries.")
    return 0


def cmd_access(args: argparse.Namespace) -> int:
    from vpnotes.lifecycle.access import Restriction, RestrictionGround, build_extract, write_extract

    target = Path(args.out)
    if target.suffix.lower() not in (".json", ".docx"):
        raise UsageError("Kies een bestandsnaam op .json of .docx.", "Choose a file name ending in .json or .docx.")
    if args.protect and target.suffix.lower() != ".docx":
        raise UsageError("Alleen een .docx kan met een wachtwoord worden beveiligd.",
                         "Only a .docx can be protected with a password.")
    new_destination(target)
    restrictions = []
    for item in args.withhold:
        path, _, ground = item.partition("=")
        try:
            restrictions.append(Restriction(path.strip(), RestrictionGround(ground.strip() or "rechten_anderen")))
        except ValueError:
            codes = ", ".join(g.value for g in RestrictionGround)
            raise InvalidInput(f"onbekende grond; kies uit {codes}", f"unknown ground; choose from {codes}") from None
    source = passphrases(args)
    with open_notebook(args, source) as notebook:
        password = source.new("Wachtwoord voor het document", "Password for the document") if args.protect else None
        extract = build_extract(notebook, args.person, restrictions=restrictions)
        write_extract(notebook, extract, target, password=password)
        saved("het inzageoverzicht is geschreven.", "the access extract was written.")
    count = len(extract.case_ids)
    say(f"Inzageoverzicht geschreven ({count} zaken). Lees het na voordat u het verstuurt.",
        f"Access extract written ({count} cases). Review it before sending it.")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    require_stdout()
    with open_notebook(args) as notebook:
        entries = notebook.audit.entries()
    for entry in entries:
        out(entry.at, entry.label, entry.detail)
    return 0
