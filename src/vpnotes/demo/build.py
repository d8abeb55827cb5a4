"""Building the demo data: cases drawn from the fictional world with a seeded
random generator, then patched until every code of the vocabulary occurs.
:func:`build_demo` is pure: the same seed (and ``today``) always gives the same data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from vpnotes.demo.world import (
    ACTIVITY_COUNTS,
    ACTIVITY_TEXTS,
    ADVICE,
    AFTERWARDS,
    AGREEMENT,
    BREACHES,
    CLOSING_SUMMARIES,
    DEFAULT_CASES,
    DEFAULT_SEED,
    DESCRIPTIONS,
    FEELING,
    FLEMISH_REFERRALS,
    FOLLOW_NOTES,
    FOLLOW_SUMMARIES,
    FOLLOWUP_TEXTS,
    HOLD_REASONS,
    INTAKE_SUMMARIES,
    MELDER_SUMMARIES,
    NB,
    PARTY_NOTES,
    PROFILES,
    REFERRALS_BY_CATEGORY,
    REGISTER_FACTS,
    REPORT_YEARS,
    RETENTION_YEARS,
    SIGNALS_BY_ORG,
    SIGNALS_COMMON,
    SITUATION,
    THIRD_PARTIES,
    TOPICS,
    Gen,
    OrgProfile,
    next_working_day,
)
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
    InformalIntervention,
    Melder,
    Organisation,
    RegisterEntry,
    RetentionHold,
    SharingConsent,
    Signal,
)
from vpnotes.domain.vocabulary import (
    AvgRequestKind,
    CaseKind,
    Category,
    ContactMode,
    ContactParty,
    ExpenseKind,
    FollowUpKind,
    FormalStepKind,
    Gender,
    InterventionType,
    MelderPosition,
    MelderRole,
    Outcome,
    Referral,
    Relation,
    Sector,
    Vocab,
    is_offered,
)
from vpnotes.interchange import Interchange


@dataclass
class _CaseDraft:
    """A case being built, with what its texts need to know."""

    case: Case
    profile: OrgProfile
    first_name: str
    other: str  # how the notes refer to the (main) betrokkene
    topic: str
    used: set[str] = field(default_factory=set)  # sentences already in this case's notes

    def fresh(self, gen: Gen, pool: Sequence[str]) -> str:
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
    gen = Gen(seed, today)
    drafts = [_new_case(gen, _pick_profile(gen)) for _ in range(count)]
    drafts.sort(key=lambda d: d.case.opened)
    if count >= 30:
        _ensure_coverage(gen, drafts)
    for d in drafts:  # in the order the store keeps them, so an export matches this data exactly
        d.case.contacts.sort(key=lambda c: c.date)
        d.case.followups.sort(key=lambda f: f.due)
        d.case.formal_steps.sort(key=lambda s: s.date)
    _number(drafts)
    data = Interchange(organisations=[_copy_org(p.organisation) for p in PROFILES])
    data.cases = [d.case for d in drafts]
    for profile in PROFILES:
        data.activities.extend(_activities(gen, profile))
        data.signals.extend(_signals(gen, profile, drafts))
        if profile.organisation.sector is Sector.VLAANDEREN:
            data.register.extend(_register(gen, profile))
    data.expenses = _expenses(gen, drafts)
    data.activities.sort(key=lambda a: (a.date, a.organisation))
    data.expenses.sort(key=lambda e: (e.date, e.organisation))
    return data


def _copy_org(org: Organisation) -> Organisation:
    return Organisation(key=org.key, name=org.name, employees=org.employees,
                        year_start_month=org.year_start_month, min_cell=org.min_cell, sector=org.sector)


def _pick_profile(gen: Gen) -> OrgProfile:
    return gen.rng.choices(PROFILES, weights=[p.share for p in PROFILES])[0]


def _new_case(gen: Gen, profile: OrgProfile) -> _CaseDraft:
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
    topic = gen.pick(TOPICS[main]).format(client=profile.client_word)

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
        other = DESCRIPTIONS[relation].format(client=profile.client_word)

    case = Case(kind=kind, categories=categories, opened=opened, melder=melder, organisation=org.key,
                betrokkenen=betrokkenen)
    draft = _CaseDraft(case, profile, first_name, other, topic)
    _contacts(gen, draft, registered)
    _close_and_outcome(gen, draft)
    _sectorise(gen, draft)
    _consent(gen, draft, registered)
    if registered:  # follow-up texts are identifying: a case without consent has none
        _followups(gen, draft)
    _purge_if_old(gen, draft)
    return draft


def _betrokkenen(gen: Gen, profile: OrgProfile, kind: CaseKind, main: Category,
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


def _contacts(gen: Gen, draft: _CaseDraft, registered: bool) -> None:
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
            day = next_working_day(day + timedelta(days=gen.rng.randint(3, 24)))
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


def _contact_texts(gen: Gen, draft: _CaseDraft, index: int, total: int, party: ContactParty,
                   mode: ContactMode) -> tuple[str, str]:
    if index == 0:
        summary = gen.pick(INTAKE_SUMMARIES[mode])
        sentences = [draft.fresh(gen, pool) for pool in (SITUATION, FEELING, ADVICE, AGREEMENT)]
        if gen.chance(0.15):
            sentences.insert(1, f"Ook {gen.pick(THIRD_PARTIES)} zou ervan weten.")
    elif index == total - 1 and total > 2 and party is ContactParty.MELDER and mode is not ContactMode.SCHRIFTELIJK:
        summary = gen.pick(CLOSING_SUMMARIES)
        sentences = [draft.fresh(gen, FOLLOW_NOTES),
                     "Terugblik: {naam} voelt zich gehoord en weet de weg als het opnieuw speelt."]
    elif party is ContactParty.MELDER:
        summary = draft.fresh(gen, MELDER_SUMMARIES[mode])
        sentences = [draft.fresh(gen, FOLLOW_NOTES), draft.fresh(gen, AGREEMENT)]
    else:
        summary = draft.fresh(gen, FOLLOW_SUMMARIES[party])
        sentences = [draft.fresh(gen, PARTY_NOTES[party])]
        if gen.chance(0.5):
            sentences.append(draft.fresh(gen, AFTERWARDS))
    summary_text = _sentence_start(_fill(summary, draft))
    notes = " ".join(_sentence_start(_fill(s, draft)) for s in sentences)
    if gen.chance(0.2):
        notes += "\n\nNB: " + draft.fresh(gen, NB)
    return summary_text, notes


def _close_and_outcome(gen: Gen, draft: _CaseDraft) -> None:
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
        case.referrals.append(gen.weighted(REFERRALS_BY_CATEGORY[main]))
        if gen.chance(0.2):
            extra = gen.weighted(REFERRALS_BY_CATEGORY[gen.pick(case.categories)])
            if extra not in case.referrals:
                case.referrals.append(extra)
    elif gen.chance(0.1):
        case.referrals.append(gen.weighted(REFERRALS_BY_CATEGORY[main]))
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


def _offers(draft: _CaseDraft, code: Vocab) -> bool:
    """Whether the draft's organisation offers ``code`` (DESIGN.md §9): the demo keeps to each sector's codes."""
    return is_offered(code, draft.profile.organisation.sector)


def _sectorise(gen: Gen, draft: _CaseDraft) -> None:
    """What a school's or a Flemish employer's case looks like, beyond its categories and roles."""
    case = draft.case
    sector = draft.profile.organisation.sector
    if sector is Sector.ONDERWIJS and case.melder.role in (MelderRole.LEERLING, MelderRole.STUDENT,
                                                           MelderRole.OUDER):
        school = {Relation.COLLEGA: Relation.MEDELEERLING, Relation.LEIDINGGEVENDE: Relation.DOCENT,
                  Relation.ONDERGESCHIKTE: Relation.DOCENT, Relation.KLANT_CLIENT: Relation.OUDER}
        for b in case.betrokkenen:
            b.relation = school.get(b.relation, b.relation)
    if sector is not Sector.VLAANDEREN:
        return
    case.referrals = list(dict.fromkeys(FLEMISH_REFERRALS.get(r, r) for r in case.referrals))
    for step in case.formal_steps:
        if step.kind in (FormalStepKind.MELDING_MISSTAND, FormalStepKind.FORMELE_KLACHT):
            step.kind = FormalStepKind.FORMELE_PSI
    if case.kind is not CaseKind.SIGNAAL and case.contacts and gen.chance(0.45):
        first, last = case.contacts[0].date, case.contacts[-1].date
        day = min(first + timedelta(days=gen.rng.randint(0, 14)), last, gen.today - timedelta(days=1))
        kind = gen.weighted(((InterventionType.GESPREK, 50), (InterventionType.INTERVENTIE, 35),
                             (InterventionType.VERZOENING, 15)))
        case.informal_intervention = InformalIntervention(kind, max(day, case.opened))


def _register(gen: Gen, profile: OrgProfile) -> list[RegisterEntry]:
    """A few declarations about third parties per report year, numbered in the order recorded."""
    start = add_months(_report_start(gen.today, profile.organisation.year_start_month), -12 * (REPORT_YEARS - 1))
    days = sorted(gen.day_between(start, gen.today - timedelta(days=1)) for _ in range(3 * REPORT_YEARS + 2))
    entries: list[RegisterEntry] = []
    for number, recorded in enumerate(days, start=1):
        facts = recorded - timedelta(days=gen.rng.randint(0, 6))
        declarant = gen.person()[0] if gen.chance(0.4) else None
        entries.append(RegisterEntry(number=number, recorded=recorded, facts_date=max(facts, start),
                                     description=gen.pick(REGISTER_FACTS), declarant=declarant,
                                     organisation=profile.organisation.key))
    return entries


def _step_kind_for(gen: Gen, main: Category) -> FormalStepKind:
    if main is Category.INTEGRITEIT:
        return gen.weighted(((FormalStepKind.MELDING_MISSTAND, 70), (FormalStepKind.MELDING_EXTERN, 30)))
    if main in (Category.AGRESSIE_GEWELD, Category.SEKSUELE_INTIMIDATIE):
        return gen.weighted(((FormalStepKind.FORMELE_KLACHT, 60), (FormalStepKind.AANGIFTE, 40)))
    return FormalStepKind.FORMELE_KLACHT


def _consent(gen: Gen, draft: _CaseDraft, registered: bool) -> None:
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
                                                            justification=gen.pick(BREACHES))
    if case.formal_steps and gen.chance(0.5):
        case.retention_hold = RetentionHold(reason=gen.pick(HOLD_REASONS))


def _followups(gen: Gen, draft: _CaseDraft) -> None:
    """Action follow-ups (open ones spread around this week), plus what the core adds for Wbk steps."""
    case = draft.case
    today = gen.today
    for step in case.formal_steps:
        case.followups.extend(_step_followups(gen, case, step))
    if case.closed is not None:
        if gen.chance(0.4):
            due = case.contacts[0].date + timedelta(days=gen.rng.randint(7, 21))
            case.followups.append(FollowUp(due=due, text=_fill(gen.pick(FOLLOWUP_TEXTS), draft),
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
        case.followups.append(FollowUp(due=due, text=_fill(gen.pick(FOLLOWUP_TEXTS), draft), done=done))
    if gen.chance(0.02):
        received = gen.day_between(case.opened, today - timedelta(days=1))
        avg = rules.avg_followup(AvgRequest(kind=gen.pick(tuple(AvgRequestKind)), received=received))
        if avg.due < today - timedelta(days=10):
            avg.done = avg.due - timedelta(days=gen.rng.randint(1, 20))
        case.followups.append(avg)


def _step_followups(gen: Gen, case: Case, step: FormalStep) -> list[FollowUp]:
    """The Wbk check follow-ups the core makes for a melding misstand, ticked off when long past."""
    followups = rules.wbk_followups(step)
    for f in followups:
        if f.due < gen.today - timedelta(days=3) and (case.closed is not None or gen.chance(0.7)):
            f.done = f.due - timedelta(days=gen.rng.randint(0, 5))
    return followups


def _purge_if_old(gen: Gen, draft: _CaseDraft) -> None:
    """Half of the cases past their retention date are skeletons already; the rest await ``purge``."""
    case = draft.case
    if case.closed is None or case.retention_hold is not None or case.confidentiality_breach is not None:
        return
    if add_years(case.closed, RETENTION_YEARS) >= gen.today or not gen.chance(0.5):
        return
    _to_skeleton(gen, case)


def _to_skeleton(gen: Gen, case: Case) -> None:
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
    if case.informal_intervention is not None:  # the skeleton keeps the type and the month
        case.informal_intervention = InformalIntervention(case.informal_intervention.type,
                                                          month(case.informal_intervention.date))


def _live(drafts: list[_CaseDraft]) -> list[_CaseDraft]:
    return [d for d in drafts if not d.case.purged and d.case.consent.registration]


def _ensure_coverage(gen: Gen, drafts: list[_CaseDraft]) -> None:
    """Make sure every code a report or filter can show occurs at least once, and the rare
    situations (breach, hold, handover, sharing, Wbk, AVG, skeleton) are there in a small demo too."""
    live = _live(drafts)

    def some(candidates: list[_CaseDraft]) -> _CaseDraft:
        return gen.pick(candidates or live)

    present = {c for d in drafts for c in d.case.categories}
    for category in Category:
        if category not in present:
            d = some([x for x in live if len(x.case.categories) < 3 and _offers(x, category)])
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
            d = some([x for x in live if roles[x.case.melder.role] > 1 and _offers(x, role)])
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
            some([x for x in live if _offers(x, relation)]).case.betrokkenen.append(Betrokkene(relation=relation))
    multi = [d for d in live if len(d.case.contacts) > 1]
    modes = Counter(c.mode for d in drafts for c in d.case.contacts)
    for mode in ContactMode:
        if not modes[mode]:
            contact = some([x for x in multi if modes[x.case.contacts[-1].mode] > 1]).case.contacts[-1]
            modes[contact.mode] -= 1
            modes[mode] += 1
            contact.mode = mode
            if contact.party is ContactParty.MELDER and contact.summary:
                contact.summary = gen.pick(MELDER_SUMMARIES[mode])
    parties = Counter(c.party for d in drafts for c in d.case.contacts)
    for party in ContactParty:
        if not parties[party]:
            d = some([x for x in multi if parties[x.case.contacts[-1].party] > 1])
            contact = d.case.contacts[-1]
            parties[contact.party] -= 1
            parties[party] += 1
            contact.party = party
            contact.summary = _sentence_start(_fill(gen.pick(FOLLOW_SUMMARIES[party]), d))
            contact.notes = _sentence_start(_fill(gen.pick(PARTY_NOTES[party]), d))
    closed = [d for d in live if d.case.closed is not None]
    referrals = {r for d in drafts for r in d.case.referrals}
    for referral in Referral:
        if referral not in referrals:
            d = some([x for x in closed if len(x.case.referrals) < 2 and _offers(x, referral)])
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
        _add_step(gen, some([d for d in pool if all(d is not m for m in misstand)
                             and _offers(d, FormalStepKind.MELDING_MISSTAND)]), FormalStepKind.MELDING_MISSTAND)
    for step_kind in FormalStepKind:
        if step_kind not in {s.kind for d in drafts for s in d.case.formal_steps}:
            _add_step(gen, some([d for d in long_closed if _offers(d, step_kind)]), step_kind)
    # The agenda should show something overdue and something due this week.
    today = gen.today
    waiting = [f for d in live for f in d.case.followups if f.done is None]
    for due, found in ((today - timedelta(days=gen.rng.randint(2, 9)), any(f.due < today for f in waiting)),
                         (today + timedelta(days=gen.rng.randint(0, 4)),
                          any(today <= f.due < today + timedelta(days=7) for f in waiting))):
        if not found:
            d = some(open_live)
            d.case.followups.append(FollowUp(due=max(due, d.case.opened), text=_fill(gen.pick(FOLLOWUP_TEXTS), d)))
    for fkind in FollowUpKind:
        if fkind not in {f.kind for d in drafts for f in d.case.followups}:
            d = some(open_live)
            if fkind is FollowUpKind.AVG_VERZOEK:
                received = gen.today - timedelta(days=gen.rng.randint(3, 20))
                d.case.followups.append(rules.avg_followup(AvgRequest(kind=AvgRequestKind.INZAGE, received=received)))
            elif fkind is FollowUpKind.ACTIE:
                d.case.followups.append(FollowUp(due=gen.today, text=_fill(gen.pick(FOLLOWUP_TEXTS), d)))
    if not any(d.case.confidentiality_breach for d in drafts):
        d = some(closed)
        d.case.confidentiality_breach = ConfidentialityBreach(date=d.case.contacts[0].date,
                                                              justification=BREACHES[0])
    if not any(d.case.retention_hold for d in drafts):
        some(closed).case.retention_hold = RetentionHold(reason=HOLD_REASONS[0])
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


def _add_step(gen: Gen, draft: _CaseDraft, kind: FormalStepKind) -> None:
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


def _activities(gen: Gen, profile: OrgProfile) -> list[Activity]:
    org = profile.organisation
    start = _report_start(gen.today, org.year_start_month)
    found: list[Activity] = []
    for offset in range(REPORT_YEARS):
        first = add_months(start, 12 * offset)
        last = min(add_months(first, 12) - timedelta(days=1), gen.today - timedelta(days=1))
        for kind, low, high, min_h, max_h in ACTIVITY_COUNTS:
            if offset == REPORT_YEARS - 1:
                high = max(low, high // 2)  # the current year is not over yet
            for _ in range(gen.rng.randint(low, high)):
                hours = gen.rng.randint(int(min_h * 2), int(max_h * 2)) / 2
                description = gen.pick(ACTIVITY_TEXTS[kind]) if gen.chance(0.9) else None
                found.append(Activity(organisation=org.key, date=gen.day_between(first, last), kind=kind,
                                      hours=hours, description=description))
    return found


def _expenses(gen: Gen, drafts: list[_CaseDraft]) -> list[Expense]:
    """Travel and room hire an extern VP bills; some travel is tied to a case (for the statement)."""
    found: list[Expense] = []
    for profile in PROFILES:
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


def _signals(gen: Gen, profile: OrgProfile, drafts: list[_CaseDraft]) -> list[Signal]:
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
        ranked = sorted((c for c in counts if c in SIGNALS_COMMON), key=lambda c: (-counts[c], c.value))
        texts = [gen.pick(SIGNALS_COMMON[c]) for c in ranked[: gen.rng.randint(1, 3)]]
        texts.append(gen.pick(SIGNALS_BY_ORG[org.key]))
        for text in dict.fromkeys(texts):
            found.append(Signal(organisation=org.key, year=year, text=text))
    return found


