"""Proposing a mapping for a spreadsheet (DESIGN.md §11): find the header row
below any title rows, place each column by its header words (Dutch and
English, small typos forgiven) and by its values (dates, codes, crosses), and
map each value to a code by the labels and synonyms of the vocabulary.

Nothing is guessed silently: a column without a field is proposed as
``ignore`` and listed, a value without a code is proposed as ``null`` (the VP
decides) and listed, the consent choice is always left to the VP, and so is the
kind when the sheet has no column for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vpnotes.interchange.sheet.convert import Target, cell_text, column_names, split_values
from vpnotes.interchange.sheet.dates import NotADate, parse_date
from vpnotes.interchange.sheet.mapping import CATEGORY_COLUMN, IGNORE, Mapping, column_fields, has_title
from vpnotes.interchange.sheet.table import Cell, Sheet, is_empty
from vpnotes.interchange.sheet.words import (
    CODED_FIELDS,
    HEADER_WORDS,
    MULTI_VALUED,
    NOTHING,
    UNMARKED,
    Lexicon,
    fold,
    header_lexicon,
    value_lexicon,
)

HEADER_SCAN = 30  # title rows above the header: a few, never dozens
SAMPLE = 2000  # rows looked at to judge a column by its values
SHARE_SAMPLE = 300  # distinct values looked at to judge whether a column holds codes
HOURS = frozenset({"uur", "uren", "u", "hour", "hours", "hrs", "h"})
MARKS = frozenset({"x", "ja", "yes", "j", "y", "1", "v", "true", "waar", "✓", "✔"})


@dataclass
class Proposal:
    mapping: Mapping
    unplaced_columns: list[str] = field(default_factory=list)
    unplaced_values: list[tuple[str, str]] = field(default_factory=list)  # (field, value)
    needs_choice: list[str] = field(default_factory=list)  # fields (and "consent", "organisation") to decide

    def notes(self) -> list[tuple[str, str]]:
        """What the VP must still decide, as (Dutch, English) lines."""
        lines: list[tuple[str, str]] = []
        for column in self.unplaced_columns:
            lines.append((f"Kolom '{column}' is niet geplaatst (voorstel: negeren).",
                          f"Column '{column}' was not placed (proposed: ignore)."))
        for field_name, value in self.unplaced_values:
            shown = value if value else "(leeg)"
            lines.append((f"Waarde '{shown}' bij '{field_name}' hoort nog bij geen code.",
                          f"Value '{value or '(empty)'}' of '{field_name}' has no code yet."))
        for name in self.needs_choice:
            if name == "consent":
                lines.append(("Kies de toestemming: 'registered' of 'skeleton'.",
                              "Choose the consent: 'registered' or 'skeleton'."))
            elif name == "organisation":
                lines.append(("Kies de organisatie.", "Choose the organisation."))
        return lines


def _cells_text(row: list[Cell]) -> list[str]:
    return [cell_text(c) for c in row]


class _Words:
    def __init__(self) -> None:
        self.fields = [f for f in column_fields() if f != IGNORE]
        self.headers = header_lexicon(self.fields)
        self.categories = value_lexicon("categories")
        self.phrases = sorted(((fold(word), name) for name in self.fields for word in HEADER_WORDS.get(name, ())
                               if len(fold(word)) >= 3), key=lambda item: -len(item[0]))

    def header_field(self, text: str) -> tuple[str | None, int]:
        """The field a header names and how sure: 3 exact, 2 typo, 1 a known phrase inside it."""
        folded = fold(text)
        if not folded:
            return None, 0
        exact = self.headers.exact(folded)
        if exact is not None:
            return exact, 3
        near = self.headers.match(folded)
        if near is not None:
            return near, 2
        padded = f" {folded} "
        for phrase, name in self.phrases:
            if f" {phrase} " in padded:
                return name, 1
        return None, 0


def find_header_row(sheet: Sheet, words: _Words | None = None) -> int:
    """The header row (as the program numbers it): the early row that most looks like column names."""
    words = words or _Words()
    best_row, best_score = 1, -1
    for index, row in enumerate(sheet.rows[:HEADER_SCAN]):
        texts = [t for c, t in zip(row, _cells_text(row), strict=True) if isinstance(c, str) and t]
        distinct = len(set(texts))
        if distinct < 2:
            continue
        known = sum(1 for t in set(texts) if words.header_field(t)[1] >= 2 or words.categories.exact(t))
        score = known * 3 + distinct
        if score > best_score:
            best_row, best_score = index + 1, score
    return best_row


def _values(sheet: Sheet, header_row: int, index: int) -> list[Cell]:
    column: list[Cell] = []
    for row in sheet.rows[header_row:header_row + SAMPLE]:
        if index < len(row) and not is_empty(row[index]):
            column.append(row[index])
    return column


def _is_date(cell: Cell) -> bool:
    """A date, or a number that reads as one (an Excel serial of 1950-2099)."""
    try:
        return parse_date(cell) is not None
    except NotADate:
        return False


def _date_share(values: list[Cell]) -> float:
    return sum(1 for v in values if _is_date(v)) / len(values) if values else 0.0


def _mark_column(values: list[Cell]) -> bool:
    return bool(values) and all(fold(cell_text(v)) in MARKS | UNMARKED for v in values)


def _parts(field_name: str, text: str, lexicon: Lexicon) -> list[str]:
    if field_name not in MULTI_VALUED or lexicon.match(text) is not None:
        return [text]
    return split_values(text, lambda part: lexicon.match(part) is not None)


def _code_share(field_name: str, values: list[Cell], lexicon: Lexicon) -> float:
    distinct = list(dict.fromkeys(cell_text(v) for v in values))[:SHARE_SAMPLE]
    if not distinct:
        return 0.0
    placed = 0
    for text in distinct:
        if lexicon.match(text) is not None or all(lexicon.match(p) for p in _parts(field_name, text, lexicon)):
            placed += 1
    return placed / len(distinct)


def propose(sheet: Sheet, target: Target | None = None, *, header_row: int | None = None) -> Proposal:
    """A proposed mapping for ``sheet`` (header row found, or as given), with everything it could not place listed."""
    words = _Words()
    header_row = header_row or find_header_row(sheet, words)
    header = sheet.rows[header_row - 1] if header_row - 1 < len(sheet.rows) else []
    names = column_names(header, sheet.width)
    lexicons = {name: value_lexicon(name) for name in CODED_FIELDS}
    candidates: list[tuple[int, int, str, str]] = []  # (strength, -index, name, field)
    columns: dict[str, str] = {}
    values_of: dict[str, list[Cell]] = {}
    for index, name in enumerate(names):
        values = _values(sheet, header_row, index)
        values_of[name] = values
        header_text = cell_text(header[index]) if index < len(header) else ""
        if not values:  # nothing in the rows looked at: the header alone decides
            field_name, strength = words.header_field(header_text)
            category = words.categories.exact(header_text)
            if category is not None and strength < 3:
                columns[name] = CATEGORY_COLUMN + category
            elif field_name is not None and strength >= 2:
                candidates.append((strength, -index, name, field_name))
            else:
                columns[name] = IGNORE
            continue
        category = words.categories.exact(header_text) or (
            words.categories.match(header_text) if words.header_field(header_text)[1] < 2 else None)
        field_name, strength = words.header_field(header_text)
        if category is not None and (strength < 3 or _mark_column(values)):
            columns[name] = CATEGORY_COLUMN + category
            continue
        if field_name == "categories" and _code_share("categories", values, lexicons["categories"]) < 0.5:
            field_name = "title" if has_title() else "notes"  # a free description under a subject-like header
        if field_name is None or strength == 1:
            by_values = _by_values(values, lexicons)
            if by_values is not None and (field_name is None or (strength == 1 and by_values != field_name)):
                field_name, strength = by_values, max(strength, 1)
        if field_name in ("opened", "closed") and _date_share(values) < 0.5:
            field_name = None  # "Afgerond: ja/nee" is no date column, however well its header reads
        if field_name == "contacts.minutes" and HOURS & set(fold(header_text).split()):
            field_name = None  # time in hours: taking it for minutes would be silently wrong
        if field_name == "reference" and all(cell_text(v).isdigit() for v in values):
            # A row number that starts at 1 every year would clash with last year's cases: the
            # notebook numbers them YYYY-NNN instead (the column is listed as not placed).
            field_name = None
        if field_name is None:
            continue
        candidates.append((strength, -index, name, field_name))
    taken: set[str] = set()
    for _strength, _neg, name, field_name in sorted(candidates, reverse=True):
        chosen: str | None = field_name
        if chosen in taken:
            chosen = "closed" if chosen == "opened" and "closed" not in taken else None
        if chosen is None:
            continue
        columns[name] = chosen
        taken.add(chosen)
    proposal = Proposal(Mapping(header_row=header_row, columns={}, consent=None))
    for name in names:  # sheet order
        target_field = columns.get(name)
        if target_field is None:
            target_field = IGNORE
            proposal.unplaced_columns.append(name)
        proposal.mapping.columns[name] = target_field
    _propose_values(proposal, sheet, names, values_of, lexicons, target)
    proposal.needs_choice.append("consent")
    return proposal


def propose_values(sheet: Sheet, mapping: Mapping, target: Target | None = None) -> Proposal:
    """Values proposed anew for ``mapping``'s columns (after the VP changed them); codes already chosen stay."""
    chosen = {name: {text: code for text, code in table.items() if code is not None}
              for name, table in mapping.values.items()}
    fresh = Mapping(header_row=mapping.header_row, columns=dict(mapping.columns), sheet=mapping.sheet,
                    organisation=mapping.organisation, consent=mapping.consent)
    header = sheet.rows[mapping.header_row - 1] if mapping.header_row - 1 < len(sheet.rows) else []
    names = column_names(header, sheet.width)
    values_of = {name: _values(sheet, mapping.header_row, index) for index, name in enumerate(names)}
    proposal = Proposal(fresh)
    _propose_values(proposal, sheet, names, values_of, {name: value_lexicon(name) for name in CODED_FIELDS},
                    target, chosen)
    if mapping.organisation is not None:
        fresh.organisation = mapping.organisation
        if "organisation" in proposal.needs_choice:
            proposal.needs_choice.remove("organisation")
    return proposal


def _by_values(values: list[Cell], lexicons: dict[str, Lexicon]) -> str | None:
    if _date_share(values) >= 0.8:
        return "opened"
    best, best_share = None, 0.0
    for name, lexicon in lexicons.items():
        share = _code_share(name, values, lexicon)
        if share > best_share:
            best, best_share = name, share
    return best if best_share >= 0.6 else None


def _propose_values(proposal: Proposal, sheet: Sheet, names: list[str], values_of: dict[str, list[Cell]],
                    lexicons: dict[str, Lexicon], target: Target | None,
                    chosen: dict[str, dict[str, str]] | None = None) -> None:
    m = proposal.mapping
    chosen = chosen or {}
    for name, target_field in m.columns.items():
        if target_field not in CODED_FIELDS and target_field != "organisation":
            continue
        table: dict[str, str | None] = {}
        seen: set[str] = set()  # folded: 'Melding' and 'melding' are one value (the check folds too)
        for cell in values_of[name]:
            text = cell_text(cell)
            parts = _parts(target_field, text, lexicons[target_field]) if target_field in MULTI_VALUED else [text]
            for part in parts:
                if fold(part) in seen or (target_field in MULTI_VALUED and fold(part) in NOTHING):
                    continue
                seen.add(fold(part))
                code = chosen.get(target_field, {}).get(part) or (
                    _organisation(part, target) if target_field == "organisation"
                    else lexicons[target_field].match(part))
                table[part] = code
                if code is None:
                    proposal.unplaced_values.append((target_field, part))
        m.values[target_field] = table
    if m.column_of("kind") is None or _has_empty(sheet, m, names, "kind"):
        m.values.setdefault("kind", {})[""] = chosen.get("kind", {}).get("")
        if m.values["kind"][""] is None:
            proposal.unplaced_values.append(("kind", ""))
    if _rows_without_category(sheet, m, names):
        m.values.setdefault("categories", {})[""] = chosen.get("categories", {}).get("")
        if m.values["categories"][""] is None:
            proposal.unplaced_values.append(("categories", ""))
    if m.column_of("organisation") is None:
        organisations = target.organisations if target is not None else {}
        if len(organisations) == 1:
            m.organisation = next(iter(organisations))
        else:
            proposal.needs_choice.append("organisation")


def _organisation(text: str, target: Target | None) -> str | None:
    if target is None:
        return None
    folded = fold(text)
    for key, name in target.organisations.items():
        if fold(key) == folded or fold(name) == folded:
            return key
    return None


def _data_rows(sheet: Sheet, header_row: int) -> list[list[Cell]]:
    return [row for row in sheet.rows[header_row:] if any(not is_empty(c) for c in row)]


def _has_empty(sheet: Sheet, m: Mapping, names: list[str], field_name: str) -> bool:
    column = m.column_of(field_name)
    if column is None:
        return False
    index = names.index(column)
    return any(index >= len(row) or is_empty(row[index]) for row in _data_rows(sheet, m.header_row))


def _rows_without_category(sheet: Sheet, m: Mapping, names: list[str]) -> bool:
    indexes = [names.index(h) for h, t in m.columns.items() if t == "categories"]
    marks = [names.index(h) for h, t in m.columns.items() if t.startswith(CATEGORY_COLUMN)]
    for row in _data_rows(sheet, m.header_row):
        has_value = any(i < len(row) and fold(cell_text(row[i])) not in NOTHING for i in indexes)
        has_mark = any(i < len(row) and fold(cell_text(row[i])) not in UNMARKED for i in marks)
        if not has_value and not has_mark:
            return True
    return False
