"""Commands of the Flemish sector (DESIGN.md §9): ``register`` prints the register van
feiten door derden, ``intervention-document`` writes the informal intervention's
document for signature. Both write a new .docx only (0600, never over a file)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vpnotes.cli.common import add_vault, new_destination, open_notebook, say


def register(sub: Any) -> None:
    p = sub.add_parser("register", help="druk het register van feiten door derden af (Vlaanderen, .docx)")
    add_vault(p)
    p.add_argument("--organisation", required=True, metavar="KEY", help="de organisatie")
    p.add_argument("--out", required=True, metavar="FILE.docx", help="het nieuwe bestand")
    p.add_argument("--from", dest="first", metavar="JJJJ-MM", help="geregistreerd vanaf deze maand")
    p.add_argument("--to", dest="last", metavar="JJJJ-MM", help="geregistreerd tot en met deze maand")
    p.set_defaults(func=cmd_register)

    p = sub.add_parser("intervention-document",
                       help="document voor ondertekening van een informele psychosociale interventie (.docx)")
    add_vault(p)
    p.add_argument("--case", required=True, metavar="REF", help="kenmerk van de zaak")
    p.add_argument("--out", required=True, metavar="FILE.docx", help="het nieuwe bestand")
    p.set_defaults(func=cmd_intervention_document)


def _new_docx(value: str) -> Path:
    from vpnotes.practice.flemish_documents import require_docx

    path = Path(value)
    require_docx(path)
    return new_destination(path)


def cmd_register(args: argparse.Namespace) -> int:
    from vpnotes.practice.flemish_documents import write_register
    from vpnotes.practice.statement import parse_month

    path = _new_docx(args.out)
    first = parse_month(args.first) if args.first else None
    last = parse_month(args.last) if args.last else None
    with open_notebook(args) as notebook:
        count = write_register(notebook, args.organisation, path, first, last)
    say(f"Register afgedrukt: {count} {'verklaring' if count == 1 else 'verklaringen'}.",
        f"Register printed: {count} {'entry' if count == 1 else 'entries'}.")
    return 0


def cmd_intervention_document(args: argparse.Namespace) -> int:
    from vpnotes.practice.flemish_documents import write_intervention_document

    path = _new_docx(args.out)
    with open_notebook(args) as notebook:
        write_intervention_document(notebook, args.case, path)
    say("Document geschreven. Laat het dateren en ondertekenen; de verzoeker krijgt een kopie.",
        "Document written. Have it dated and signed; the verzoeker receives a copy.")
    return 0
