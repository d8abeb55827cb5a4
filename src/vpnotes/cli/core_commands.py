"""Commands on the notebook itself: init, import, export, search, check,
policy, organisation, demo and selftest."""

from __future__ import annotations

import argparse
from typing import Any

from vpnotes.cli.common import add_vault, confirm, open_notebook, out, passphrases, saved, say
from vpnotes.cli.terminal import require_stdout
from vpnotes.domain.vocabulary import Sector
from vpnotes.errors import DamagedVault, InvalidInput, UsageError
from vpnotes.i18n import pick
from vpnotes.store.notebook import Notebook


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="maak een leeg notitieboek")
    add_vault(p)
    p.add_argument("--organisation", metavar="KEY=NAAM", help="voeg meteen een organisatie toe")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("import", help="lees gegevens in (interchange v1 of v2, alles of niets)")
    add_vault(p)
    p.add_argument("file", metavar="FILE.json")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="volledige onversleutelde export (interchange v2)")
    add_vault(p)
    p.add_argument("--out", required=True, metavar="FILE.json")
    p.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("search", help="kenmerken van zaken die overeenkomen, één per regel")
    add_vault(p)
    p.add_argument("query", metavar="QUERY")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("check", help="controleer wachtzin, pagina's en schema")
    add_vault(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("policy", help="toon of wijzig een instelling van het notitieboek")
    add_vault(p)
    p.add_argument("--set", dest="assignments", action="append", default=[], metavar="NAAM=WAARDE")
    p.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    p.set_defaults(func=cmd_policy)

    p = sub.add_parser("organisation", help="toon, voeg toe of wijzig de organisaties van het notitieboek")
    add_vault(p)
    what = p.add_mutually_exclusive_group()
    what.add_argument("--add", metavar="KEY", help="voeg een organisatie toe (met --name)")
    what.add_argument("--set", dest="change", metavar="KEY", help="wijzig een organisatie")
    p.add_argument("--name", metavar="NAAM", help="naam van de organisatie")
    p.add_argument("--employees", metavar="N", help="aantal medewerkers (leeg: onbekend)")
    p.add_argument("--year-start-month", metavar="M", help="eerste maand van het verslagjaar (1-12)")
    p.add_argument("--sector", choices=[s.value for s in Sector],
                   help="werk, onderwijs (nieuw: verslagjaar = schooljaar vanaf augustus) of vlaanderen")
    p.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    p.set_defaults(func=cmd_organisation)

    p = sub.add_parser("demo", help="maak een notitieboek met realistische fictieve gegevens")
    add_vault(p)
    p.add_argument("--cases", type=_case_count, default=None, metavar="N",
                   help="aantal zaken (standaard ongeveer 120)")
    p.add_argument("--seed", type=int, default=2026, help="startwaarde van de toevalsgenerator")
    p.add_argument("--profile", type=int, choices=(0, 1), default=1, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("selftest", help="controleer de cryptografie: SQLCipher, FTS5, Argon2")
    p.set_defaults(func=cmd_selftest)


# The benchmark notebook has 10,000 cases; ten times that is still a demo, not a mistyped number.
MAX_DEMO_CASES = 100_000


def _case_count(text: str) -> int:
    """``demo --cases``: a whole number 0-MAX_DEMO_CASES (argparse makes the refusal a usage error, exit 2)."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_DEMO_CASES:
        raise argparse.ArgumentTypeError(pick(f"kies een geheel getal 0-{MAX_DEMO_CASES}",
                                              f"choose a whole number 0-{MAX_DEMO_CASES}"))
    return number


def cmd_init(args: argparse.Namespace) -> int:
    from vpnotes.domain.model import Organisation
    from vpnotes.store.organisations import check_organisation

    organisation = None
    if args.organisation:
        key, _, name = args.organisation.partition("=")
        organisation = Organisation(key=key.strip(), name=_one_line((name or key).strip(), "--organisation"))
        check_organisation(organisation, "--organisation ")  # before anything is created
    passphrase = passphrases(args).new()
    names = [organisation.name, organisation.key] if organisation is not None else []
    with Notebook.create(args.vault, passphrase, organisation_names=names) as notebook:
        saved("het notitieboek is aangemaakt.", "the notebook was created.")
        if organisation is not None:
            notebook.organisations.add(organisation)
    say("Notitieboek aangemaakt. Bewaar de wachtzin goed: zonder wachtzin is het niet te openen.",
        "Notebook created. Keep the passphrase safe: without it the notebook cannot be opened.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from vpnotes import interchange

    data = interchange.load_file(args.file)  # validate before asking for the passphrase
    with open_notebook(args) as notebook:
        result = interchange.import_data(notebook, data)
        saved("alles is ingelezen.", "everything was imported.")
    say(f"Ingelezen: {result.cases} zaken, {result.activities} activiteiten, {result.expenses} uitgaven, "
        f"{result.signals} signalen, {result.organisations} nieuwe organisaties.",
        f"Imported: {result.cases} cases, {result.activities} activities, {result.expenses} expenses, "
        f"{result.signals} signals, {result.organisations} new organisations.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from vpnotes import interchange
    from vpnotes.lifecycle.locations import sync_warning

    source = passphrases(args)
    with open_notebook(args, source) as notebook:
        warning = sync_warning(args.out)
        if warning is not None:  # before the question: a synced folder uploads the plaintext
            say(warning.message, warning.message)
        confirm(args, "Let op: de export is niet versleuteld en bevat alle namen en notities. Doorgaan?",
                "Warning: the export is not encrypted and holds every name and note. Continue?")
        interchange.export_file(notebook, args.out)
        saved("de export is geschreven.", "the export was written.")
    say("Export geschreven. Bewaar of vernietig het bestand zorgvuldig.",
        "Export written. Store or destroy the file with care.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    require_stdout()
    with open_notebook(args) as notebook:
        ids = notebook.cases.search(args.query)
        references = {cid: ref for cid, ref in notebook.vault.query("SELECT id, reference FROM cases")}
    for cid in ids:
        if references.get(cid):
            out(references[cid])
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_notebook(args) as notebook:
        problems = notebook.check()
        if not notebook.vault.read_only:
            notebook.audit.record("checked", "ok" if not problems else f"problems={len(problems)}")
    if problems:
        raise DamagedVault(
            f"Het notitieboek is beschadigd ({len(problems)} problemen gevonden); open een reservekopie.",
            f"The notebook is damaged ({len(problems)} problems found); open a backup.",
        )
    say("Het notitieboek is in orde.", "The notebook is sound.")
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    if not args.assignments:
        require_stdout()
    with open_notebook(args) as notebook:
        if not args.assignments:
            for name, value in notebook.policy.all().items():
                out(f"{name}={_show(value)}")
            return 0
        changes: list[tuple[str, str]] = []
        for assignment in args.assignments:
            name, sep, value = assignment.partition("=")
            if not sep:
                raise UsageError("Gebruik --set NAAM=WAARDE.", "Use --set NAME=VALUE.")
            changes.append((name.strip(), value))
        for name, value in changes:  # validate all before changing any
            notebook.policy.check(name, value)
        confirm(args, f"Instelling(en) wijzigen: {', '.join(n for n, _ in changes)}?",
                f"Change policy: {', '.join(n for n, _ in changes)}?")
        for name, value in changes:
            notebook.policy.set(name, value)
        saved("de instelling is gewijzigd.", "the policy was changed.")
    say("Instelling gewijzigd.", "Policy changed.")
    return 0


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


def _one_line(name: str, option: str) -> str:
    """A name shown in lists and on the terminal: no tabs, line breaks or terminal escapes."""
    from vpnotes.domain.text import bad_in_line

    if bad_in_line(name):
        raise InvalidInput(f"{option}: de naam bevat een stuurteken of regeleinde",
                           f"{option}: the name contains a control character or line break")
    return name


def _employees(text: str | None) -> int | None:
    if text is None or not text.strip():
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise InvalidInput("--employees: geef een geheel getal", "--employees: give a whole number") from None


def _month(text: str) -> int:
    try:
        month = int(text.strip())
    except ValueError:
        month = 0
    if not 1 <= month <= 12:
        raise InvalidInput("--year-start-month: kies 1-12", "--year-start-month: choose 1-12")
    return month


def _month_name(month: int) -> tuple[str, str]:
    import calendar

    from vpnotes.practice.statement import MONTH_NAMES_NL

    return MONTH_NAMES_NL[month - 1], calendar.month_name[month]


def cmd_organisation(args: argparse.Namespace) -> int:
    """List the organisations, add one (``--add``) or change one (``--set``, confirmed)."""
    from dataclasses import replace

    from vpnotes.domain.model import Organisation, default_year_start
    from vpnotes.store.organisations import check_organisation

    fields = {"name": args.name, "employees": args.employees, "year_start_month": args.year_start_month,
              "sector": args.sector}
    if args.add is None and args.change is None:
        if any(value is not None for value in fields.values()):
            raise UsageError("Gebruik --name, --employees, --year-start-month en --sector met --add of --set.",
                             "Use --name, --employees, --year-start-month and --sector with --add or --set.")
        require_stdout()
        with open_notebook(args) as notebook:
            for org in notebook.organisations.all():
                size = "" if org.employees is None else str(org.employees)
                # A sixth column names the sector outside werk, so a werk notebook lists as it always did.
                sector_column = [] if org.sector is Sector.WERK else [org.sector.value]
                out(org.key, org.name, size, str(org.year_start_month), str(org.min_cell), *sector_column)
        return 0
    employees = _employees(args.employees)  # every value checked before the passphrase is asked
    if args.name is not None:
        _one_line(args.name, "--name")
    month = None if args.year_start_month is None else _month(args.year_start_month)
    if args.add is not None:
        if args.name is None:
            raise UsageError("Geef de naam met --name.", "Give the name with --name.")
        sector = Sector(args.sector or Sector.WERK)
        org = Organisation(key=args.add.strip(), name=args.name.strip(), employees=employees,
                           year_start_month=month or default_year_start(sector), sector=sector)
        check_organisation(org)
        with open_notebook(args) as notebook:
            notebook.organisations.add(org)
            saved("de organisatie is toegevoegd.", "the organisation was added.")
        say(f"Organisatie {org.key} toegevoegd.", f"Organisation {org.key} added.")
        return 0
    if all(value is None for value in fields.values()):
        raise UsageError("Geef met --set ook --name, --employees, --year-start-month of --sector.",
                         "Give --name, --employees, --year-start-month or --sector with --set.")
    with open_notebook(args) as notebook:
        current = notebook.organisations.get(args.change.strip())
        changed = replace(
            current,
            name=current.name if args.name is None else args.name.strip(),
            employees=current.employees if args.employees is None else employees,
            year_start_month=current.year_start_month if month is None else month,
            sector=current.sector if args.sector is None else Sector(args.sector),
        )
        check_organisation(changed)
        if changed == current:
            say("Niets gewijzigd.", "Nothing changed.")
            return 0
        cases = notebook.organisations.case_count(current.key)
        if changed.year_start_month != current.year_start_month and cases:
            old_nl, old_en = _month_name(current.year_start_month)
            new_nl, new_en = _month_name(changed.year_start_month)
            say(f"Let op: het verslagjaar van {current.key} begint dan in {new_nl} in plaats van {old_nl}; "
                f"{cases} bestaande zaken kunnen daardoor in een ander verslagjaar vallen.",
                f"Warning: {current.key}'s report year then starts in {new_en} instead of {old_en}; "
                f"{cases} existing cases may fall in another report year.")
        confirm(args, f"Organisatie {current.key} wijzigen?", f"Change organisation {current.key}?")
        notebook.organisations.update(changed)
        saved("de organisatie is gewijzigd.", "the organisation was changed.")
    say(f"Organisatie {current.key} gewijzigd.", f"Organisation {current.key} changed.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from vpnotes.demo import create_demo

    passphrase = passphrases(args).new()
    create_demo(args.vault, passphrase, seed=args.seed, cases=args.cases, profile=args.profile)
    saved("het demonotitieboek is aangemaakt.", "the demo notebook was created.")
    say("Demonotitieboek aangemaakt (fictieve gegevens).", "Demo notebook created (fictional data).")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from vpnotes.selftest import run_selftest

    require_stdout()
    ok = True
    for line, passed in run_selftest():
        out(("OK    " if passed else "FOUT  ") + line)
        ok = ok and passed
    return 0 if ok else 4
