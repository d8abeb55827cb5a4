"""Recognising the words a VP types in her spreadsheet: folding (case,
diacritics, punctuation), a small typo distance, and the synonym tables that
turn header texts into fields and cell values into codes.

Code words come from :mod:`vpnotes.domain.vocabulary` (every code, its Dutch and
English label), so codes added there are recognised at once; the extra words
below are one data table. Entries for codes the vocabulary does not (yet) have
are skipped, so the table may name codes another version adds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum

from vpnotes.domain.vocabulary import (
    CaseKind,
    Category,
    ContactMode,
    Gender,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
)

_NON_WORD = re.compile(r"[^0-9a-z]+")

# The coded fields a column can fill, and the vocabulary each takes its codes from.
CODED_FIELDS: dict[str, type[StrEnum]] = {
    "kind": CaseKind,
    "categories": Category,
    "melder.role": MelderRole,
    "melder.position": MelderPosition,
    "melder.gender": Gender,
    "betrokkene.relation": Relation,
    "referrals": Referral,
    "outcomes": Outcome,
    "contacts.mode": ContactMode,
}
MULTI_VALUED = ("categories", "referrals", "outcomes")

# Words people use for a code besides its labels (folded when loaded). Keyed by field, then code.
EXTRA_VALUES: dict[str, dict[str, tuple[str, ...]]] = {
    "kind": {
        "advies": ("vraag", "vragen", "adviesvraag", "advice", "question", "informatie", "info", "sparren",
                   "consult", "adviesgesprek"),
        "melding": ("melden", "report", "meldingen", "klacht"),
        "signaal": ("signal", "signalering", "indirect"),
    },
    "categories": {
        "seksuele_intimidatie": ("ongewenste intimiteiten", "ongewenste intimiteit", "si", "oi",
                                 "ongewenst seksueel gedrag", "seksueel", "seksuele intimidatie",
                                 "sexual harassment", "sexueel", "sexuele intimidatie"),
        "intimidatie": ("harassment", "geintimideerd", "intimiderend gedrag"),
        "pesten": ("gepest", "pestgedrag", "bullying", "treiteren", "mobbing", "pesterijen"),
        "agressie_geweld": ("agressie", "geweld", "aggression", "violence", "fysiek geweld", "verbaal geweld",
                            "verbale agressie", "agressie geweld", "agressie en geweld"),
        "discriminatie": ("racisme", "discrimination", "discriminatie op afkomst", "seksisme"),
        "integriteit": ("integriteitsschending", "misstand", "vermoeden misstand", "fraude", "integrity",
                        "klokkenluider", "integriteitskwestie"),
        "werkdruk": ("stress", "burn out", "burnout", "workload", "werkstress", "te hoge werkdruk",
                     "stress en burn out"),
        "arbeidsconflict": ("conflict", "ruzie", "conflict met leidinggevende", "werkconflict",
                            "conflict met collega", "work conflict"),
        "bedreiging": ("bedreigd", "bedreigingen", "dreiging", "threat", "threats"),
        "overig": ("anders", "overige", "other", "divers", "rest"),
    },
    "melder.role": {
        "medewerker": ("werknemer", "employee", "personeelslid", "mdw", "medewerkster", "staff"),
        "leidinggevende": ("manager", "teamleider", "teamleidster", "lg", "leidinggevend", "hiërarchische lijn"),
        "oud_medewerker": ("oud medewerker", "ex medewerker", "oud werknemer", "former employee", "ex werknemer"),
        "flexwerker": ("uitzendkracht", "inhuur", "zzp", "zzp er", "zzper", "oproepkracht", "gedetacheerde",
                       "tijdelijk", "temp", "flex"),
        "stagiair": ("stagiaire", "stagair", "intern", "stage", "trainee"),
        "sollicitant": ("kandidaat", "applicant"),
        "vrijwilliger": ("volunteer", "vrijwilligster"),
        "extern": ("external", "bezoeker", "externe"),
        "onbekend": ("unknown", "nvt", "n v t", "anoniem", "onbekend"),
    },
    "melder.position": {
        "zelf": ("slachtoffer", "self", "zelf betrokken", "zelf", "eigen situatie"),
        "getuige": ("witness", "omstander"),
        "namens_ander": ("namens", "voor een ander", "namens iemand anders", "on behalf"),
        "beschuldigde": ("aangeklaagde", "accused", "aangesproken"),
    },
    "melder.gender": {
        "v": ("vrouw", "f", "female", "vr", "vrouwelijk", "woman"),
        "m": ("man", "male", "mannelijk", "dhr", "mnr"),
        "x": ("anders", "non binair", "nonbinair", "divers"),
        "onbekend": ("unknown", "nvt", "onbekend", "wil niet zeggen"),
    },
    "betrokkene.relation": {
        "collega": ("colleague", "collegas", "collega s", "teamgenoot", "directe collega"),
        "leidinggevende": ("manager", "baas", "teamleider", "direct leidinggevende", "chef"),
        "ondergeschikte": ("subordinate", "ondergeschikt"),
        "klant_client": ("klant", "client", "patient", "customer", "bewoner", "burger"),
        "extern": ("external", "leverancier", "derde", "derden"),
        "groep": ("team", "groep collega s", "afdeling", "group"),
        "onbekend": ("unknown", "nvt", "onbekend"),
    },
    "referrals": {
        "klachtencommissie": ("klachtcommissie", "klachtencie", "complaints committee", "klachten commissie"),
        "bedrijfsarts": ("ba", "arbo arts", "arboarts", "arbodienst", "company doctor", "arbo"),
        "hr": ("p o", "hr p o", "p o hr", "personeelszaken", "hrm", "personeelsdienst", "hr adviseur",
               "human resources", "pz"),
        "leidinggevende": ("manager", "lg", "teamleider"),
        "mediator": ("mediation",),
        "maatschappelijk_werk": ("bedrijfsmaatschappelijk werk", "bmw", "maatschappelijk werker", "social work",
                                 "amw", "algemeen maatschappelijk werk"),
        "huisarts_psycholoog": ("huisarts", "psycholoog", "gp", "psychologist", "eerstelijnspsycholoog",
                                "psychologische hulp"),
        "juridisch": ("advocaat", "jurist", "juridisch loket", "rechtsbijstand", "legal"),
        "politie": ("police",),
        "huis_voor_klokkenluiders": ("hvk", "huis klokkenluiders"),
        "arbeidsinspectie": ("inspectie szw", "inspectie", "labour inspectorate"),
        "vakbond": ("fnv", "cnv", "union", "trade union"),
        "college_rechten_mens": ("crm", "college voor de rechten van de mens", "mensenrechten"),
        "integriteitsfunctionaris": ("integriteitscoordinator", "integriteitsadviseur"),
        "veilig_thuis": ("veilig thuis",),
        "overig": ("anders", "overige", "other"),
    },
    "outcomes": {
        "gehoord_geadviseerd": ("advies gegeven", "geadviseerd", "gehoord", "luisterend oor", "advies",
                                "gesprek gevoerd"),
        "informeel_opgelost": ("opgelost", "resolved", "informeel", "opgelost informeel"),
        "begeleid_gesprek": ("gesprek begeleid", "bemiddelend gesprek"),
        "mediation_ingezet": ("mediation", "mediation gestart"),
        "doorverwezen": ("verwezen", "referred"),
        "formele_stap": ("klacht ingediend", "formele klacht", "formele melding"),
        "gestopt": ("afgebroken", "stopped", "melder gestopt"),
        "vertrokken": ("uit dienst", "vertrokken", "left"),
        "onbekend": ("unknown", "nvt"),
    },
    "contacts.mode": {
        "persoonlijk": ("face to face", "f2f", "live", "op kantoor", "fysiek", "gesprek", "in person"),
        "telefoon": ("telefonisch", "tel", "phone", "bellen", "gebeld", "telephone"),
        "video": ("teams", "zoom", "beeldbellen", "online", "videobellen", "videogesprek"),
        "schriftelijk": ("mail", "e mail", "email", "brief", "whatsapp", "chat", "in writing", "sms"),
    },
}

# Values that mean "nothing" in an optional list field and unmarked in a category column (§11).
NOTHING = frozenset({"", "nee", "no", "0", "geen", "none", "nvt", "n v t", "false", "onwaar"})
UNMARKED = frozenset({"", "nee", "0"})

# Header words per field: Dutch and English. Matched whole (folded), then within a longer header.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "reference": ("kenmerk", "nummer", "nr", "volgnummer", "dossiernummer", "zaaknummer", "reference", "ref",
                  "id", "registratienummer", "casenummer", "dossier", "case number", "no"),
    "organisation": ("organisatie", "opdrachtgever", "organisation", "organization", "bedrijf", "werkgever",
                     "klant", "client"),
    "kind": ("soort", "type", "aard", "kind", "soort contact", "advies of melding", "advies melding",
             "soort melding", "soort zaak", "vraag of melding"),
    "categories": ("categorie", "categorieen", "onderwerp", "thema", "category", "categories", "soort gedrag",
                   "ongewenst gedrag", "probleem", "aard klacht", "aard van de klacht", "gedrag", "topic"),
    "opened": ("datum", "datum eerste gesprek", "eerste gesprek", "eerste contact", "aanmelddatum", "datum melding",
               "datum aanmelding", "opened", "startdatum", "begindatum", "date", "start", "aanmelding",
               "datum intake", "intake", "geopend", "date opened", "datum binnenkomst"),
    "closed": ("afgerond", "afgerond op", "einddatum", "afgesloten", "afgesloten op", "datum afsluiting",
               "closed", "end date", "gesloten", "datum afgerond", "einde", "date closed", "afsluiting"),
    "title": ("omschrijving", "titel", "korte omschrijving", "subject", "title", "onderwerp omschrijving",
              "kwestie"),
    "melder.name": ("naam", "naam melder", "melder", "name", "persoon", "wie", "naam medewerker",
                    "voor en achternaam"),
    "melder.email": ("email", "e mail", "mail", "emailadres", "e mailadres", "mailadres"),
    "melder.phone": ("telefoon", "tel", "telefoonnummer", "phone", "mobiel", "telefoonnr", "tel nr"),
    "melder.department": ("afdeling", "department", "team", "dienst", "afdeling melder", "unit"),
    "melder.role": ("functie", "rol", "role", "hoedanigheid", "dienstverband", "functie melder", "rol melder",
                    "positie in organisatie"),
    "melder.position": ("positie melder", "betrokkenheid", "melder is", "position", "rol in de zaak",
                        "als", "positie"),
    "melder.gender": ("geslacht", "gender", "m v", "v m", "sekse", "man vrouw", "sex"),
    "betrokkene.name": ("naam betrokkene", "beschuldigde", "over wie", "betreft", "betrokkene", "aangeklaagde",
                        "naam beschuldigde", "veroorzaker"),
    "betrokkene.relation": ("relatie", "relatie betrokkene", "relation", "verhouding", "betrokkene is",
                            "relatie tot melder", "wie is de ander", "relatie veroorzaker"),
    "betrokkene.department": ("afdeling betrokkene", "afdeling beschuldigde"),
    "referrals": ("doorverwezen naar", "doorverwijzing", "verwezen naar", "referral", "referrals",
                  "referred to", "verwijzing", "doorverwezen"),
    "outcomes": ("resultaat", "uitkomst", "afloop", "outcome", "outcomes", "result", "afhandeling", "resultaten",
                 "uitkomsten"),
    "contacts.count": ("aantal gesprekken", "aantal contacten", "gesprekken", "contacts", "number of contacts",
                       "aantal", "aantal keer", "contactmomenten", "aantal contactmomenten"),
    "contacts.minutes": ("tijd", "totale tijd", "minuten", "duur", "tijdsbesteding", "minutes", "time",
                         "totale tijd min", "tijd min", "duur min", "tijdsbesteding min", "tijd in minuten"),
    "contacts.mode": ("wijze", "contactvorm", "vorm", "mode", "kanaal", "contactwijze", "hoe", "wijze van contact"),
    "notes": ("opmerkingen", "notities", "toelichting", "aantekeningen", "notes", "remarks", "comments",
              "bijzonderheden", "verloop", "opmerking", "notitie", "samenvatting"),
}


def fold(text: str) -> str:
    """Lower case, no diacritics, words separated by one space: 'Cliënt/Klant ' -> 'client klant'."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ß", "ss"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _NON_WORD.sub(" ", plain).strip()


def distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment edit distance, or ``limit + 1`` as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def tolerance(word: str) -> int:
    """How many typos a folded word may carry and still be recognised."""
    size = len(word.replace(" ", ""))
    return 0 if size < 5 else 1 if size < 9 else 2


class Lexicon:
    """Folded words to one target each; a word claimed by two targets is left out (never a guess)."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        targets: dict[str, set[str]] = {}
        for word, target in entries:
            folded = fold(word)
            if folded:
                targets.setdefault(folded, set()).add(target)
        self.words = {word: next(iter(found)) for word, found in targets.items() if len(found) == 1}
        self._matched: dict[str, str | None] = {}  # a sheet repeats its words: each is looked up once

    def exact(self, text: str) -> str | None:
        return self.words.get(fold(text))

    def match(self, text: str) -> str | None:
        """The target of ``text``: exact, else the one target within typo distance."""
        if text not in self._matched:
            self._matched[text] = self._match(text)
        return self._matched[text]

    def _match(self, text: str) -> str | None:
        folded = fold(text)
        if not folded:
            return None
        found = self.words.get(folded)
        if found is not None:
            return found
        limit = tolerance(folded)
        if limit == 0:
            return None
        best = limit + 1
        hits: set[str] = set()
        for word, target in self.words.items():
            if tolerance(word) == 0:
                continue
            d = distance(folded, word, min(limit, tolerance(word)))
            if d < best:
                best, hits = d, {target}
            elif d == best:
                hits.add(target)
        return next(iter(hits)) if best <= limit and len(hits) == 1 else None


def value_lexicon(field: str) -> Lexicon:
    """Codes, labels and synonyms of one coded field (``CODED_FIELDS``)."""
    enum = CODED_FIELDS[field]
    codes = {member.value for member in enum}
    entries: list[tuple[str, str]] = []
    for member in enum:
        entries.append((member.value, member.value))
        for label in _labels(member):
            entries.append((label, member.value))
    for code, words in EXTRA_VALUES.get(field, {}).items():
        if code in codes:
            entries.extend((word, code) for word in words)
    return Lexicon(entries)


def _labels(member: StrEnum) -> list[str]:
    found = [getattr(member, name) for name in ("label_nl", "label_en") if hasattr(member, name)]
    return [label for label in found if isinstance(label, str)]


def header_lexicon(fields: Iterable[str]) -> Lexicon:
    """Header words of the given fields."""
    return Lexicon((word, field) for field in fields for word in HEADER_WORDS.get(field, ()))
