"""Conversions between Python values and the text the database stores."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import TypeVar

from vpnotes.domain.dates import month_text, parse_month_or_date

E = TypeVar("E", bound=StrEnum)


def day_text(value: date | None, month_only: bool = False) -> str | None:
    if value is None:
        return None
    return month_text(value) if month_only else value.isoformat()


def day_value(text: str | None) -> date | None:
    return None if text is None else parse_month_or_date(text)


def day_sql(column: str) -> str:
    """SQL for a stored date as ``YYYY-MM-DD``: purged cases and erased entries keep ``YYYY-MM``, read as
    the 1st.

    Without this, ``'2025-01' < '2025-01-01'`` would put a January skeleton in the year before.
    """
    return f"(CASE WHEN length({column}) = 7 THEN {column} || '-01' ELSE {column} END)"


def codes_text(values: Iterable[StrEnum]) -> str:
    return json.dumps([v.value for v in values])


def codes_value(enum: type[E], text: str) -> list[E]:
    return [enum(code) for code in json.loads(text)]


def enum_or_none(enum: type[E], text: str | None) -> E | None:
    return None if text is None else enum(text)
