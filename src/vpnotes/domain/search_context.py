"""Why a case matched a search: the matching words in their context (issue 9 item 3).

The full-text index says *which* cases match; the list shows *why* with a short
excerpt around the first match in the case's own texts. It is computed from the
decrypted case when its row is shown, never stored. Matching mirrors the index:
every query word matches as a prefix of a word, case- and accent-insensitively.
"""

from __future__ import annotations

import re
import unicodedata

from vpnotes.domain.model import Case

WIDTH = 60  # characters of context around the match


def _fold_map(text: str) -> tuple[str, list[int]]:
    """``text`` case-folded without accents, and for each folded character its index in ``text``."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char).casefold():
            if not unicodedata.combining(part):
                folded.append(part)
                origin.append(index)
    return "".join(folded), origin


def case_texts(case: Case) -> list[str]:
    """The case's searchable texts, most telling first."""
    texts = [case.title or "", case.melder.name or "", case.melder.department or ""]
    texts += [b.name or "" for b in case.betrokkenen]
    for contact in sorted(case.contacts, key=lambda c: c.date, reverse=True):
        texts += [contact.summary or "", contact.notes or ""]
    texts += [f.text for f in case.followups]
    return [t for t in texts if t]


def match_context(case: Case, query: str, width: int = WIDTH) -> str:
    """``…words around the first match…`` of ``query`` in ``case``, or empty when none of its texts match."""
    return match_in_texts(case_texts(case), query, width)


def match_in_texts(texts: list[str], query: str, width: int = WIDTH) -> str:
    """``…words around the first match…`` of ``query`` in the first of ``texts`` that has one."""
    words = [w for w in re.findall(r"\w+", _fold_map(query)[0]) if w]
    if not words:
        return ""
    for text in texts:
        folded, origin = _fold_map(text)
        for word in words:
            found = re.search(r"(?<!\w)" + re.escape(word), folded)
            if found is None:
                continue
            start, end = origin[found.start()], origin[found.end() - 1] + 1
            left = max(0, start - width // 2)
            right = min(len(text), end + width // 2)
            excerpt = " ".join(text[left:right].split())
            return ("…" if left > 0 else "") + excerpt + ("…" if right < len(text) else "")
    return ""
