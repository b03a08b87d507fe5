"""What an intervention's profile shows, computed without Streamlit: facts, linked resolutions, casualties."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components import vocab
from components.schema import country_name
from components.sources import References

UNKNOWN = "unknown"
INCIDENT_COLOURS = {
    "Malicious Act": "#D55E00",
    "Accident": "#E69F00",
    "Illness": "#56B4E9",
    "Self-Inflicted": "#CC79A7",
    "To Be Determined": "#999999",
    "Unknown": "#BBBBBB",
}


def resolution_url(number: int, date: pd.Timestamp) -> str:
    """The UN document link of a Security Council resolution, e.g. https://undocs.org/S/RES/678(1990)."""
    return f"https://undocs.org/S/RES/{int(number)}({pd.Timestamp(date).year})"


def period_text(record: pd.Series) -> str:
    end = record["end_date"] or "ongoing"
    return f"{record['start_date']} – {end}"


def facts(record: pd.Series) -> pd.DataFrame:
    """The profile's key facts as label/value rows; empty values read 'unknown'."""
    partners = ", ".join(vocab.label(vocab.ORGANIZATIONS, p) for p in record["partner_organizations"]) or "none recorded"
    hq = record["hq_city"] or UNKNOWN
    rows = [
        ("Period", period_text(record)),
        ("Led by", vocab.label(vocab.ORGANIZATIONS, record["organization"])),
        ("Partner organizations", partners),
        ("Host countries", ", ".join(country_name(c) for c in record["host_countries"])),
        ("Region", vocab.label(vocab.REGIONS, record["region"])),
        ("Legal basis", vocab.label(vocab.LEGAL_BASES, record["legal_basis"])),
        ("Chapter VII (any authorizing resolution)", vocab.label(vocab.CHAPTER_VII, record["chapter_vii"])),
        ("Mandate type", vocab.label(vocab.MANDATE_TYPES, record["mandate_type"])),
        ("How it ended", vocab.label(vocab.END_MODES, record["end_mode"])),
        ("Headquarters", hq),
    ]
    return pd.DataFrame(rows, columns=["Fact", "Value"])


def vote_text(row) -> str:
    """'12-2-1 (against: Cuba, Yemen; abstaining: China)', or 'unknown' where no vote is recorded."""
    if pd.isna(row["votes_for"]):
        return UNKNOWN
    text = f"{row['votes_for']}-{row['votes_against']}-{row['abstentions']}"
    named = [f"{what}: {', '.join(who)}" for what, who in (("against", row["voting_against"]), ("abstaining", row["abstaining"])) if who]
    return f"{text} ({'; '.join(named)})" if named else text


def resolutions_of(intervention_id: str, resolutions: pd.DataFrame, references: References | None = None) -> pd.DataFrame:
    """Every resolution in the dataset that concerns the intervention, oldest first, with its link, vote and sources."""
    mine = resolutions[resolutions["interventions"].map(lambda ids: intervention_id in ids).astype(bool)].sort_values("date")

    return pd.DataFrame(
        {
            "Resolution": mine["number"].astype(int),
            "Date": mine["date"].dt.strftime("%Y-%m-%d"),
            "Action": mine["action"].map(lambda acts: ", ".join(vocab.label(vocab.RESOLUTION_ACTIONS, a) for a in acts)),
            "Chapter VII": mine["chapter_vii"].map(lambda c: vocab.label(vocab.CHAPTER_VII, c)),
            "Vote (for-against-abstentions)": [vote_text(r) for _, r in mine.iterrows()],
            "Summary": mine["summary"],
            "Text": [resolution_url(n, d) for n, d in zip(mine["number"], mine["date"], strict=True)],
            "Sources": mine["sources"].map(references.cite) if references is not None else mine["sources"].map("; ".join),
        }
    ).reset_index(drop=True)


def fatalities_by_year(intervention_id: str, fatalities: pd.DataFrame) -> pd.DataFrame:
    """Fatalities per year and incident type (rows only where the UN recorded deaths)."""
    mine = fatalities[fatalities["intervention_id"] == intervention_id]
    return mine[["year", "incident_type", "fatalities"]].sort_values(["year", "incident_type"]).reset_index(drop=True)


def fatalities_figure(by_year: pd.DataFrame) -> go.Figure:
    """Stacked bars of fatalities per year by incident type."""
    figure = go.Figure()
    for incident in vocab.INCIDENT_TYPES:
        part = by_year[by_year["incident_type"] == incident]
        if part.empty:
            continue
        figure.add_trace(
            go.Bar(
                name=vocab.label(vocab.INCIDENT_TYPES, incident),
                x=part["year"],
                y=part["fatalities"],
                marker_color=INCIDENT_COLOURS[incident],
                hovertemplate=f"{incident}<br>%{{x}}: %{{y}}<extra></extra>",
            )
        )
    figure.update_layout(
        barmode="stack",
        height=300,
        xaxis={"title": None, "dtick": 1 if by_year["year"].nunique() < 15 else None},
        yaxis={"title": "Fatalities"},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
    )
    return figure


def challenges_of(intervention_id: str, challenges: pd.DataFrame, references: References | None = None) -> pd.DataFrame:
    mine = challenges[challenges["intervention_id"] == intervention_id].sort_values(["severity", "challenge"], ascending=[False, True])
    return pd.DataFrame(
        {
            "Challenge": mine["challenge"].map(lambda c: vocab.label(vocab.CHALLENGES, c)),
            "Severity": mine["severity"].map(lambda s: f"{s} – {vocab.SEVERITY[s]}"),
            "Evidence": mine["evidence"],
            "Sources": mine["sources"].map(references.cite) if references is not None else mine["sources"].map("; ".join),
        }
    ).reset_index(drop=True)


def strength_of(intervention_id: str, strength: pd.DataFrame, references: References | None = None) -> pd.DataFrame:
    mine = strength[strength["intervention_id"] == intervention_id]
    return pd.DataFrame(
        {
            "Figure": mine["kind"].map(lambda k: vocab.label(vocab.STRENGTH_KINDS, k)),
            "Personnel": mine["personnel"],
            "As of": mine["as_of"].replace("", UNKNOWN),
            "What it counts": mine["what"],
            "Sources": mine["sources"].map(references.cite) if references is not None else mine["sources"].map("; ".join),
        }
    ).reset_index(drop=True)


# Glossary terms that explain a profile's codes (content/glossary.toml ids).
TERMS_FOR_CODES = {
    ("legal_basis", "chapter_vii_authorization"): ("chapter-vii", "authorization"),
    ("legal_basis", "chapter_vi_consent"): ("chapter-vi", "consent"),
    ("legal_basis", "regional_decision"): ("regional-organization", "chapter-viii"),
    ("legal_basis", "no_council_authorization"): ("article-2-4", "contrast-case"),
    ("chapter_vii", "implicit"): ("implicit-chapter-vii",),
    ("mandate_type", "peace_enforcement"): ("peace-enforcement",),
    ("mandate_type", "traditional_peacekeeping"): ("peacekeeping",),
    ("mandate_type", "observation"): ("observer-mission",),
    ("mandate_type", "multidimensional"): ("multidimensional",),
    ("mandate_type", "protection_of_civilians"): ("protection-of-civilians",),
    ("mandate_type", "transitional_administration"): ("transitional-administration",),
    ("organization", "coalition"): ("coalition",),
    ("end_mode", "handed_over"): ("handover",),
}


def glossary_terms(record: pd.Series) -> list[str]:
    """Glossary ids that explain the codes of an intervention's profile, in order, each once."""
    found = ["mandate"]
    for (column, code), terms in TERMS_FOR_CODES.items():
        if record[column] == code:
            found += [t for t in terms if t not in found]
    return found
