"""Step 3 of the annual report: screening of every free text that goes into it
(DESIGN.md §6) against what the vault holds and against patterns.

*Blocking* (the export stops until the text is changed): full names and
surnames (tussenvoegsels such as van, de, der, ter ignored), emails and phone
numbers stored in the vault, case references, departments below k, BSN (valid
by the elfproef), IBAN, postcodes (``[1-9][0-9]{3} ?[A-Z]{2}``, case-sensitive)
and dates with a day. Month with year ("maart 2026") and a year alone are fine.

*Warnings* (the VP acknowledges each one): a first name alone; a surname part
that is also an ordinary Dutch word written in lower case and not after a
tussenvoegsel ("een groot deel" warns, "mevrouw Groot" and "de Boer" block);
capitalised words from the vault's notes that are no ordinary Dutch word (third
parties named only in notes); an e-mail address the vault does not hold.

Matching is case- and diacritics-insensitive and spans line breaks (the text is
read as a sequence of words, whatever separates them; a word hyphenated across
a line break is read joined as well). A stored name is split into a first name
(its first word) and surname parts (every other word and hyphen-part that is
not a tussenvoegsel). A :class:`Finding` names the text and the word as
written: it is shown to the VP only, never logged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from vpnotes.domain import belgian
from vpnotes.i18n import pick
from vpnotes.report.aggregate import department_key
from vpnotes.report.wordlist import normalise, words
from vpnotes.store.vault import Vault

TUSSENVOEGSELS = frozenset({
    "van", "de", "der", "den", "het", "t", "ter", "ten", "te", "in", "op", "onder", "over", "uit", "aan",
    "bij", "voor", "tot", "la", "le", "les", "du", "da", "das", "di", "del", "della", "dos", "des", "d", "l",
    "von", "vom", "zu", "zum", "zur", "am", "auf", "al", "el", "vd",
})
# A surname part right after one of these is read as a surname ("de Boer"), even in lower case. Narrower
# than the list above: "te groot", "in groot verband" and "voor groot onderhoud" are ordinary Dutch.
_NAME_PREFIXES = frozenset({"van", "de", "der", "den", "ter", "ten", "t", "von", "vom", "la", "le", "du", "da",
                            "di", "del", "des", "vd"})

BLOCKING: dict[str, tuple[str, str]] = {
    "name": ("naam", "name"),
    "surname": ("achternaam", "surname"),
    "email": ("e-mailadres uit het notitieboek", "e-mail address from the notebook"),
    "phone": ("telefoonnummer uit het notitieboek", "phone number from the notebook"),
    "reference": ("zaakkenmerk", "case reference"),
    "department": ("afdeling met te weinig zaken", "department with too few cases"),
    "bsn": ("BSN", "citizen service number (BSN)"),
    "iban": ("IBAN", "IBAN"),
    "postcode": ("postcode", "postcode"),
    "date": ("datum met dag", "date with a day"),
    "rijksregisternummer": ("rijksregisternummer", "Belgian national register number"),
    "belgian_phone": ("Belgisch telefoonnummer", "Belgian phone number"),
}
WARNINGS: dict[str, tuple[str, str]] = {
    "first_name": ("voornaam", "first name"),
    "surname_word": ("gewoon woord dat ook een achternaam is", "ordinary word that is also a surname"),
    "notes_word": ("naam of woord uit de aantekeningen", "name or word from the notes"),
    "email_address": ("e-mailadres", "e-mail address"),
}

_WORD = re.compile(r"\w+")
# Words that start with a capital, found by the regex engine (not a Python loop over every word of every
# note): Python's re has no \p{Lu}, so the class lists the capitals of the Basic Multilingual Plane.
_CAPITALS = "".join(re.escape(chr(c)) for c in range(0x10000) if chr(c).isupper())
_CAPITALISED = re.compile(rf"(?<!\w)[{_CAPITALS}]\w+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d \t\n\-().]{4,}\d(?!\w)")
_BSN = re.compile(r"(?<![\d.,])(\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\d])")
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\b")
_NL_IBAN = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")
_POSTCODE = re.compile(r"(?<!\w)[1-9][0-9]{3}\s?[A-Z]{2}(?!\w)")  # case-sensitive on purpose
_MONTHS = (r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
           r"|january|february|march|may|june|july|october"
           r"|jan|febr?|mrt|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec)")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
_DATES = (
    re.compile(rf"(?<![\w.,-]){_DAY}(?:e|ste|de)?\s+{_MONTHS}\b\.?(?:\s+\d{{4}}\b)?", re.IGNORECASE),
    re.compile(rf"(?<![\w.,-]){_DAY}[-/.]{_MONTH_NUMBER}[-/.](?:\d{{4}}|\d{{2}})(?![\w])"),
    re.compile(rf"(?<![\w.,-])\d{{4}}-{_MONTH_NUMBER}-{_DAY}(?![\w])"),
)
_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\r?\n\s*(\w)")
_EDGE_PUNCTUATION = ".,;:!?()[]{}\"'«»“”‘’<>"


@dataclass(frozen=True)
class TextBlock:
    """One free text that goes into the report, e.g. ``signal:3``, labelled for the VP."""

    key: str
    label: str
    text: str


@dataclass(frozen=True)
class Finding:
    """A hit in one text: which text, which word (as written), why, and where."""

    block: str
    label: str
    word: str
    reason: str
    blocking: bool
    spans: tuple[tuple[int, int], ...]

    @property
    def key(self) -> str:
        """Stable identity for acknowledging a warning: the same word in the same text."""
        return f"{self.block}|{self.reason}|{normalise(self.word)}"

    @property
    def reason_text(self) -> str:
        nl, en = (BLOCKING if self.blocking else WARNINGS)[self.reason]
        return pick(nl, en)

    def describe(self) -> str:
        """One line for the VP (terminal or app): text, word, reason. Never for a log."""
        return f"{self.label}: “{self.word}” ({self.reason_text})"


@dataclass(frozen=True)
class ScreeningResult:
    blocking: tuple[Finding, ...] = ()
    warnings: tuple[Finding, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.blocking and not self.warnings

    def unacknowledged(self, accepted: Iterable[str]) -> tuple[Finding, ...]:
        done = set(accepted)
        return tuple(w for w in self.warnings if w.key not in done)


@dataclass
class Lexicon:
    """What the vault holds that must not (or should rather not) appear in the report."""

    full_names: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)  # first part -> name sequences
    surname_parts: set[str] = field(default_factory=set)
    first_names: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    references: set[str] = field(default_factory=set)
    departments: set[tuple[str, ...]] = field(default_factory=set)
    notes_words: set[str] = field(default_factory=set)
    belgian: bool = False  # also block rijksregisternummers and Belgian phone numbers (sector vlaanderen)

    def add_name(self, name: str | None) -> None:
        if not name:
            return
        parts = [normalise(w) for w in _WORD.findall(name) if not w.isdigit()]
        if not parts:
            return
        first, rest = parts[0], parts[1:]
        if len(first) > 1 and first not in TUSSENVOEGSELS:
            self.first_names.add(first)
        surnames = [p for p in rest if p not in TUSSENVOEGSELS and len(p) > 1]
        self.surname_parts.update(surnames)
        sequence = tuple(p for p in parts if p not in TUSSENVOEGSELS and len(p) > 1)
        if len(sequence) >= 2:
            self.full_names.setdefault(sequence[0], set()).add(sequence)

    def add_department(self, name: str | None) -> None:
        sequence = tuple(normalise(w) for w in _WORD.findall(name or ""))
        if sequence:
            self.departments.add(sequence)

    def add_notes(self, texts: Iterable[str | None], allowed: set[str]) -> None:
        """Capitalised words of the notes that are no ordinary Dutch word (nor an abbreviation like HR).

        A word that starts a sentence is capitalised by grammar, not because it is a name
        ("Bedrijfsarts gebeld"), so only capitals inside a sentence count. Notes repeat their
        words a lot: candidates are collected first and each distinct one is looked up once.
        """
        # One pass of the regex engine over all notes, a line break between two (a note opens a sentence).
        text = "\n".join(t for t in texts if t)
        candidates: set[str] = set()
        for match in _CAPITALISED.finditer(text):
            token = match.group()
            if token.isupper() and len(token) <= 4:
                continue
            if not starts_sentence(text, match.start()):
                candidates.add(token)
        dictionary = words()
        for token in candidates:
            norm = normalise(token)
            if norm not in dictionary and norm not in allowed:
                self.notes_words.add(norm)


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a line or a sentence (quotes and brackets skipped)."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘([-":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n\r"


def phone_digits(text: str) -> str:
    """Digits of a phone number with the Dutch country code written as a leading 0."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0031"):
        return "0" + digits[4:]
    if text.strip().startswith("+31"):
        return "0" + digits[2:]
    return digits


def build_lexicon(vault: Vault, *, departments_below_k: Iterable[str] = (),
                  allowed_words: Iterable[str] = (), belgian: bool | None = None) -> Lexicon:
    """Everything identifying the whole vault holds (all organisations, all years).

    ``departments_below_k``: department names that may not appear; ``allowed_words``:
    words the report itself shows (organisation name, departments in its tables)
    and that therefore never warn as words from the notes. ``belgian``: also block
    rijksregisternummers and Belgian phone numbers; by default when the notebook serves a
    Flemish organisation (DESIGN.md §9: the lexicon is the whole notebook's, so is this).
    """
    if belgian is None:
        belgian = vault.query_one("SELECT 1 FROM organisations WHERE sector = 'vlaanderen' LIMIT 1") is not None
    lexicon = Lexicon(belgian=belgian)
    allowed = {normalise(w) for text in allowed_words for w in _WORD.findall(text)}
    names: set[str] = set()  # distinct names first: they repeat across cases
    for name, email, phone, reference in vault.query(
            "SELECT melder_name, melder_email, melder_phone, reference FROM cases"):
        if name:
            names.add(name)
        if email:
            lexicon.emails.add(normalise(email.strip()))
        if phone and len(phone_digits(phone)) >= 6:
            lexicon.phones.add(phone_digits(phone))
        if reference:
            lexicon.references.add(normalise(reference.strip()))
    names.update(name for (name,) in vault.query("SELECT name FROM betrokkenen WHERE name IS NOT NULL"))
    for name in names:
        lexicon.add_name(name)
    for department in departments_below_k:
        lexicon.add_department(department)
    lexicon.add_notes((text for row in vault.query(
        "SELECT notes, summary FROM contacts WHERE notes IS NOT NULL OR summary IS NOT NULL") for text in row),
        allowed)
    # A known name is screened as a name, not as a word from the notes.
    lexicon.notes_words -= lexicon.first_names | lexicon.surname_parts
    return lexicon


def department_names(vault: Vault, organisation_ids: Sequence[int]) -> dict[str, str]:
    """Every department the organisations' cases mention (melder or betrokkene): key -> as written."""
    marks = ",".join("?" * len(organisation_ids))
    names: dict[str, str] = {}
    for (name,) in vault.query(
            f"SELECT melder_department FROM cases WHERE organisation_id IN ({marks}) AND melder_department IS NOT NULL "
            f"UNION SELECT b.department FROM betrokkenen b JOIN cases c ON c.id = b.case_id "
            f"WHERE c.organisation_id IN ({marks}) AND b.department IS NOT NULL",
            [*organisation_ids, *organisation_ids]):
        if department_key(name):
            names.setdefault(department_key(name), name)
    return names


@dataclass(frozen=True)
class _Token:
    norm: str
    start: int
    end: int
    text: str


def _tokens(text: str) -> list[_Token]:
    return [_Token(normalise(m.group()), m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


class _Collector:
    def __init__(self, block: TextBlock) -> None:
        self.block = block
        self.found: dict[tuple[str, str], tuple[str, bool, list[tuple[int, int]]]] = {}

    def add(self, reason: str, start: int, end: int, *, blocking: bool) -> None:
        word = " ".join(self.block.text[start:end].split())
        key = (reason, normalise(word))
        if key not in self.found:
            self.found[key] = (word, blocking, [])
        self.found[key][2].append((start, end))

    def findings(self) -> list[Finding]:
        return [Finding(self.block.key, self.block.label, word, reason, blocking, tuple(spans))
                for (reason, _), (word, blocking, spans) in self.found.items()]


def screen(blocks: Sequence[TextBlock], lexicon: Lexicon) -> ScreeningResult:
    """Screen every block; blocking hits first, then warnings, in text order."""
    blocking: list[Finding] = []
    warnings: list[Finding] = []
    for block in blocks:
        collector = _Collector(block)
        _screen_words(block.text, lexicon, collector)
        joined = _HYPHEN_BREAK.sub(r"\1\2", block.text)
        if joined != block.text:  # "Jan-\nsen": also read the word joined; spans then point to the joined text
            _screen_joined(joined, lexicon, collector)
        _screen_patterns(block.text, lexicon, collector)
        for finding in collector.findings():
            (blocking if finding.blocking else warnings).append(finding)
    order = {block.key: i for i, block in enumerate(blocks)}

    def sort_key(f: Finding) -> tuple[int, int]:
        return order[f.block], f.spans[0][0]

    return ScreeningResult(tuple(sorted(blocking, key=sort_key)), tuple(sorted(warnings, key=sort_key)))


def _screen_words(text: str, lexicon: Lexicon, out: _Collector) -> None:
    tokens = _tokens(text)
    covered: set[int] = set()
    # Full names: consecutive words of the name, tussenvoegsels in the text skipped.
    filtered = [i for i, t in enumerate(tokens) if t.norm not in TUSSENVOEGSELS]
    for pos, index in enumerate(filtered):
        for sequence in lexicon.full_names.get(tokens[index].norm, ()):
            window = filtered[pos:pos + len(sequence)]
            if len(window) == len(sequence) and all(tokens[i].norm == s for i, s in zip(window, sequence, strict=True)):
                out.add("name", tokens[window[0]].start, tokens[window[-1]].end, blocking=True)
                covered.update(range(window[0], window[-1] + 1))
    # Departments below k: their words in a row.
    for sequence in lexicon.departments:
        for i in range(len(tokens) - len(sequence) + 1):
            if all(tokens[i + j].norm == s for j, s in enumerate(sequence)):
                out.add("department", tokens[i].start, tokens[i + len(sequence) - 1].end, blocking=True)
                covered.update(range(i, i + len(sequence)))
    dictionary = words()
    for i, token in enumerate(tokens):
        if i in covered or len(token.norm) < 2:
            continue
        if token.norm in lexicon.surname_parts:
            after_tussenvoegsel = i > 0 and tokens[i - 1].norm in _NAME_PREFIXES
            ordinary = token.norm in dictionary
            if ordinary and token.text.islower() and not after_tussenvoegsel:
                out.add("surname_word", token.start, token.end, blocking=False)
            else:
                out.add("surname", token.start, token.end, blocking=True)
        elif token.norm in lexicon.first_names:
            out.add("first_name", token.start, token.end, blocking=False)
        elif token.norm in lexicon.notes_words:
            out.add("notes_word", token.start, token.end, blocking=False)


def _screen_joined(joined: str, lexicon: Lexicon, out: _Collector) -> None:
    """Only new blocking name hits from words hyphenated across a line break."""
    probe = _Collector(TextBlock(out.block.key, out.block.label, joined))
    _screen_words(joined, lexicon, probe)
    for (reason, norm), (word, blocking, _) in probe.found.items():
        if blocking and (reason, norm) not in out.found:
            out.found[(reason, norm)] = (word, True, [(0, 0)])


def _screen_patterns(text: str, lexicon: Lexicon, out: _Collector) -> None:
    for match in _EMAIL.finditer(text):
        known = normalise(match.group()) in lexicon.emails
        out.add("email" if known else "email_address", match.start(), match.end(), blocking=known)
    for match in _PHONE.finditer(text):
        digits = phone_digits(match.group())
        if any(phone in digits for phone in lexicon.phones):
            out.add("phone", match.start(), match.end(), blocking=True)
    for match in re.finditer(r"\S+", text):
        chunk = match.group()
        for part in {chunk, *chunk.split("/")}:
            stripped = part.strip(_EDGE_PUNCTUATION)
            if stripped and normalise(stripped) in lexicon.references:
                start = match.start() + chunk.find(stripped)
                out.add("reference", start, start + len(stripped), blocking=True)
    for match in _BSN.finditer(text):
        if _elfproef(re.sub(r"\D", "", match.group())):
            out.add("bsn", match.start(), match.end(), blocking=True)
    for match in _IBAN.finditer(text):
        if _is_iban(match.group()):
            out.add("iban", match.start(), match.end(), blocking=True)
    for match in _POSTCODE.finditer(text):
        out.add("postcode", match.start(), match.end(), blocking=True)
    for pattern in _DATES:
        for match in pattern.finditer(text):
            out.add("date", match.start(), match.end(), blocking=True)
    if lexicon.belgian:
        for reason, spans in (("rijksregisternummer", belgian.rijksregister_spans(text)),
                              ("belgian_phone", belgian.phone_spans(text))):
            for start, end in spans:
                out.add(reason, start, end, blocking=True)


def _elfproef(digits: str) -> bool:
    if len(digits) != 9 or digits == "0" * 9:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def _is_iban(text: str) -> bool:
    compact = re.sub(r"\s", "", text).upper()
    if _NL_IBAN.match(compact):
        return True
    for length in range(len(compact), 14, -1):  # the match may run into a following word
        candidate = compact[:length]
        rearranged = candidate[4:] + candidate[:4]
        number = "".join(str(int(ch, 36)) for ch in rearranged)
        if int(number) % 97 == 1:
            return True
    return False

