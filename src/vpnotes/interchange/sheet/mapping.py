"""The mapping file of DESIGN.md §11: which column fills which field, which
cell value means which code, the header row, the organisation and the consent
choice. Read as strictly as an interchange file: an unknown key or field, a
wrong type or an unknown code is an error naming its path (``columns.Soort``).

A value mapped to ``null`` is one the VP has yet to decide (a proposal writes
them so); the check lists each such value as a problem. The empty text ``""`` as
a value stands for an empty cell, or every row when the field has no column:
``"values": {"kind": {"": "melding"}}`` makes every row without a kind a melding.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from vpnotes.domain.model import Case
from vpnotes.errors import InvalidInput
from vpnotes.interchange.input_file import InputWords, read_input_file
from vpnotes.interchange.reading import _Obj
from vpnotes.interchange.sheet.words import CODED_FIELDS, fold

FORMAT = "vpnotes-sheet-mapping"
VERSION = 1
CONSENTS = ("registered", "skeleton")
CATEGORY_COLUMN = "categories:"
IGNORE = "ignore"
MAPPING_FILE = InputWords("het koppelingsbestand", "the mapping file")
MAX_MAPPING_BYTES = 10 * 1024 * 1024

_MELDER = ("name", "email", "phone", "role", "position", "department", "gender")
_ALL_FIELDS = (
    "reference", "organisation", "kind", "categories", "opened", "closed", "title",
    *(f"melder.{name}" for name in _MELDER),
    "betrokkene.name", "betrokkene.relation", "betrokkene.department",
    "referrals", "outcomes", "contacts.count", "contacts.minutes", "contacts.mode", "notes", IGNORE,
)
# Identifying fields (§5): a statistical skeleton keeps none of them.
IDENTIFYING = ("reference", "title", "melder.name", "melder.email", "melder.phone", "melder.department",
               "melder.gender", "betrokkene.name", "betrokkene.department", "notes")


def has_title() -> bool:
    """Whether cases have a ``title`` yet (interchange v2); until then a title column cannot be mapped."""
    return "title" in {f.name for f in fields(Case)}


def column_fields() -> tuple[str, ...]:
    """The fields a column can fill (besides ``categories:CODE``)."""
    return tuple(name for name in _ALL_FIELDS if name != "title" or has_title())


def value_fields() -> tuple[str, ...]:
    """Fields whose cell values are mapped to codes (organisation: to a notebook's organisation key)."""
    return (*CODED_FIELDS, "organisation")


def _fail(path: str, nl: str, en: str) -> InvalidInput:
    return InvalidInput(f"{path}: {nl}", f"{path}: {en}")


@dataclass
class Mapping:
    header_row: int
    columns: dict[str, str]
    values: dict[str, dict[str, str | None]] = field(default_factory=dict)
    sheet: str | None = None
    organisation: str | None = None
    consent: str | None = None

    def column_of(self, target: str) -> str | None:
        """The header of the column mapped to ``target``, if any."""
        for header, name in self.columns.items():
            if name == target:
                return header
        return None

    def lookup(self, field_name: str, text: str) -> tuple[bool, str | None]:
        """``(found, code)`` for a cell value: exact text first, then case- and diacritics-insensitive."""
        table = self.values.get(field_name, {})
        if text in table:
            return True, table[text]
        folded = fold(text)
        for key, code in table.items():
            if fold(key) == folded:
                return True, code
        return False, None

    def to_document(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": VERSION, "sheet": self.sheet, "header_row": self.header_row,
            "organisation": self.organisation, "consent": self.consent,
            "columns": dict(self.columns),
            "values": {name: dict(table) for name, table in self.values.items() if table},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_document(), ensure_ascii=False, indent=2)

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json() + "\n", encoding="utf-8")


def _code_of(value: Any, field_name: str, path: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(path, "verwacht een code of null", "expected a code or null")
    if field_name == "organisation":
        if not value.strip() or len(value) > 40:
            raise _fail(path, "ongeldige organisatiesleutel", "invalid organisation key")
        return value
    enum = CODED_FIELDS[field_name]
    if value not in {member.value for member in enum}:
        raise _fail(path, "onbekende code", "unknown code")
    return value


def _check_target(target: Any, path: str, allowed: tuple[str, ...]) -> str:
    if not isinstance(target, str):
        raise _fail(path, "verwacht een veldnaam", "expected a field name")
    if target.startswith(CATEGORY_COLUMN):
        code = target[len(CATEGORY_COLUMN):]
        _code_of(code, "categories", path)
        return target
    if target not in allowed:
        raise _fail(path, "onbekend veld", "unknown field")
    return target


def parse(document: Any) -> Mapping:
    """Validate a decoded mapping document completely; raise InvalidInput with its path."""
    top = _Obj(document, "", ("format", "version", "header_row", "columns"),
               ("sheet", "organisation", "consent", "values"))
    if top.get("format") != FORMAT:
        raise _fail("format", f'verwacht "{FORMAT}"', f'expected "{FORMAT}"')
    if top.get("version") != VERSION:
        raise _fail("version", "alleen versie 1 wordt ondersteund", "only version 1 is supported")
    consent = top.get("consent")
    if consent is not None and consent not in CONSENTS:
        raise _fail("consent", "kies \"registered\" of \"skeleton\"", 'choose "registered" or "skeleton"')
    columns_value = top.get("columns")
    if not isinstance(columns_value, dict):
        raise _fail("columns", "verwacht een object", "expected an object")
    allowed = column_fields()
    columns: dict[str, str] = {}
    used: dict[str, str] = {}
    for header, target in columns_value.items():
        path = f"columns.{header}"
        name = _check_target(target, path, allowed)
        if name != IGNORE and not name.startswith(CATEGORY_COLUMN) and name in used:
            raise _fail(path, f"het veld '{name}' heeft al een kolom", f"the field '{name}' already has a column")
        used[name] = header
        columns[header] = name
    values_value = top.get("values") or {}
    if not isinstance(values_value, dict):
        raise _fail("values", "verwacht een object", "expected an object")
    values: dict[str, dict[str, str | None]] = {}
    for field_name, table in values_value.items():
        path = f"values.{field_name}"
        if field_name not in value_fields():
            raise _fail(path, "onbekend veld", "unknown field")
        if not isinstance(table, dict):
            raise _fail(path, "verwacht een object", "expected an object")
        values[field_name] = {str(text): _code_of(code, field_name, f"{path}.{text}") for text, code in table.items()}
    organisation = top.text("organisation", max_len=40)
    return Mapping(
        header_row=top.required_integer("header_row", 1, 1_000_000),
        columns=columns, values=values, sheet=top.text("sheet", max_len=200),
        organisation=organisation, consent=consent,
    )


def load_file(path: str | Path) -> Mapping:
    """Read and validate a mapping file."""
    raw = read_input_file(path, MAPPING_FILE, MAX_MAPPING_BYTES)
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InvalidInput("Het koppelingsbestand is geen geldige JSON.",
                           "The mapping file is not valid JSON.") from None
    return parse(document)
