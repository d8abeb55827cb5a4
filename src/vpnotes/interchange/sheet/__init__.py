"""Bringing in a spreadsheet registration (DESIGN.md §11).

:mod:`.table` reads xlsx, xls, ods and csv into rows; :mod:`.propose` proposes a
mapping (:mod:`.mapping`, the JSON file of §11) from header words and values
(:mod:`.words`); :mod:`.convert` checks every row against the mapping, with
dates read by :mod:`.dates`, and imports the cases through the interchange
import, all or nothing.
"""

from vpnotes.interchange.sheet.convert import Checked, Problem, Target, check, fingerprint, import_checked
from vpnotes.interchange.sheet.mapping import Mapping, load_file, parse
from vpnotes.interchange.sheet.propose import Proposal, find_header_row, propose
from vpnotes.interchange.sheet.table import Sheet, Workbook, read_sheet

__all__ = [
    "Checked",
    "Mapping",
    "Problem",
    "Proposal",
    "Sheet",
    "Target",
    "Workbook",
    "check",
    "find_header_row",
    "fingerprint",
    "import_checked",
    "load_file",
    "parse",
    "propose",
    "read_sheet",
]
