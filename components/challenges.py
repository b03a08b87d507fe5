"""Challenge breakdowns and proxies: how often and how severely each challenge family appears, and the
measurable proxies behind them. Pure functions: frames in, frames or figures out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components import vocab
from components.sources import label

SMALL_N = 5  # groups with fewer interventions than this are flagged: a share of 1 in 3 says little
BREAKDOWNS = {
    "organization": "Leading organization",
    "mandate_type": "Mandate type",
    "outcome": "Outcome",
    "decade": "Decade of start",
}


def _group_labels(by: str, codes) -> list[str]:
    if by == "decade":
        return [str(c) for c in codes]
    if by == "organization":
        # short codes keep the columns readable; the sidebar and legends give the full names
        return [c if c not in ("coalition", "national") else vocab.label(vocab.ORGANIZATIONS, c) for c in codes]
    terms = {"organization": vocab.ORGANIZATIONS, "mandate_type": vocab.MANDATE_TYPES, "outcome": vocab.OUTCOMES}[by]
    return [vocab.label(terms, c) for c in codes]


def with_groups(interventions: pd.DataFrame) -> pd.DataFrame:
    return interventions.assign(decade=(interventions["start_year"] // 10 * 10).astype(str) + "s")


def challenge_matrix(
    interventions: pd.DataFrame, challenges: pd.DataFrame, by: str, measure: str = "share"
) -> tuple[pd.DataFrame, pd.Series]:
    """Rows: challenge families; columns: groups of `by`. Cells: share of the group's interventions coded with
    the challenge (measure='share'), their number ('count') or the mean severity where coded ('severity').
    Returns the table and how many interventions each group holds."""
    groups = with_groups(interventions)
    order = sorted(groups[by].unique()) if by == "decade" else [c for c in _codebook_order(by) if c in set(groups[by])]
    sizes = groups[by].value_counts().reindex(order).fillna(0).astype(int)
    coded = challenges.merge(groups[["id", by]], left_on="intervention_id", right_on="id")
    families = list(vocab.CHALLENGES)
    if measure == "severity":
        table = coded.pivot_table(index="challenge", columns=by, values="severity", aggfunc="mean")
    else:
        table = coded.pivot_table(index="challenge", columns=by, values="intervention_id", aggfunc="nunique")
        table = table.reindex(index=families, columns=order).fillna(0)
        if measure == "share":
            table = table.div(sizes.replace(0, pd.NA), axis=1).astype(float)
    return table.reindex(index=families, columns=order), sizes


def _codebook_order(by: str) -> list[str]:
    return list({"organization": vocab.ORGANIZATIONS, "mandate_type": vocab.MANDATE_TYPES, "outcome": vocab.OUTCOMES}[by])


def heatmap_figure(matrix: pd.DataFrame, sizes: pd.Series, by: str, measure: str) -> go.Figure:
    """A challenge × group heatmap; groups with fewer than SMALL_N interventions are marked with an asterisk."""
    columns = [
        f"{label} (n={sizes.get(code, 0)}{'*' if sizes.get(code, 0) < SMALL_N else ''})"
        for code, label in zip(matrix.columns, _group_labels(by, matrix.columns), strict=True)
    ]
    rows = [vocab.label(vocab.CHALLENGES, c) for c in matrix.index]
    if measure == "share":
        text = matrix.map(lambda v: "" if pd.isna(v) else f"{v:.0%}")
        colorbar = {"title": {"text": "Share", "side": "right"}, "tickformat": ".0%"}
        zmax = 1
    elif measure == "count":
        text = matrix.map(lambda v: "" if pd.isna(v) else f"{int(v)}")
        colorbar = {"title": {"text": "Interventions", "side": "right"}, "tickformat": "d"}
        zmax = None
    else:
        text = matrix.map(lambda v: "" if pd.isna(v) else f"{v:.1f}")
        colorbar = {"title": {"text": "Mean severity", "side": "right"}}
        zmax = 3
    figure = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(dtype=float),
            x=columns,
            y=rows,
            text=text.to_numpy(),
            texttemplate="%{text}",
            colorscale="Blues",
            zmin=0 if measure != "severity" else 1,
            zmax=zmax,
            colorbar=colorbar,
            hoverongaps=False,
            hovertemplate="%{y}<br>%{x}<br>%{text}<extra></extra>",
        )
    )
    figure.update_layout(
        height=120 + 34 * len(rows),
        xaxis={"side": "top", "title": None},
        yaxis={"autorange": "reversed", "title": None},
    )
    return figure


def outcome_bars(interventions: pd.DataFrame, challenges: pd.DataFrame) -> pd.DataFrame:
    """For each challenge family: how many interventions coded with it ended in each outcome."""
    coded = challenges.merge(interventions[["id", "outcome"]], left_on="intervention_id", right_on="id")
    table = pd.crosstab(coded["challenge"], coded["outcome"]).reindex(index=list(vocab.CHALLENGES), columns=list(vocab.OUTCOMES)).fillna(0)
    return table.astype(int)


def outcome_bars_figure(table: pd.DataFrame) -> go.Figure:
    """Stacked horizontal bars: interventions per challenge family, split by outcome (counts, no causal claim)."""
    figure = go.Figure()
    rows = [vocab.label(vocab.CHALLENGES, c) for c in table.index]
    totals = table.sum(axis=1)
    for outcome in table.columns:
        figure.add_trace(
            go.Bar(
                name=vocab.label(vocab.OUTCOMES, outcome),
                orientation="h",
                y=rows,
                x=table[outcome],
                marker_color=vocab.OUTCOME_COLOURS[outcome],
                customdata=totals.to_numpy(),
                hovertemplate="%{y}<br>" + vocab.label(vocab.OUTCOMES, outcome) + ": %{x} of %{customdata}<extra></extra>",
            )
        )
    figure.update_layout(
        barmode="stack",
        height=120 + 30 * len(rows),
        yaxis={"autorange": "reversed", "title": None},
        xaxis={"title": "Interventions coded with the challenge", "tickformat": "d"},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
    )
    return figure


def strength_gap(interventions: pd.DataFrame, strength: pd.DataFrame, personnel: pd.DataFrame) -> pd.DataFrame:
    """Authorized strength beside the most ever deployed, per intervention where both are known.
    Deployed is the larger of the peak in the monthly series and any cited peak figure."""
    shown = set(interventions["id"])
    authorized = strength[(strength["kind"] == "authorized") & strength["intervention_id"].isin(shown)]
    authorized = authorized.groupby("intervention_id")["personnel"].max()
    series_peak = personnel[personnel["intervention_id"].isin(shown)].groupby("intervention_id")["total"].max()
    cited_peak = strength[strength["kind"].isin(["peak_deployed", "deployed"]) & strength["intervention_id"].isin(shown)]
    cited_peak = cited_peak.groupby("intervention_id")["personnel"].max()
    deployed = pd.concat([series_peak, cited_peak], axis=1).max(axis=1)
    both = pd.DataFrame({"authorized": authorized, "deployed": deployed}).dropna()
    if both.empty:
        return pd.DataFrame(columns=["id", "acronym", "authorized", "deployed", "share_deployed"])
    acronyms = interventions.set_index("id")["acronym"]
    both = both.astype(int)
    both["share_deployed"] = both["deployed"] / both["authorized"]
    both = both.reset_index(names="id")
    both.insert(1, "acronym", both["id"].map(acronyms))
    return both.sort_values("share_deployed").reset_index(drop=True)


def strength_gap_figure(gap: pd.DataFrame) -> go.Figure:
    figure = go.Figure(
        [
            go.Bar(name="Authorized", y=gap["acronym"], x=gap["authorized"], orientation="h", marker_color="#BBBBBB"),
            go.Bar(name="Most deployed", y=gap["acronym"], x=gap["deployed"], orientation="h", marker_color="#0072B2"),
        ]
    )
    figure.update_layout(
        barmode="group",
        height=120 + 40 * len(gap),
        xaxis={"title": "Personnel", "tickformat": ","},
        yaxis={"autorange": "reversed", "title": None},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
    )
    return figure


def malicious_deaths(interventions: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """Peacekeepers killed by malicious acts per intervention, with all deaths for scale."""
    shown = fatalities[fatalities["intervention_id"].isin(interventions["id"])]
    if shown.empty:
        return pd.DataFrame(columns=["id", "acronym", "malicious", "all"])
    total = shown.groupby("intervention_id")["fatalities"].sum()
    malicious = shown[shown["incident_type"] == "Malicious Act"].groupby("intervention_id")["fatalities"].sum()
    table = pd.DataFrame({"malicious": malicious, "all": total}).fillna(0).astype(int).reset_index(names="id")
    table.insert(1, "acronym", table["id"].map(interventions.set_index("id")["acronym"]))
    return table.sort_values(["malicious", "all"], ascending=False).reset_index(drop=True)


def malicious_deaths_figure(table: pd.DataFrame, top: int = 20) -> go.Figure:
    head = table.head(top)
    figure = go.Figure(
        [
            go.Bar(name="Malicious acts", y=head["acronym"], x=head["malicious"], orientation="h", marker_color="#D55E00"),
            go.Bar(name="All causes", y=head["acronym"], x=head["all"] - head["malicious"], orientation="h", marker_color="#BBBBBB"),
        ]
    )
    figure.update_layout(
        barmode="stack",
        height=120 + 26 * len(head),
        xaxis={"title": "Peacekeeper fatalities", "tickformat": "d"},
        yaxis={"autorange": "reversed", "title": None},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
    )
    return figure


def council_division(interventions: pd.DataFrame, resolutions: pd.DataFrame, vetoes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per intervention: its resolutions in the dataset, how many passed without a unanimous vote, the
    abstentions and votes against they drew (where the vote is recorded), and the drafts vetoed on the situation
    in its host countries while it was deployed."""
    rows = []
    for record in interventions.itertuples():
        mine = resolutions[resolutions["interventions"].map(lambda ids, i=record.id: i in ids).astype(bool)]
        vetoed = 0 if vetoes is None else int(vetoes["interventions"].map(lambda ids, i=record.id: i in ids).astype(bool).sum())
        if mine.empty and not vetoed:
            continue
        known = mine.dropna(subset=["votes_for"])
        rows.append(
            {
                "id": record.id,
                "acronym": record.acronym,
                "resolutions": len(mine),
                "with_recorded_vote": len(known),
                "abstentions": int(known["abstentions"].sum()),
                "votes_against": int(known["votes_against"].sum()),
                "divided": int(((known["abstentions"] > 0) | (known["votes_against"] > 0)).sum()),
                "vetoed_drafts": vetoed,
            }
        )
    columns = ["id", "acronym", "resolutions", "with_recorded_vote", "abstentions", "votes_against", "divided", "vetoed_drafts"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["vetoed_drafts", "divided", "abstentions"], ascending=False).reset_index(drop=True)


def evidence_table(interventions: pd.DataFrame, challenges: pd.DataFrame, sources: pd.DataFrame, search: str = "") -> pd.DataFrame:
    """Each (intervention, challenge) with severity, evidence and its first source (named, and linked); `search` keeps
    rows containing it."""
    coded = challenges.merge(interventions[["id", "acronym", "name"]], left_on="intervention_id", right_on="id")
    table = pd.DataFrame(
        {
            "Intervention": coded["acronym"],
            "Challenge": coded["challenge"].map(lambda c: vocab.label(vocab.CHALLENGES, c)),
            "Severity": coded["severity"],
            "Evidence": coded["evidence"],
            "Source": coded["sources"].map(lambda ids: "; ".join(label(sources.loc[i]) for i in ids if i in sources.index)),
            "Link": coded["sources"].map(lambda ids: sources.loc[ids[0], "url"] if ids and ids[0] in sources.index else None),
        }
    )
    needle = search.strip().casefold()
    if needle:
        haystack = (table["Intervention"] + " " + coded["name"] + " " + table["Challenge"] + " " + table["Evidence"]).str.casefold()
        table = table[haystack.str.contains(needle, regex=False)]
    return table.sort_values(["Severity", "Intervention"], ascending=[False, True]).reset_index(drop=True)
