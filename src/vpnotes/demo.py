"""Demo notebook: realistic, fictional Dutch data for trying the app, for
screenshots and for the 10,000-case benchmark vault (``vpnotes demo``,
``vpnotes --demo``).

:func:`build_demo` is pure: the same seed (and ``today``) always gives the same
data, down to the purged skeletons' ids. It covers every code of the
vocabulary that a case, contact, activity or expense can carry, so reports,
filters and the agenda all have something to show. :func:`create_demo` writes
it into a new vault through the ordinary import (which generates no
follow-ups, so the Wbk and AVG follow-ups are made here, as the core would).

Every person in here is made up; any resemblance is chance.
"""

from __future__ import annotations

import os
import random
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from vpnotes import interchange
from vpnotes.domain import rules
from vpnotes.domain.dates import add_months, add_years
from vpnotes.domain.model import (
    Activity,
    AvgRequest,
    Betrokkene,
    Case,
    ConfidentialityBreach,
    Consent,
    Contact,
    Expense,
    FollowUp,
    FormalStep,
    Melder,
    Organisation,
    RetentionHold,
    SharingConsent,
    Signal,
)
from vpnotes.domain.vocabulary import (
    ActivityKind,
    AvgRequestKind,
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    ExpenseKind,
    FollowUpKind,
    FormalStepKind,
    Gender,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
)
from vpnotes.interchange import Interchange
from vpnotes.store.notebook import Notebook

# Shown to the user by ``vpnotes --demo``; strong enough for zxcvbn (it is a demo: the data is fictional).
DEMO_PASSPHRASE = "oranje kameel zwemt voorbij elf windmolens"

DEFAULT_CASES = 120
DEFAULT_SEED = 2026
REPORT_YEARS = 3
RETENTION_YEARS = 2  # the policy default: purge two years after closing

T = TypeVar("T")


# -- the organisations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _OrgProfile:
    """How cases at one organisation tend to look."""

    organisation: Organisation
    share: float  # of all cases
    mail_domain: str
    departments: tuple[tuple[str, int], ...]  # (name, weight): skewed so some stay below k
    categories: tuple[tuple[Category, int], ...]
    roles: tuple[tuple[MelderRole, int], ...]
    client_word: str  # who "klant_client" is here, for the notes
    external: bool  # an extern VP bills hours and expenses


_PROFILES: tuple[_OrgProfile, ...] = (
    _OrgProfile(
        Organisation(key="vandijk", name="Van Dijk Installatietechniek BV", employees=640),
        0.36,
        "vandijk-installatie.nl",
        (("Montage", 30), ("Servicedienst", 22), ("Werkvoorbereiding", 12), ("Engineering", 10),
         ("Logistiek", 9), ("Verkoop", 6), ("Inkoop", 4), ("Financiën", 3), ("ICT", 2), ("HR", 2)),
        ((Category.PESTEN, 18), (Category.ARBEIDSCONFLICT, 20), (Category.WERKDRUK, 16),
         (Category.INTIMIDATIE, 9), (Category.DISCRIMINATIE, 7), (Category.SEKSUELE_INTIMIDATIE, 5),
         (Category.INTEGRITEIT, 5), (Category.AGRESSIE_GEWELD, 3), (Category.OVERIG, 6)),
        ((MelderRole.MEDEWERKER, 70), (MelderRole.LEIDINGGEVENDE, 9), (MelderRole.FLEXWERKER, 10),
         (MelderRole.STAGIAIR, 4), (MelderRole.OUD_MEDEWERKER, 4), (MelderRole.SOLLICITANT, 1),
         (MelderRole.ONBEKEND, 2)),
        "klant",
        False,
    ),
    _OrgProfile(
        Organisation(key="horizon", name="Stedelijk Lyceum De Horizon", employees=210, year_start_month=8),
        0.18,
        "dehorizon-lyceum.nl",
        (("Onderbouw", 25), ("Bovenbouw", 22), ("Sectie Lichamelijke Opvoeding", 6), ("Sectie Talen", 14),
         ("Sectie Exacte Vakken", 12), ("Onderwijsondersteuning", 8), ("Zorgteam", 5),
         ("Administratie", 4), ("Schoolleiding", 3), ("Conciërges", 2)),
        ((Category.PESTEN, 14), (Category.WERKDRUK, 22), (Category.ARBEIDSCONFLICT, 16),
         (Category.INTIMIDATIE, 10), (Category.AGRESSIE_GEWELD, 8), (Category.SEKSUELE_INTIMIDATIE, 6),
         (Category.DISCRIMINATIE, 6), (Category.INTEGRITEIT, 3), (Category.OVERIG, 5)),
        ((MelderRole.MEDEWERKER, 72), (MelderRole.LEIDINGGEVENDE, 8), (MelderRole.STAGIAIR, 8),
         (MelderRole.VRIJWILLIGER, 4), (MelderRole.FLEXWERKER, 3), (MelderRole.OUD_MEDEWERKER, 3),
         (MelderRole.EXTERN, 2)),
        "ouder",
        True,
    ),
    _OrgProfile(
        Organisation(key="baken", name="Zorggroep Het Baken", employees=1850, min_cell=5),
        0.46,
        "zorggroephetbaken.nl",
        (("Locatie De Linde", 24), ("Locatie Zonnehof", 20), ("Thuiszorg Noord", 16), ("Thuiszorg Zuid", 12),
         ("Psychogeriatrie", 10), ("Revalidatie", 7), ("Nachtdienst", 5), ("Facilitair", 3),
         ("Planning", 2), ("Centraal Bureau", 1)),
        ((Category.AGRESSIE_GEWELD, 22), (Category.WERKDRUK, 20), (Category.PESTEN, 14),
         (Category.ARBEIDSCONFLICT, 12), (Category.SEKSUELE_INTIMIDATIE, 9), (Category.INTIMIDATIE, 8),
         (Category.DISCRIMINATIE, 8), (Category.INTEGRITEIT, 4), (Category.OVERIG, 3)),
        ((MelderRole.MEDEWERKER, 66), (MelderRole.LEIDINGGEVENDE, 7), (MelderRole.FLEXWERKER, 10),
         (MelderRole.STAGIAIR, 5), (MelderRole.VRIJWILLIGER, 6), (MelderRole.OUD_MEDEWERKER, 3),
         (MelderRole.SOLLICITANT, 1), (MelderRole.EXTERN, 1), (MelderRole.ONBEKEND, 1)),
        "cliënt",
        True,
    ),
)


# -- names ------------------------------------------------------------------------------------------

_FIRST_NAMES_F = (
    "Anouk", "Sanne", "Lotte", "Femke", "Noor", "Emma", "Sophie", "Fleur", "Iris", "Marieke", "Ingrid",
    "Annemiek", "Joke", "Wilma", "Petra", "Esther", "Mirjam", "Hanneke", "Floor", "Lieke", "Zoë", "Chloé",
    "Renée", "Fatima", "Khadija", "Samira", "Naima", "Yasmina", "Çiğdem", "Elif", "Ayşe", "Priya", "Sharmila",
    "Gwendolyn", "Shanice", "Aïcha", "Marloes", "Inge", "Hilde", "Griet", "Liesbeth", "Ilse", "Karin",
    "Monique", "Agnieszka", "Joanna", "Thi Lan", "Mei", "Dewi", "Anke",
)
_FIRST_NAMES_M = (
    "Daan", "Bram", "Jeroen", "Wouter", "Joris", "Kees", "Sem", "Thijs", "Ruben", "Stijn", "Pieter", "Gert-Jan",
    "Jan-Willem", "Henk", "Maarten", "Bas", "Niels", "Mohamed", "Youssef", "Said", "Karim", "Yusuf", "Mehmet",
    "Emre", "Hüseyin", "René", "André", "José", "Björn", "Jens", "Rajesh", "Sunil", "Ricardo", "Dwayne",
    "Milan", "Lars", "Tom", "Koen", "Frank", "Erik", "Marek", "Tomasz", "Minh", "Wim", "Luuk",
)
_FIRST_NAMES_X = ("Sam", "Robin", "Kim", "Charlie", "Noa", "Jip")

# Surnames with their tussenvoegsels, as written after a first name.
_SURNAMES = (
    "de Vries", "van den Berg", "van der Meer", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
    "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "Schouten", "van Beek", "Willems",
    "Hoekstra", "Koster", "Prins", "Huisman", "Postma", "ter Horst", "van 't Hof", "in 't Veld",
    "Peeters", "Claes", "Maes", "Wouters", "Goossens", "Van Damme", "De Smet", "Vandenbroucke",
    "El Amrani", "El Idrissi", "Bouzid", "Benali", "Ouali", "Yılmaz", "Öztürk", "Kaya", "Demir", "Çelik",
    "Nguyen", "Tran", "Tjon-A-Fat", "Sewdien", "Ramdin", "Kartosen", "Wijngaarde", "Lachmon", "Martínez",
    "Rodrigues", "Kowalski", "Nowak", "Wójcik", "Papadopoulos", "Mensah", "Asante", "Haddad",
)


_HOLIDAYS = ((1, 1), (4, 27), (12, 25), (12, 26))  # fixed-date public holidays (Koningsdag: 27 April)


def _is_working_day(day: date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in _HOLIDAYS


def _next_working_day(day: date) -> date:
    while not _is_working_day(day):
        day += timedelta(days=1)
    return day


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l"))
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in "-."))


class _Gen:
    """One generation run: the random source and the helpers that draw from it."""

    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today

    # -- drawing ------------------------------------------------------------------------------

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def weighted(self, pairs: Sequence[tuple[T, int]]) -> T:
        return self.rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def day_between(self, first: date, last: date) -> date:
        """A working day in [first, last] (a weekend day when the range holds nothing else)."""
        span = (last - first).days
        if span <= 0:
            return first
        for _ in range(8):
            day = first + timedelta(days=self.rng.randint(0, span))
            if _is_working_day(day):
                return day
        return day

    def uid(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    # -- people -------------------------------------------------------------------------------

    def person(self, gender: Gender | None = None) -> tuple[str, str, Gender]:
        """(full name, first name, gender) of a made-up person."""
        if gender is None:
            gender = self.weighted(((Gender.V, 55), (Gender.M, 42), (Gender.X, 3)))
        pool = {Gender.V: _FIRST_NAMES_F, Gender.M: _FIRST_NAMES_M}.get(gender, _FIRST_NAMES_X)
        first = self.pick(pool)
        surname = self.pick(_SURNAMES)
        if self.chance(0.08):
            second = self.pick(_SURNAMES)
            if second != surname:
                surname = f"{surname}-{second}"
        return f"{first} {surname}", first, gender

    def email(self, name: str, domain: str) -> str:
        first, _, rest = name.partition(" ")
        local = f"{_ascii(first)}.{_ascii(rest.replace(' ', ''))}".lower()
        if self.chance(0.3):
            private = self.pick(("gmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl"))
            return f"{local}{self.rng.randint(1, 99)}@{private}"
        return f"{local}@{domain}"

    def phone(self) -> str:
        if self.chance(0.85):
            return f"06-{self.rng.randint(10_000_000, 99_999_999)}"
        return f"0{self.rng.randint(10, 79)}-{self.rng.randint(100_0000, 999_9999)}"


# -- text templates -------------------------------------------------------------------------------
# Placeholders: {naam} the melder's first name, {ander} a betrokkene's name (or a description),
# {afdeling} the melder's department, {client} who clients are at this organisation.

_TOPICS: dict[Category, tuple[str, ...]] = {
    Category.PESTEN: ("pesterijen binnen het team", "buitensluiten en roddelen", "grappen ten koste van de melder",
                      "structureel negeren in overleggen"),
    Category.SEKSUELE_INTIMIDATIE: ("ongewenste opmerkingen over uiterlijk", "seksueel getinte appberichten",
                                    "ongewenste aanrakingen tijdens een dienst", "een ongepast voorstel na een borrel"),
    Category.INTIMIDATIE: ("intimiderend gedrag in werkoverleggen", "dreigen met slechte beoordeling",
                           "schreeuwen en met deuren slaan"),
    Category.AGRESSIE_GEWELD: ("agressie van een {client}", "bedreiging door een {client}",
                               "een duw tijdens een incident", "verbale agressie aan de telefoon"),
    Category.DISCRIMINATIE: ("opmerkingen over afkomst", "achterstelling bij het rooster vanwege geloof",
                             "grappen over geaardheid", "opmerkingen over leeftijd bij een sollicitatie"),
    Category.INTEGRITEIT: ("vermoeden van gesjoemel met declaraties", "belangenverstrengeling bij inkoop",
                           "onjuiste registratie van uren", "misbruik van bedrijfsmiddelen"),
    Category.WERKDRUK: ("aanhoudend hoge werkdruk", "structureel overwerk zonder compensatie",
                        "onderbezetting na vertrek van collega's"),
    Category.ARBEIDSCONFLICT: ("een conflict met de leidinggevende over taken", "onenigheid over het rooster",
                               "een vastgelopen verschil van mening over een beoordeling"),
    Category.OVERIG: ("een vraag over de rol van de vertrouwenspersoon",
                      "onvrede over de communicatie na een reorganisatie", "twijfel of iets een melding waard is"),
}

_INTAKE_SUMMARIES: dict[ContactMode, tuple[str, ...]] = {
    ContactMode.PERSOONLIJK: ("Intakegesprek over {topic}", "Eerste gesprek: {topic}",
                              "Kennismaking en intake; {topic}"),
    ContactMode.TELEFOON: ("Telefonische intake: {topic}", "Melder belt over {topic}"),
    ContactMode.VIDEO: ("Intake via videobellen over {topic}", "Eerste gesprek (online): {topic}"),
    ContactMode.SCHRIFTELIJK: ("Eerste bericht per mail over {topic}", "Melder mailt over {topic}"),
}
# The melder's follow-up contacts depend on how they took place; other parties' do not.
_MELDER_SUMMARIES: dict[ContactMode, tuple[str, ...]] = {
    ContactMode.PERSOONLIJK: ("Vervolggesprek over de stand van zaken",
                              "Gesprek ter voorbereiding op het gesprek met de leidinggevende",
                              "Nabespreking van het gesprek met HR"),
    ContactMode.TELEFOON: ("Telefonisch bijgepraat over de voortgang", "Korte check-in aan de telefoon"),
    ContactMode.VIDEO: ("Videogesprek over de stand van zaken", "Online vervolggesprek: hoe gaat het nu?"),
    ContactMode.SCHRIFTELIJK: ("Mail van de melder met een update", "Per mail informatie over de klachtenregeling"),
}
_FOLLOW_SUMMARIES: dict[ContactParty, tuple[str, ...]] = {
    ContactParty.BETROKKENE: ("Gesprek met de betrokkene (met toestemming van de melder)",
                              "Betrokkene gebeld om het gesprek te plannen"),
    ContactParty.LEIDINGGEVENDE: ("Overleg met de leidinggevende, met toestemming",
                                  "Leidinggevende geïnformeerd over het patroon"),
    ContactParty.HR: ("Afstemming met HR over de mogelijkheden", "HR-adviseur gesproken over de klachtenregeling"),
    ContactParty.BEDRIJFSARTS: ("Afstemming met de bedrijfsarts", "Bedrijfsarts gebeld over de belastbaarheid"),
    ContactParty.OVERIG: ("Overleg met de mediator over de opzet", "Contact met de vakbond op verzoek van de melder",
                          "Intercollegiaal overleg met een andere vertrouwenspersoon (geanonimiseerd)"),
}
_CLOSING_SUMMARIES = ("Afsluitend gesprek", "Laatste contact; melder kan verder", "Afronding en evaluatie")

_SITUATION = (
    "{naam} vertelt dat het al maanden speelt en dat het na de zomer erger werd.",
    "{naam} beschrijft {topic}; {ander} zou hier een rol in spelen.",
    "Volgens {naam} gebeurt het vooral als er geen leidinggevende in de buurt is.",
    "Sinds de reorganisatie op {afdeling} is de sfeer volgens {naam} merkbaar verslechterd.",
    "{naam} twijfelt of het 'wel erg genoeg' is om er iets mee te doen.",
    "Er zijn meer collega's die het hebben gezien, zegt {naam}, maar niemand zegt er iets van.",
    "{naam} heeft een paar berichten bewaard en laat die zien.",
    "Het incident vond plaats tijdens een avonddienst; {naam} was alleen met {ander}.",
)
_FEELING = (
    "{naam} slaapt slecht en ziet op tegen het werk.",
    "Emotioneel gesprek; {naam} was opgelucht dat het eindelijk gezegd kon worden.",
    "{naam} is vooral boos en wil dat het stopt.",
    "{naam} maakt zich zorgen over de gevolgen voor de eigen positie.",
    "{naam} oogt rustig maar geeft aan dat het veel energie kost.",
    "{naam} heeft zich een paar dagen ziek gemeld.",
)
_ADVICE = (
    "Besproken welke mogelijkheden er zijn: zelf aanspreken, via de leidinggevende, of een formele klacht.",
    "Geadviseerd om een logboek bij te houden met data en wat er gebeurde.",
    "Uitgelegd wat de vertrouwenspersoon wel en niet kan doen en wat vertrouwelijkheid betekent.",
    "Samen een gesprek met {ander} voorbereid; {naam} wil het eerst zelf proberen.",
    "Gewezen op de klachtenregeling en de route naar de klachtencommissie.",
    "Voorgesteld om de bedrijfsarts in te schakelen voor de klachten.",
    "De mogelijkheid van mediation genoemd; {naam} denkt erover na.",
)
_AGREEMENT = (
    "Afgesproken dat {naam} over twee weken laat weten hoe het gaat.",
    "{naam} neemt zelf contact op als er iets verandert.",
    "Volgende afspraak over drie weken, eerder als het nodig is.",
    "Geen vervolgafspraak gemaakt; de deur staat open.",
    "Ik stuur {naam} de link naar de klachtenregeling.",
)
_FOLLOW_NOTES = (
    "Het gesprek met {ander} heeft plaatsgevonden en was volgens {naam} 'beter dan verwacht'.",
    "Weinig veranderd. {naam} overweegt nu een formele stap.",
    "De leidinggevende heeft maatregelen genomen; de situatie is rustiger.",
    "{naam} heeft een andere werkplek gekregen en voelt zich veiliger.",
    "Samen de brief aan de klachtencommissie doorgelopen.",
    "{naam} is nog niet toe aan een gesprek met {ander}.",
    "Contact kort gehouden; {naam} had weinig tijd.",
)
_PARTY_NOTES: dict[ContactParty, tuple[str, ...]] = {
    ContactParty.BETROKKENE: ("{ander} herkent zich niet in het beeld, maar staat open voor een gesprek.",
                              "{ander} schrok van de melding en biedt excuses aan."),
    ContactParty.LEIDINGGEVENDE: ("Leidinggevende was niet op de hoogte en neemt het serieus.",
                                  "Leidinggevende wil eerst met het hele team praten; afgeraden om {naam} te noemen."),
    ContactParty.HR: ("HR legt de mogelijkheden van een tijdelijke overplaatsing uit.",
                      "Afgestemd hoe HR het onderzoek gaat inrichten, zonder de melder te noemen."),
    ContactParty.BEDRIJFSARTS: ("Bedrijfsarts ziet {naam} volgende week op het spreekuur.",
                                "Bedrijfsarts adviseert tijdelijk aangepaste taken; {naam} is daar blij mee.",
                                "Met de bedrijfsarts besproken wat {naam} nodig heeft om weer aan het werk te gaan."),
    ContactParty.OVERIG: ("Overleg verliep constructief; vervolgafspraak gepland.",
                          "Mogelijkheden en kosten van mediation doorgenomen.",
                          "Geanonimiseerd gesproken; bevestigd dat de gekozen aanpak passend is."),
}
_AFTERWARDS = ("Daarna {naam} gebeld en bijgepraat.", "{naam} achteraf kort geïnformeerd.",
               "De uitkomst met {naam} gedeeld.")
_NB = ("niet bespreken in het teamoverleg.", "melder wil niet dat HR dit nu al weet.",
       "eerst toestemming vragen voordat ik de leidinggevende bel.", "mogelijk patroon, zie ook eerdere signalen.")
_FOLLOWUP_TEXTS = (
    "Bellen met {naam} hoe het gesprek met de leidinggevende ging",
    "Informatie over de klachtenregeling mailen",
    "Nagaan of de mediator beschikbaar is",
    "Check-in met {naam} na de vakantie",
    "Terugkoppeling van HR afwachten en {naam} informeren",
    "Afspraak bedrijfsarts navragen",
    "Verslag van het gesprek ter controle aan {naam} sturen",
)
# How notes refer to a betrokkene without a name.
_DESCRIPTIONS: dict[Relation, str] = {
    Relation.COLLEGA: "de collega in kwestie", Relation.LEIDINGGEVENDE: "de leidinggevende",
    Relation.ONDERGESCHIKTE: "de medewerker in kwestie", Relation.KLANT_CLIENT: "de {client}",
    Relation.EXTERN: "de externe partij", Relation.GROEP: "een groep collega's", Relation.ONBEKEND: "de ander",
}
_THIRD_PARTIES = ("meneer Haverkamp", "mevrouw Lindeboom", "Erwin Stokvis", "Gerda Wubbels", "teamleider Okkerse")

_HOLD_REASONS = (
    "Klachtprocedure loopt nog bij de klachtencommissie",
    "Melding in behandeling bij het Huis voor Klokkenluiders",
    "Procedure bij de kantonrechter aanhangig",
    "Aangifte in behandeling bij de politie",
)
_BREACHES = (
    "Melder uitte concrete suïcidale gedachten en wilde geen hulp inschakelen. Na overleg met mijn supervisor "
    "(conflict van plichten) de huisarts ingelicht; melder daarvan vooraf op de hoogte gesteld.",
    "Acuut gevaar voor een derde: melder noemde een concreet plan om een collega iets aan te doen. "
    "Conflict van plichten; leidinggevende en beveiliging gewaarschuwd, melder geïnformeerd.",
)

_REFERRALS_BY_CATEGORY: dict[Category, tuple[tuple[Referral, int], ...]] = {
    Category.PESTEN: ((Referral.LEIDINGGEVENDE, 5), (Referral.MEDIATOR, 4), (Referral.KLACHTENCOMMISSIE, 3),
                      (Referral.HR, 3), (Referral.HUISARTS_PSYCHOLOOG, 2)),
    Category.SEKSUELE_INTIMIDATIE: ((Referral.KLACHTENCOMMISSIE, 5), (Referral.HUISARTS_PSYCHOLOOG, 3),
                                    (Referral.POLITIE, 2), (Referral.MAATSCHAPPELIJK_WERK, 2), (Referral.HR, 2)),
    Category.INTIMIDATIE: ((Referral.KLACHTENCOMMISSIE, 3), (Referral.HR, 3), (Referral.LEIDINGGEVENDE, 3),
                           (Referral.JURIDISCH, 1)),
    Category.AGRESSIE_GEWELD: ((Referral.BEDRIJFSARTS, 4), (Referral.POLITIE, 2), (Referral.LEIDINGGEVENDE, 4),
                               (Referral.MAATSCHAPPELIJK_WERK, 2), (Referral.ARBEIDSINSPECTIE, 1)),
    Category.DISCRIMINATIE: ((Referral.COLLEGE_RECHTEN_MENS, 3), (Referral.KLACHTENCOMMISSIE, 3),
                             (Referral.HR, 2), (Referral.JURIDISCH, 1), (Referral.VAKBOND, 1)),
    Category.INTEGRITEIT: ((Referral.INTEGRITEITSFUNCTIONARIS, 5), (Referral.HUIS_VOOR_KLOKKENLUIDERS, 3),
                           (Referral.JURIDISCH, 2)),
    Category.WERKDRUK: ((Referral.BEDRIJFSARTS, 5), (Referral.LEIDINGGEVENDE, 4), (Referral.HR, 2),
                        (Referral.ARBEIDSINSPECTIE, 1), (Referral.VAKBOND, 1)),
    Category.ARBEIDSCONFLICT: ((Referral.MEDIATOR, 5), (Referral.HR, 4), (Referral.JURIDISCH, 2),
                               (Referral.VAKBOND, 2), (Referral.BEDRIJFSARTS, 2)),
    Category.OVERIG: ((Referral.HR, 3), (Referral.OVERIG, 3), (Referral.MAATSCHAPPELIJK_WERK, 1)),
}

_ACTIVITY_TEXTS: dict[ActivityKind, tuple[str, ...]] = {
    ActivityKind.VOORLICHTING: ("Voorlichting over de rol van de vertrouwenspersoon in het teamoverleg",
                                "Presentatie voor nieuwe medewerkers tijdens de introductiedag",
                                "Voorlichting aan leidinggevenden over signalen van ongewenst gedrag"),
    ActivityKind.TRAINING: ("Training 'Omgaan met agressie' samen met de preventiemedewerker",
                            "Workshop grensoverschrijdend gedrag voor leidinggevenden"),
    ActivityKind.ADVIES_WERKGEVER: ("Advies aan de directie over de gedragscode",
                                    "Meegelezen met de herziene klachtenregeling",
                                    "Advies over de aanpak van werkdruk in het MT"),
    ActivityKind.OVERLEG: ("Periodiek overleg met de opdrachtgever", "Afstemming met de preventiemedewerker",
                           "Overleg met de ondernemingsraad over het jaarverslag"),
    ActivityKind.INTERVISIE: ("Intervisiebijeenkomst met collega-vertrouwenspersonen",),
    ActivityKind.SUPERVISIE: ("Supervisiegesprek",),
    ActivityKind.SCHOLING: ("Terugkomdag LVV", "Webinar over de Wet bescherming klokkenluiders",
                            "Bijscholing gespreksvaardigheden"),
    ActivityKind.NETWERK: ("Regionale netwerkbijeenkomst vertrouwenspersonen", "Kennismaking met de bedrijfsarts"),
    ActivityKind.OVERIG: ("Folders en intranetpagina bijgewerkt", "Jaarverslag geschreven"),
}
_ACTIVITY_COUNTS: tuple[tuple[ActivityKind, int, int, float, float], ...] = (
    # kind, min, max per year, min hours, max hours
    (ActivityKind.VOORLICHTING, 2, 5, 1.0, 3.0), (ActivityKind.TRAINING, 0, 2, 3.0, 8.0),
    (ActivityKind.ADVIES_WERKGEVER, 1, 3, 1.0, 4.0), (ActivityKind.OVERLEG, 2, 6, 0.5, 2.0),
    (ActivityKind.INTERVISIE, 2, 4, 2.0, 3.0), (ActivityKind.SUPERVISIE, 0, 2, 1.0, 1.5),
    (ActivityKind.SCHOLING, 1, 2, 2.0, 8.0), (ActivityKind.NETWERK, 0, 2, 1.5, 3.0),
    (ActivityKind.OVERIG, 1, 2, 1.0, 6.0),
)

# Signals: what a VP writes for the annual report. No names, no departments, no days.
_SIGNALS_COMMON: dict[Category, tuple[str, ...]] = {
    Category.PESTEN: (
        "Meerdere meldingen gingen over uitsluiting en roddelen binnen teams. Het gedrag werd vaak als 'grapje' "
        "gebracht; ik adviseer leidinggevenden om dit eerder te benoemen en aan te spreken.",
        "Pesten speelt vaker in teams met veel wisselingen. Een vaste plek om onderlinge spanningen te bespreken "
        "zou helpen.",
    ),
    Category.WERKDRUK: (
        "Werkdruk is een terugkerend thema. Medewerkers geven aan dat zij zich niet vrij voelen om dit bij hun "
        "leidinggevende aan te kaarten; het onderwerp hoort op de agenda van het MT.",
        "Hoge werkdruk werkt als versterker: waar de druk hoog is, lopen onderlinge conflicten sneller op.",
    ),
    Category.ARBEIDSCONFLICT: (
        "Conflicten met leidinggevenden gingen vaak over onduidelijke afspraken rond taken en beoordeling. "
        "Heldere, schriftelijk vastgelegde afspraken voorkomen veel.",
    ),
    Category.SEKSUELE_INTIMIDATIE: (
        "Er waren meldingen van seksueel getinte opmerkingen en berichten. Melders twijfelden lang of het 'erg "
        "genoeg' was; ik adviseer de gedragscode opnieuw onder de aandacht te brengen.",
    ),
    Category.AGRESSIE_GEWELD: (
        "Agressie van buitenaf blijft een zorg. De nazorg na incidenten is niet overal bekend; een vaste "
        "werkwijze voor opvang na een incident wordt aanbevolen.",
    ),
    Category.DISCRIMINATIE: (
        "Enkele melders ervoeren opmerkingen over afkomst of geloof als normaal in hun werkomgeving. Aandacht "
        "voor inclusie in het introductieprogramma is wenselijk.",
    ),
    Category.INTEGRITEIT: (
        "Er kwamen vragen binnen over het melden van vermoedens van misstanden. De interne meldregeling is bij "
        "veel medewerkers onbekend; betere bekendheid is nodig.",
    ),
}
_SIGNALS_BY_ORG: dict[str, tuple[str, ...]] = {
    "vandijk": (
        "Flexwerkers weten vaak niet dat zij ook bij de vertrouwenspersoon terecht kunnen. Ik adviseer dit op te "
        "nemen in de instructie voor uitzendkrachten.",
        "In de buitendienst werken medewerkers veel alleen; signalen bereiken de organisatie daardoor laat.",
    ),
    "horizon": (
        "Docenten ervaren weinig ruimte voor overleg in drukke periodes rond toetsweken. Dat is ook het moment "
        "waarop spanningen oplopen.",
        "Stagiairs en starters kennen de vertrouwenspersoon nog onvoldoende; voorlichting aan het begin van het "
        "schooljaar is aan te raden.",
    ),
    "baken": (
        "Wie 's avonds of 's nachts werkt, voelt zich bij agressie van cliënten minder gesteund. "
        "Bereikbaarheid van een achterwacht is een aandachtspunt.",
        "Vrijwilligers weten niet goed waar zij met ongewenst gedrag terechtkunnen; zij vallen buiten de "
        "gebruikelijke informatiekanalen.",
    ),
}


# -- building ---------------------------------------------------------------------------------------


@dataclass
class _CaseDraft:
    """A case being built, with what its texts need to know."""

    case: Case
    profile: _OrgProfile
    first_name: str
    other: str  # how the notes refer to the (main) betrokkene
    topic: str
    used: set[str] = field(default_factory=set)  # sentences already in this case's notes

    def fresh(self, gen: _Gen, pool: Sequence[str]) -> str:
        """A sentence from ``pool`` this case has not used yet, while there is one."""
        unused = [s for s in pool if s not in self.used]
        choice = gen.pick(unused or pool)
        self.used.add(choice)
        return choice


def _report_start(today: date, start_month: int) -> date:
    """First day of the oldest of the three report years that end with the current one."""
    latest = today.year if today.month >= start_month else today.year - 1
    return date(latest - (REPORT_YEARS - 1), start_month, 1)


def _report_year(day: date, start_month: int) -> int:
    return day.year if day.month >= start_month else day.year - 1


def build_demo(seed: int = DEFAULT_SEED, cases: int | None = None, today: date | None = None) -> Interchange:
    """Fictional notebook content: three organisations, three report years up to ``today``."""
    today = today or date.today()
    count = DEFAULT_CASES if cases is None else cases
    if count < 0:
        raise ValueError("cases must not be negative")
    gen = _Gen(seed, today)
    drafts = [_new_case(gen, _pick_profile(gen)) for _ in range(count)]
    drafts.sort(key=lambda d: d.case.opened)
    if count >= 30:
        _ensure_coverage(gen, drafts)
    for d in drafts:  # in the order the store keeps them, so an export matches this data exactly
        d.case.contacts.sort(key=lambda c: c.date)
        d.case.followups.sort(key=lambda f: f.due)
        d.case.formal_steps.sort(key=lambda s: s.date)
    _number(drafts)
    data = Interchange(organisations=[_copy_org(p.organisation) for p in _PROFILES])
    data.cases = [d.case for d in drafts]
    for profile in _PROFILES:
        data.activities.extend(_activities(gen, profile))
        data.signals.extend(_signals(gen, profile, drafts))
    data.expenses = _expenses(gen, drafts)
    data.activities.sort(key=lambda a: (a.date, a.organisation))
    data.expenses.sort(key=lambda e: (e.date, e.organisation))
    return data


def _copy_org(org: Organisation) -> Organisation:
    return Organisation(key=org.key, name=org.name, employees=org.employees,
                        year_start_month=org.year_start_month, min_cell=org.min_cell)


def _pick_profile(gen: _Gen) -> _OrgProfile:
    return gen.rng.choices(_PROFILES, weights=[p.share for p in _PROFILES])[0]


def _new_case(gen: _Gen, profile: _OrgProfile) -> _CaseDraft:
    org = profile.organisation
    start = _report_start(gen.today, org.year_start_month)
    opened = gen.day_between(start, gen.today - timedelta(days=1))
    kind = gen.weighted(((CaseKind.MELDING, 58), (CaseKind.ADVIES, 32), (CaseKind.SIGNAAL, 10)))
    n_categories = gen.weighted(((1, 68), (2, 26), (3, 6)))
    categories: list[Category] = []
    while len(categories) < n_categories:
        category = gen.weighted(profile.categories)
        if category not in categories:
            categories.append(category)
    main = categories[0]
    topic = gen.pick(_TOPICS[main]).format(client=profile.client_word)

    registered = gen.chance(0.92)
    role = gen.weighted(profile.roles)
    position = gen.weighted(((MelderPosition.ZELF, 74), (MelderPosition.GETUIGE, 11),
                             (MelderPosition.NAMENS_ANDER, 10), (MelderPosition.BESCHULDIGDE, 5)))
    if kind is CaseKind.SIGNAAL and position is MelderPosition.ZELF:
        position = MelderPosition.GETUIGE
    melder = Melder(role=role, position=position)
    first_name = "de melder"
    if registered:
        name, first, gender = gen.person()
        department = gen.weighted(profile.departments) if role is not MelderRole.EXTERN else None
        melder.department = department
        melder.gender = gender if gen.chance(0.95) else Gender.ONBEKEND
        if kind is not CaseKind.SIGNAAL or gen.chance(0.5):
            melder.name = name
            first_name = first
            if gen.chance(0.6):
                melder.email = gen.email(name, profile.mail_domain)
            if gen.chance(0.5):
                melder.phone = gen.phone()

    betrokkenen = _betrokkenen(gen, profile, kind, main, registered)
    named = [b for b in betrokkenen if b.name]
    if named:
        other = named[0].name or ""
    else:
        relation = betrokkenen[0].relation if betrokkenen else Relation.ONBEKEND
        other = _DESCRIPTIONS[relation].format(client=profile.client_word)

    case = Case(kind=kind, categories=categories, opened=opened, melder=melder, organisation=org.key,
                betrokkenen=betrokkenen)
    draft = _CaseDraft(case, profile, first_name, other, topic)
    _contacts(gen, draft, registered)
    _close_and_outcome(gen, draft)
    _consent(gen, draft, registered)
    if registered:  # follow-up texts are identifying: a case without consent has none
        _followups(gen, draft)
    _purge_if_old(gen, draft)
    return draft


def _betrokkenen(gen: _Gen, profile: _OrgProfile, kind: CaseKind, main: Category,
                 registered: bool) -> list[Betrokkene]:
    if kind is CaseKind.MELDING:
        n = gen.weighted(((1, 70), (2, 22), (0, 8)))
    elif kind is CaseKind.ADVIES:
        n = gen.weighted(((0, 45), (1, 50), (2, 5)))
    else:
        n = gen.weighted(((0, 40), (1, 60)))
    if main is Category.AGRESSIE_GEWELD:
        relations: tuple[tuple[Relation, int], ...] = ((Relation.KLANT_CLIENT, 60), (Relation.COLLEGA, 20),
                                                        (Relation.EXTERN, 10), (Relation.ONBEKEND, 10))
    elif main in (Category.WERKDRUK, Category.OVERIG):
        relations = ((Relation.LEIDINGGEVENDE, 40), (Relation.GROEP, 35), (Relation.ONBEKEND, 25))
    else:
        relations = ((Relation.COLLEGA, 45), (Relation.LEIDINGGEVENDE, 30), (Relation.GROEP, 8),
                     (Relation.ONDERGESCHIKTE, 7), (Relation.EXTERN, 5), (Relation.KLANT_CLIENT, 3),
                     (Relation.ONBEKEND, 2))
    found: list[Betrokkene] = []
    for _ in range(n):
        relation = gen.weighted(relations)
        b = Betrokkene(relation=relation)
        if registered:
            if relation in (Relation.COLLEGA, Relation.LEIDINGGEVENDE, Relation.ONDERGESCHIKTE):
                if gen.chance(0.75):
                    b.name = gen.person()[0]
                if gen.chance(0.7):
                    b.department = gen.weighted(profile.departments)
            elif relation is Relation.GROEP and gen.chance(0.6):
                b.department = gen.weighted(profile.departments)
            elif relation in (Relation.KLANT_CLIENT, Relation.EXTERN) and gen.chance(0.25):
                b.name = gen.person()[0]
        found.append(b)
    return found


def _fill(template: str, draft: _CaseDraft) -> str:
    return template.format(naam=draft.first_name, ander=draft.other, topic=draft.topic,
                           afdeling=draft.case.melder.department or "de afdeling",
                           client=draft.profile.client_word)


def _sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def _contacts(gen: _Gen, draft: _CaseDraft, registered: bool) -> None:
    case = draft.case
    if case.kind is CaseKind.MELDING:
        # About seven contacts on average, so the benchmark vault has ~5 per case overall.
        n = gen.weighted(((1, 4), (2, 7), (3, 10), (4, 12), (5, 13), (6, 12), (7, 11), (8, 10), (10, 9),
                          (12, 8), (16, 6), (20, 3)))
    elif case.kind is CaseKind.ADVIES:
        n = gen.weighted(((1, 22), (2, 26), (3, 22), (4, 14), (6, 10), (8, 6)))
    else:
        n = gen.weighted(((1, 35), (2, 35), (3, 20), (5, 10)))
    day = case.opened
    for i in range(n):
        if i > 0:
            day = _next_working_day(day + timedelta(days=gen.rng.randint(3, 24)))
            if day >= gen.today:
                break
        party = ContactParty.MELDER if i == 0 else gen.weighted(
            ((ContactParty.MELDER, 64), (ContactParty.LEIDINGGEVENDE, 10), (ContactParty.HR, 9),
             (ContactParty.BETROKKENE, 7), (ContactParty.BEDRIJFSARTS, 4), (ContactParty.OVERIG, 6)))
        mode = gen.weighted(((ContactMode.PERSOONLIJK, 55), (ContactMode.TELEFOON, 20), (ContactMode.VIDEO, 17),
                             (ContactMode.SCHRIFTELIJK, 8)))
        minutes = {
            ContactMode.PERSOONLIJK: gen.pick((30, 45, 45, 60, 60, 75, 90)),
            ContactMode.TELEFOON: gen.pick((10, 15, 15, 20, 30)),
            ContactMode.VIDEO: gen.pick((30, 45, 45, 60)),
            ContactMode.SCHRIFTELIJK: gen.pick((5, 10, 15, 20)),
        }[mode]
        contact = Contact(date=day, minutes=minutes, mode=mode, party=party)
        if registered:
            contact.summary, contact.notes = _contact_texts(gen, draft, i, n, party, mode)
        case.contacts.append(contact)


def _contact_texts(gen: _Gen, draft: _CaseDraft, index: int, total: int, party: ContactParty,
                   mode: ContactMode) -> tuple[str, str]:
    if index == 0:
        summary = gen.pick(_INTAKE_SUMMARIES[mode])
        sentences = [draft.fresh(gen, pool) for pool in (_SITUATION, _FEELING, _ADVICE, _AGREEMENT)]
        if gen.chance(0.15):
            sentences.insert(1, f"Ook {gen.pick(_THIRD_PARTIES)} zou ervan weten.")
    elif index == total - 1 and total > 2 and party is ContactParty.MELDER and mode is not ContactMode.SCHRIFTELIJK:
        summary = gen.pick(_CLOSING_SUMMARIES)
        sentences = [draft.fresh(gen, _FOLLOW_NOTES),
                     "Terugblik: {naam} voelt zich gehoord en weet de weg als het opnieuw speelt."]
    elif party is ContactParty.MELDER:
        summary = draft.fresh(gen, _MELDER_SUMMARIES[mode])
        sentences = [draft.fresh(gen, _FOLLOW_NOTES), draft.fresh(gen, _AGREEMENT)]
    else:
        summary = draft.fresh(gen, _FOLLOW_SUMMARIES[party])
        sentences = [draft.fresh(gen, _PARTY_NOTES[party])]
        if gen.chance(0.5):
            sentences.append(draft.fresh(gen, _AFTERWARDS))
    summary_text = _sentence_start(_fill(summary, draft))
    notes = " ".join(_sentence_start(_fill(s, draft)) for s in sentences)
    if gen.chance(0.2):
        notes += "\n\nNB: " + draft.fresh(gen, _NB)
    return summary_text, notes


def _close_and_outcome(gen: _Gen, draft: _CaseDraft) -> None:
    case = draft.case
    last = case.contacts[-1].date if case.contacts else case.opened
    age = (gen.today - case.opened).days
    stays_open = age < 45 or gen.chance(0.08 if age > 200 else 0.3)
    if not stays_open:
        closed = last + timedelta(days=gen.rng.randint(0, 14))
        if closed < gen.today:
            case.closed = closed
    main = case.categories[0]
    if case.kind is not CaseKind.ADVIES and gen.chance(0.35):
        case.referrals.append(gen.weighted(_REFERRALS_BY_CATEGORY[main]))
        if gen.chance(0.2):
            extra = gen.weighted(_REFERRALS_BY_CATEGORY[gen.pick(case.categories)])
            if extra not in case.referrals:
                case.referrals.append(extra)
    elif gen.chance(0.1):
        case.referrals.append(gen.weighted(_REFERRALS_BY_CATEGORY[main]))
    if case.kind is CaseKind.MELDING and gen.chance(0.1):
        step_kind = _step_kind_for(gen, main)
        step_day = case.contacts[min(1, len(case.contacts) - 1)].date + timedelta(days=gen.rng.randint(1, 10))
        if step_day < gen.today and (case.closed is None or step_day <= case.closed):
            case.formal_steps.append(FormalStep(kind=step_kind, date=step_day))
    if case.closed is None and gen.chance(0.6):
        return  # an open case often has no outcome yet
    outcomes: list[Outcome] = []
    if case.kind is CaseKind.ADVIES:
        outcomes.append(Outcome.GEHOORD_GEADVISEERD)
    else:
        outcomes.append(gen.weighted(((Outcome.GEHOORD_GEADVISEERD, 30), (Outcome.INFORMEEL_OPGELOST, 25),
                                      (Outcome.BEGELEID_GESPREK, 12), (Outcome.MEDIATION_INGEZET, 7),
                                      (Outcome.GESTOPT, 8), (Outcome.VERTROKKEN, 6), (Outcome.ONBEKEND, 5))))
    if case.referrals:
        outcomes.append(Outcome.DOORVERWEZEN)
    if case.formal_steps:
        outcomes.append(Outcome.FORMELE_STAP)
    case.outcomes = list(dict.fromkeys(outcomes))


def _step_kind_for(gen: _Gen, main: Category) -> FormalStepKind:
    if main is Category.INTEGRITEIT:
        return gen.weighted(((FormalStepKind.MELDING_MISSTAND, 70), (FormalStepKind.MELDING_EXTERN, 30)))
    if main in (Category.AGRESSIE_GEWELD, Category.SEKSUELE_INTIMIDATIE):
        return gen.weighted(((FormalStepKind.FORMELE_KLACHT, 60), (FormalStepKind.AANGIFTE, 40)))
    return FormalStepKind.FORMELE_KLACHT


def _consent(gen: _Gen, draft: _CaseDraft, registered: bool) -> None:
    case = draft.case
    if not registered:
        case.consent = Consent(registration=False)
        return
    consent = Consent(registration=True, registration_date=case.opened)
    if case.closed is None and gen.chance(0.3):
        consent.handover = True
        consent.handover_date = gen.pick(case.contacts).date
    if gen.chance(0.18):
        parties = case.referrals or [gen.pick((Referral.HR, Referral.BEDRIJFSARTS, Referral.LEIDINGGEVENDE))]
        for party in parties[:2]:
            consent.sharing.append(SharingConsent(party=party, date=gen.pick(case.contacts).date))
    case.consent = consent
    if gen.chance(0.012):
        case.confidentiality_breach = ConfidentialityBreach(date=gen.pick(case.contacts).date,
                                                            justification=gen.pick(_BREACHES))
    if case.formal_steps and gen.chance(0.5):
        case.retention_hold = RetentionHold(reason=gen.pick(_HOLD_REASONS))


def _followups(gen: _Gen, draft: _CaseDraft) -> None:
    """Action follow-ups (open ones spread around this week), plus what the core adds for Wbk steps."""
    case = draft.case
    today = gen.today
    for step in case.formal_steps:
        case.followups.extend(_step_followups(gen, case, step))
    if case.closed is not None:
        if gen.chance(0.4):
            due = case.contacts[0].date + timedelta(days=gen.rng.randint(7, 21))
            case.followups.append(FollowUp(due=due, text=_fill(gen.pick(_FOLLOWUP_TEXTS), draft),
                                           done=min(due, case.closed)))
        return
    for _ in range(gen.weighted(((0, 25), (1, 55), (2, 20)))):
        when = gen.weighted((("overdue", 25), ("week", 30), ("later", 30), ("done", 15)))
        if when == "overdue":
            due = max(case.opened, today - timedelta(days=gen.rng.randint(1, 20)))
            done = None
        elif when == "week":
            due, done = today + timedelta(days=gen.rng.randint(0, 6)), None
        elif when == "later":
            due, done = today + timedelta(days=gen.rng.randint(7, 45)), None
        else:
            due = gen.day_between(case.opened, today - timedelta(days=1))
            done = due
        case.followups.append(FollowUp(due=due, text=_fill(gen.pick(_FOLLOWUP_TEXTS), draft), done=done))
    if gen.chance(0.02):
        received = gen.day_between(case.opened, today - timedelta(days=1))
        avg = rules.avg_followup(AvgRequest(kind=gen.pick(tuple(AvgRequestKind)), received=received))
        if avg.due < today - timedelta(days=10):
            avg.done = avg.due - timedelta(days=gen.rng.randint(1, 20))
        case.followups.append(avg)


def _step_followups(gen: _Gen, case: Case, step: FormalStep) -> list[FollowUp]:
    """The Wbk check follow-ups the core makes for a melding misstand, ticked off when long past."""
    followups = rules.wbk_followups(step)
    for f in followups:
        if f.due < gen.today - timedelta(days=3) and (case.closed is not None or gen.chance(0.7)):
            f.done = f.due - timedelta(days=gen.rng.randint(0, 5))
    return followups


def _purge_if_old(gen: _Gen, draft: _CaseDraft) -> None:
    """Half of the cases past their retention date are skeletons already; the rest await ``purge``."""
    case = draft.case
    if case.closed is None or case.retention_hold is not None or case.confidentiality_breach is not None:
        return
    if add_years(case.closed, RETENTION_YEARS) >= gen.today or not gen.chance(0.5):
        return
    _to_skeleton(gen, case)


def _to_skeleton(gen: _Gen, case: Case) -> None:
    def month(day: date) -> date:
        return day.replace(day=1)

    case.purged = True
    case.uid = gen.uid()
    case.reference = None
    case.melder = Melder(role=case.melder.role, position=case.melder.position)
    case.betrokkenen = [Betrokkene(relation=b.relation) for b in case.betrokkenen]
    case.consent = Consent()
    case.contacts = [Contact(date=month(c.date), minutes=c.minutes, mode=c.mode, party=c.party)
                     for c in case.contacts]
    case.followups = []
    case.formal_steps = [FormalStep(kind=s.kind, date=month(s.date)) for s in case.formal_steps]
    case.opened = month(case.opened)
    case.closed = month(case.closed) if case.closed else None
    case.confidentiality_breach = None
    case.retention_hold = None


def _live(drafts: list[_CaseDraft]) -> list[_CaseDraft]:
    return [d for d in drafts if not d.case.purged and d.case.consent.registration]


def _ensure_coverage(gen: _Gen, drafts: list[_CaseDraft]) -> None:
    """Make sure every code a report or filter can show occurs at least once, and the rare
    situations (breach, hold, handover, sharing, Wbk, AVG, skeleton) are there in a small demo too."""
    live = _live(drafts)

    def some(candidates: list[_CaseDraft]) -> _CaseDraft:
        return gen.pick(candidates or live)

    present = {c for d in drafts for c in d.case.categories}
    for category in Category:
        if category not in present:
            d = some([x for x in live if len(x.case.categories) < 3])
            d.case.categories.append(category)
    # Single-valued codes: take them from a case whose current code occurs more than once, so a
    # patch never removes the last occurrence of another code.
    kinds = Counter(d.case.kind for d in drafts)
    for kind in CaseKind:
        if not kinds[kind]:
            d = some([x for x in live if kinds[x.case.kind] > 1])
            kinds[d.case.kind] -= 1
            kinds[kind] += 1
            d.case.kind = kind
    roles = Counter(d.case.melder.role for d in drafts)
    for role in MelderRole:
        if not roles[role]:
            d = some([x for x in live if roles[x.case.melder.role] > 1])
            roles[d.case.melder.role] -= 1
            roles[role] += 1
            d.case.melder.role = role
    positions = Counter(d.case.melder.position for d in drafts)
    for position in MelderPosition:
        if not positions[position]:
            d = some([x for x in live if positions[x.case.melder.position] > 1])
            positions[d.case.melder.position] -= 1
            positions[position] += 1
            d.case.melder.position = position
    relations = {b.relation for d in drafts for b in d.case.betrokkenen}
    for relation in Relation:
        if relation not in relations:
            some(live).case.betrokkenen.append(Betrokkene(relation=relation))
    multi = [d for d in live if len(d.case.contacts) > 1]
    modes = Counter(c.mode for d in drafts for c in d.case.contacts)
    for mode in ContactMode:
        if not modes[mode]:
            contact = some([x for x in multi if modes[x.case.contacts[-1].mode] > 1]).case.contacts[-1]
            modes[contact.mode] -= 1
            modes[mode] += 1
            contact.mode = mode
            if contact.party is ContactParty.MELDER and contact.summary:
                contact.summary = gen.pick(_MELDER_SUMMARIES[mode])
    parties = Counter(c.party for d in drafts for c in d.case.contacts)
    for party in ContactParty:
        if not parties[party]:
            d = some([x for x in multi if parties[x.case.contacts[-1].party] > 1])
            contact = d.case.contacts[-1]
            parties[contact.party] -= 1
            parties[party] += 1
            contact.party = party
            contact.summary = _sentence_start(_fill(gen.pick(_FOLLOW_SUMMARIES[party]), d))
            contact.notes = _sentence_start(_fill(gen.pick(_PARTY_NOTES[party]), d))
    closed = [d for d in live if d.case.closed is not None]
    referrals = {r for d in drafts for r in d.case.referrals}
    for referral in Referral:
        if referral not in referrals:
            d = some([x for x in closed if len(x.case.referrals) < 2])
            d.case.referrals.append(referral)
            if Outcome.DOORVERWEZEN not in d.case.outcomes:
                d.case.outcomes.append(Outcome.DOORVERWEZEN)
    outcomes = {o for d in drafts for o in d.case.outcomes}
    for outcome in Outcome:
        if outcome not in outcomes:
            some(closed).case.outcomes.append(outcome)
    # Formal steps: at least two meldingen misstand (one recent and open, so its Wbk deadlines show).
    misstand = [d for d in live if any(s.kind is FormalStepKind.MELDING_MISSTAND for s in d.case.formal_steps)]
    open_live = [d for d in live if d.case.closed is None and d.case.contacts[0].date < gen.today - timedelta(days=3)]
    long_closed = [d for d in closed if (d.case.closed or gen.today) < gen.today - timedelta(days=130)]
    for pool in (open_live, long_closed)[: max(0, 2 - len(misstand))]:
        _add_step(gen, some([d for d in pool if all(d is not m for m in misstand)]), FormalStepKind.MELDING_MISSTAND)
    for step_kind in FormalStepKind:
        if step_kind not in {s.kind for d in drafts for s in d.case.formal_steps}:
            _add_step(gen, some(long_closed), step_kind)
    # The agenda should show something overdue and something due this week.
    today = gen.today
    waiting = [f for d in live for f in d.case.followups if f.done is None]
    for due, found in ((today - timedelta(days=gen.rng.randint(2, 9)), any(f.due < today for f in waiting)),
                         (today + timedelta(days=gen.rng.randint(0, 4)),
                          any(today <= f.due < today + timedelta(days=7) for f in waiting))):
        if not found:
            d = some(open_live)
            d.case.followups.append(FollowUp(due=max(due, d.case.opened), text=_fill(gen.pick(_FOLLOWUP_TEXTS), d)))
    for fkind in FollowUpKind:
        if fkind not in {f.kind for d in drafts for f in d.case.followups}:
            d = some(open_live)
            if fkind is FollowUpKind.AVG_VERZOEK:
                received = gen.today - timedelta(days=gen.rng.randint(3, 20))
                d.case.followups.append(rules.avg_followup(AvgRequest(kind=AvgRequestKind.INZAGE, received=received)))
            elif fkind is FollowUpKind.ACTIE:
                d.case.followups.append(FollowUp(due=gen.today, text=_fill(gen.pick(_FOLLOWUP_TEXTS), d)))
    if not any(d.case.confidentiality_breach for d in drafts):
        d = some(closed)
        d.case.confidentiality_breach = ConfidentialityBreach(date=d.case.contacts[0].date,
                                                              justification=_BREACHES[0])
    if not any(d.case.retention_hold for d in drafts):
        some(closed).case.retention_hold = RetentionHold(reason=_HOLD_REASONS[0])
    if not any(d.case.consent.handover for d in drafts):
        d = some(open_live)
        d.case.consent.handover, d.case.consent.handover_date = True, d.case.contacts[-1].date
    if not any(d.case.consent.sharing for d in drafts):
        d = some(live)
        d.case.consent.sharing.append(SharingConsent(party=Referral.BEDRIJFSARTS, date=d.case.contacts[-1].date))
    if not any(not d.case.consent.registration for d in drafts):
        _strip_to_unregistered(some([x for x in live if _plain(x.case)]).case)
    # A few skeletons in the oldest report year, also when few cases there have reached the retention
    # date yet: a melder may ask for erasure as soon as the case is closed (AVG).
    wanted = max(2, len(drafts) // 60) - sum(d.case.purged for d in drafts)
    if wanted > 0:
        oldest = [d for d in closed if _plain(d.case) and d.case.closed is not None
                  and d.case.closed < gen.today - timedelta(days=180)
                  and d.case.opened < add_months(_report_start(gen.today, d.profile.organisation.year_start_month), 12)]
        for d in gen.rng.sample(oldest, min(wanted, len(oldest))):
            _to_skeleton(gen, d.case)


def _plain(case: Case) -> bool:
    """Nothing rare in it that the coverage above may have put there on purpose."""
    return (case.retention_hold is None and case.confidentiality_breach is None and not case.formal_steps
            and not case.consent.handover and not case.consent.sharing
            and all(f.kind is FollowUpKind.ACTIE for f in case.followups))


def _add_step(gen: _Gen, draft: _CaseDraft, kind: FormalStepKind) -> None:
    case = draft.case
    day = case.contacts[0].date + timedelta(days=gen.rng.randint(1, 5))
    if case.closed is not None:
        day = min(day, case.closed)
    day = min(day, gen.today - timedelta(days=1))
    day = max(day, case.opened)
    step = FormalStep(kind=kind, date=day)
    case.formal_steps.append(step)
    if Outcome.FORMELE_STAP not in case.outcomes and case.outcomes:
        case.outcomes.append(Outcome.FORMELE_STAP)
    if case.consent.registration and not case.purged:
        case.followups.extend(_step_followups(gen, case, step))


def _strip_to_unregistered(case: Case) -> None:
    """A case whose melder did not consent to registration: only its statistical content remains."""
    case.consent = Consent(registration=False)
    case.melder = Melder(role=case.melder.role, position=case.melder.position)
    case.betrokkenen = [Betrokkene(relation=b.relation) for b in case.betrokkenen]
    for contact in case.contacts:
        contact.summary = contact.notes = None
    case.followups = []
    case.confidentiality_breach = None
    case.retention_hold = None


def _number(drafts: list[_CaseDraft]) -> None:
    """References ``YYYY-NNN`` in order of opening, per calendar year (as the core numbers them)."""
    counters: dict[int, int] = {}
    for d in drafts:
        if d.case.purged:
            continue
        year = d.case.opened.year
        counters[year] = counters.get(year, 0) + 1
        d.case.reference = rules.reference_for(year, counters[year])


def _activities(gen: _Gen, profile: _OrgProfile) -> list[Activity]:
    org = profile.organisation
    start = _report_start(gen.today, org.year_start_month)
    found: list[Activity] = []
    for offset in range(REPORT_YEARS):
        first = add_months(start, 12 * offset)
        last = min(add_months(first, 12) - timedelta(days=1), gen.today - timedelta(days=1))
        for kind, low, high, min_h, max_h in _ACTIVITY_COUNTS:
            if offset == REPORT_YEARS - 1:
                high = max(low, high // 2)  # the current year is not over yet
            for _ in range(gen.rng.randint(low, high)):
                hours = gen.rng.randint(int(min_h * 2), int(max_h * 2)) / 2
                description = gen.pick(_ACTIVITY_TEXTS[kind]) if gen.chance(0.9) else None
                found.append(Activity(organisation=org.key, date=gen.day_between(first, last), kind=kind,
                                      hours=hours, description=description))
    return found


def _expenses(gen: _Gen, drafts: list[_CaseDraft]) -> list[Expense]:
    """Travel and room hire an extern VP bills; some travel is tied to a case (for the statement)."""
    found: list[Expense] = []
    for profile in _PROFILES:
        if not profile.external:
            continue
        org = profile.organisation
        km = {"horizon": 38, "baken": 54}.get(org.key, 40)
        start = _report_start(gen.today, org.year_start_month)
        month = start
        while month < gen.today:
            month_end = min(add_months(month, 1) - timedelta(days=1), gen.today - timedelta(days=1))
            for _ in range(gen.rng.randint(1, 3)):
                day = gen.day_between(month, month_end)
                trip = km * 2 + gen.rng.randint(-4, 12)
                found.append(Expense(organisation=org.key, date=day, kind=ExpenseKind.REISKOSTEN,
                                     amount_cents=trip * 23,
                                     description=f"Reiskosten spreekuur op locatie, {trip} km à € 0,23"))
            if gen.chance(0.15):
                found.append(Expense(organisation=org.key, date=gen.day_between(month, month_end),
                                     kind=ExpenseKind.ZAALHUUR, amount_cents=gen.rng.randint(8, 30) * 500,
                                     description="Zaalhuur voor een voorlichtingsbijeenkomst"))
            if gen.chance(0.08):
                found.append(Expense(organisation=org.key, date=gen.day_between(month, month_end),
                                     kind=ExpenseKind.OVERIG, amount_cents=gen.rng.randint(500, 4500),
                                     description=gen.pick(("Drukwerk folders vertrouwenspersoon",
                                                           "Parkeerkosten", "Vakliteratuur"))))
            month = add_months(month, 1)
        own = [d for d in _live(drafts) if d.case.organisation == org.key and d.case.kind is CaseKind.MELDING]
        for d in gen.rng.sample(own, min(len(own), max(2, len(own) // 12))):
            contact = gen.pick(d.case.contacts)
            found.append(Expense(organisation=org.key, date=contact.date, kind=ExpenseKind.REISKOSTEN,
                                 amount_cents=(km * 2) * 23, case_reference=d.case.reference,
                                 description="Reiskosten gesprek buiten het vaste spreekuur"))
    return found


def _signals(gen: _Gen, profile: _OrgProfile, drafts: list[_CaseDraft]) -> list[Signal]:
    """Two to four signals per report year, led by what the year's cases were mostly about."""
    org = profile.organisation
    first_year = _report_start(gen.today, org.year_start_month).year
    found: list[Signal] = []
    for year in range(first_year, first_year + REPORT_YEARS):
        counts: dict[Category, int] = {}
        for d in drafts:
            if d.case.organisation == org.key and _report_year(d.case.opened, org.year_start_month) == year:
                for category in d.case.categories:
                    counts[category] = counts.get(category, 0) + 1
        ranked = sorted((c for c in counts if c in _SIGNALS_COMMON), key=lambda c: (-counts[c], c.value))
        texts = [gen.pick(_SIGNALS_COMMON[c]) for c in ranked[: gen.rng.randint(1, 3)]]
        texts.append(gen.pick(_SIGNALS_BY_ORG[org.key]))
        for text in dict.fromkeys(texts):
            found.append(Signal(organisation=org.key, year=year, text=text))
    return found


# -- writing ----------------------------------------------------------------------------------------


def create_demo(path: str | os.PathLike[str], passphrase: str, *, seed: int = DEFAULT_SEED,
                cases: int | None = None, profile: int = 1, today: date | None = None) -> None:
    """Create a new vault at ``path`` holding :func:`build_demo` data; nothing is left behind on failure."""
    data = build_demo(seed, cases, today)
    notebook = Notebook.create(path, passphrase, profile=profile)
    try:
        interchange.import_data(notebook, data)
    except BaseException:
        notebook.close()
        Path(path).unlink(missing_ok=True)  # ours: just created above, holds nothing of the user's
        raise
    notebook.close()

