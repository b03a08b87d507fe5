"""Guided case studies for the classroom: which interventions each case brings together, and questions to discuss.

The facts a case shows all come from the dataset (each with its sources); what is written here is only the
selection and the questions, which are prompts for discussion, not claims.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    interventions: tuple[str, ...]
    focus: str
    questions: tuple[str, ...]


CASES = (
    Case(
        "korea",
        "Korea, 1950–1953: a Council-recommended war",
        ("korea-unc",),
        "Collective enforcement when the Council can act; what 'authorized' meant before Chapter VII was named.",
        (
            "The resolutions on Korea name no chapter of the Charter. Does that weaken or strengthen the command's legitimacy?",
            "The command fought under the UN flag but was led by one state. Who was accountable for its conduct?",
            "Why might the Council have been able to act in 1950 but not in most Cold War crises afterwards? (Look at the vetoes on the Challenges page.)",
        ),
    ),
    Case(
        "congo-1960",
        "The Congo, 1960–1964: peacekeeping that turned to force",
        ("onuc",),
        "Consent, impartiality and the slide from peacekeeping to enforcement.",
        (
            "ONUC was deployed at the government's request. What happens to consent when the government itself splits?",
            "Later resolutions allowed force 'in the last resort'. Where is the line between self-defence and enforcement?",
            "Member states refused to pay for the operation. How does money shape what the Council can mandate?",
        ),
    ),
    Case(
        "somalia",
        "Somalia, 1992–1995: from observers to enforcement and withdrawal",
        ("unosom-i", "unitaf", "unosom-ii"),
        "Handover from a UN mission to an authorized coalition and back; enforcement by the UN itself.",
        (
            "Compare UNITAF's and UNOSOM II's mandates. Why did the UN take on enforcement after a coalition had held it?",
            "What did UNOSOM II's withdrawal mean for later decisions about intervening in Africa?",
            "Which challenges were coded for each operation, and do they explain the different outcomes?",
        ),
    ),
    Case(
        "bosnia",
        "Bosnia and Herzegovina, 1992–today: safe areas, air power and a long stabilization",
        ("unprofor", "deny-flight", "deliberate-force", "ifor", "sfor", "eufor-althea"),
        "UN peacekeeping alongside NATO air power; handover to NATO and then the EU.",
        (
            "UNPROFOR was asked to deter attacks on safe areas it could not defend. Was the mandate achievable?",
            "How did the 'dual key' between the UN and NATO blur who decided to use force?",
            "Why were IFOR and SFOR able to do what UNPROFOR could not?",
        ),
    ),
    Case(
        "kosovo",
        "Kosovo, 1999: force without authorization, then a Council mandate",
        ("allied-force", "kfor", "unmik"),
        "Legality versus legitimacy: an air campaign the Council never authorized, followed by resolution 1244.",
        (
            "Allied Force had no Council authorization. What arguments were made for it, and what does the Charter say?",
            "Does the later resolution 1244 change how the air campaign should be judged?",
            "What risks does force without authorization pose for the rules on the use of force?",
        ),
    ),
    Case(
        "east-timor",
        "East Timor, 1999–2012: an authorized coalition and a UN administration",
        ("interfet", "untaet", "unmiset", "unmit"),
        "A lead-nation coalition with host-state acceptance, then the UN governing a territory.",
        (
            "Indonesia accepted INTERFET before the Council authorized it. How much did that consent matter?",
            "What are the dangers of the UN itself exercising government, as UNTAET did?",
            "Why did the UN return in 2006 after its missions had ended?",
        ),
    ),
    Case(
        "darfur",
        "Darfur, 2004–2020: from an AU mission to a hybrid operation",
        ("amis", "unamid"),
        "Regional first response, under-resourcing, and a hybrid UN–AU command.",
        (
            "Why was the AU first to deploy in Darfur, and what limited it?",
            "What does a hybrid operation gain and lose compared with a purely UN or AU one?",
            "How does a host government's attitude shape a protection mandate?",
        ),
    ),
    Case(
        "libya",
        "Libya, 2011: protecting civilians by air",
        ("unified-protector",),
        "The responsibility to protect in practice, and disputes over the limits of a mandate.",
        (
            "Resolution 1973 passed with five abstentions. What did the abstaining states fear?",
            "Was the fall of the government a consequence of protecting civilians or a goal in itself?",
            "How did the Libya experience affect later Council debates about intervention?",
        ),
    ),
    Case(
        "mali",
        "Mali, 2013–2023: regional, national and UN forces side by side",
        ("afisma", "serval", "minusma", "barkhane"),
        "An African-led mission re-hatted into a UN mission, parallel French operations, and the end of host consent.",
        (
            "Why did France, an African force and the UN all deploy at once, and how did they divide the work?",
            "Compare MINUSMA's peacekeeper deaths from malicious acts with other missions (Challenges page). What does that say about stabilization mandates?",
            "What happens to a UN mission when the host government asks it to leave?",
        ),
    ),
    Case(
        "drc",
        "The Democratic Republic of the Congo, 1999–today: the longest stabilization",
        ("monuc", "artemis", "monusco", "eacrf", "samidrc"),
        "A long UN presence, a short EU bridging force, an intervention brigade and regional forces.",
        (
            "Operation Artemis held Bunia for three months. What can a short, robust force achieve that a large mission cannot?",
            "MONUSCO's Intervention Brigade was given offensive tasks. Is that still peacekeeping?",
            "Why did East African and Southern African forces deploy alongside the UN mission, and with what results?",
        ),
    ),
)
CASES_BY_ID = {case.id: case for case in CASES}


def case_interventions(case: Case, interventions: pd.DataFrame) -> pd.DataFrame:
    """The case's interventions that the dataset holds, in the case's order."""
    present = interventions.set_index("id")
    ids = [i for i in case.interventions if i in present.index]
    return present.loc[ids].reset_index()


def key_challenges(intervention_id: str, challenges: pd.DataFrame, minimum: int = 2) -> pd.DataFrame:
    """The serious and defining challenges coded for an intervention, most severe first."""
    mine = challenges[(challenges["intervention_id"] == intervention_id) & (challenges["severity"] >= minimum)]
    return mine.sort_values(["severity", "challenge"], ascending=[False, True]).reset_index(drop=True)
