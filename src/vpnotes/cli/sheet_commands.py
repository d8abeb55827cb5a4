"""``vpnotes import-sheet``: bring in a spreadsheet registration (DESIGN.md §11).

``--propose`` prints a proposed mapping (JSON) on standard output and lists on
standard error what the VP must still decide; ``--mapping`` checks every row and
imports all or nothing; ``--dry-run`` checks and prints the summary without
writing. ``--propose`` and ``--dry-run`` open the notebook read-only: they write
nothing, not even a log entry.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from vpnotes.cli.common import add_vault, out, passphrases, say
from vpnotes.domain.text import printable
from vpnotes.errors import InvalidInput, UsageError
from vpnotes.store.notebook import Notebook


def register(sub: Any) -> None:
    p = sub.add_parser("import-sheet", help="neem een registratie uit een spreadsheet over (xlsx, xls, ods, csv)")
    add_vault(p)
    p.add_argument("file", metavar="FILE", help="de spreadsheet (.xlsx, .xls, .ods of .csv)")
    p.add_argument("--sheet", metavar="NAAM", help="het werkblad (standaard: dat uit de koppeling, anders het eerste)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--mapping", metavar="MAP.json", help="de koppeling van kolommen en waarden")
    what.add_argument("--propose", action="store_true", help="druk een voorgestelde koppeling af (JSON)")
    p.add_argument("--dry-run", action="store_true", help="alleen controleren en de samenvatting tonen")
    p.set_defaults(func=cmd_import_sheet)


def cmd_import_sheet(args: argparse.Namespace) -> int:
    from vpnotes.interchange import sheet

    if args.propose and args.dry_run:
        raise UsageError("--dry-run hoort bij --mapping.", "--dry-run goes with --mapping.")
    mapping = sheet.load_file(args.mapping) if args.mapping else None  # before the passphrase
    workbook = sheet.Workbook(args.file)
    name = args.sheet or (mapping.sheet if mapping is not None else None)
    table = workbook.sheet(name)
    read_only = bool(args.propose or args.dry_run)
    # Not even the log's "opened": a sheet with problems leaves the notebook byte for byte as it was;
    # the import itself is logged.
    with Notebook.open(args.vault, passphrases(args).current(), record=False, read_only=read_only) as notebook:
        target = sheet.Target.of(notebook)
        if mapping is None:
            proposal = sheet.propose(table, target)
            proposal.mapping.sheet = table.name if len(workbook.sheet_names) > 1 or args.sheet else None
            _out_utf8(proposal.mapping.to_json())
            for nl, en in proposal.notes():  # they quote headers and values: escapes shown, never obeyed
                say(printable(nl), printable(en))
            return 0
        checked = sheet.check(table, mapping, target, file_id=sheet.fingerprint(args.file))
        if not checked.ok:
            for line in checked.problem_lines():
                say(printable(line), printable(line))
            n = len(checked.problems)
            raise InvalidInput(f"Er is niets ingelezen: {n} {'probleem' if n == 1 else 'problemen'}.",
                               f"Nothing was imported: {n} {'problem' if n == 1 else 'problems'}.")
        if args.dry_run:
            for line in checked.summary_lines():
                out(line)
            return 0
        result = sheet.import_checked(notebook, checked, args.file)
    for line in checked.summary_lines():
        say(printable(line), printable(line))
    say(f"Ingelezen: {result.cases} zaken.", f"Imported: {result.cases} cases.")
    return 0


def _out_utf8(text: str) -> None:
    """The mapping as UTF-8 whatever the console's code page: it is meant to be saved to a file
    (``> koppeling.json``), and Windows would otherwise write Windows-1252 or fail on a character."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        out(text)
        return
    buffer.write((text + "\n").encode("utf-8"))
    buffer.flush()
