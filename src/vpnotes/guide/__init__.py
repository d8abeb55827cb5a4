"""The user guide (gebruikershandleiding): Dutch Markdown chapters with their screenshots.

This package is the guide's single source: ``docs/handleiding/README.md`` points here,
the app's help window renders these files, and they ship as package data in the wheel
and the bundles. No Qt here: the help window (``vpnotes.ui.help_window``) and the tests
both read the guide through these functions.

Conventions the tests keep true (``tests/guide``, ``tests/ui/test_help_window.py``):

- One chapter per file, ``NN-key.md``; the number orders the chapters, the key names
  them for the context map. The first line is ``# Title``.
- Images are relative to the chapter: ``![...](img/NAME.png)``, made by
  ``tools/screenshots.py``.
- A menu path the app must have is written in bold with `` > `` between its parts:
  ``**Notitieboek > Overdragen aan een opvolger…**``. A feature not yet in the app is
  written in plain text, so the check leaves it alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

_CHAPTER_FILE = re.compile(r"^(\d\d)-([a-z0-9-]+)\.md$")
MENU_PATH = re.compile(r"\*\*([^*\n]+?(?: > [^*\n]+?)+)\*\*")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
# Images go, links keep their text, emphasis, code, heading and table marks go. The guide writes
# no "_" emphasis and no block quotes, so "min_cell" and "Bestand > Vergrendelen" stay searchable.
_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|[*`#|]")
SNIPPET_CONTEXT = 40


@dataclass(frozen=True)
class Chapter:
    key: str  # "overdracht": what the context map and links name
    file: str  # "06-overdracht.md"
    title: str
    text: str  # the Markdown

    @property
    def plain(self) -> str:
        """The chapter as plain text (markup and image lines left out), for searching."""
        return _MARKUP.sub(lambda m: m.group(1) or "", self.text)

    def headings(self) -> list[str]:
        return [line.lstrip("#").strip() for line in self.text.splitlines() if line.startswith("#")]


@dataclass(frozen=True)
class Hit:
    chapter: Chapter
    count: int
    snippet: str  # the first match with some text around it


def folder() -> Path:
    """The folder holding the chapters, as a real path (images are loaded relative to it).

    A wheel or a one-folder bundle unpacks package data as files, so this is a plain path;
    a zipped import (not something vpnotes ships) is refused rather than half-working.
    """
    root = resources.files(__name__)
    if not isinstance(root, Path):
        raise RuntimeError("the guide must be installed as files, not inside an archive")
    return root


@cache
def chapters() -> tuple[Chapter, ...]:
    """Every chapter, in order."""
    found: list[Chapter] = []
    for entry in sorted(resources.files(__name__).iterdir(), key=lambda e: e.name):
        match = _CHAPTER_FILE.match(entry.name)
        if match is None:
            continue
        text = entry.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        if not first.startswith("# "):
            raise ValueError(f"{entry.name}: the first line must be '# Title'")
        found.append(Chapter(match.group(2), entry.name, first[2:].strip(), text))
    return tuple(found)


def chapter(key: str) -> Chapter:
    """The chapter named ``key``; :class:`KeyError` when there is none."""
    for item in chapters():
        if item.key == key:
            return item
    raise KeyError(key)


def path_of(item: Chapter) -> Path:
    return folder() / item.file


def fold(text: str) -> str:
    """Case- and accent-insensitive form, one character per character of ``text``.

    Searching "ouder" finds "Ouder" and "reservekopieën" finds "reservekopieen"; because
    the length is kept, a match's offsets are valid in the original text too.
    """
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0]
        lowered = base.casefold()
        out.append(lowered if len(lowered) == 1 else base)
    return "".join(out)


def search(query: str) -> list[Hit]:
    """Chapters that contain ``query`` (as one phrase), most hits first, then in guide order."""
    needle = fold(" ".join(query.split()))
    if not needle:
        return []
    hits: list[Hit] = []
    for item in chapters():
        text = " ".join(item.plain.split())
        folded = fold(text)
        count = folded.count(needle)
        if count:
            at = folded.index(needle)
            start, end = max(0, at - SNIPPET_CONTEXT), min(len(text), at + len(needle) + SNIPPET_CONTEXT)
            while 0 < start < at and not text[start - 1].isspace():  # whole words only
                start += 1
            while at + len(needle) < end < len(text) and not text[end].isspace():
                end -= 1
            snippet = ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
            hits.append(Hit(item, count, snippet))
    order = {item.key: index for index, item in enumerate(chapters())}
    return sorted(hits, key=lambda hit: (-hit.count, order[hit.chapter.key]))


def menu_paths(item: Chapter) -> list[tuple[str, ...]]:
    """The menu paths the chapter names in the marked form, each as its parts."""
    return [tuple(part.strip() for part in found.split(" > ")) for found in MENU_PATH.findall(item.text)]


def links(item: Chapter) -> list[str]:
    """The targets of the chapter's links (other chapters, relative to this one)."""
    return LINK.findall(item.text)


def images(item: Chapter) -> list[str]:
    """The image paths the chapter refers to, relative to the chapter."""
    return IMAGE.findall(item.text)
