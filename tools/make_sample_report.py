"""Build the sample annual report in ``docs/sample-report/`` from demo data:
``jaarverslag-2025.docx`` (what a VP hands to the board), ``jaarverslag-2025.json``
(the same figures), and PNGs of the pages as LibreOffice renders them.

The demo notebook is fictional (``vpnotes.demo``); the report is made exactly
as ``vpnotes report`` makes it. Needs LibreOffice (``soffice``) and poppler's
``pdftoppm``. Run: ``python tools/make_sample_report.py [--cases 600]``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from vpnotes.demo import create_demo
from vpnotes.report.service import export_report, prepare_report
from vpnotes.store.notebook import Notebook

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "sample-report"
PASSPHRASE = "oranje kameel zwemt voorbij elf windmolens"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=600)
    parser.add_argument("--organisation", default="baken")
    parser.add_argument("--year", type=int, default=2025)
    args = parser.parse_args(argv)
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        print("needs LibreOffice (soffice) and pdftoppm", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="vpnotes-sample-"))
    try:
        vault = work / "demo.vpnotes"
        create_demo(vault, PASSPHRASE, seed=2026, cases=args.cases, profile=0)
        name = f"jaarverslag-{args.year}"
        with Notebook.open(vault, PASSPHRASE) as notebook:
            prepared = prepare_report(notebook, args.organisation, args.year, include_activity_descriptions=False)
            for finding in (*prepared.screening.blocking, *prepared.screening.warnings):
                print(f"screening: {finding.describe()}", file=sys.stderr)
            export_report(notebook, prepared, work / f"{name}.docx", accepted_warnings=True)
            export_report(notebook, prepared, work / f"{name}.json", accepted_warnings=True)
        subprocess.run([soffice, f"-env:UserInstallation={(work / 'lo').as_uri()}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(work), str(work / f"{name}.docx")], check=True, capture_output=True)
        for old in OUT.glob("*"):
            old.unlink()
        OUT.mkdir(parents=True, exist_ok=True)
        shutil.copy(work / f"{name}.docx", OUT / f"{name}.docx")
        shutil.copy(work / f"{name}.json", OUT / f"{name}.json")
        subprocess.run([pdftoppm, "-png", "-r", "60", str(work / f"{name}.pdf"), str(OUT / "pagina")], check=True)
        for path in sorted(OUT.iterdir()):
            path.chmod(0o644)  # a sample for the docs, not a real export
            print(path.relative_to(ROOT))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
