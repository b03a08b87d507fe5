"""The Security Council's record on peace operations, computed from the resolutions and vetoes tables: what it
decided year by year, where it divided, who abstained or voted against, and which drafts were vetoed."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components import vocab
from components.profile import vote_text

ACTION_COLOURS = {
    "establish": "#0072B2",
    "authorize_force": "#D55E00",
    "expand": "#009E73",
    "extend": "#56B4E9",
    "revise": "#CC79A7",
    "terminate": "#555555",
    "endorse": "#E69F00",
    "related": "#BBBBBB",
}
# The permanent members, under the names the vote records use; the USSR's seat passed to the Russian Federation.
PERMANENT = ("China", "France", "Russian Federation", "United Kingdom", "United States")
_SAME_SEAT = {"USSR": "Russian Federation", "Russia": "Russian Federation", "Soviet Union": "Russian Federation", "Union of Soviet Socialist Republics": "Russian Federation",
              "Republic of China": "China", "USA": "United States", "UK": "United Kingdom"}  # fmt: skip


def seat(member: str) -> str:
    """The seat a member's name stands for (the USSR's votes count for the Russian Federation's seat)."""
    return _SAME_SEAT.get(member.strip(), member.strip())


def concerning(resolutions: pd.DataFrame, interventions: pd.DataFrame) -> pd.DataFrame:
    """The resolutions that concern at least one of the given interventions."""
    ids = set(interventions["id"])
    return resolutions[resolutions["interventions"].map(lambda linked: bool(ids & set(linked))).astype(bool)]


def actions_by_year(resolutions: pd.DataFrame) -> pd.DataFrame:
    """Resolutions per year and action (a resolution with several actions counts under its first)."""
    frame = pd.DataFrame(
        {"year": resolutions["date"].dt.year, "action": resolutions["action"].map(lambda acts: acts[0] if acts else "related")}
    )
    table = frame.groupby(["year", "action"]).size().unstack(fill_value=0)
    return table.reindex(columns=[a for a in ACTION_COLOURS if a in table.columns])


def actions_figure(table: pd.DataFrame) -> go.Figure:
    figure = go.Figure()
    for action in table.columns:
        figure.add_trace(
            go.Bar(
                name=vocab.label(vocab.RESOLUTION_ACTIONS, action),
                x=table.index,
                y=table[action],
                marker_color=ACTION_COLOURS[action],
                hovertemplate=f"{vocab.label(vocab.RESOLUTION_ACTIONS, action)}<br>%{{x}}: %{{y}}<extra></extra>",
            )
        )
    figure.update_layout(barmode="stack", height=360, legend={"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0},
                         xaxis={"title": None}, yaxis={"title": "Resolutions"})  # fmt: skip
    return figure


def divided_votes(resolutions: pd.DataFrame, interventions: pd.DataFrame) -> pd.DataFrame:
    """Every resolution adopted without unanimity: the vote, who voted against and who abstained, on what."""
    known = resolutions.dropna(subset=["votes_for"])
    divided = known[(known["votes_against"] > 0) | (known["abstentions"] > 0)].sort_values("date")
    acronym = interventions.set_index("id")["acronym"]
    return pd.DataFrame(
        {
            "Resolution": divided["number"].astype(int),
            "Date": divided["date"].dt.strftime("%Y-%m-%d"),
            "Concerning": divided["interventions"].map(lambda ids: ", ".join(acronym.get(i, i) for i in ids)),
            "Action": divided["action"].map(lambda acts: ", ".join(vocab.label(vocab.RESOLUTION_ACTIONS, a) for a in acts)),
            "Vote": [vote_text(r) for _, r in divided.iterrows()],
            "Chapter VII": divided["chapter_vii"].map(lambda c: vocab.label(vocab.CHAPTER_VII, c)),
        }
    ).reset_index(drop=True)


def member_pattern(resolutions: pd.DataFrame, vetoes: pd.DataFrame) -> pd.DataFrame:
    """Per permanent member and decade: abstentions and votes against named in the records of the resolutions
    shown, and drafts it vetoed on crises where an operation of the atlas was deployed."""
    rows = []
    for record in resolutions.itertuples():
        decade = f"{record.date.year // 10 * 10}s"
        for member in record.abstaining:
            rows.append({"member": seat(member), "decade": decade, "what": "Abstained"})
        for member in record.voting_against:
            rows.append({"member": seat(member), "decade": decade, "what": "Voted against"})
    for record in vetoes.itertuples():
        if record.interventions:
            for member in record.vetoed_by:
                rows.append({"member": seat(member), "decade": f"{record.date.year // 10 * 10}s", "what": "Vetoed"})
    frame = pd.DataFrame(rows, columns=["member", "decade", "what"])
    frame = frame[frame["member"].isin(PERMANENT)]
    if frame.empty:
        return pd.DataFrame(columns=["Member", "What"])
    table = frame.groupby(["member", "what", "decade"]).size().unstack(fill_value=0)
    table = table.reindex(sorted(table.columns), axis=1)
    return table.reset_index().rename(columns={"member": "Member", "what": "What"})


def vetoes_on_operations(vetoes: pd.DataFrame, interventions: pd.DataFrame) -> pd.DataFrame:
    """Drafts vetoed while an operation of the selection was deployed in the crisis country."""
    ids = set(interventions["id"])
    mine = vetoes[vetoes["interventions"].map(lambda linked: bool(ids & set(linked))).astype(bool)].sort_values("date")
    acronym = interventions.set_index("id")["acronym"]
    return pd.DataFrame(
        {
            "Date": mine["date"].dt.strftime("%Y-%m-%d"),
            "Draft": mine["draft"],
            "Crisis": mine["crisis_topic"],
            "Vetoed by": mine["vetoed_by"].map(", ".join),
            "Operations deployed": mine["interventions"].map(lambda linked: ", ".join(acronym[i] for i in linked if i in acronym.index)),
        }
    ).reset_index(drop=True)
