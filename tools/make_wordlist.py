"""Build ``resources/report/nl-words.txt.gz``: the ordinary Dutch words the
report screening uses (DESIGN.md §6, "ordinary Dutch word").

Source: OpenTaal's Dutch Hunspell dictionary as Debian ships it
(``apt-get install hunspell-nl``: ``/usr/share/hunspell/nl.dic`` and ``nl.aff``),
licensed under the Revised BSD licence and/or CC BY 3.0 (OpenTaal, see the
header of ``nl.aff``). Only entries that start with a lower-case letter are
kept: OpenTaal writes proper nouns (Jansen, Amsterdam) with a capital, so the
lower-case entries are exactly "a Dutch spelling list without proper nouns". A
frequency list (wordfreq) would not do: it holds common surnames.

Hunspell stores stems plus affix flags; the screening needs inflected forms too
(``grote``, ``meldingen``, ``teams``), so this script expands every stem with
its suffix and prefix rules (one level of continuation classes, which covers
Dutch inflection). Words are stored normalised the way the screening compares
them: NFKD without combining marks, case-folded, ``ĳ`` as ``ij``. One word a
line, sorted, gzip'ed (deterministic: no timestamp in the gzip header).

Run: ``python tools/make_wordlist.py [--dic nl.dic --aff nl.aff] [--out PATH]``.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "vpnotes" / "resources" / "report" / "nl-words.txt.gz"


@dataclass(frozen=True)
class Rule:
    strip: str
    add: str
    flags: tuple[str, ...]
    condition: re.Pattern[str]


@dataclass
class Affix:
    kind: str  # "SFX" or "PFX"
    cross: bool
    rules: list[Rule]


def split_flags(text: str) -> tuple[str, ...]:
    """Flags are two characters each (``FLAG long`` in nl.aff)."""
    return tuple(text[i:i + 2] for i in range(0, len(text) - 1, 2))


def parse_aff(path: Path) -> tuple[dict[str, Affix], set[str]]:
    affixes: dict[str, Affix] = {}
    skip_flags: set[str] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        parts = raw.split()
        if not parts:
            continue
        if parts[0] in ("FORBIDDENWORD", "ONLYINCOMPOUND", "NEEDAFFIX") and len(parts) > 1:
            skip_flags.add(parts[1])
        if parts[0] not in ("SFX", "PFX") or len(parts) < 4:
            continue
        kind, flag = parts[0], parts[1]
        if flag not in affixes and parts[2] in ("Y", "N") and parts[3].isdigit():
            affixes[flag] = Affix(kind, parts[2] == "Y", [])
            continue
        strip, add_field = parts[2], parts[3]
        condition = parts[4] if len(parts) > 4 else "."
        add, _, cont = add_field.partition("/")
        strip = "" if strip == "0" else strip
        add = "" if add == "0" else add
        pattern = ("^" + condition) if kind == "PFX" else (condition + "$")
        affixes[flag].rules.append(Rule(strip, add, split_flags(cont), re.compile(pattern)))
    return affixes, skip_flags


def apply(word: str, affix: Affix, rule: Rule) -> str | None:
    if affix.kind == "SFX":
        if not rule.condition.search(word) or (rule.strip and not word.endswith(rule.strip)):
            return None
        stem = word[: len(word) - len(rule.strip)] if rule.strip else word
        return stem + rule.add
    if not rule.condition.search(word) or (rule.strip and not word.startswith(rule.strip)):
        return None
    return rule.add + word[len(rule.strip):]


def expand(word: str, flags: tuple[str, ...], affixes: dict[str, Affix]) -> set[str]:
    forms = {word}
    suffixed: list[tuple[str, tuple[str, ...]]] = []
    for flag in flags:
        affix = affixes.get(flag)
        if affix is None or affix.kind != "SFX":
            continue
        for rule in affix.rules:
            form = apply(word, affix, rule)
            if form:
                forms.add(form)
                suffixed.append((form, rule.flags))
                for cont in rule.flags:  # continuation classes: one more suffix level
                    inner = affixes.get(cont)
                    if inner is not None and inner.kind == "SFX":
                        for inner_rule in inner.rules:
                            more = apply(form, inner, inner_rule)
                            if more:
                                forms.add(more)
    for flag in flags:
        affix = affixes.get(flag)
        if affix is None or affix.kind != "PFX":
            continue
        for rule in affix.rules:
            form = apply(word, affix, rule)
            if form:
                forms.add(form)
                if affix.cross:
                    for suffixed_form, _ in suffixed:
                        crossed = apply(suffixed_form, affix, rule)
                        if crossed:
                            forms.add(crossed)
    return forms


def normalise(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def build(dic: Path, aff: Path) -> list[str]:
    affixes, skip_flags = parse_aff(aff)
    words: set[str] = set()
    lines = dic.read_text(encoding="utf-8").splitlines()[1:]  # first line: entry count
    for line in lines:
        entry = line.split("\t", 1)[0].strip()
        if not entry:
            continue
        stem, _, flag_text = entry.partition("/")
        flags = split_flags(flag_text)
        # Proper nouns start with a capital in OpenTaal: keep only lower-case entries.
        if not stem or not stem[0].islower() or skip_flags.intersection(flags):
            continue
        for form in expand(stem, flags, affixes):
            # Whole words only: compound fragments ("groot-") and phrases are of no use here.
            if form and form[0].islower() and not form.endswith("-") and " " not in form:
                words.add(normalise(form))
    return sorted(w for w in words if w.isalpha() or re.fullmatch(r"[\w'-]+", w))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dic", type=Path, default=Path("/usr/share/hunspell/nl.dic"))
    parser.add_argument("--aff", type=Path, default=Path("/usr/share/hunspell/nl.aff"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not args.dic.exists() or not args.aff.exists():
        print("nl.dic/nl.aff not found: apt-get install hunspell-nl", file=sys.stderr)
        return 2
    words = build(args.dic, args.aff)
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(("\n".join(words) + "\n").encode("utf-8"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(buffer.getvalue())
    print(f"{len(words)} words, {len(buffer.getvalue())} bytes -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
