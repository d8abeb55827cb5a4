"""The fixed vocabulary of DESIGN.md §4: codes (stable, in files and scripts)
with Dutch labels (shown to the VP and in reports) and English labels (the
source strings for the Qt translation layer and ``LANG=en``).
"""

from __future__ import annotations

from enum import StrEnum

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
    "AvgRequestKind": {
        "inzage": ("Inzage", "Access"),
        "verwijdering": ("Verwijdering", "Erasure"),
    },
    "Sector": {
        "werk": ("Werk (Nederlandse werkgever)", "Work (Dutch employer)"),
        "onderwijs": ("Onderwijs", "Education"),
        "vlaanderen": ("Vlaanderen (Welzijnswet)", "Flanders (Well-being at Work Act)"),
    },
    "InterventionType": {
        "gesprek": ("Gesprek (onthaal, luisteren, advies)", "Conversation (reception, listening, advice)"),
        "interventie": ("Interventie bij een andere persoon", "Intervention with another person"),
        "verzoening": ("Verzoening", "Conciliation"),
    },
}
