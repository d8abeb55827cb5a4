"""Commands for the VP's own practice: patterns (VP's eyes only), casus
(anonymised, for intervisie) and statement (hours and expenses per client).

The work is done by :mod:`vpnotes.practice`; this module parses arguments,
checks what can be checked before the passphrase is asked (file names, months)
and prints.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from vpnotes.cli.common import add_vault, new_destination, open_notebook, out, saved, say
from vpnotes.cli.terminal import require_stdout
from vpnotes.domain.vocabulary import label
from vpnotes.i18n import pick


def register(sub: Any) -> None:
    p = sub.add_parser("patterns", help="terugkerende afdelingen, betrokkenen, stijgende categorieën (alleen voor u)")
    add_vault(p)
    p.add_argument("--organisation", metavar="KEY", help="alleen deze organisatie")
    p.add_argument("--year", type=int, metavar="Y", help="dit verslagjaar (standaard: de laatste 12 maanden)")
    p.set_defaults(func=cmd_patterns)

    p = sub.add_parser("casus", help="geanonimiseerde casus voor intervisie (.docx of .txt)")
    add_vault(p)
    p.add_argument("--case", required=True, metavar="REF", help="kenmerk van de zaak")
    p.add_argument("--out", required=True, metavar="FILE", help="uitvoerbestand, .docx of .txt")
    p.add_argument("--include-notes", action="store_true", help="neem ook de notities op (ook geanonimiseerd)")
    p.add_argument("--precision", choices=("dagen", "maanden"), default="dagen",
                   help="tijdlijn in dagen (standaard) of maanden sinds de opening")
    p.add_argument("--accept-warnings", action="store_true",
                   help="schrijf de casus ook bij woorden om te controleren (wordt gelogd, zonder de woorden)")
    p.set_defaults(func=cmd_casus)

    p = sub.add_parser("statement", help="uren en kosten voor één organisatie (.docx of .csv)")
    add_vault(p)
    p.add_argument("--organisation", required=True, metavar="KEY")
    p.add_argument("--from", dest="first", required=True, metavar="YYYY-MM")
    p.add_argument("--to", dest="last", required=True, metavar="YYYY-MM")
    p.add_argument("--out", required=True, metavar="FILE", help="uitvoerbestand, .docx of .csv")
    p.add_argument("--per-month", action="store_true",
                   help="uren per soort per maand; laat zien in welke maand er gesprekken in zaken waren "
                        "(standaard: per soort alleen het totaal van de periode)")
    p.set_defaults(func=cmd_statement)


# -- patterns ----------------------------------------------------------------------------------

def _day(day: date) -> str:
    return f"{day:%d-%m-%Y}"


def _cases(count: int) -> str:
    if count == 1:
        return pick("1 zaak", "1 case")
    return pick(f"{count} zaken", f"{count} cases")


def cmd_patterns(args: argparse.Namespace) -> int:
    from vpnotes.practice.patterns import find_patterns

    require_stdout()
    with open_notebook(args) as notebook:
        report = find_patterns(notebook, organisation=args.organisation, year=args.year)
    t = report.thresholds
    for index, org in enumerate(report.organisations):
        if index:
            out("")
        last_day = org.window_end - timedelta(days=1)
        out(f"{org.organisation_name} ({org.organisation}): {_day(org.window_start)} "
            f"{pick('t/m', 'to')} {_day(last_day)}")
        out(pick(f"Terugkerende afdelingen ({t.department_min_cases} of meer zaken):",
                 f"Recurring departments ({t.department_min_cases} or more cases):"))
        for d in org.departments:
            out(f"  {d.name}: {_cases(d.cases)} ("
                + pick(f"melder {d.as_melder}, betrokkene {d.as_betrokkene}",
                       f"reporter {d.as_melder}, person concerned {d.as_betrokkene}")
                + f"): {', '.join(d.references)}")
        if not org.departments:
            out(pick("  geen", "  none"))
        out(pick(f"Terugkerende betrokkenen ({t.betrokkene_min_cases} of meer zaken):",
                 f"Recurring persons concerned ({t.betrokkene_min_cases} or more cases):"))
        for p in org.betrokkenen:
            line = f"  {p.name}: {_cases(p.cases)}: {', '.join(p.references)}"
            if len(p.spellings) > 1:
                line += pick(" (geschreven als: ", " (written as: ") + " / ".join(p.spellings) + ")"
            out(line)
        if not org.betrokkenen:
            out(pick("  geen", "  none"))
        running = "" if org.year_complete else pick(" (tot nu)", " (so far)")
        out(pick(f"Stijgende categorieën ({t.rise_percent}% of meer, minstens {t.department_min_cases} zaken; "
                 f"{org.year_label}{running} tegen {org.previous_year_label}):",
                 f"Rising categories ({t.rise_percent}% or more, at least {t.department_min_cases} cases; "
                 f"{org.year_label}{running} against {org.previous_year_label}):"))
        for r in org.rising:
            if r.rise_percent is None:
                change = pick("vorig jaar geen", "none the year before")
            else:
                change = pick(f"vorig jaar {r.previous}, +{r.rise_percent}%", f"year before {r.previous}, "
                              f"+{r.rise_percent}%")
            out(f"  {label(r.category, org.sector)}: {_cases(r.count)} ({change})")
        if not org.rising:
            out(pick("  geen", "  none"))
    return 0


# -- casus -------------------------------------------------------------------------------------

def cmd_casus(args: argparse.Namespace) -> int:
    from vpnotes.practice.casus import CasusRefused, CasusWarnings, Precision, export_casus, output_format

    path = Path(args.out)
    output_format(path)
    new_destination(path)
    with open_notebook(args) as notebook:
        try:
            result = export_casus(notebook, args.case, path, include_notes=args.include_notes,
                                  precision=Precision(args.precision), accept_warnings=args.accept_warnings)
        except CasusRefused as refused:
            # The words go to the VP's terminal only (DESIGN.md §7: a screening refusal names them).
            if isinstance(refused, CasusWarnings):
                say("Waarschuwingen: controleer deze woorden (of geef --accept-warnings):",
                    "Warnings: check these words (or pass --accept-warnings):")
            for finding in refused.findings:
                say(f"  {finding.describe()}", f"  {finding.describe()}")
            raise
        saved("de casus is geschreven.", "the case study was written.")
    if result.warnings:
        say(f"{len(result.warnings)} waarschuwing(en) geaccepteerd; dat is gelogd.",
            f"{len(result.warnings)} warning(s) accepted; this was logged.")
    say("Casus geschreven. Lees hem helemaal door voordat u hem deelt: namen die het notitieboek niet kent "
        "(en omschrijvingen die iemand herkenbaar maken) kunnen nog in de tekst staan.",
        "Case study written. Read all of it before you share it: names the notebook does not know (and "
        "descriptions that make someone recognisable) may still be in the text.")
    return 0


# -- statement ---------------------------------------------------------------------------------

def cmd_statement(args: argparse.Namespace) -> int:
    from vpnotes.practice.statement import export_statement, month_range, output_format, parse_month

    first, last = parse_month(args.first), parse_month(args.last)
    month_range(first, last)
    path = Path(args.out)
    output_format(path)
    new_destination(path)
    with open_notebook(args) as notebook:
        export_statement(notebook, args.organisation, first, last, path, per_month=args.per_month)
        saved("het urenoverzicht is geschreven.", "the statement was written.")
    if args.per_month:
        from vpnotes.practice.statement import PER_MONTH_NOTE_EN, PER_MONTH_NOTE_NL

        say("Let op: " + PER_MONTH_NOTE_NL, "Note: " + PER_MONTH_NOTE_EN)
    say("Urenoverzicht geschreven; het bevat geen namen, kenmerken of omschrijvingen.",
        "Statement written; it holds no names, references or descriptions.")
    return 0
