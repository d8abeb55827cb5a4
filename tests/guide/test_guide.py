"""The guide as files: chapters in order, every image it names exists and ships, search.

The menu paths the guide names are checked against the real menus in
``tests/ui/test_guide_kept_true.py`` (that needs the main window).
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

import pytest

from vpnotes import guide

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n"


def test_chapters_are_in_order_with_their_titles() -> None:
    chapters = guide.chapters()
    assert [c.file for c in chapters] == sorted(c.file for c in chapters)
    assert chapters[0].key == "aan-de-slag" and chapters[0].title == "Aan de slag"
    # The chapters the guide must have (issue 13): getting started to the command line.
    for key in ("dagelijks-werk", "jaarverslag", "reservekopieen", "overdracht", "bewaartermijn",
                "avg-verzoeken", "sectoren", "spreadsheet", "opdrachtregel"):
        assert guide.chapter(key).text.startswith("# ")
    with pytest.raises(KeyError):
        guide.chapter("bestaat-niet")


def test_every_image_the_guide_names_exists_as_a_png() -> None:
    named = 0
    for chapter in guide.chapters():
        for image in guide.images(chapter):
            path = guide.folder() / image
            assert path.is_file(), f"{chapter.file} names {image}, which is missing (run tools/screenshots.py)"
            assert path.read_bytes()[:8] == PNG, image
            named += 1
    assert named >= 15


def test_no_image_ships_that_the_guide_does_not_show() -> None:
    named = {Path(image).name for chapter in guide.chapters() for image in guide.images(chapter)}
    shipped = {path.name for path in (guide.folder() / "img").iterdir()}
    assert shipped == named


def test_the_image_check_fails_on_a_missing_image() -> None:
    # The regular expression the check relies on really sees image references.
    text = "Tekst ![Het vergrendelscherm](img/03-unlock.png) en ![x](img/bestaat-niet.png)."
    chapter = guide.Chapter("x", "99-x.md", "X", text)
    assert guide.images(chapter) == ["img/03-unlock.png", "img/bestaat-niet.png"]
    assert not (guide.folder() / "img/bestaat-niet.png").exists()


def test_menu_paths_are_read_from_the_bold_form_only() -> None:
    text = ("Kies **Notitieboek > Overdragen aan een opvolger…** of **Bestand > Vergrendelen**; "
            "*Verslag > Bijdrage voor een gezamenlijk jaarverslag* is er nog niet, **Vet** is geen pad.")
    chapter = guide.Chapter("x", "99-x.md", "X", text)
    assert guide.menu_paths(chapter) == [("Notitieboek", "Overdragen aan een opvolger…"),
                                         ("Bestand", "Vergrendelen")]


def test_search_finds_a_word_across_chapters_ignoring_case_and_accents() -> None:
    hits = guide.search("reservekopieen")  # typed without the diaeresis
    keys = [hit.chapter.key for hit in hits]
    assert "reservekopieen" in keys and "aan-de-slag" in keys
    counts = [hit.count for hit in hits]
    assert counts == sorted(counts, reverse=True)  # most hits first
    best = hits[0]
    assert best.count == guide.fold(" ".join(best.chapter.plain.split())).count("reservekopieen")
    assert "reservekopie" in best.snippet.lower()
    assert guide.search("OVERDRACHTSWACHTZIN")[0].chapter.key == "overdracht"
    assert guide.search("zebrapadvergunning") == []
    assert guide.search("   ") == []


def test_fold_keeps_every_offset() -> None:
    text = "Reservekopieën, Zoë en ÇELİK"
    assert len(guide.fold(text)) == len(text)
    assert guide.fold(text).startswith("reservekopieen, zoe en celi")


def test_the_handleiding_readme_points_at_every_chapter() -> None:
    readme = (ROOT / "docs" / "handleiding" / "README.md").read_text(encoding="utf-8")
    linked = re.findall(r"\]\(\.\./\.\./src/vpnotes/guide/([^)]+\.md)\)", readme)
    assert linked == [c.file for c in guide.chapters()]


def test_the_package_data_rules_ship_every_guide_file() -> None:
    # The guide is package data of vpnotes.guide; a file no rule matches would be missing from the
    # wheel and the bundles (which collect package data) while every test here still passed.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["vpnotes.guide"]
    files = [p.relative_to(guide.folder()).as_posix() for p in guide.folder().rglob("*")
             if p.is_file() and p.suffix != ".pyc" and p.name != "__init__.py"]
    assert files
    for name in files:
        assert any(fnmatch.fnmatch(name, pattern) and name.count("/") == pattern.count("/")
                   for pattern in patterns), f"{name} is not package data"


def test_every_link_between_chapters_leads_to_a_chapter() -> None:
    files = {chapter.file for chapter in guide.chapters()}
    linked = [(chapter.file, target) for chapter in guide.chapters() for target in guide.links(chapter)]
    assert linked  # the guide links its chapters; the check below is not empty
    assert [f"{file} -> {target}" for file, target in linked if target not in files] == []
