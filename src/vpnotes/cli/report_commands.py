"""``vpnotes report``: the de-identified annual report (DESIGN.md §6-7).

A blocking screening hit, or a warning without ``--accept-warnings``, gives
exit 5 and writes nothing; the words to change are listed on standard error
(the one place they appear). ``--min-cell`` can only make the report stricter.

``--with CONTRIB`` (repeatable) makes the joint report of DESIGN.md §10: the
passphrases on standard input are the notebook's, then each contribution's in
the order given. A wrong one exits 3 naming the contribution, a damaged one 4;
nothing is written then.
"""

from __future__ import annotations

import argparse
import contextlib
import re
from pathlib import Path
from typing import Any

from vpnotes.cli import terminal
from vpnotes.cli.common import add_vault, new_destination, open_notebook, passphrases, saved, say
from vpnotes.errors import InvalidInput, ScreeningRefused, UsageError
from vpnotes.i18n import pick
from vpnotes.interchange.input_file import InputWords, read_input_file
from vpnotes.report.joint import Contribution, open_contribution
from vpnotes.report.screening import ScreeningResult
from vpnotes.report.service import export_report, format_for, prepare_report

INTRODUCTION_FILE = InputWords("het bestand met de inleiding", "the introduction file")
MAX_INTRODUCTION_BYTES = 1024 * 1024  # pages of text; an introduction is a few paragraphs
_YEAR = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="maak het geanonimiseerde jaarverslag (.docx of .json)")
    add_vault(p)
    p.add_argument("--year", required=True, metavar="JAAR",
                   help="verslagjaar, bijvoorbeeld 2025 (of 2025-2026 voor een schooljaar)")
    p.add_argument("--organisation", metavar="KEY", help="organisatie (zonder: de enige, of een overzicht)")
    p.add_argument("--min-cell", type=int, metavar="K", help="minimale celgrootte; alleen strenger dan ingesteld")
    p.add_argument("--format", choices=("docx", "json"), help="standaard: json bij .json, anders docx")
    p.add_argument("--out", required=True, metavar="FILE", help="het nieuwe bestand (wordt nooit overschreven)")
    p.add_argument("--introduction", metavar="FILE.txt", help="eigen inleiding (platte tekst, UTF-8)")
    p.add_argument("--include-activity-descriptions", action="store_true",
                   help="neem de omschrijvingen van activiteiten op (worden ook gecontroleerd)")
    p.add_argument("--accept-warnings", action="store_true",
                   help="maak het verslag ook bij waarschuwingen van de controle (wordt gelogd, zonder de woorden)")
    p.add_argument("--with", dest="contributions", action="append", default=[], metavar="CONTRIB",
                   help="gezamenlijk jaarverslag: tel deze bijdrage van een andere vertrouwenspersoon mee "
                        "(herhaalbaar; de wachtzinnen volgen op die van het notitieboek, in dezelfde volgorde)")
    p.set_defaults(func=cmd_report)


def parse_year(text: str) -> int:
    match = _YEAR.match(text.strip())
    if match is None or (match.group(2) and int(match.group(2)) != int(match.group(1)) + 1):
        raise UsageError("Geef het jaar als 2025, of 2025-2026 voor een schooljaar.",
                         "Give the year as 2025, or 2025-2026 for a school year.")
    return int(match.group(1))


def _read_introduction(path: str | None) -> str | None:
    if path is None:
        return None
    raw = read_input_file(path, INTRODUCTION_FILE, MAX_INTRODUCTION_BYTES)
    try:
        return raw.decode("utf-8-sig")  # Notepad writes a byte order mark
    except UnicodeDecodeError:
        raise InvalidInput("De inleiding moet platte tekst in UTF-8 zijn.",
                           "The introduction must be plain UTF-8 text.") from None


def list_findings(screening: ScreeningResult, with_warnings: bool) -> None:
    """The words the VP must change (or acknowledge), on standard error only."""
    if screening.blocking:
        say("Blokkerend: deze woorden kunnen naar personen leiden; pas de tekst aan:",
            "Blocking: these words may identify persons; change the text:")
        for finding in screening.blocking:
            terminal.write_err(f"  {finding.describe()}")
    if with_warnings and screening.warnings:
        say("Waarschuwingen: controleer deze woorden (of geef --accept-warnings):",
            "Warnings: check these words (or pass --accept-warnings):")
        for finding in screening.warnings:
            terminal.write_err(f"  {finding.describe()}")


def _check_extension(out: str, fmt: str) -> None:
    """The file name must not promise the other format (JSON in ``x.docx``); other names are the VP's choice."""
    suffix = Path(out).suffix.lower()
    if suffix in (".docx", ".json") and suffix != f".{fmt}":
        raise UsageError(f"--format {fmt} past niet bij de bestandsnaam; kies een naam op .{fmt}.",
                         f"--format {fmt} does not match the file name; choose a name ending in .{fmt}.")


def cmd_report(args: argparse.Namespace) -> int:
    year = parse_year(args.year)
    fmt = format_for(args.out, args.format)
    _check_extension(args.out, fmt)
    introduction = _read_introduction(args.introduction)
    new_destination(args.out)  # fail before the passphrase and the work, not after
    source = passphrases(args)
    with open_notebook(args, source) as notebook, contextlib.ExitStack() as opened:
        contributions: list[Contribution] = []
        for number, path in enumerate(args.contributions, start=1):
            passphrase = source.read(f"Wachtzin van bijdrage {number}", f"Passphrase of contribution {number}")
            contribution = open_contribution(path, passphrase, number, contributions, own=notebook.vault.path)
            opened.callback(contribution.close)
            contributions.append(contribution)
        prepared = prepare_report(notebook, args.organisation, year, introduction,
                                  args.include_activity_descriptions, args.min_cell, contributions)
        if prepared.publication_warning:
            say(prepared.publication_warning, prepared.publication_warning)
        screening = prepared.screening
        if screening.blocking or (screening.warnings and not args.accept_warnings):
            list_findings(screening, with_warnings=not args.accept_warnings)
            raise ScreeningRefused(
                "Het verslag is niet gemaakt; er is niets geschreven.",
                "The report was not written; nothing was written.")
        export_report(notebook, prepared, args.out, fmt, accepted_warnings=bool(args.accept_warnings))
        saved("het jaarverslag is geschreven.", "the annual report was written.")
    if screening.warnings:
        say(f"{len(screening.warnings)} waarschuwing(en) geaccepteerd; dat is gelogd.",
            f"{len(screening.warnings)} warning(s) accepted; this was logged.")
    say(pick(f"Jaarverslag {prepared.label} geschreven.", f"Annual report {prepared.label} written."),
        f"Annual report {prepared.label} written.")
    return 0
