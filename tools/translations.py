"""Build the Dutch translation of the UI: ``python tools/translations.py``.

1. ``pyside6-lupdate`` collects the English source strings of ``src/vpnotes/ui/*.py``
   into ``vpnotes_nl.ts``. Bare ``tr("...")`` calls (the case pages' helper, which
   lupdate files under an empty context) are moved to the context that helper
   uses at run time (``vpnotes.ui.widgets.CONTEXT``).
2. The ``vocabulary`` context is added from :mod:`vpnotes.domain.vocabulary`
   (source = English label, translation = Dutch label): one source of truth.
3. Every message gets its Dutch text from the flat JSON files ``nl/*.json``
   (``{"English source": "Nederlandse vertaling"}``; one file per part of the UI).
   A plural message (``tr("%n case(s)", "", n)``) takes a list of Dutch forms,
   singular first: ``{"%n case(s)": ["%n zaak", "%n zaken"]}``.
4. ``pyside6-lrelease`` compiles the ``.qm`` the app loads at start.

``--check`` changes nothing: it exits 1 when a source string has no Dutch text, or the
committed ``.ts``/``.qm`` differ from what the sources and JSON files give now.
Both the ``.ts`` and the ``.qm`` are committed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "vpnotes" / "ui"
TRANSLATIONS = ROOT / "src" / "vpnotes" / "resources" / "translations"
LANGUAGE = "nl"
TS = TRANSLATIONS / f"vpnotes_{LANGUAGE}.ts"
QM = TRANSLATIONS / f"vpnotes_{LANGUAGE}.qm"
JSON_DIR = TRANSLATIONS / LANGUAGE
VOCABULARY_CONTEXT = "vocabulary"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name  # the venv's own copy first
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6")
    return found


Text = str | list[str]  # one translation, or a plural message's forms


def load_json_translations(folder: Path = JSON_DIR) -> dict[str, Text]:
    """All ``nl/*.json`` files merged; the same source with two different texts is an error."""
    merged: dict[str, Text] = {}
    origin: dict[str, str] = {}
    for file in sorted(folder.glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise SystemExit(f"{file.name}: expected one JSON object")
        for source, text in data.items():
            plural = isinstance(text, list) and len(text) == 2 and all(isinstance(t, str) and t for t in text)
            if not plural and (not isinstance(text, str) or not text):
                raise SystemExit(f"{file.name}: empty or non-text translation for {source!r}")
            if source in merged and merged[source] != text:
                raise SystemExit(f"{file.name} and {origin[source]} translate {source!r} differently")
            merged[source] = text
            origin[source] = file.name
    return merged


def vocabulary_pairs() -> dict[str, str]:
    """English label -> Dutch label for every code of the fixed vocabulary."""
    sys.path.insert(0, str(ROOT / "src"))
    from vpnotes.domain import vocabulary

    pairs: dict[str, str] = {}
    for item in vars(vocabulary).values():
        if isinstance(item, type) and issubclass(item, vocabulary.Vocab) and item is not vocabulary.Vocab:
            for code in item:
                # The same English label means the same Dutch label everywhere (one lookup per source).
                pairs.setdefault(code.label_en, code.label_nl)
    for english, dutch in vocabulary.sector_label_pairs():  # the labels a sector gives a code (§9)
        pairs.setdefault(english, dutch)
    return pairs


def _bare_tr_context() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    try:
        from vpnotes.ui.widgets import CONTEXT
    except ImportError:
        return ""
    return str(CONTEXT)


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.findall("context"):
        if context.findtext("name", "") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _add_message(context: ET.Element, source: str) -> ET.Element:
    for message in context.findall("message"):
        if message.findtext("source") == source:
            return message
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = source
    ET.SubElement(message, "translation", {"type": "unfinished"})
    return message


def _set_translation(translation: ET.Element, text: Text, plural: bool) -> None:
    for form in list(translation):
        translation.remove(form)
    if plural:
        translation.text = None
        for form_text in (text if isinstance(text, list) else [text, text]):
            ET.SubElement(translation, "numerusform").text = form_text
    else:
        translation.text = text if isinstance(text, str) else text[-1]


def build_ts(target: Path, translations: dict[str, Text] | None = None) -> list[tuple[str, str]]:
    """Write the complete ``.ts`` to ``target``; returns (context, source) pairs lacking Dutch text."""
    sources = sorted(str(p) for p in SOURCES.glob("*.py"))
    with tempfile.TemporaryDirectory() as temp:
        raw = Path(temp) / "raw.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete",
                        "-target-language", LANGUAGE, "-ts", str(raw)],
                       check=True, capture_output=True, text=True)
        tree = ET.parse(raw)
    root = tree.getroot()

    bare = _bare_tr_context()
    for context in list(root.findall("context")):
        if context.findtext("name", "") == "" and bare:
            target_context = _context(root, bare)
            for message in context.findall("message"):
                added = _add_message(target_context, message.findtext("source", ""))
                if message.get("numerus") == "yes":
                    added.set("numerus", "yes")
            root.remove(context)

    vocabulary = _context(root, VOCABULARY_CONTEXT)
    for source in vocabulary_pairs():
        _add_message(vocabulary, source)

    mapping: dict[str, Text] = dict(translations if translations is not None else load_json_translations())
    mapping.update(vocabulary_pairs())
    missing: list[tuple[str, str]] = []
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name", ""))
    for context in root.findall("context"):
        root.remove(context)
    for context in contexts:
        name = context.findtext("name", "")
        messages = sorted(context.findall("message"), key=lambda m: m.findtext("source", ""))
        for message in context.findall("message"):
            context.remove(message)
        for message in messages:
            context.append(message)
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            if source in mapping:
                _set_translation(translation, mapping[source], message.get("numerus") == "yes")
                translation.attrib.pop("type", None)
            else:
                translation.text = None
                translation.set("type", "unfinished")
                missing.append((name, source))
        root.append(context)
    root.set("language", "nl_NL")
    root.set("sourcelanguage", "en")
    ET.indent(tree, space="    ")
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return missing


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)


def check() -> list[str]:
    """Problems with the committed translation; empty when it is complete and up to date."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as temp:
        fresh_ts = Path(temp) / TS.name
        missing = build_ts(fresh_ts)
        problems += [f"no Dutch text for {source!r} (context {context!r})" for context, source in missing]
        if not TS.exists() or TS.read_bytes() != fresh_ts.read_bytes():
            problems.append(f"{TS.name} is out of date: run python tools/translations.py")
        fresh_qm = Path(temp) / QM.name
        if TS.exists():
            compile_qm(TS, fresh_qm)
            if not QM.exists() or QM.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"{QM.name} is not compiled from {TS.name}: run python tools/translations.py")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="verify only; change nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    missing = build_ts(TS)
    compile_qm(TS, QM)
    for context, source in missing:
        print(f"missing Dutch text [{context}]: {json.dumps(source, ensure_ascii=False)}")
    print(f"{TS.relative_to(ROOT)}: {'complete' if not missing else f'{len(missing)} missing'}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
