"""Full-text search over the notebook (FTS5, diacritics-insensitive).

The index holds one row per case (rowid = case id) with its names, contact
summaries and notes, follow-up texts and the other free text. It is rebuilt for
a case inside the same transaction as any change to that case, so search and
data never disagree. The index is contentless: the text itself lives only in
the case tables.
"""

from __future__ import annotations

import re
from typing import Any

_TOKEN = re.compile(r"\w+", re.UNICODE)

# Letters that FTS5's unicode61 tokenizer does not fold to ASCII (they are not
# "letter + diacritic" in Unicode), but that a Dutch keyboard user types plainly:
# Yılmaz is found as Yilmaz, Łukasz as Lukasz. Applied to indexed text and queries.
_FOLD = str.maketrans({
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D",
})


def fold(text: str) -> str:
    return text.translate(_FOLD)

_CASE_TEXT = """
SELECT coalesce(reference, ''), coalesce(melder_name, ''), coalesce(melder_email, ''),
       coalesce(melder_phone, ''), coalesce(melder_department, ''),
       coalesce(breach_justification, ''), coalesce(hold_reason, ''), coalesce(title, '')
FROM cases WHERE id = ?
"""


def case_text(conn: Any, case_id: int) -> str:
    row = conn.execute(_CASE_TEXT, (case_id,)).fetchone()
    if row is None:
        return ""
    parts: list[str] = list(row)
    for sql in (
        "SELECT coalesce(name, '') || ' ' || coalesce(department, '') FROM betrokkenen WHERE case_id = ?",
        "SELECT coalesce(summary, '') || ' ' || coalesce(notes, '') FROM contacts WHERE case_id = ?",
        "SELECT text FROM followups WHERE case_id = ?",
    ):
        parts.extend(r[0] for r in conn.execute(sql, (case_id,)))
    return "\n".join(p for p in parts if p)


def reindex(conn: Any, case_id: int) -> None:
    """Replace the case's index row by its current text (inside the caller's transaction)."""
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (case_id,))
    text = fold(case_text(conn, case_id))
    if text:
        conn.execute("INSERT INTO search_index(rowid, text) VALUES (?, ?)", (case_id, text))


def unindex(conn: Any, case_id: int) -> None:
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (case_id,))


def match_expression(query: str) -> str | None:
    """An FTS5 expression: every word of the query must start a word in the case.

    Words are quoted, so FTS5 operators in user input have no effect.
    """
    tokens = _TOKEN.findall(fold(query))
    if not tokens:
        return None
    return " ".join('"' + token.replace('"', "") + '"*' for token in tokens)


def search_case_ids(conn: Any, query: str, limit: int | None = None) -> list[int]:
    """Ids of cases matching ``query``, most recently opened first."""
    expression = match_expression(query)
    if expression is None:
        return []
    sql = (
        "SELECT c.id FROM search_index JOIN cases c ON c.id = search_index.rowid "
        "WHERE search_index MATCH ? ORDER BY c.opened DESC, c.id DESC"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in conn.execute(sql, (expression,))]
