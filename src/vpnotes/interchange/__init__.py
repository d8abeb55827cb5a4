"""Interchange format v1 and v2 (DESIGN.md §5, §9): strict parsing with JSON paths in every
error (:mod:`.reading`), all-or-nothing import (:mod:`.writing`) and the full
export (:mod:`.export`). Import then export gives back the same data.
"""

from vpnotes.interchange.export import (
    case_document,
    export_document,
    export_file,
    register_document,
    skeleton_document,
)
from vpnotes.interchange.reading import FORMAT, VERSION, Interchange, load_file, parse, parse_code, parse_day
from vpnotes.interchange.writing import ImportResult, import_data, import_file

__all__ = [
    "FORMAT",
    "VERSION",
    "ImportResult",
    "Interchange",
    "case_document",
    "export_document",
    "export_file",
    "import_data",
    "import_file",
    "load_file",
    "parse",
    "parse_code",
    "parse_day",
    "register_document",
    "skeleton_document",
]
