"""Two to four interventions side by side: the same facts in the same rows, gaps shown as gaps, and personnel
aligned by months since deployment. Pure functions; the Compare page lays them out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components import vocab
from components.profile import UNKNOWN, period_text, vote_text
from components.schema import country_name
from components.sources import References

MIN_COMPARED, MAX_COMPARED = 2, 4


def _strength(strength: pd.DataFrame, intervention_id: str, kinds: tuple[str, ...], references: References) -> str:
    mine = strength[(strength["intervention_id"] == intervention_id) & strength["kind"].isin(kinds)]
    if mine.empty:
        return UNKNOWN
    row = mine.sort_values("personnel").iloc[-1]
    return f"{int(row['personnel']):,}{' (' + row['as_of'] + ')' if row['as_of'] else ''} {references.cite(row['sources'])}"


def comparison(ids: list[str], atlas, references: References) -> pd.DataFrame:
    """One column per intervention, one row per fact; every cited value carries its reference numbers."""
    by_id = atlas.interventions.set_index("id")
    resolutions = atlas.resolutions.set_index("number")
    columns = {}
    for intervention_id in ids:
        record = by_id.loc[intervention_id]
        deaths = atlas.fatalities[atlas.fatalities["intervention_id"] == intervention_id]
        challenges = atlas.challenges[atlas.challenges["intervention_id"] == intervention_id].sort_values("severity", ascending=False)
        authorizing = []
        for number in record["authorizing_resolutions"]:
            if number in resolutions.index:
                row = resolutions.loc[number]
                authorizing.append(
                    f"{number} ({row['date']:%Y}), {vote_text(row)}, Chapter VII: {row['chapter_vii']} {references.cite(row['sources'][:1])}"
                )
        if record["organization"] == "UN":
            fatalities = f"{int(deaths['fatalities'].sum()):,} (of which malicious acts: {int(deaths.loc[deaths['incident_type'] == 'Malicious Act', 'fatalities'].sum()):,}) {references.cite(['un-psdata-fatalities'])}"
        else:
            fatalities = "unknown (the UN's records cover UN operations only)"
        columns[record["acronym"]] = {
            "Name": record["name"],
            "Period": period_text(record),
            "Led by": vocab.label(vocab.ORGANIZATIONS, record["organization"]),
            "Partners": ", ".join(vocab.label(vocab.ORGANIZATIONS, p) for p in record["partner_organizations"]) or "none recorded",
            "Host countries": ", ".join(country_name(c) for c in record["host_countries"]),
            "Legal basis": vocab.label(vocab.LEGAL_BASES, record["legal_basis"]),
            "Chapter VII": vocab.label(vocab.CHAPTER_VII, record["chapter_vii"]),
            "Authorizing resolutions": "; ".join(authorizing) or "none",
            "Mandate type": vocab.label(vocab.MANDATE_TYPES, record["mandate_type"]),
            "Mandate": f"{record['mandate_summary']} {references.cite(record['sources'][:2])}",
            "Authorized strength": _strength(atlas.strength, intervention_id, ("authorized",), references),
            "Largest deployed strength": _strength(atlas.strength, intervention_id, ("peak_deployed", "deployed"), references),
            "Peacekeeper fatalities": fatalities,
            "Challenges": "; ".join(
                f"{vocab.label(vocab.CHALLENGES, c.challenge)} ({vocab.SEVERITY[c.severity].lower()}) {references.cite(c.sources)}"
                for c in challenges.itertuples()
            )
            or "none coded",
            "Outcome": f"{vocab.label(vocab.OUTCOMES, record['outcome'])}: {record['outcome_rationale']} {references.cite(record['outcome_source'])}",
            "Why it ended": "still deployed"
            if record["ongoing"]
            else (f"{record['end_reason']} {references.cite(record['end_reason_source'])}" if record["end_reason"] else UNKNOWN),
        }
    return pd.DataFrame(columns)


def aligned_personnel(ids: list[str], personnel: pd.DataFrame, interventions: pd.DataFrame) -> pd.DataFrame:
    """Monthly deployed personnel per intervention, counted in months since its start (gaps stay gaps)."""
    by_id = interventions.set_index("id")
    frames = []
    for intervention_id in ids:
        mine = personnel[personnel["intervention_id"] == intervention_id].dropna(subset=["total"])
        if mine.empty:
            continue
        start = by_id.loc[intervention_id, "start"]
        months = (mine["date"].dt.year - start.year) * 12 + (mine["date"].dt.month - start.month)
        frames.append(pd.DataFrame({"acronym": by_id.loc[intervention_id, "acronym"], "month": months, "total": mine["total"].astype(int)}))
    if not frames:
        return pd.DataFrame(columns=["acronym", "month", "total"])
    return pd.concat(frames, ignore_index=True)


def aligned_figure(series: pd.DataFrame) -> go.Figure:
    figure = go.Figure()
    for acronym, part in series.groupby("acronym", sort=False):
        full = part.set_index("month")["total"].reindex(range(part["month"].min(), part["month"].max() + 1))
        figure.add_trace(
            go.Scatter(
                name=acronym,
                x=full.index,
                y=full.values,
                mode="lines",
                connectgaps=False,
                hovertemplate=f"{acronym}<br>month %{{x}}: %{{y:,}}<extra></extra>",
            )  # fmt: skip
        )
    figure.update_layout(height=360, xaxis={"title": "Months since the operation started"}, yaxis={"title": "Uniformed personnel"},
                         legend={"orientation": "h", "yanchor": "top", "y": -0.2, "x": 0})  # fmt: skip
    return figure
