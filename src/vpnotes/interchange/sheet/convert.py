"""Turning spreadsheet rows into cases (DESIGN.md §11) and bringing them in.

Every row becomes an interchange case document and goes through the interchange
reader (:func:`vpnotes.interchange.parse`), so the rules of §5 apply unchanged;
the cases are then written by :func:`vpnotes.interchange.import_data` in one
transaction. Unlike a JSON import, every problem is collected, with the row
number as the spreadsheet program shows it and the column header; any problem
means nothing is written.

Decisions where §11 is silent (docs/sheet-import.md): an empty ``contacts.count``
gives one contact on the opened date (a registered case began with a talk);
``notes`` go to the first contact's notes; an empty role is ``onbekend``; a
skeleton row's opaque id is derived from the file's content and the row, so the
same sheet read in twice is refused instead of counted twice.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vpnotes.domain.model import Case
from vpnotes.errors import InvalidInput
from vpnotes.i18n import pick
from vpnotes.interchange import reading
from vpnotes.interchange.reading import Interchange
from vpnotes.interchange.sheet.dates import NotADate, parse_date
from vpnotes.interchange.sheet.mapping import (
    CATEGORY_COLUMN,
    IDENTIFYING,
    Mapping,
    has_title,
)
from vpnotes.interchange.sheet.table import Cell, Sheet, is_empty
from vpnotes.interchange.sheet.words import (
    NOTHING,
    UNMARKED,
    Lexicon,
    fold,
    value_lexicon,
)
from vpnotes.interchange.writing import ImportResult, import_data
from vpnotes.store.notebook import Notebook

MAX_LISTED = 50
MAX_COUNT = 500  # contacts for one row
MAX_TITLE = 500
REQUIRED_CODED = ("kind",)  # a case needs one; the other single codes have a default
_SPLIT = re.compile(r"\s*(?:[,;\n]|\ben\b|\band\b)\s*", re.IGNORECASE)
_SPLIT_FINE = re.compile(r"\s*[/+&]\s*")
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)?")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Problem:
    """One problem, at a row (as the program numbers it) and column, or about the whole sheet."""

    row: int | None
    column: str | None
    nl: str
    en: str

    @property
    def message(self) -> str:
        where_nl = where_en = ""
        if self.row is not None:
            where_nl, where_en = f"rij {self.row}", f"row {self.row}"
        if self.column is not None:
            where_nl += (", " if where_nl else "") + f"kolom '{self.column}'"
            where_en += (", " if where_en else "") + f"column '{self.column}'"
        if not where_nl:
            return pick(self.nl, self.en)
        return pick(f"{where_nl}: {self.nl}", f"{where_en}: {self.en}")


@dataclass(frozen=True)
class Target:
    """What the check needs to know of the notebook the rows go into."""

    organisations: dict[str, str]  # key -> name
    references: frozenset[str] = frozenset()
    uids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, notebook: Notebook) -> Target:
        return cls(
            organisations={org.key: org.name for org in notebook.organisations.all()},
            references=frozenset(r for (r,) in notebook.vault.query(
                "SELECT reference FROM cases WHERE reference IS NOT NULL")),
            uids=frozenset(u for (u,) in notebook.vault.query("SELECT uid FROM cases WHERE uid IS NOT NULL")),
        )


@dataclass
class Checked:
    """The outcome of checking a sheet against a mapping: cases, problems and what the preview says."""

    cases: list[Case] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # the spreadsheet row of each case
    problems: list[Problem] = field(default_factory=list)
    empty_rows: int = 0
    header_repeats: int = 0
    month_only: list[tuple[int, str]] = field(default_factory=list)  # (row, column)
    count_contacts: int = 0  # contacts made from contacts.count
    default_contacts: int = 0  # rows without a count that got one contact on the opened date
    dropped_columns: list[str] = field(default_factory=list)  # identifying columns a skeleton leaves out
    per_year: Counter[tuple[str, int]] = field(default_factory=Counter)
    skeleton: bool = False
    organisation_names: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem_lines(self, limit: int = MAX_LISTED) -> list[str]:
        """At most ``limit`` problems, then how many more."""
        lines = [problem.message for problem in self.problems[:limit]]
        rest = len(self.problems) - limit
        if rest > 0:
            lines.append(pick(f"... en nog {rest} problemen.", f"... and {rest} more problems."))
        return lines

    def summary_lines(self) -> list[str]:
        """Cases per organisation and year, then what the import does beyond copying values."""
        names = self.organisation_names
        if self.ok:
            lines = [pick(f"{names.get(org, org)} {year}: {n} zaken", f"{names.get(org, org)} {year}: {n} cases")
                     for (org, year), n in sorted(self.per_year.items())]
            lines.append(pick(f"Totaal: {len(self.cases)} zaken.", f"Total: {len(self.cases)} cases."))
        else:  # counts of the sound rows alone would read as what is taken over
            lines = [pick(f"{len(self.cases)} rijen zonder problemen; er wordt niets overgenomen zolang er "
                          "problemen zijn.",
                          f"{len(self.cases)} rows without problems; nothing is taken over while there are "
                          "problems.")]
        skipped = self.empty_rows + self.header_repeats
        if skipped:
            lines.append(pick(f"Overgeslagen: {self.empty_rows} lege rijen en {self.header_repeats} rijen die de "
                              "kopregel herhalen.",
                              f"Skipped: {self.empty_rows} empty rows and {self.header_repeats} rows repeating "
                              "the header."))
        if self.count_contacts:
            lines.append(pick(f"Uit 'aantal gesprekken' worden {self.count_contacts} contacten op de "
                              "openingsdatum gemaakt (minuten gelijk verdeeld, zonder samenvatting).",
                              f"From 'number of contacts', {self.count_contacts} contacts are made on the opened "
                              "date (minutes split evenly, without summaries)."))
        if self.default_contacts:
            n = self.default_contacts
            lines.append(pick(f"{n} {'zaak' if n == 1 else 'zaken'} zonder aantal gesprekken "
                              f"{'krijgt' if n == 1 else 'krijgen'} één contact op de openingsdatum.",
                              f"{n} {'case' if n == 1 else 'cases'} without a number of contacts "
                              f"{'gets' if n == 1 else 'get'} one contact on the opened date."))
        if self.month_only:
            rows = ", ".join(str(row) for row, _ in self.month_only[:20])
            more = "…" if len(self.month_only) > 20 else ""
            lines.append(pick(f"Alleen een maand bekend (de 1e van die maand genomen) in rij {rows}{more}.",
                              f"Only a month known (the 1st of that month taken) in row {rows}{more}."))
        if self.skeleton:
            lines.append(pick("Alleen statistische gegevens: elke rij wordt een geschoonde zaak met maanden in "
                              "plaats van datums.",
                              "Statistics only: every row becomes a purged case with months instead of dates."))
            if self.dropped_columns:
                dropped = ", ".join(f"'{c}'" for c in self.dropped_columns)
                lines.append(pick(f"Niet overgenomen (herleidbaar): {dropped}.",
                                  f"Not taken over (identifying): {dropped}."))
        return lines


def column_names(header_cells: list[Cell], width: int) -> list[str]:
    """The name of each column in a mapping: its header text; 'kolom F' when empty; a repeat gets its letter."""
    names: list[str] = []
    seen: set[str] = set()
    for index in range(width):
        cell = header_cells[index] if index < len(header_cells) else None
        text = cell_text(cell)
        letter = column_letter(index)
        name = text if text else f"kolom {letter}"
        if name in seen:
            name = f"{name} [{letter}]"
        seen.add(name)
        names.append(name)
    return names


def split_values(text: str, known: Callable[[str], bool]) -> list[str]:
    """The values of a cell holding several: split at ``,`` ``;`` ``en``; a part that is no known
    value is split again at ``/`` ``+`` ``&`` ("HR/P&O" is one value, "HR/BA" two)."""
    parts: list[str] = []
    for part in (p.strip() for p in _SPLIT.split(text)):
        if not part:
            continue
        if known(part):
            parts.append(part)
        else:
            parts.extend(q.strip() for q in _SPLIT_FINE.split(part) if q.strip())
    return parts


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_text(cell: Cell) -> str:
    """A cell as text: dates in ISO form, whole numbers without '.0'."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "ja" if cell else "nee"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat(sep=" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "…"


class _RowReader:
    """Reads the mapped fields of one row, collecting problems with row and column."""

    def __init__(self, checker: _Checker, row_number: int, cells: list[Cell]) -> None:
        self.checker = checker
        self.row = row_number
        self.cells = cells
        self.problems: list[Problem] = []
        self.blocked = False  # a sheet-wide problem leaves this row without a case; listed once, not per row

    def problem(self, column: str | None, nl: str, en: str) -> None:
        self.problems.append(Problem(self.row, column, nl, en))

    def problems_in(self, column: str | None) -> bool:
        return column is not None and any(p.column == column for p in self.problems)

    def raw(self, column: str) -> Cell:
        index = self.checker.index[column]
        return self.cells[index] if index < len(self.cells) else None

    def text(self, field_name: str) -> str:
        column = self.checker.mapping.column_of(field_name)
        return cell_text(self.raw(column)) if column is not None else ""

    def code(self, field_name: str, text: str, column: str | None) -> str | None:
        """The code of one value: the mapping's, else an exact code, label or synonym; else a problem."""
        found, code = self.checker.mapping.lookup(field_name, text)
        if found:
            if code is None and not text:
                self.problem(column, "leeg; kies wat een lege cel betekent", "empty; choose what an empty cell means")
            elif code is None:
                self.problem(column, f"de waarde '{_shown(text)}' is nog niet aan een code gekoppeld",
                             f"the value '{_shown(text)}' is not linked to a code yet")
            return code
        code = self.checker.exact(field_name, text)
        if code is None:
            if text:
                self.problem(column, f"'{_shown(text)}' hoort bij geen enkele code; koppel de waarde",
                             f"'{_shown(text)}' matches no code; link the value")
            else:
                self.problem(column, "leeg; kies wat een lege cel betekent",
                             "empty; choose what an empty cell means")
        return code

    def single(self, field_name: str, default: str | None = None) -> str | None:
        """One code; an empty cell takes the mapping's code for "", else ``default``.

        A required field (the kind) with nothing to go on is a problem of the row, unless
        the field has no column at all: that is one problem of the whole sheet.
        """
        column = self.checker.mapping.column_of(field_name)
        text = self.text(field_name)
        if not text:
            found, code = self.checker.mapping.lookup(field_name, "")
            if found and code is not None:
                return code
            if default is not None or field_name not in REQUIRED_CODED:
                return default
            if column is None:
                self.blocked = True
                return None
        return self.code(field_name, text, column)

    def multi(self, field_name: str) -> list[str]:
        column = self.checker.mapping.column_of(field_name)
        text = self.text(field_name)
        codes: list[str] = []
        if fold(text) in NOTHING:
            text = ""
        if text:
            found, _ = self.checker.mapping.lookup(field_name, text)
            parts = [text] if found or self.checker.exact(field_name, text) else split_values(
                text, lambda part: self.checker.mapping.lookup(field_name, part)[0]
                or self.checker.exact(field_name, part) is not None)
            for part in parts:
                if fold(part) in NOTHING:
                    continue
                code = self.code(field_name, part.strip(), column)
                if code is not None and code not in codes:
                    codes.append(code)
        return codes

    def day(self, field_name: str, *, required: bool) -> date | None:
        column = self.checker.mapping.column_of(field_name)
        if column is None:
            if required:
                self.problem(None, "geen kolom voor de openingsdatum", "no column for the opened date")
            return None
        cell = self.raw(column)
        try:
            parsed = parse_date(cell)
        except NotADate as exc:
            shown = _shown(cell_text(cell))
            if exc.two_digit_year:
                self.problem(column, f"'{shown}': schrijf het jaartal met vier cijfers",
                             f"'{shown}': write the year with four digits")
            else:
                self.problem(column, f"'{shown}' is geen datum", f"'{shown}' is not a date")
            return None
        if parsed is None:
            if required:
                self.problem(column, "geen datum", "no date")
            return None
        if parsed.day > self.checker.today:
            shown = f"{parsed.day:%d-%m-%Y}"
            self.problem(column, f"{shown} ligt in de toekomst", f"{shown} is in the future")
        if parsed.month_only:
            self.checker.result.month_only.append((self.row, column))
        return parsed.day

    def number(self, field_name: str) -> float | None:
        column = self.checker.mapping.column_of(field_name)
        if column is None:
            return None
        cell = self.raw(column)
        if is_empty(cell):
            return None
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            value = float(cell)
        else:
            text = cell_text(cell).replace(" ", "")
            if not _NUMBER.fullmatch(text):
                self.problem(column, f"'{_shown(text)}' is geen getal", f"'{_shown(text)}' is not a number")
                return None
            value = float(text.replace(",", "."))
        if value < 0:
            self.problem(column, "mag niet negatief zijn", "must not be negative")
            return None
        return value


class _Checker:
    def __init__(self, sheet: Sheet, mapping: Mapping, target: Target, today: date, fingerprint: str) -> None:
        self.sheet = sheet
        self.mapping = mapping
        self.target = target
        self.today = today
        self.fingerprint = fingerprint
        self.result = Checked(skeleton=mapping.consent == "skeleton", organisation_names=dict(target.organisations))
        self._lexicons: dict[str, Lexicon] = {}
        header_index = mapping.header_row - 1
        header = sheet.rows[header_index] if header_index < len(sheet.rows) else []
        self.header = header
        self.names = column_names(header, sheet.width)
        self.index = {name: i for i, name in enumerate(self.names)}
        self.category_columns = [(h, t[len(CATEGORY_COLUMN):]) for h, t in mapping.columns.items()
                                 if t.startswith(CATEGORY_COLUMN)]
        self.references: dict[str, int] = {}
        self.uids: set[str] = set()
        self.titles: dict[int, str] = {}

    def exact(self, field_name: str, text: str) -> str | None:
        if field_name == "organisation":
            folded = fold(text)
            for key, name in self.target.organisations.items():
                if fold(key) == folded or fold(name) == folded:
                    return key
            return None
        if field_name not in self._lexicons:
            self._lexicons[field_name] = value_lexicon(field_name)
        return self._lexicons[field_name].exact(text)

    def sheet_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        m = self.mapping
        if m.consent is None:
            problems.append(Problem(None, None, "Kies de toestemming: 'registered' (de melders gaven toestemming "
                                    "voor registratie) of 'skeleton' (alleen statistiek).",
                                    "Choose the consent: 'registered' (the melders consented to registration) or "
                                    "'skeleton' (statistics only)."))
        if m.header_row > len(self.sheet.rows):
            problems.append(Problem(None, None, f"De kopregel (rij {m.header_row}) ligt na de laatste rij.",
                                    f"The header row ({m.header_row}) is after the last row."))
            return problems
        for header in m.columns:
            if header not in self.index:
                problems.append(Problem(m.header_row, header, "deze kolom staat niet in de kopregel",
                                        "this column is not in the header row"))
        for name in self.names:
            if name not in m.columns and any(
                    i < len(r) and not is_empty(r[i]) for r in self.sheet.rows[m.header_row:]
                    for i in (self.index[name],)):
                problems.append(Problem(m.header_row, name, "kolom zonder veld; kies een veld of 'ignore'",
                                        "column without a field; choose a field or 'ignore'"))
        for name in REQUIRED_CODED:
            if m.column_of(name) is None and m.lookup(name, "")[1] is None:
                problems.append(Problem(None, None, f"Er is geen kolom voor '{name}': kies één waarde voor alle "
                                        f"rijen (values.{name}.\"\").",
                                        f"There is no column for '{name}': choose one value for every row "
                                        f"(values.{name}.\"\")."))
        if m.column_of("organisation") is None:
            problems.extend(self._organisation_problems(m.organisation))
        return problems

    def _organisation_problems(self, key: str | None) -> list[Problem]:
        orgs = self.target.organisations
        if key is not None and key not in orgs:
            return [Problem(None, None, f"De organisatie '{key}' staat niet in het notitieboek.",
                            f"The organisation '{key}' is not in the notebook.")]
        if key is None and len(orgs) != 1:
            return [Problem(None, None, "Kies de organisatie waar deze zaken bij horen.",
                            "Choose the organisation these cases belong to.")]
        return []

    def run(self, progress: Progress | None) -> Checked:
        result = self.result
        result.problems.extend(self.sheet_problems())
        if self.mapping.header_row > len(self.sheet.rows):
            return result
        if result.skeleton:
            result.dropped_columns = [h for h, t in self.mapping.columns.items() if t in IDENTIFYING]
        header_folded = [fold(cell_text(c)) for c in self.header]
        data = self.sheet.rows[self.mapping.header_row:]
        total = len(data)
        for offset, cells in enumerate(data):
            if progress is not None and offset % 250 == 0:
                progress(offset, total)
            row_number = self.mapping.header_row + offset + 1
            if all(is_empty(c) for c in cells):
                result.empty_rows += 1
                continue
            folded = [fold(cell_text(c)) for c in cells]
            if folded == header_folded[:len(folded)] or (
                    folded[:len(header_folded)] == header_folded and not any(folded[len(header_folded):])):
                result.header_repeats += 1
                continue
            self._row(row_number, cells)
        if progress is not None:
            progress(total, total)
        return result

    def _row(self, row_number: int, cells: list[Cell]) -> None:
        reader = _RowReader(self, row_number, cells)
        document, organisation = self._document(reader)
        if reader.problems or reader.blocked:
            self.result.problems.extend(reader.problems)
            return
        try:
            parsed = reading.parse({"format": reading.FORMAT, "version": reading.VERSION, "cases": [document]})
        except InvalidInput as exc:
            path, _, nl = exc.nl.partition(": ")
            en = exc.en.partition(": ")[2]
            self.result.problems.append(Problem(row_number, self._column_for(path), nl or exc.nl, en or exc.en))
            return
        case = parsed.cases[0]
        if row_number in self.titles:
            case.title = self.titles.pop(row_number)
        self.result.cases.append(case)
        self.result.rows.append(row_number)
        self.result.per_year[(organisation, case.opened.year)] += 1

    def _column_for(self, path: str) -> str | None:
        parts = re.sub(r"\[\d+\]", "", path.removeprefix("cases[0].")).split(".")
        head = parts[0]
        if head == "contacts" and len(parts) > 1:
            return self.mapping.column_of(f"contacts.{parts[1]}") or self.mapping.column_of("opened")
        if head == "betrokkenen" and len(parts) > 1:
            return self.mapping.column_of(f"betrokkene.{parts[1]}")
        if head == "melder" and len(parts) > 1:
            return self.mapping.column_of(f"melder.{parts[1]}")
        if head == "categories":
            return self.mapping.column_of("categories") or next((h for h, _ in self.category_columns), None)
        return self.mapping.column_of(head)

    def _document(self, r: _RowReader) -> tuple[dict[str, Any], str]:
        skeleton = self.result.skeleton
        m = self.mapping
        doc: dict[str, Any] = {}
        kind = r.single("kind")
        categories = r.multi("categories")
        for header, code in self.category_columns:
            if fold(cell_text(r.raw(header))) not in UNMARKED and code not in categories:
                categories.append(code)
        if not categories and not r.problems_in(m.column_of("categories")):
            found, empty_code = m.lookup("categories", "")
            if found and empty_code is not None:
                categories = [empty_code]
            elif found:
                r.problem(self._column_for("categories"), "leeg; kies wat een lege cel betekent",
                          "empty; choose what an empty cell means")
            else:
                r.problem(self._column_for("categories"), "geen categorie", "no category")
        opened = r.day("opened", required=True)
        closed = r.day("closed", required=False)
        doc.update(kind=kind, categories=categories)
        organisation = self._organisation(r)
        if organisation is not None:
            doc["organisation"] = organisation
        melder: dict[str, Any] = {"role": r.single("melder.role", "onbekend")}
        position = r.single("melder.position")
        if position is not None:
            melder["position"] = position
        betrokkene: dict[str, Any] = {}
        if any(r.text(f"betrokkene.{name}") for name in ("name", "relation", "department")):
            betrokkene["relation"] = r.single("betrokkene.relation", "onbekend")
        if not skeleton:
            for name in ("name", "email", "phone", "department"):
                if r.text(f"melder.{name}"):
                    melder[name] = r.text(f"melder.{name}")
            gender = r.single("melder.gender")
            if gender is not None:
                melder["gender"] = gender
            for name in ("name", "department"):
                if betrokkene and r.text(f"betrokkene.{name}"):
                    betrokkene[name] = r.text(f"betrokkene.{name}")
            if r.text("reference"):
                reference = r.text("reference")
                doc["reference"] = reference
                self._check_reference(r, reference)
            title = r.text("title") if has_title() else ""
            if len(title) > MAX_TITLE:
                r.problem(self.mapping.column_of("title"), f"te lang voor een onderwerp (meer dan {MAX_TITLE} tekens)",
                          f"too long for a subject (more than {MAX_TITLE} characters)")
            elif title and _reader_knows("title"):
                doc["title"] = title
            elif title:
                self.titles[r.row] = title  # set on the parsed case: the interchange reader predates titles
        doc["melder"] = melder
        if betrokkene:
            doc["betrokkenen"] = [betrokkene]
        doc["referrals"] = r.multi("referrals")
        doc["outcomes"] = r.multi("outcomes")
        if opened is not None:
            doc["contacts"] = self._contacts(r, opened, skeleton)
            doc["opened"] = _day_text(opened, skeleton)
        if closed is not None:
            doc["closed"] = _day_text(closed, skeleton)
        if skeleton:
            doc["purged"] = True
            doc["id"] = self._uid(r)
        return doc, organisation or m.organisation or next(iter(self.target.organisations), "")

    def _organisation(self, r: _RowReader) -> str | None:
        column = self.mapping.column_of("organisation")
        if column is None:
            return self.mapping.organisation
        text = r.text("organisation")
        if not text:
            if self.mapping.organisation is None and len(self.target.organisations) != 1:
                r.problem(column, "geen organisatie", "no organisation")
            return self.mapping.organisation
        key = r.code("organisation", text, column)
        if key is not None and key not in self.target.organisations:
            r.problem(column, f"de organisatie '{key}' staat niet in het notitieboek",
                      f"the organisation '{key}' is not in the notebook")
        return key

    def _contacts(self, r: _RowReader, opened: date, skeleton: bool) -> list[dict[str, Any]]:
        count_value = r.number("contacts.count")
        minutes_value = r.number("contacts.minutes")
        notes = "" if skeleton else r.text("notes")
        count_column = self.mapping.column_of("contacts.count")
        if count_value is None:
            count = 1
            self.result.default_contacts += 1
        else:
            if not count_value.is_integer() or count_value > MAX_COUNT:
                r.problem(count_column, f"kies een geheel aantal van 0 tot {MAX_COUNT}",
                          f"choose a whole number from 0 to {MAX_COUNT}")
                return []
            count = int(count_value)
            self.result.count_contacts += count
        minutes = round(minutes_value or 0)
        if count == 0:
            if minutes:
                r.problem(self.mapping.column_of("contacts.minutes"), "minuten bij 0 gesprekken",
                          "minutes with 0 contacts")
            if notes:
                r.problem(self.mapping.column_of("notes"), "opmerkingen bij 0 gesprekken; er is geen contact om "
                          "ze bij te bewaren", "notes with 0 contacts; there is no contact to keep them with")
            return []
        mode = r.single("contacts.mode", "persoonlijk")
        share, extra = divmod(minutes, count)
        day = _day_text(opened, skeleton)
        contacts: list[dict[str, Any]] = []
        for i in range(count):
            contact: dict[str, Any] = {"date": day, "minutes": share + (1 if i < extra else 0), "mode": mode}
            if i == 0 and notes:
                contact["notes"] = notes
            contacts.append(contact)
        return contacts

    def _check_reference(self, r: _RowReader, reference: str) -> None:
        column = self.mapping.column_of("reference")
        if reference in self.target.references:
            r.problem(column, "dit kenmerk staat al in het notitieboek", "this reference is already in the notebook")
        elif reference in self.references:
            r.problem(column, f"dit kenmerk staat ook in rij {self.references[reference]}",
                      f"this reference is also in row {self.references[reference]}")
        else:
            self.references[reference] = r.row

    def _uid(self, r: _RowReader) -> str:
        uid = hashlib.sha256(f"vpnotes-sheet\x1f{self.fingerprint}\x1f{self.sheet.name}\x1f{r.row}".encode()
                             ).hexdigest()[:32]
        if uid in self.target.uids:
            r.problem(None, "deze rij is al eerder ingelezen", "this row was imported before")
        self.uids.add(uid)
        return uid


def _reader_knows(key: str) -> bool:
    """Whether the interchange reader takes ``key`` in a case (v2 adds ``title``)."""
    return key in getattr(reading, "_CASE_KEYS", ())


def _day_text(day: date, month_only: bool) -> str:
    return f"{day:%Y-%m}" if month_only else day.isoformat()


def fingerprint(path: str | Path) -> str:
    """A digest of the file's bytes: an opaque id for rows of this very file."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def check(sheet: Sheet, mapping: Mapping, target: Target, *, today: date | None = None, file_id: str = "",
          progress: Progress | None = None) -> Checked:
    """Check every row of ``sheet`` under ``mapping``; the cases are ready to import when no problem is found."""
    return _Checker(sheet, mapping, target, today or date.today(), file_id).run(progress)


def import_checked(notebook: Notebook, checked: Checked, file_name: str) -> ImportResult:
    """Write the checked cases in one transaction, logged with the file's name and the counts only."""
    if not checked.ok:
        raise InvalidInput(f"De spreadsheet heeft {len(checked.problems)} problemen; er is niets ingelezen.",
                           f"The spreadsheet has {len(checked.problems)} problems; nothing was imported.")
    detail = (f"sheet file={Path(file_name).name} cases={len(checked.cases)} "
              f"skipped={checked.empty_rows + checked.header_repeats} "
              f"consent={'skeleton' if checked.skeleton else 'registered'}")
    return import_data(notebook, Interchange(cases=checked.cases), audit_detail=detail)

