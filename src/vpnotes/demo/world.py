"""The fictional world of the demo notebook: its organisations, the people in them,
and the Dutch phrases a VP's notes, follow-ups, activities and signals are made of.
Every person in here is made up; any resemblance is chance.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from vpnotes.domain.model import (
    Organisation,
)
from vpnotes.domain.vocabulary import (
    ActivityKind,
    Category,
    ContactMode,
    ContactParty,
    Gender,
    MelderRole,
    Referral,
    Relation,
    Sector,
)

DEFAULT_CASES = 120
DEFAULT_SEED = 2026
REPORT_YEARS = 3
RETENTION_YEARS = 2  # the policy default: purge two years after closing

T = TypeVar("T")


# -- the organisations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgProfile:
    """How cases at one organisation tend to look."""

    organisation: Organisation
    share: float  # of all cases
    mail_domain: str
    departments: tuple[tuple[str, int], ...]  # (name, weight): skewed so some stay below k
    categories: tuple[tuple[Category, int], ...]
    roles: tuple[tuple[MelderRole, int], ...]
    client_word: str  # who "klant_client" is here, for the notes
    external: bool  # an extern VP bills hours and expenses


PROFILES: tuple[OrgProfile, ...] = (
    OrgProfile(
        Organisation(key="vandijk", name="Van Dijk Installatietechniek BV", employees=640),
        0.30,
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
    OrgProfile(
        Organisation(key="horizon", name="Stedelijk Lyceum De Horizon", employees=210, year_start_month=8,
                     sector=Sector.ONDERWIJS),
        0.18,
        "dehorizon-lyceum.nl",
        (("Onderbouw", 25), ("Bovenbouw", 22), ("Sectie Lichamelijke Opvoeding", 6), ("Sectie Talen", 14),
         ("Sectie Exacte Vakken", 12), ("Onderwijsondersteuning", 8), ("Zorgteam", 5),
         ("Administratie", 4), ("Schoolleiding", 3), ("Conciërges", 2)),
        ((Category.PESTEN, 20), (Category.WERKDRUK, 10), (Category.ARBEIDSCONFLICT, 8),
         (Category.INTIMIDATIE, 6), (Category.AGRESSIE_GEWELD, 6), (Category.SEKSUELE_INTIMIDATIE, 6),
         (Category.DISCRIMINATIE, 5), (Category.ONDERWIJSKUNDIG, 12), (Category.SCHOOLORGANISATIE, 7),
         (Category.THUISSITUATIE, 6), (Category.BEDREIGING, 3), (Category.INTEGRITEIT, 2), (Category.OVERIG, 4)),
        ((MelderRole.LEERLING, 34), (MelderRole.OUDER, 18), (MelderRole.STUDENT, 3), (MelderRole.MEDEWERKER, 30),
         (MelderRole.LEIDINGGEVENDE, 4), (MelderRole.STAGIAIR, 5), (MelderRole.VRIJWILLIGER, 2),
         (MelderRole.FLEXWERKER, 1), (MelderRole.OUD_MEDEWERKER, 1), (MelderRole.EXTERN, 2)),
        "ouder",
        True,
    ),
    OrgProfile(
        Organisation(key="baken", name="Zorggroep Het Baken", employees=1850, min_cell=5),
        0.38,
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
    OrgProfile(  # a Belgian employer: Welzijnswet, informal interventions, register van feiten door derden
        Organisation(key="scheldeland", name="Scheldeland Logistiek NV", employees=420, min_cell=3,
                     sector=Sector.VLAANDEREN),
        0.14,
        "scheldeland-logistiek.be",
        (("Magazijn Kallo", 30), ("Transportplanning", 16), ("Chauffeurs", 22), ("Klantendienst", 12),
         ("Douane en Administratie", 8), ("Onderhoud", 6), ("Directie", 2)),
        ((Category.PESTEN, 20), (Category.WERKDRUK, 22), (Category.ARBEIDSCONFLICT, 18),
         (Category.AGRESSIE_GEWELD, 10), (Category.SEKSUELE_INTIMIDATIE, 8), (Category.BEDREIGING, 6),
         (Category.DISCRIMINATIE, 6), (Category.INTIMIDATIE, 4), (Category.OVERIG, 6)),
        ((MelderRole.MEDEWERKER, 72), (MelderRole.LEIDINGGEVENDE, 10), (MelderRole.FLEXWERKER, 12),
         (MelderRole.STAGIAIR, 2), (MelderRole.OUD_MEDEWERKER, 2), (MelderRole.ONBEKEND, 2)),
        "klant",
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


def next_working_day(day: date) -> date:
    while not _is_working_day(day):
        day += timedelta(days=1)
    return day


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l"))
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in "-."))


class Gen:
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

TOPICS: dict[Category, tuple[str, ...]] = {
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
    Category.BEDREIGING: ("een bedreiging via berichten", "bedreigd na een discussie op de parkeerplaats",
                          "dreigende taal van een {client} aan de balie"),
    Category.ONDERWIJSKUNDIG: ("een cijfer dat oneerlijk voelt", "onvrede over de begeleiding bij de toetsweek",
                               "een geweigerde herkansing"),
    Category.SCHOOLORGANISATIE: ("de indeling van klassen en mentoren", "steeds wisselende roosters",
                                 "onduidelijke afspraken over schoolkosten"),
    Category.THUISSITUATIE: ("zorgen over de thuissituatie", "spanningen thuis die doorwerken op school",
                             "vermoeden van huiselijk geweld"),
}

INTAKE_SUMMARIES: dict[ContactMode, tuple[str, ...]] = {
    ContactMode.PERSOONLIJK: ("Intakegesprek over {topic}", "Eerste gesprek: {topic}",
                              "Kennismaking en intake; {topic}"),
    ContactMode.TELEFOON: ("Telefonische intake: {topic}", "Melder belt over {topic}"),
    ContactMode.VIDEO: ("Intake via videobellen over {topic}", "Eerste gesprek (online): {topic}"),
    ContactMode.SCHRIFTELIJK: ("Eerste bericht per mail over {topic}", "Melder mailt over {topic}"),
}
# The melder's follow-up contacts depend on how they took place; other parties' do not.
MELDER_SUMMARIES: dict[ContactMode, tuple[str, ...]] = {
    ContactMode.PERSOONLIJK: ("Vervolggesprek over de stand van zaken",
                              "Gesprek ter voorbereiding op het gesprek met de leidinggevende",
                              "Nabespreking van het gesprek met HR"),
    ContactMode.TELEFOON: ("Telefonisch bijgepraat over de voortgang", "Korte check-in aan de telefoon"),
    ContactMode.VIDEO: ("Videogesprek over de stand van zaken", "Online vervolggesprek: hoe gaat het nu?"),
    ContactMode.SCHRIFTELIJK: ("Mail van de melder met een update", "Per mail informatie over de klachtenregeling"),
}
FOLLOW_SUMMARIES: dict[ContactParty, tuple[str, ...]] = {
    ContactParty.BETROKKENE: ("Gesprek met de betrokkene (met toestemming van de melder)",
                              "Betrokkene gebeld om het gesprek te plannen"),
    ContactParty.LEIDINGGEVENDE: ("Overleg met de leidinggevende, met toestemming",
                                  "Leidinggevende geïnformeerd over het patroon"),
    ContactParty.HR: ("Afstemming met HR over de mogelijkheden", "HR-adviseur gesproken over de klachtenregeling"),
    ContactParty.BEDRIJFSARTS: ("Afstemming met de bedrijfsarts", "Bedrijfsarts gebeld over de belastbaarheid"),
    ContactParty.OVERIG: ("Overleg met de mediator over de opzet", "Contact met de vakbond op verzoek van de melder",
                          "Intercollegiaal overleg met een andere vertrouwenspersoon (geanonimiseerd)"),
}
CLOSING_SUMMARIES = ("Afsluitend gesprek", "Laatste contact; melder kan verder", "Afronding en evaluatie")

SITUATION = (
    "{naam} vertelt dat het al maanden speelt en dat het na de zomer erger werd.",
    "{naam} beschrijft {topic}; {ander} zou hier een rol in spelen.",
    "Volgens {naam} gebeurt het vooral als er geen leidinggevende in de buurt is.",
    "Sinds de reorganisatie op {afdeling} is de sfeer volgens {naam} merkbaar verslechterd.",
    "{naam} twijfelt of het 'wel erg genoeg' is om er iets mee te doen.",
    "Er zijn meer collega's die het hebben gezien, zegt {naam}, maar niemand zegt er iets van.",
    "{naam} heeft een paar berichten bewaard en laat die zien.",
    "Het incident vond plaats tijdens een avonddienst; {naam} was alleen met {ander}.",
)
FEELING = (
    "{naam} slaapt slecht en ziet op tegen het werk.",
    "Emotioneel gesprek; {naam} was opgelucht dat het eindelijk gezegd kon worden.",
    "{naam} is vooral boos en wil dat het stopt.",
    "{naam} maakt zich zorgen over de gevolgen voor de eigen positie.",
    "{naam} oogt rustig maar geeft aan dat het veel energie kost.",
    "{naam} heeft zich een paar dagen ziek gemeld.",
)
ADVICE = (
    "Besproken welke mogelijkheden er zijn: zelf aanspreken, via de leidinggevende, of een formele klacht.",
    "Geadviseerd om een logboek bij te houden met data en wat er gebeurde.",
    "Uitgelegd wat de vertrouwenspersoon wel en niet kan doen en wat vertrouwelijkheid betekent.",
    "Samen een gesprek met {ander} voorbereid; {naam} wil het eerst zelf proberen.",
    "Gewezen op de klachtenregeling en de route naar de klachtencommissie.",
    "Voorgesteld om de bedrijfsarts in te schakelen voor de klachten.",
    "De mogelijkheid van mediation genoemd; {naam} denkt erover na.",
)
AGREEMENT = (
    "Afgesproken dat {naam} over twee weken laat weten hoe het gaat.",
    "{naam} neemt zelf contact op als er iets verandert.",
    "Volgende afspraak over drie weken, eerder als het nodig is.",
    "Geen vervolgafspraak gemaakt; de deur staat open.",
    "Ik stuur {naam} de link naar de klachtenregeling.",
)
FOLLOW_NOTES = (
    "Het gesprek met {ander} heeft plaatsgevonden en was volgens {naam} 'beter dan verwacht'.",
    "Weinig veranderd. {naam} overweegt nu een formele stap.",
    "De leidinggevende heeft maatregelen genomen; de situatie is rustiger.",
    "{naam} heeft een andere werkplek gekregen en voelt zich veiliger.",
    "Samen de brief aan de klachtencommissie doorgelopen.",
    "{naam} is nog niet toe aan een gesprek met {ander}.",
    "Contact kort gehouden; {naam} had weinig tijd.",
)
PARTY_NOTES: dict[ContactParty, tuple[str, ...]] = {
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
AFTERWARDS = ("Daarna {naam} gebeld en bijgepraat.", "{naam} achteraf kort geïnformeerd.",
               "De uitkomst met {naam} gedeeld.")
NB = ("niet bespreken in het teamoverleg.", "melder wil niet dat HR dit nu al weet.",
       "eerst toestemming vragen voordat ik de leidinggevende bel.", "mogelijk patroon, zie ook eerdere signalen.")
FOLLOWUP_TEXTS = (
    "Bellen met {naam} hoe het gesprek met de leidinggevende ging",
    "Informatie over de klachtenregeling mailen",
    "Nagaan of de mediator beschikbaar is",
    "Check-in met {naam} na de vakantie",
    "Terugkoppeling van HR afwachten en {naam} informeren",
    "Afspraak bedrijfsarts navragen",
    "Verslag van het gesprek ter controle aan {naam} sturen",
)
# How notes refer to a betrokkene without a name.
DESCRIPTIONS: dict[Relation, str] = {
    Relation.COLLEGA: "de collega in kwestie", Relation.LEIDINGGEVENDE: "de leidinggevende",
    Relation.ONDERGESCHIKTE: "de medewerker in kwestie", Relation.KLANT_CLIENT: "de {client}",
    Relation.EXTERN: "de externe partij", Relation.GROEP: "een groep collega's", Relation.ONBEKEND: "de ander",
    Relation.DOCENT: "de docent", Relation.MEDELEERLING: "een klasgenoot", Relation.OUDER: "een ouder",
}
THIRD_PARTIES = ("meneer Haverkamp", "mevrouw Lindeboom", "Erwin Stokvis", "Gerda Wubbels", "teamleider Okkerse")

HOLD_REASONS = (
    "Klachtprocedure loopt nog bij de klachtencommissie",
    "Melding in behandeling bij het Huis voor Klokkenluiders",
    "Procedure bij de kantonrechter aanhangig",
    "Aangifte in behandeling bij de politie",
)
BREACHES = (
    "Melder uitte concrete suïcidale gedachten en wilde geen hulp inschakelen. Na overleg met mijn supervisor "
    "(conflict van plichten) de huisarts ingelicht; melder daarvan vooraf op de hoogte gesteld.",
    "Acuut gevaar voor een derde: melder noemde een concreet plan om een collega iets aan te doen. "
    "Conflict van plichten; leidinggevende en beveiliging gewaarschuwd, melder geïnformeerd.",
)

REFERRALS_BY_CATEGORY: dict[Category, tuple[tuple[Referral, int], ...]] = {
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
    Category.BEDREIGING: ((Referral.POLITIE, 4), (Referral.LEIDINGGEVENDE, 3), (Referral.BEDRIJFSARTS, 2),
                          (Referral.JURIDISCH, 1)),
    Category.ONDERWIJSKUNDIG: ((Referral.LEIDINGGEVENDE, 4), (Referral.KLACHTENCOMMISSIE, 2),
                               (Referral.VERTROUWENSINSPECTEUR, 2), (Referral.OVERIG, 1)),
    Category.SCHOOLORGANISATIE: ((Referral.LEIDINGGEVENDE, 4), (Referral.KLACHTENCOMMISSIE, 2),
                                 (Referral.ARBEIDSINSPECTIE, 1)),
    Category.THUISSITUATIE: ((Referral.VEILIG_THUIS, 5), (Referral.MAATSCHAPPELIJK_WERK, 3),
                             (Referral.HUISARTS_PSYCHOLOOG, 2), (Referral.VERTROUWENSINSPECTEUR, 1)),
}
# A Flemish employer refers elsewhere (DESIGN.md §9): the Dutch institutions are replaced.
FLEMISH_REFERRALS: dict[Referral, Referral] = {
    Referral.KLACHTENCOMMISSIE: Referral.PREVENTIEADVISEUR_PSA,
    Referral.VEILIG_THUIS: Referral.MAATSCHAPPELIJK_WERK,
    Referral.VERTROUWENSINSPECTEUR: Referral.PREVENTIEADVISEUR_PSA,
}
# The register van feiten door derden of the Flemish employer: what workers declare about third parties.
REGISTER_FACTS = (
    "Klant schold een magazijnmedewerker uit aan de laadkade en dreigde met slaan.",
    "Chauffeur van een onderaannemer duwde een planner opzij bij discussie over wachttijden.",
    "Klant maakte aan de telefoon herhaaldelijk seksistische opmerkingen tegen een medewerker klantendienst.",
    "Bezoeker weigerde het terrein te verlaten en bedreigde de portier.",
    "Leverancier stuurde beledigende berichten naar een medewerker van de douaneafdeling.",
    "Klant gooide een pallet om in de ontvangstzone en riep dat hij de chauffeur zou opwachten.",
    "Chauffeur van een klant raakte een heftruckbestuurder aan na een verbale ruzie.",
    "Klant betastte een medewerker bij het afgeven van documenten aan het loket.",
)

ACTIVITY_TEXTS: dict[ActivityKind, tuple[str, ...]] = {
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
ACTIVITY_COUNTS: tuple[tuple[ActivityKind, int, int, float, float], ...] = (
    # kind, min, max per year, min hours, max hours
    (ActivityKind.VOORLICHTING, 2, 5, 1.0, 3.0), (ActivityKind.TRAINING, 0, 2, 3.0, 8.0),
    (ActivityKind.ADVIES_WERKGEVER, 1, 3, 1.0, 4.0), (ActivityKind.OVERLEG, 2, 6, 0.5, 2.0),
    (ActivityKind.INTERVISIE, 2, 4, 2.0, 3.0), (ActivityKind.SUPERVISIE, 0, 2, 1.0, 1.5),
    (ActivityKind.SCHOLING, 1, 2, 2.0, 8.0), (ActivityKind.NETWERK, 0, 2, 1.5, 3.0),
    (ActivityKind.OVERIG, 1, 2, 1.0, 6.0),
)

# Signals: what a VP writes for the annual report. No names, no departments, no days.
SIGNALS_COMMON: dict[Category, tuple[str, ...]] = {
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
SIGNALS_BY_ORG: dict[str, tuple[str, ...]] = {
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
    "scheldeland": (
        "Chauffeurs en magazijnmedewerkers melden agressie van klanten aan de laadkade vaak niet. Ik adviseer het "
        "register van feiten door derden bij de ploegleiders opnieuw toe te lichten.",
        "De risicoanalyse psychosociale risico's dateert van voor de uitbreiding van de nachtploeg; een update "
        "samen met de preventieadviseur psychosociale aspecten is aan te raden.",
    ),
}


