"""Timeline figures: interventions as bars, handovers as links, resolutions and legal milestones as markers,
and deployed personnel over time. Pure functions: frames in, figures or frames out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components import vocab
from components.schema import country_name

MILLISECONDS_PER_DAY = 86_400_000
ONGOING_KEY = "Hatched: still deployed"  # a legend-only entry explaining the hatching
ROW_HEIGHT = 22


def _label(interventions: pd.DataFrame) -> pd.Series:
    """Bar labels: the acronym, made unique if two operations share one."""
    labels = interventions["acronym"].where(interventions["acronym"] != "", interventions["name"])
    duplicated = labels.duplicated(keep=False)
    return labels.where(~duplicated, labels + " (" + interventions["start_year"].astype(str) + ")")


def timeline_rows(interventions: pd.DataFrame, colour_by: str) -> pd.DataFrame:
    """One row per intervention, in drawing order: grouped by the colour field in codebook order, then by start."""
    terms, _ = vocab.COLOUR_SCHEMES[colour_by]
    order = {code: i for i, code in enumerate(terms)}
    rows = interventions.assign(
        label=_label(interventions),
        group=interventions[colour_by],
        group_rank=interventions[colour_by].map(order),
    )
    return rows.sort_values(["group_rank", "start", "id"]).reset_index(drop=True)


def handover_links(interventions: pd.DataFrame) -> pd.DataFrame:
    """Predecessor → successor pairs where both are in the frame, with the dates the link joins."""
    present = interventions.set_index("id")
    links = []
    for record in interventions.itertuples():
        for successor in record.successor:
            if successor in present.index:
                links.append(
                    {
                        "from_id": record.id,
                        "to_id": successor,
                        "from_label": record.acronym,
                        "to_label": present.loc[successor, "acronym"],
                        "from_end": record.end,
                        "to_start": present.loc[successor, "start"],
                    }
                )
    return pd.DataFrame(links, columns=["from_id", "to_id", "from_label", "to_label", "from_end", "to_start"])


def outside_handovers(rows: pd.DataFrame, context: pd.DataFrame) -> pd.DataFrame:
    """Handovers whose other side is not among `rows`: where to write the other operation's name, and what."""
    shown_ids = set(rows["id"])
    acronym = context.set_index("id")["acronym"]
    marks = []
    for record in rows.itertuples():
        for other in record.successor:
            if other not in shown_ids and other in acronym.index:
                marks.append({"label": record.label, "x": record.end, "text": f"→ {acronym[other]}", "position": "middle right",
                              "hover": f"Handed over to {acronym[other]} (not in the current selection)"})  # fmt: skip
        for other in record.predecessor:
            if other not in shown_ids and other in acronym.index:
                marks.append({"label": record.label, "x": record.start, "text": f"{acronym[other]} →", "position": "middle left",
                              "hover": f"Took over from {acronym[other]} (not in the current selection)"})  # fmt: skip
    return pd.DataFrame(marks, columns=["label", "x", "text", "position", "hover"])


def resolution_markers(interventions: pd.DataFrame, resolutions: pd.DataFrame) -> pd.DataFrame:
    """Each authorizing resolution of the shown interventions, placed on that intervention's row."""
    rows = []
    by_number = resolutions.set_index("number")
    for record in interventions.itertuples():
        for number in record.authorizing_resolutions:
            if number in by_number.index:
                resolution = by_number.loc[number]
                rows.append(
                    {
                        "id": record.id,
                        "number": int(number),
                        "date": resolution["date"],
                        "chapter_vii": resolution["chapter_vii"],
                        "summary": resolution["summary"],
                    }
                )
    return pd.DataFrame(rows, columns=["id", "number", "date", "chapter_vii", "summary"])


def timeline_figure(
    interventions: pd.DataFrame,
    *,
    colour_by: str = "organization",
    resolutions: pd.DataFrame | None = None,
    milestones: pd.DataFrame | None = None,
    today: pd.Timestamp | None = None,
    context: pd.DataFrame | None = None,
) -> go.Figure:
    """Every intervention as a bar from start to end, coloured by `colour_by`; ongoing bars are hatched and run to
    today. Handovers are drawn as links, authorizing resolutions as diamonds, legal milestones as vertical lines.
    With `context` (all interventions), a handover to or from an operation outside the selection is drawn faded,
    with that operation's name, never dropped."""
    terms, colours = vocab.COLOUR_SCHEMES[colour_by]
    rows = timeline_rows(interventions, colour_by)
    figure = go.Figure()
    for code in terms:
        # ended bars first: plotly draws a bar trace's legend swatch from its first point (the row order on the
        # axis is fixed by the layout's category array, not by the order of points)
        group = rows[rows["group"] == code].sort_values("ongoing", kind="stable")
        if group.empty:
            continue
        figure.add_trace(
            go.Bar(
                name=vocab.label(terms, code),
                orientation="h",
                y=group["label"],
                base=group["start"],
                x=(group["end"] - group["start"]).dt.days.clip(lower=1) * MILLISECONDS_PER_DAY,
                marker_color=colours.get(code, "#777777"),
                marker_pattern_shape=["/" if ongoing else "" for ongoing in group["ongoing"]],
                customdata=group[["id", "name", "start_date", "end_date", "organization", "mandate_type", "outcome"]]
                .assign(
                    end_date=group["end_date"].replace("", "ongoing"),
                    organization=group["organization"].map(lambda c: vocab.label(vocab.ORGANIZATIONS, c)),
                    mandate_type=group["mandate_type"].map(lambda c: vocab.label(vocab.MANDATE_TYPES, c)),
                    outcome=group["outcome"].map(lambda c: vocab.label(vocab.OUTCOMES, c)),
                )
                .to_numpy(),
                hovertemplate=(
                    "<b>%{customdata[1]}</b><br>%{customdata[2]} – %{customdata[3]}<br>"
                    "Led by: %{customdata[4]}<br>Mandate: %{customdata[5]}<br>Outcome: %{customdata[6]}<extra></extra>"
                ),
            )
        )
    if rows["ongoing"].any():
        figure.add_trace(
            go.Bar(
                name=ONGOING_KEY,
                x=[None],
                y=[None],
                orientation="h",
                marker={"color": "#ffffff", "line": {"color": "#555555", "width": 1}, "pattern": {"shape": "/", "fgcolor": "#555555"}},
                hoverinfo="skip",
            )
        )
    links = handover_links(rows)
    if not links.empty:
        label_of = rows.set_index("id")["label"]
        xs, ys, texts = [], [], []
        for link in links.itertuples():
            xs += [link.from_end, link.to_start, None]
            ys += [label_of[link.from_id], label_of[link.to_id], None]
            texts += [f"Handover: {link.from_label} → {link.to_label}"] * 2 + [None]
        figure.add_trace(
            go.Scatter(
                name="Handover",
                x=xs,
                y=ys,
                mode="lines+markers",
                line={"color": "#222222", "width": 1.5, "dash": "dot"},
                marker={"symbol": "arrow", "angleref": "previous", "size": 9, "color": "#222222"},
                text=texts,
                hovertemplate="%{text}<extra></extra>",
            )
        )
    if context is not None:
        outside = outside_handovers(rows, context)
        if not outside.empty:
            figure.add_trace(
                go.Scatter(
                    name="Handover outside the selection",
                    showlegend=False,  # the names written beside the bars say it; a text trace's legend swatch is tiny
                    x=outside["x"],
                    y=outside["label"],
                    mode="text",
                    text=outside["text"],
                    textposition=outside["position"],
                    textfont={"color": "#6b6b6b"},
                    hovertemplate="%{customdata}<extra></extra>",
                    customdata=outside["hover"],
                )
            )
    if resolutions is not None:
        markers = resolution_markers(rows, resolutions)
        if not markers.empty:
            label_of = rows.set_index("id")["label"]
            figure.add_trace(
                go.Scatter(
                    name="Authorizing resolution",
                    x=markers["date"],
                    y=markers["id"].map(label_of),
                    mode="markers",
                    marker={"symbol": "diamond", "size": 8, "color": "white", "line": {"color": "#222222", "width": 1.2}},
                    customdata=markers[["number", "chapter_vii", "summary"]].to_numpy(),
                    hovertemplate="Resolution %{customdata[0]} (%{x|%d %b %Y})<br>Chapter VII: %{customdata[1]}<br>%{customdata[2]}<extra></extra>",
                )
            )
    if milestones is not None and not rows.empty:
        first, last = rows["start"].min(), rows["end"].max()
        shown = milestones[(milestones["when"] >= first) & (milestones["when"] <= last)]
        for milestone in shown.itertuples():
            figure.add_vline(x=milestone.when, line={"color": "#888888", "width": 1, "dash": "dash"})
            figure.add_annotation(
                x=milestone.when, y=1, yref="paper", text=milestone.title, showarrow=False, textangle=-90,
                xanchor="right", yanchor="top",
            )  # fmt: skip
    figure.update_layout(
        barmode="overlay",
        height=max(320, 90 + ROW_HEIGHT * len(rows)),
        # below the bars: on a phone a legend above them would fill the first screen
        legend={"orientation": "h", "yanchor": "top", "y": -40 / max(320, 90 + ROW_HEIGHT * len(rows)), "x": 0},
        xaxis={"type": "date", "title": None},
        yaxis={"autorange": "reversed", "title": None, "categoryorder": "array", "categoryarray": list(rows["label"])},
        hoverlabel={"align": "left"},
    )
    if today is not None:
        figure.add_vline(x=today, line={"color": "#555555", "width": 1})
    return figure


def personnel_series(personnel: pd.DataFrame, interventions: pd.DataFrame, by: str = "organization") -> pd.DataFrame:
    """Deployed personnel per month, summed by organization or by intervention, for the shown interventions.
    Months with no record for any shown intervention stay missing (drawn as gaps, never as zero)."""
    columns = ["date", "group", "total"]
    shown = personnel[personnel["intervention_id"].isin(interventions["id"])].dropna(subset=["total"])
    if shown.empty:
        return pd.DataFrame(columns=columns)
    key = interventions.set_index("id")["organization" if by == "organization" else "acronym"]
    frame = shown.assign(group=shown["intervention_id"].map(key))
    summed = frame.groupby(["date", "group"], as_index=False)["total"].sum()
    months = pd.date_range(summed["date"].min(), summed["date"].max(), freq="ME")
    full = pd.MultiIndex.from_product([months, sorted(summed["group"].unique())], names=["date", "group"])
    return summed.set_index(["date", "group"]).reindex(full).reset_index()[columns]


def personnel_figure(series: pd.DataFrame, *, by: str = "organization") -> go.Figure:
    """Stacked areas of deployed personnel; gaps in the sources stay gaps."""
    figure = go.Figure()
    for group, part in series.groupby("group", sort=False):
        colour = vocab.ORGANIZATION_COLOURS.get(group) if by == "organization" else None
        name = vocab.label(vocab.ORGANIZATIONS, group) if by == "organization" else group
        figure.add_trace(
            go.Scatter(
                name=name,
                x=part["date"],
                y=part["total"],
                mode="lines",
                stackgroup="personnel",
                connectgaps=False,
                line={"width": 0.5, "color": colour},
                hovertemplate=f"{name}<br>%{{x|%b %Y}}: %{{y:,}}<extra></extra>",
            )
        )
    figure.update_layout(
        height=360,
        yaxis={"title": "Deployed uniformed personnel", "tickformat": ","},
        xaxis={"title": None},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
    )
    return figure


def host_names(codes) -> str:
    return ", ".join(country_name(c) for c in codes)


COUNCIL_ROW = "Security Council"


def case_timeline_figure(
    interventions: pd.DataFrame,
    *,
    resolutions: pd.DataFrame,
    vetoes: pd.DataFrame,
    followed_by: tuple[tuple[str, str], ...] = (),
    min_share: float = 0.012,
) -> go.Figure:
    """A case's interventions in order of start, each bar at least `min_share` of the period wide so that short
    operations stay visible; handovers, and the case's 'followed by' sequences, as arrows across organizations; and
    a row of the Council's decisions on them: adopted resolutions (diamonds) and vetoed drafts (crosses)."""
    rows = interventions.sort_values(["start", "id"]).reset_index(drop=True).assign(label=lambda d: _label(d))
    figure = go.Figure()
    if rows.empty:
        return figure
    ids = set(rows["id"])
    mine = resolutions[resolutions["interventions"].map(lambda linked: bool(ids & set(linked))).astype(bool)]
    vetoed = vetoes[vetoes["interventions"].map(lambda linked: bool(ids & set(linked))).astype(bool)]
    first = min([rows["start"].min(), *mine["date"], *vetoed["date"]])
    last = max([rows["end"].max(), *mine["date"], *vetoed["date"]])
    minimum = max(1, int((last - first).days * min_share))
    for code, group in rows.groupby("organization", sort=False):
        widths = (group["end"] - group["start"]).dt.days.clip(lower=minimum)
        figure.add_trace(
            go.Bar(
                name=vocab.label(vocab.ORGANIZATIONS, code),
                orientation="h",
                y=group["label"],
                base=group["start"],
                x=widths * MILLISECONDS_PER_DAY,
                marker_color=vocab.ORGANIZATION_COLOURS.get(code, "#777777"),
                marker_pattern_shape=["/" if ongoing else "" for ongoing in group["ongoing"]],
                customdata=group[["name", "start_date", "end_date"]].assign(end_date=group["end_date"].replace("", "ongoing")).to_numpy(),
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]} – %{customdata[2]}<extra></extra>",
            )
        )
    label_of = rows.set_index("id")["label"]
    end_of = rows.set_index("id")["end"]
    start_of = rows.set_index("id")["start"]
    pairs = [(a, b, "Handover") for a, successors in zip(rows["id"], rows["successor"], strict=True) for b in successors if b in ids]
    pairs += [(a, b, "Followed by") for a, b in followed_by if a in ids and b in ids and (a, b, "Handover") not in pairs]
    for kind, dash in (("Handover", "solid"), ("Followed by", "dot")):
        xs, ys = [], []
        for a, b, k in pairs:
            if k == kind:
                xs += [end_of[a], max(start_of[b], end_of[a]), None]
                ys += [label_of[a], label_of[b], None]
        if xs:
            figure.add_trace(
                go.Scatter(
                    name=kind,
                    x=xs,
                    y=ys,
                    mode="lines+markers",
                    line={"color": "#222222", "width": 2, "dash": dash},
                    marker={"symbol": "arrow", "angleref": "previous", "size": 12, "color": "#222222"},
                    hoverinfo="skip",
                )
            )
    if not mine.empty:
        figure.add_trace(
            go.Scatter(
                name="Resolution adopted",
                x=mine["date"],
                y=[COUNCIL_ROW] * len(mine),
                mode="markers",
                marker={"symbol": "diamond", "size": 10, "color": "#0072B2", "line": {"color": "#222222", "width": 1}},
                customdata=mine[["number", "summary"]].to_numpy(),
                hovertemplate="Resolution %{customdata[0]} (%{x|%d %b %Y})<br>%{customdata[1]}<extra></extra>",
            )
        )
    if not vetoed.empty:
        figure.add_trace(
            go.Scatter(
                name="Draft vetoed",
                x=vetoed["date"],
                y=[COUNCIL_ROW] * len(vetoed),
                mode="markers",
                marker={"symbol": "x", "size": 11, "color": "#D55E00"},
                customdata=vetoed[["draft"]].assign(by=vetoed["vetoed_by"].map(", ".join)).to_numpy(),
                hovertemplate="Vetoed draft %{customdata[0]} (%{x|%d %b %Y}) by %{customdata[1]}<extra></extra>",
            )
        )
    categories = [COUNCIL_ROW, *rows["label"]] if (not mine.empty or not vetoed.empty) else list(rows["label"])
    figure.update_layout(
        barmode="overlay",
        height=max(260, 110 + 34 * len(categories)),
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
        xaxis={"type": "date", "title": None},
        yaxis={"autorange": "reversed", "title": None, "categoryorder": "array", "categoryarray": categories},
        hoverlabel={"align": "left"},
    )
    return figure
