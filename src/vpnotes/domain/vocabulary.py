"""The fixed vocabulary of DESIGN.md §4: codes (stable, in files and scripts)
with Dutch labels (shown to the VP and in reports) and English labels (the
source strings for the Qt translation layer and ``LANG=en``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import TypeVar

from vpnotes.i18n import pick


class Vocab(StrEnum):
    """A closed set of codes with Dutch and English labels."""

    @property
    def label(self) -> str:
        """Label in the core's current language."""
        nl, en = _LABELS[type(self).__name__][self.value]
        return pick(nl, en)

    @property
    def label_nl(self) -> str:
        return _LABELS[type(self).__name__][self.value][0]

    @property
    def label_en(self) -> str:
        return _LABELS[type(self).__name__][self.value][1]


class CaseKind(Vocab):
    ADVIES = "advies"
    MELDING = "melding"
    SIGNAAL = "signaal"


class Category(Vocab):
    PESTEN = "pesten"
    SEKSUELE_INTIMIDATIE = "seksuele_intimidatie"
    INTIMIDATIE = "intimidatie"
    AGRESSIE_GEWELD = "agressie_geweld"
    DISCRIMINATIE = "discriminatie"
    INTEGRITEIT = "integriteit"
    WERKDRUK = "werkdruk"
    ARBEIDSCONFLICT = "arbeidsconflict"
    BEDREIGING = "bedreiging"
    ONDERWIJSKUNDIG = "onderwijskundig"
    SCHOOLORGANISATIE = "schoolorganisatie"
    THUISSITUATIE = "thuissituatie"
    OVERIG = "overig"


class MelderRole(Vocab):
    MEDEWERKER = "medewerker"
    LEIDINGGEVENDE = "leidinggevende"
    OUD_MEDEWERKER = "oud_medewerker"
    FLEXWERKER = "flexwerker"
    STAGIAIR = "stagiair"
    SOLLICITANT = "sollicitant"
    VRIJWILLIGER = "vrijwilliger"
    EXTERN = "extern"
    LEERLING = "leerling"
    STUDENT = "student"
    OUDER = "ouder"
    ONBEKEND = "onbekend"


class MelderPosition(Vocab):
    ZELF = "zelf"
    GETUIGE = "getuige"
    NAMENS_ANDER = "namens_ander"
    BESCHULDIGDE = "beschuldigde"


class Relation(Vocab):
    COLLEGA = "collega"
    LEIDINGGEVENDE = "leidinggevende"
    ONDERGESCHIKTE = "ondergeschikte"
    KLANT_CLIENT = "klant_client"
    EXTERN = "extern"
    GROEP = "groep"
    DOCENT = "docent"
    MEDELEERLING = "medeleerling"
    OUDER = "ouder"
    ONBEKEND = "onbekend"


class ContactMode(Vocab):
    PERSOONLIJK = "persoonlijk"
    TELEFOON = "telefoon"
    VIDEO = "video"
    SCHRIFTELIJK = "schriftelijk"


class ContactParty(Vocab):
    MELDER = "melder"
    BETROKKENE = "betrokkene"
    LEIDINGGEVENDE = "leidinggevende"
    HR = "hr"
    BEDRIJFSARTS = "bedrijfsarts"
    OVERIG = "overig"


class Referral(Vocab):
    KLACHTENCOMMISSIE = "klachtencommissie"
    BEDRIJFSARTS = "bedrijfsarts"
    HR = "hr"
    LEIDINGGEVENDE = "leidinggevende"
    MEDIATOR = "mediator"
    MAATSCHAPPELIJK_WERK = "maatschappelijk_werk"
    HUISARTS_PSYCHOLOOG = "huisarts_psycholoog"
    JURIDISCH = "juridisch"
    POLITIE = "politie"
    HUIS_VOOR_KLOKKENLUIDERS = "huis_voor_klokkenluiders"
    ARBEIDSINSPECTIE = "arbeidsinspectie"
    VAKBOND = "vakbond"
    COLLEGE_RECHTEN_MENS = "college_rechten_mens"
    INTEGRITEITSFUNCTIONARIS = "integriteitsfunctionaris"
    VERTROUWENSINSPECTEUR = "vertrouwensinspecteur"
    VEILIG_THUIS = "veilig_thuis"
    PREVENTIEADVISEUR_PSA = "preventieadviseur_psa"
    OVERIG = "overig"


class Outcome(Vocab):
    GEHOORD_GEADVISEERD = "gehoord_geadviseerd"
    INFORMEEL_OPGELOST = "informeel_opgelost"
    BEGELEID_GESPREK = "begeleid_gesprek"
    MEDIATION_INGEZET = "mediation_ingezet"
    DOORVERWEZEN = "doorverwezen"
    FORMELE_STAP = "formele_stap"
    GESTOPT = "gestopt"
    VERTROKKEN = "vertrokken"
    ONBEKEND = "onbekend"


class FormalStepKind(Vocab):
    FORMELE_KLACHT = "formele_klacht"
    MELDING_MISSTAND = "melding_misstand"
    MELDING_EXTERN = "melding_extern"
    AANGIFTE = "aangifte"
    FORMELE_PSI = "formele_psi"


class FollowUpKind(Vocab):
    ACTIE = "actie"
    WBK_ONTVANGSTBEVESTIGING = "wbk_ontvangstbevestiging"
    WBK_TERUGKOPPELING = "wbk_terugkoppeling"
    AVG_VERZOEK = "avg_verzoek"


class ActivityKind(Vocab):
    VOORLICHTING = "voorlichting"
    TRAINING = "training"
    ADVIES_WERKGEVER = "advies_werkgever"
    OVERLEG = "overleg"
    INTERVISIE = "intervisie"
    SUPERVISIE = "supervisie"
    SCHOLING = "scholing"
    NETWERK = "netwerk"
    OVERIG = "overig"


class ExpenseKind(Vocab):
    REISKOSTEN = "reiskosten"
    ZAALHUUR = "zaalhuur"
    OVERIG = "overig"


class Gender(Vocab):
    V = "v"
    M = "m"
    X = "x"
    ONBEKEND = "onbekend"


class RoleGroup(Vocab):
    """Rows of an onderwijs report's roles table: who came, grouped (DESIGN.md §9)."""

    LEERLINGEN = "leerlingen"
    OUDERS = "ouders"
    PERSONEEL = "personeel"


class AvgRequestKind(Vocab):
    INZAGE = "inzage"
    VERWIJDERING = "verwijdering"


class Sector(Vocab):
    """Where an organisation's VP works (DESIGN.md §9): it decides labels and offered codes."""

    WERK = "werk"
    ONDERWIJS = "onderwijs"
    VLAANDEREN = "vlaanderen"


class InterventionType(Vocab):
    """The informal psychosocial intervention a Flemish verzoeker chose (DESIGN.md §9)."""

    GESPREK = "gesprek"
    INTERVENTIE = "interventie"
    VERZOENING = "verzoening"


_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "CaseKind": {
        "advies": ("Advies", "Advice"),
        "melding": ("Melding", "Report"),
        "signaal": ("Signaal", "Signal"),
    },
    "Category": {
        "pesten": ("Pesten", "Bullying"),
        "seksuele_intimidatie": ("Seksuele intimidatie", "Sexual harassment"),
        "intimidatie": ("Intimidatie", "Harassment"),
        "agressie_geweld": ("Agressie en geweld", "Aggression and violence"),
        "discriminatie": ("Discriminatie", "Discrimination"),
        "integriteit": ("Integriteit", "Integrity"),
        "werkdruk": ("Werkdruk", "Workload"),
        "arbeidsconflict": ("Arbeidsconflict", "Work conflict"),
        "bedreiging": ("Bedreiging", "Threats"),
        "onderwijskundig": ("Onderwijskundige zaken", "Educational matters"),
        "schoolorganisatie": ("Schoolorganisatie", "School organisation"),
        "thuissituatie": ("Thuissituatie, huiselijk geweld, kindermishandeling",
                          "Home situation, domestic violence, child abuse"),
        "overig": ("Overig", "Other"),
    },
    "MelderRole": {
        "medewerker": ("Medewerker", "Employee"),
        "leidinggevende": ("Leidinggevende", "Manager"),
        "oud_medewerker": ("Oud-medewerker", "Former employee"),
        "flexwerker": ("Flexwerker", "Temporary worker"),
        "stagiair": ("Stagiair", "Intern"),
        "sollicitant": ("Sollicitant", "Applicant"),
        "vrijwilliger": ("Vrijwilliger", "Volunteer"),
        "extern": ("Extern", "External"),
        "leerling": ("Leerling", "Pupil"),
        "student": ("Student", "Student"),
        "ouder": ("Ouder of verzorger", "Parent or carer"),
        "onbekend": ("Onbekend", "Unknown"),
    },
    "MelderPosition": {
        "zelf": ("Zelf betrokken", "Affected person"),
        "getuige": ("Getuige", "Witness"),
        "namens_ander": ("Namens een ander", "On behalf of another"),
        "beschuldigde": ("Beschuldigde", "Accused"),
    },
    "Relation": {
        "collega": ("Collega", "Colleague"),
        "leidinggevende": ("Leidinggevende", "Manager"),
        "ondergeschikte": ("Ondergeschikte", "Subordinate"),
        "klant_client": ("Klant of cliënt", "Customer or client"),
        "extern": ("Extern", "External"),
        "groep": ("Groep", "Group"),
        "docent": ("Leraar, docent of begeleider", "Teacher or tutor"),
        "medeleerling": ("Medeleerling of medestudent", "Fellow pupil or student"),
        "ouder": ("Ouder of verzorger", "Parent or carer"),
        "onbekend": ("Onbekend", "Unknown"),
    },
    "ContactMode": {
        "persoonlijk": ("Persoonlijk", "In person"),
        "telefoon": ("Telefoon", "Telephone"),
        "video": ("Video", "Video"),
        "schriftelijk": ("Schriftelijk", "In writing"),
    },
    "ContactParty": {
        "melder": ("Melder", "Reporter"),
        "betrokkene": ("Betrokkene", "Person concerned"),
        "leidinggevende": ("Leidinggevende", "Manager"),
        "hr": ("HR", "HR"),
        "bedrijfsarts": ("Bedrijfsarts", "Company doctor"),
        "overig": ("Overig", "Other"),
    },
    "Referral": {
        "klachtencommissie": ("Klachtencommissie", "Complaints committee"),
        "bedrijfsarts": ("Bedrijfsarts", "Company doctor"),
        "hr": ("HR", "HR"),
        "leidinggevende": ("Leidinggevende", "Manager"),
        "mediator": ("Mediator", "Mediator"),
        "maatschappelijk_werk": ("Maatschappelijk werk", "Social work"),
        "huisarts_psycholoog": ("Huisarts of psycholoog", "GP or psychologist"),
        "juridisch": ("Juridisch advies", "Legal advice"),
        "politie": ("Politie", "Police"),
        "huis_voor_klokkenluiders": ("Huis voor Klokkenluiders", "Whistleblowers Authority"),
        "arbeidsinspectie": ("Nederlandse Arbeidsinspectie", "Labour Inspectorate"),
        "vakbond": ("Vakbond", "Trade union"),
        "college_rechten_mens": ("College voor de Rechten van de Mens", "Human Rights Institute"),
        "integriteitsfunctionaris": ("Integriteitsfunctionaris", "Integrity officer"),
        "vertrouwensinspecteur": ("Vertrouwensinspecteur", "Confidential inspector"),
        "veilig_thuis": ("Veilig Thuis", "Veilig Thuis (domestic violence advice)"),
        "preventieadviseur_psa": ("Preventieadviseur psychosociale aspecten",
                                  "Prevention adviser for psychosocial aspects"),
        "overig": ("Overig", "Other"),
    },
    "Outcome": {
        "gehoord_geadviseerd": ("Gehoord en geadviseerd", "Heard and advised"),
        "informeel_opgelost": ("Informeel opgelost", "Resolved informally"),
        "begeleid_gesprek": ("Begeleid gesprek", "Accompanied conversation"),
        "mediation_ingezet": ("Mediation ingezet", "Mediation started"),
        "doorverwezen": ("Doorverwezen", "Referred"),
        "formele_stap": ("Formele stap gezet", "Formal step taken"),
        "gestopt": ("Gestopt", "Stopped"),
        "vertrokken": ("Vertrokken", "Left the organisation"),
        "onbekend": ("Onbekend", "Unknown"),
    },
    "FormalStepKind": {
        "formele_klacht": ("Formele klacht", "Formal complaint"),
        "melding_misstand": ("Melding misstand", "Report of wrongdoing"),
        "melding_extern": ("Externe melding", "External report"),
        "aangifte": ("Aangifte", "Police report"),
        "formele_psi": ("Verzoek tot formele psychosociale interventie",
                        "Request for a formal psychosocial intervention"),
    },
    "FollowUpKind": {
        "actie": ("Actie", "Action"),
        "wbk_ontvangstbevestiging": ("Wbk: ontvangstbevestiging", "Wbk: acknowledgement"),
        "wbk_terugkoppeling": ("Wbk: terugkoppeling", "Wbk: feedback"),
        "avg_verzoek": ("AVG-verzoek", "GDPR request"),
    },
    "ActivityKind": {
        "voorlichting": ("Voorlichting", "Information session"),
        "training": ("Training", "Training"),
        "advies_werkgever": ("Advies aan werkgever", "Advice to employer"),
        "overleg": ("Overleg", "Meeting"),
        "intervisie": ("Intervisie", "Peer review"),
        "supervisie": ("Supervisie", "Supervision"),
        "scholing": ("Scholing", "Education"),
        "netwerk": ("Netwerk", "Network"),
        "overig": ("Overig", "Other"),
    },
    "ExpenseKind": {
        "reiskosten": ("Reiskosten", "Travel"),
        "zaalhuur": ("Zaalhuur", "Room hire"),
        "overig": ("Overig", "Other"),
    },
    "Gender": {
        "v": ("Vrouw", "Female"),
        "m": ("Man", "Male"),
        "x": ("X", "X"),
        "onbekend": ("Onbekend", "Unknown"),
    },
    "RoleGroup": {
        "leerlingen": ("Leerlingen en studenten", "Pupils and students"),
        "ouders": ("Ouders en verzorgers", "Parents and carers"),
        "personeel": ("Personeel", "Staff"),
    },
    "AvgRequestKind": {
        "inzage": ("Inzage", "Access"),
        "verwijdering": ("Verwijdering", "Erasure"),
    },
    "Sector": {
        "werk": ("Werk (Nederlandse werkgever)", "Work (Dutch employer)"),
        "onderwijs": ("Onderwijs", "Education (school)"),
        "vlaanderen": ("Vlaanderen (Welzijnswet)", "Flanders (Well-being at Work Act)"),
    },
    "InterventionType": {
        "gesprek": ("Gesprek (onthaal, luisteren, advies)", "Conversation (reception, listening, advice)"),
        "interventie": ("Interventie bij een andere persoon", "Intervention with another person"),
        "verzoening": ("Verzoening", "Conciliation"),
    },
}


# --- Sectors (DESIGN.md §9) -------------------------------------------------------------
# One shared set of codes; a sector changes only which codes are offered for new entries and
# the label some codes carry. Every code stays valid (and readable) in every sector.

V = TypeVar("V", bound=Vocab)

_SECTOR_LABELS: dict[Sector, dict[tuple[str, str], tuple[str, str]]] = {
    Sector.ONDERWIJS: {
        ("MelderRole", "medewerker"): ("Personeelslid", "Staff member"),
        ("Category", "arbeidsconflict"): ("Conflict", "Conflict"),
        ("Referral", "arbeidsinspectie"): ("Inspectie van het Onderwijs", "Education Inspectorate"),
    },
    Sector.VLAANDEREN: {
        ("MelderRole", "medewerker"): ("Werknemer", "Worker"),
        ("MelderRole", "leidinggevende"): ("Lid van de hiërarchische lijn", "Member of the hierarchical line"),
        ("Category", "pesten"): ("Pesterijen", "Bullying at work"),
        ("Category", "seksuele_intimidatie"): ("Ongewenst seksueel gedrag op het werk",
                                               "Unwanted sexual behaviour at work"),
        ("Category", "agressie_geweld"): ("Geweld", "Violence"),
        ("Category", "werkdruk"): ("Stress en burn-out", "Stress and burn-out"),
        ("Category", "arbeidsconflict"): ("Conflict", "Conflict"),
        ("Category", "overig"): ("Andere psychosociale risico's", "Other psychosocial risks"),
        ("Referral", "arbeidsinspectie"): ("Toezicht Welzijn op het Werk", "Supervision of Well-being at Work"),
        ("Referral", "college_rechten_mens"): ("Unia of Instituut voor de gelijkheid van vrouwen en mannen",
                                               "Unia or Institute for the Equality of Women and Men"),
        ("Referral", "huis_voor_klokkenluiders"): ("Federale Ombudsman (klokkenluiders)",
                                                   "Federal Ombudsman (whistleblowers)"),
    },
}

_ONDERWIJS = frozenset({Sector.ONDERWIJS})
_DUTCH = frozenset({Sector.WERK, Sector.ONDERWIJS})
# Codes offered for new entries in some sectors only; every other code is offered everywhere.
_OFFERED_IN: dict[tuple[str, str], frozenset[Sector]] = {
    ("Category", "onderwijskundig"): _ONDERWIJS,
    ("Category", "schoolorganisatie"): _ONDERWIJS,
    ("Category", "thuissituatie"): _ONDERWIJS,
    ("MelderRole", "leerling"): _ONDERWIJS,
    ("MelderRole", "student"): _ONDERWIJS,
    ("MelderRole", "ouder"): _ONDERWIJS,
    ("Relation", "docent"): _ONDERWIJS,
    ("Relation", "medeleerling"): _ONDERWIJS,
    ("Relation", "ouder"): _ONDERWIJS,
    ("Referral", "vertrouwensinspecteur"): _ONDERWIJS,
    ("Referral", "veilig_thuis"): _DUTCH,
    ("Referral", "preventieadviseur_psa"): frozenset({Sector.VLAANDEREN}),
    ("FormalStepKind", "formele_psi"): frozenset({Sector.VLAANDEREN}),
    # The Dutch Wbk and the Dutch complaints procedure do not apply to a Belgian employer.
    ("Referral", "klachtencommissie"): _DUTCH,
    ("FollowUpKind", "wbk_ontvangstbevestiging"): _DUTCH,
    ("FollowUpKind", "wbk_terugkoppeling"): _DUTCH,
    ("FormalStepKind", "melding_misstand"): _DUTCH,
}


# Codes that existed in version 1 and are merely not offered in some sector.
_NOT_NEW = frozenset({("Referral", "klachtencommissie"), ("FollowUpKind", "wbk_ontvangstbevestiging"),
                      ("FollowUpKind", "wbk_terugkoppeling"), ("FormalStepKind", "melding_misstand")})


def _key(code: Vocab) -> tuple[str, str]:
    return type(code).__name__, code.value


def sector_of(value: Sector | str | None) -> Sector:
    """A sector from a stored value (``None`` is the default ``werk``)."""
    return Sector.WERK if value is None else Sector(value)


def labels_pair(code: Vocab, sector: Sector | str | None = None) -> tuple[str, str]:
    """(Dutch, English) label of ``code`` in ``sector``."""
    override = _SECTOR_LABELS.get(sector_of(sector), {}).get(_key(code))
    return override if override is not None else _LABELS[type(code).__name__][code.value]


def label(code: Vocab, sector: Sector | str | None = None) -> str:
    """The one way to show a code: its label in ``sector``, in the core's current language."""
    return pick(*labels_pair(code, sector))


def label_nl(code: Vocab, sector: Sector | str | None = None) -> str:
    return labels_pair(code, sector)[0]


def label_en(code: Vocab, sector: Sector | str | None = None) -> str:
    return labels_pair(code, sector)[1]


def is_offered(code: Vocab, sector: Sector | str | None = None) -> bool:
    """Whether the app offers ``code`` for a new entry in ``sector``."""
    sectors = _OFFERED_IN.get(_key(code))
    return sectors is None or sector_of(sector) in sectors


def offered(codes: type[V], sector: Sector | str | None = None, keep: Iterable[V] = ()) -> list[V]:
    """The codes a sector offers, in vocabulary order, plus every code in ``keep`` (what is stored)."""
    kept = {c.value for c in keep}
    return [c for c in codes if is_offered(c, sector) or c.value in kept]


def is_new_in_version_2(code: Vocab) -> bool:
    """Whether §9 added ``code``: interchange version 1 does not know it."""
    key = _key(code)
    return key == ("Category", "bedreiging") or (key in _OFFERED_IN and key not in _NOT_NEW)


# An onderwijs report groups the melder roles (pupils, parents, staff); extern and onbekend stay rows.
ROLE_GROUPS: dict[str, RoleGroup] = {
    "leerling": RoleGroup.LEERLINGEN, "student": RoleGroup.LEERLINGEN, "ouder": RoleGroup.OUDERS,
    "medewerker": RoleGroup.PERSONEEL, "leidinggevende": RoleGroup.PERSONEEL, "oud_medewerker": RoleGroup.PERSONEEL,
    "flexwerker": RoleGroup.PERSONEEL, "stagiair": RoleGroup.PERSONEEL, "sollicitant": RoleGroup.PERSONEEL,
    "vrijwilliger": RoleGroup.PERSONEEL,
}


def report_role(role: str, sector: Sector | str | None) -> str:
    """The row of the report's roles table a melder role counts in."""
    if sector_of(sector) is Sector.ONDERWIJS and role in ROLE_GROUPS:
        return ROLE_GROUPS[role].value
    return role


def sector_label_pairs() -> Iterator[tuple[str, str]]:
    """(English, Dutch) of every sector-specific label: source strings for the Qt translation."""
    for overrides in _SECTOR_LABELS.values():
        for nl, en in overrides.values():
            yield en, nl
