"""Pure figure builders and the small computations behind them: frames in, figures or frames out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components import vocab
from components.mapping import world_geo_layout
from components.schema import country_name
from components.sources import label

SOURCE_NOTE = "Peace Enforcement Atlas dataset (data/interventions.csv); sources per intervention."


def headline_figures(interventions: pd.DataFrame) -> dict[str, float | int | None]:
    """Counts for the Overview: interventions, organizations, share authorized under Chapter VII, ongoing."""
    total = len(interventions)
    chapter_vii = int((interventions["chapter_vii"] == "yes").sum())
    return {
        "interventions": total,
        "organizations": int(interventions["organization"].nunique()),
        "chapter_vii_share": (chapter_vii / total) if total else None,
        "chapter_vii": chapter_vii,
        "chapter_vii_unknown": int((interventions["chapter_vii"] == "unknown").sum()),
        "ongoing": int(interventions["ongoing"].sum()),
    }


def host_country_counts(interventions: pd.DataFrame) -> pd.DataFrame:
    """One row per host country: how many of the given interventions it hosted, and which."""
    rows = interventions[["acronym", "host_countries"]].explode("host_countries").dropna()
    if rows.empty:
        return pd.DataFrame(columns=["iso3", "country", "interventions", "acronyms"])
    grouped = rows.groupby("host_countries")["acronym"].agg(lambda s: sorted(set(s)))
    frame = pd.DataFrame(
        {
            "iso3": grouped.index,
            "country": [country_name(c) for c in grouped.index],
            "interventions": [len(a) for a in grouped],
            "acronyms": [", ".join(a) for a in grouped],
        }
    )
    return frame.sort_values(["interventions", "country"], ascending=[False, True]).reset_index(drop=True)


def host_map_figure(counts: pd.DataFrame, geojson: dict, *, height: int = 420) -> go.Figure:
    """World map shading each host country by its number of interventions, drawn from our own geometry."""
    figure = go.Figure(
        go.Choropleth(
            geojson=geojson,
            featureidkey="properties.iso3",
            locations=counts["iso3"],
            z=counts["interventions"],
            text=counts["country"],
            customdata=counts[["acronyms"]],
            hovertemplate="<b>%{text}</b><br>%{z} intervention(s): %{customdata[0]}<extra></extra>",
            # starts at a clearly visible blue so a country with one intervention stands out from bare land
            colorscale=[[0.0, "#9ecae1"], [0.5, "#3182bd"], [1.0, "#08306b"]],
            zmin=1,
            zmax=max(2, int(counts["interventions"].max()) if len(counts) else 2),
            marker_line_color="white",
            marker_line_width=0.5,
            colorbar={"title": {"text": "Interventions", "side": "right"}, "tickformat": "d", "len": 0.75, "thickness": 14},
        )
    )
    world_geo_layout(figure, height, top=10)
    return figure


def interventions_table(interventions: pd.DataFrame, sources: pd.DataFrame, everyone: pd.DataFrame | None = None) -> pd.DataFrame:
    """The filtered interventions as a readable table; codes become codebook labels, unknowns stay visible.
    Predecessors and successors are named even when outside the selection (`everyone` holds all interventions)."""
    acronym = (everyone if everyone is not None else interventions).set_index("id")["acronym"].to_dict()
    return pd.DataFrame(
        {
            "Acronym": interventions["acronym"],
            "Name": interventions["name"],
            "Organization": interventions["organization"],
            "Start": interventions["start_date"],
            "End": interventions["end_date"].replace("", "ongoing"),
            "Host countries": interventions["host_countries"].map(lambda codes: ", ".join(country_name(c) for c in codes)),
            "Mandate type": interventions["mandate_type"].map(lambda c: vocab.label(vocab.MANDATE_TYPES, c)),
            "Legal basis": interventions["legal_basis"].map(lambda c: vocab.label(vocab.LEGAL_BASES, c)),
            "Chapter VII": interventions["chapter_vii"].map(lambda c: vocab.label(vocab.CHAPTER_VII, c)),
            "Resolutions": interventions["authorizing_resolutions"].map(lambda ns: ", ".join(str(n) for n in ns) or "none"),
            "Outcome": interventions["outcome"].map(lambda c: vocab.label(vocab.OUTCOMES, c)),
            "Predecessor": interventions["predecessor"].map(lambda ids: ", ".join(f"{acronym.get(i, i)} ({i})" for i in ids)),
            "Successor": interventions["successor"].map(lambda ids: ", ".join(f"{acronym.get(i, i)} ({i})" for i in ids)),
            "First source": interventions["sources"].map(lambda ids: label(sources.loc[ids[0]]) if ids else None),
            "Link": interventions["sources"].map(lambda ids: sources.loc[ids[0], "url"] if ids else None),
        }
    ).reset_index(drop=True)


def coverage_by_decade(interventions: pd.DataFrame) -> pd.DataFrame:
    """Interventions by leading organization and decade of start, with totals: what the dataset covers."""
    if interventions.empty:
        return pd.DataFrame()
    decade = (interventions["start_year"] // 10 * 10).astype(str) + "s"
    table = pd.crosstab(interventions["organization"], decade, margins=True, margins_name="Total")
    table.index = [vocab.label(vocab.ORGANIZATIONS, code) if code != "Total" else code for code in table.index]
    table.index.name = "Leading organization"
    return table.reset_index()


def data_gaps(interventions: pd.DataFrame, strength: pd.DataFrame, challenges: pd.DataFrame) -> pd.DataFrame:
    """What the dataset does not yet know, counted: shown so that unknowns stay visible."""
    checks = [
        ("Outcome not coded", interventions["outcome"] == "not_coded"),
        ("Chapter VII status unknown", interventions["chapter_vii"] == "unknown"),
        ("Start known only to the month or year", interventions["start_date"].str.len() < 10),
        ("Headquarters coordinates unknown", interventions["hq_lat"].isna()),
        ("No personnel figure (series or cited)", ~interventions["id"].isin(strength["intervention_id"])),
        ("No challenge coded", ~interventions["id"].isin(challenges["intervention_id"])),
        ("Why it ended unknown", ~interventions["ongoing"] & (interventions["end_reason"] == "")),
    ]
    return pd.DataFrame(
        {
            "Gap": [name for name, _ in checks],
            "Interventions": [int(mask.sum()) for _, mask in checks],
            "Which": [", ".join(interventions.loc[mask, "acronym"].head(12)) + (" …" if mask.sum() > 12 else "") for _, mask in checks],
        }
    )
