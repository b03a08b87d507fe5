"""Controlled vocabularies of the codebook (data/README.md): codes, labels, meanings and colours."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    meaning: str


def _index(terms: tuple[Term, ...]) -> dict[str, Term]:
    return {t.code: t for t in terms}


ORGANIZATIONS = _index(
    (
        Term("UN", "United Nations", "Operation led and commanded by the UN Secretariat."),
        Term("OAU", "Organization of African Unity", "Predecessor of the African Union (1963-2002)."),
        Term("AU", "African Union", "Operation led by the African Union (from 2002)."),
        Term("EU", "European Union", "Operation under the EU's Common Security and Defence Policy."),
        Term("NATO", "North Atlantic Treaty Organization", "Operation under NATO command."),
        Term("ECOWAS", "Economic Community of West African States", "Operation led by ECOWAS."),
        Term("SADC", "Southern African Development Community", "Operation led by SADC or its members under a SADC decision."),
        Term("EAC", "East African Community", "Operation led by the EAC."),
        Term("CIS", "Commonwealth of Independent States", "Operation under a CIS decision."),
        Term("OAS", "Organization of American States", "Operation led by the OAS."),
        Term("PIF", "Pacific Islands Forum", "Operation under a Pacific Islands Forum decision."),
        Term("ECCAS", "Economic Community of Central African States", "Operation led by ECCAS."),
        Term("CEMAC", "Economic and Monetary Community of Central Africa", "Operation led by CEMAC."),
        Term("LAS", "League of Arab States", "Operation under a League of Arab States decision."),
        Term("CSTO", "Collective Security Treaty Organization", "Operation under a CSTO decision."),
        Term("MFO", "Multinational Force and Observers", "The organization Egypt and Israel set up to observe their 1979 peace treaty."),
        Term(
            "coalition",
            "Ad hoc coalition",
            "Multinational force of willing states led by one or more of them, outside an organization's command.",
        ),
        Term("national", "Single state", "Operation conducted by one state."),
    )
)

LEGAL_BASES = _index(
    (
        Term(
            "chapter_vii_authorization",
            "Chapter VII authorization",
            "The Security Council authorized the operation (or its use of force) acting under Chapter VII or making an Article 39 determination.",
        ),
        Term(
            "chapter_vi_consent",
            "Chapter VI / consent",
            "Deployed with the consent of the parties under a Council mandate that does not invoke Chapter VII.",
        ),
        Term(
            "general_assembly", "General Assembly", "Established or recommended by the General Assembly (e.g. under 'Uniting for Peace')."
        ),
        Term(
            "regional_decision",
            "Regional treaty or decision",
            "Decided by a regional organization under its own treaty, without prior Council authorization.",
        ),
        Term(
            "host_state_invitation", "Host-state invitation", "Deployed at the request of the host government, without a Council mandate."
        ),
        Term(
            "no_council_authorization",
            "No Council authorization (contested)",
            "Force used without Council authorization and without host consent; its legality is contested.",
        ),
    )
)

CHAPTER_VII = _index(
    (
        Term("yes", "Yes", "The authorizing resolution says the Council acts under Chapter VII."),
        Term(
            "implicit",
            "Implicit",
            "The Council determined a threat to or breach of the peace (Art. 39) or authorized force without naming Chapter VII.",
        ),
        Term("no", "No", "No Chapter VII basis: consent-based mandate or no Council mandate at all."),
        Term("unknown", "Unknown", "Not established from the sources read."),
    )
)

MANDATE_TYPES = _index(
    (
        Term("observation", "Observation", "Unarmed or lightly armed observers monitor a ceasefire, border or withdrawal."),
        Term(
            "traditional_peacekeeping",
            "Traditional peacekeeping",
            "Armed units interpose between parties with their consent and use force only in self-defence.",
        ),
        Term(
            "multidimensional",
            "Multidimensional peacekeeping",
            "Military, police and civilian components support a peace process (elections, disarmament, institutions).",
        ),
        Term(
            "peace_enforcement",
            "Peace enforcement",
            "Coercive force authorized or used to restore peace, without needing the consent of the parties.",
        ),
        Term(
            "stabilization", "Stabilization", "Robust operation supporting a government's authority against armed groups during conflict."
        ),
        Term("protection_of_civilians", "Protection of civilians", "Protecting civilians under threat is the primary task."),
        Term(
            "transitional_administration",
            "Transitional administration",
            "The operation exercises governmental authority over a territory for a transition period.",
        ),
    )
)

OUTCOMES = _index(
    (
        Term(
            "mandate_achieved",
            "Mandate achieved",
            "The core tasks of the mandate were achieved and the operation ended or handed over as planned.",
        ),
        Term(
            "partially_achieved", "Partially achieved", "Some core tasks were achieved, others were not, or gains were reversed soon after."
        ),
        Term(
            "not_achieved",
            "Not achieved",
            "The core tasks were not achieved: the operation withdrew, was overtaken by events or failed its central purpose.",
        ),
        Term("ongoing", "Ongoing", "The operation continues; no outcome is coded yet."),
        Term("contested", "Contested", "Sources we read disagree on whether the core tasks were achieved."),
        Term("not_coded", "Not coded", "Ended, but the sources read so far do not support a judgment: shown as unknown, never guessed."),
    )
)

END_MODES = _index(
    (
        Term("completed", "Completed", "Ended on completion of its mandate, with no successor operation."),
        Term("handed_over", "Handed over", "Ended by transferring its tasks to a successor operation."),
        Term("withdrawn", "Withdrawn", "Withdrawn before its mandate was fulfilled, by decision of its authorizers or contributors."),
        Term("consent_withdrawn", "Consent withdrawn", "Ended because the host state withdrew its consent or asked it to leave."),
        Term("ongoing", "Ongoing", "Still deployed."),
    )
)

REGIONS = _index(
    (
        Term("Africa", "Africa", "Host countries in Africa (Egypt counted in the Middle East, following UN peacekeeping's regions)."),
        Term("Americas", "Americas", "North, Central and South America and the Caribbean."),
        Term("Asia-Pacific", "Asia and the Pacific", "Central, East, South and South-East Asia and Oceania."),
        Term("Europe", "Europe", "Europe, including the Caucasus and Cyprus."),
        Term("Middle East", "Middle East", "Western Asia and Egypt."),
    )
)

CHALLENGES = _index(
    (
        Term(
            "political_interests",
            "Diverging political interests",
            "Member states, Council members or contributors pursued conflicting aims that shaped or limited the operation.",
        ),
        Term("legal_ambiguity", "Legal ambiguity", "Unclear authority, mandate, rules of engagement or accountability."),
        Term("resources_logistics", "Resources and logistics", "Shortfalls in troops, equipment, funding or logistics."),
        Term(
            "escalation",
            "Escalation and unintended consequences",
            "Use of force escalated the conflict or produced harmful effects not intended.",
        ),
        Term("consent_withdrawn", "Host consent withdrawn", "The host state restricted or withdrew its consent."),
        Term(
            "civilian_protection_failure",
            "Failure to protect civilians",
            "Civilians were killed in large numbers where the operation was deployed to protect them.",
        ),
        Term("misconduct", "Misconduct and abuse", "Sexual exploitation, abuse or other misconduct by personnel."),
        Term("attacks_on_peacekeepers", "Attacks on peacekeepers", "Personnel were deliberately targeted."),
        Term("coordination", "Coordination between organizations", "Friction or gaps between organizations, commands or contributors."),
        Term("exit_transition", "Exit and transition", "Difficulties in handing over or ending the operation."),
    )
)

RESOLUTION_ACTIONS = _index(
    (
        Term("establish", "Establish", "Creates the operation."),
        Term("authorize_force", "Authorize force", "Authorizes member states or an operation to use all necessary means."),
        Term("expand", "Expand", "Raises the authorized strength or widens the mandate."),
        Term("extend", "Extend", "Renews the mandate for a further period."),
        Term("revise", "Revise", "Changes the mandate's tasks or rules."),
        Term("terminate", "Terminate", "Ends the mandate or orders withdrawal."),
        Term("related", "Related", "Concerns the operation or its situation without establishing, authorizing, changing or ending it."),
        Term(
            "endorse", "Endorse after the fact", "Welcomes, commends or supports an operation that had begun without Council authorization."
        ),
    )
)

INCIDENT_TYPES = _index(
    (
        Term("Malicious Act", "Malicious act", "Killed by a deliberate act of violence."),
        Term("Accident", "Accident", "Killed in an accident."),
        Term("Illness", "Illness", "Died of illness."),
        Term("Self-Inflicted", "Self-inflicted", "Died by a self-inflicted act."),
        Term("To Be Determined", "To be determined", "Cause still under investigation in the UN's data."),
        Term("Unknown", "Unknown", "Cause not recorded."),
    )
)

STRENGTH_KINDS = _index(
    (
        Term("authorized", "Authorized", "The ceiling set by the authorizing body (uniformed personnel unless `what` says otherwise)."),
        Term("peak_deployed", "Peak deployed", "The largest strength actually deployed that a source reports."),
        Term("deployed", "Deployed", "Strength deployed at the date given."),
    )
)

SOURCE_KINDS = _index(
    (
        Term(
            "primary",
            "Primary",
            "Published by a party to the events or the body that decided them: the UN, the leading organization, a government, a parliament or a court.",
        ),
        Term(
            "secondary",
            "Secondary",
            "Published by an observer: a research institute or journal, an established news organization, an encyclopedia at its own address.",
        ),
    )
)

CODED_FIELDS = _index(
    (
        Term("outcome", "Outcome", "An intervention's outcome code."),
        Term("challenge", "Challenge family", "The family a challenge row is filed under."),
        Term("severity", "Challenge severity", "The severity of a challenge row."),
    )
)

ORGANIZATION_TYPES = _index(
    (
        Term("universal", "Universal", "Open to all states (the United Nations)."),
        Term("regional", "Regional", "A regional or sub-regional organization."),
        Term("alliance", "Alliance", "A collective defence alliance."),
        Term("coalition", "Coalition", "An ad hoc grouping of states."),
        Term("state", "State", "A single state."),
        Term("treaty_organization", "Treaty organization", "An organization the parties to a peace treaty set up to observe it (the MFO)."),
    )
)

MILESTONE_KINDS = _index(
    (
        Term("treaty", "Treaty", "A treaty, such as the Charter of the United Nations."),
        Term("resolution", "Resolution", "A resolution of the Security Council or General Assembly."),
        Term("report", "Report", "A report that reshaped doctrine or practice."),
        Term("doctrine", "Doctrine", "A doctrine or set of principles adopted by an organization."),
        Term("institution", "Institution", "A body or mechanism created."),
    )
)

SEVERITY = {1: "Notable", 2: "Serious", 3: "Defining"}

# One colour per organization everywhere in the app. Okabe-Ito first (colour-blind safe), then
# further distinguishable tones for the smaller organizations.
ORGANIZATION_COLOURS = {
    "UN": "#0072B2",
    "AU": "#009E73",
    "OAU": "#66C2A5",
    "EU": "#E69F00",
    "NATO": "#332288",
    "ECOWAS": "#D55E00",
    "SADC": "#CC79A7",
    "EAC": "#882255",
    "CIS": "#999933",
    "OAS": "#56B4E9",
    "PIF": "#44AA99",
    "ECCAS": "#117733",
    "CEMAC": "#DDCC77",
    "LAS": "#661100",
    "CSTO": "#6699CC",
    "MFO": "#AA7744",
    "coalition": "#555555",
    "national": "#AA4499",
}


MANDATE_TYPE_COLOURS = {
    "observation": "#56B4E9",
    "traditional_peacekeeping": "#0072B2",
    "multidimensional": "#009E73",
    "peace_enforcement": "#D55E00",
    "stabilization": "#E69F00",
    "protection_of_civilians": "#CC79A7",
    "transitional_administration": "#332288",
}

OUTCOME_COLOURS = {
    "mandate_achieved": "#009E73",
    "partially_achieved": "#E69F00",
    "not_achieved": "#D55E00",
    "ongoing": "#56B4E9",
    "contested": "#CC79A7",
    "not_coded": "#BBBBBB",
}

# The vocabulary and palette behind each "colour by" choice offered on the pages.
COLOUR_SCHEMES = {
    "organization": (ORGANIZATIONS, ORGANIZATION_COLOURS),
    "mandate_type": (MANDATE_TYPES, MANDATE_TYPE_COLOURS),
    "outcome": (OUTCOMES, OUTCOME_COLOURS),
}


def label(vocab: dict[str, Term], code: str) -> str:
    """The display label for a code, or the code itself if it has none."""
    term = vocab.get(code)
    return term.label if term else code
