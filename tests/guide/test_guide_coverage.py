"""The guide covers what the merged app has, and its pictures can be made again.

The joint report, the spreadsheet import, the Flemish register and the first-week work of
issue 9 (the intake, the discreet view, the lock that keeps drafts) are named by their real
menu paths in bold (so ``tests/ui/test_guide_kept_true.py`` checks them against the menus),
not in the italics used for features that had not landed; and every picture the guide shows
is one that ``tools/screenshots.py`` makes, so a changed screen can be photographed anew.
"""

from __future__ import annotations

import re
from pathlib import Path

from vpnotes import guide

ROOT = Path(__file__).resolve().parents[2]

# Feature, chapter and the menu path the chapter must name (Dutch, as the menus read).
LANDED = [
    ("jaarverslag", ("Verslag", "Bijdrage voor een gezamenlijk jaarverslag…")),
    ("jaarverslag", ("Verslag", "Jaarverslag…")),
    ("spreadsheet", ("Bestand", "Registratie uit spreadsheet overnemen…")),
    ("sectoren", ("Notitieboek", "Register van feiten door derden…")),
    ("sectoren", ("Notitieboek", "Organisaties…")),
    ("dagelijks-werk", ("Zaken", "Nieuwe zaak…")),
    ("dagelijks-werk", ("Beeld", "Discrete weergave")),
    ("dagelijks-werk", ("Bestand", "Vergrendelen")),
]


def test_every_landed_feature_is_named_by_its_menu_path_in_bold() -> None:
    missing = [f"{key}: {' > '.join(path)}" for key, path in LANDED
               if path not in guide.menu_paths(guide.chapter(key))]
    assert not missing, "the guide does not name these menu paths in bold:\n" + "\n".join(missing)


def test_the_chapters_of_landed_features_show_their_screens() -> None:
    shown = {key: {Path(image).name for image in guide.images(guide.chapter(key))}
             for key in ("jaarverslag", "spreadsheet", "sectoren")}
    assert "30-report-joint.png" in shown["jaarverslag"]
    assert {"32-sheet-columns.png", "34-sheet-preview.png"} <= shown["spreadsheet"]
    assert "31-register.png" in shown["sectoren"]


def test_the_first_week_screens_are_shown_where_the_guide_explains_them() -> None:
    daily = {Path(image).name for image in guide.images(guide.chapter("dagelijks-werk"))}
    assert {"35-intake.png", "36-lock-before.png", "37-lock-after.png", "38-draft-restored.png",
            "39-cases-discreet.png"} <= daily
    assert "40-suggest-passphrase.png" in {Path(image).name for image in guide.images(guide.chapter("aan-de-slag"))}


def test_the_guide_no_longer_says_a_lock_loses_typing() -> None:
    """The guide once told VPs that a lock throws away what they were typing; drafts keep it now."""
    daily = guide.chapter("dagelijks-werk").text
    assert "verloren" not in daily.split("## Vergrendelen", 1)[1].split("\n## ", 1)[0]
    assert "er is geen discretie" not in daily.lower()


def test_every_picture_in_the_guide_is_made_by_the_screenshot_tool() -> None:
    tool = (ROOT / "tools" / "screenshots.py").read_text(encoding="utf-8")
    made = set(re.findall(r'"(\d\d-[a-z-]+)"', tool))
    assert len(made) >= 30  # the pattern sees the tool's names
    named = {Path(image).stem for chapter in guide.chapters() for image in guide.images(chapter)}
    assert named - made == set(), "tools/screenshots.py no longer makes these pictures"


def test_no_two_screenshots_share_a_number() -> None:
    """Two shots with one number (30-intake beside 30-report-joint) sort apart from their story."""
    tool = (ROOT / "tools" / "screenshots.py").read_text(encoding="utf-8")
    numbers = [name[:2] for name in set(re.findall(r'"(\d\d-[a-z-]+)"', tool))]
    assert sorted(numbers) == sorted(set(numbers))
