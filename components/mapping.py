"""Map figures: host countries shaded by a measure, over a period or year by year, with mission headquarters
as points. Pure functions: frames and geometry in, frames or figures out."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from components import vocab
from components.schema import country_name

MEASURES = {
    "interventions": "Number of interventions",
    "personnel": "Personnel (sum of largest months)",
    "fatalities": "Peacekeeper fatalities",
}
MEASURE_NOTES = {
    "interventions": "interventions active in the country during the period",
    "personnel": "the largest monthly total of uniformed personnel of each intervention hosted, added up (not a peak of the country: the operations' largest months may differ; UN operations 1990–2017, IPI)",
    "fatalities": "peacekeepers who died in the interventions hosted (UN operations, UN Peace and Security Data Hub)",
}


def _active(interventions: pd.DataFrame, first: int, last: int) -> pd.DataFrame:
    return interventions[(interventions["start_year"] <= last) & (interventions["end_year"] >= first)]


def _per_intervention(measure: str, years: tuple[int, int], personnel: pd.DataFrame, fatalities: pd.DataFrame) -> pd.Series:
    """The measure for each intervention over the period: peak monthly personnel, or deaths summed over the years."""
    first, last = years
    if measure == "personnel":
        in_period = personnel[(personnel["date"].dt.year >= first) & (personnel["date"].dt.year <= last)]
        return in_period.groupby("intervention_id")["total"].max()
    in_period = fatalities[(fatalities["year"] >= first) & (fatalities["year"] <= last)]
    return in_period.groupby("intervention_id")["fatalities"].sum()


def counted_interventions(interventions: pd.DataFrame, measure: str, years, personnel: pd.DataFrame, fatalities: pd.DataFrame) -> list[str]:
    """Ids of the interventions a measure has a figure for over the period. UN operations always count for
    fatalities (the UN's records cover them: no record means no death); other operations only where a figure exists."""
    known = set(_per_intervention(measure, years, personnel, fatalities).dropna().index)
    if measure == "fatalities":
        known |= set(interventions.loc[interventions["organization"] == "UN", "id"])
    return [i for i in interventions["id"] if i in known]


def _summed(rows: pd.DataFrame, by: str, measure: str, years, personnel: pd.DataFrame, fatalities: pd.DataFrame) -> pd.Series:
    """The measure summed over `rows` (intervention rows carrying `id`) grouped by `by`; counts when measuring
    interventions. Groups with no figure at all stay missing, never zero."""
    if measure == "interventions":
        return rows.groupby(by)["id"].nunique()
    values = rows["id"].map(_per_intervention(measure, years, personnel, fatalities))
    return rows.assign(v=values).groupby(by)["v"].sum(min_count=1)


def country_measure(
    interventions: pd.DataFrame,
    measure: str,
    years: tuple[int, int],
    personnel: pd.DataFrame,
    fatalities: pd.DataFrame,
) -> pd.DataFrame:
    """One row per host country of the interventions active in `years`, with the chosen measure.
    An operation in several countries counts in each of them (the sources do not split it by country)."""
    first, last = years
    active = _active(interventions, first, last)
    hosts = active[["id", "acronym", "host_countries"]].explode("host_countries").rename(columns={"host_countries": "iso3"})
    columns = ["iso3", "country", "value", "acronyms"]
    if hosts.empty:
        return pd.DataFrame(columns=columns)
    values = _summed(hosts, "iso3", measure, years, personnel, fatalities)
    which = hosts.groupby("iso3")["acronym"].agg(lambda s: ", ".join(sorted(set(s))))
    frame = pd.DataFrame({"iso3": which.index, "acronyms": which.to_numpy()})
    frame["value"] = frame["iso3"].map(values)
    frame["country"] = frame["iso3"].map(country_name)
    # unknown stays unknown: countries whose operations have no figure for this measure are left unshaded
    frame = frame.dropna(subset=["value"])
    return frame[columns].sort_values(["value", "country"], ascending=[False, True]).reset_index(drop=True)


def country_measure_by_year(
    interventions: pd.DataFrame,
    measure: str,
    years: tuple[int, int],
    personnel: pd.DataFrame,
    fatalities: pd.DataFrame,
) -> dict[int, pd.DataFrame]:
    """`country_measure` for every single year of the period, computed in one pass over the data (the same rows
    as calling it once per year, which the tests check)."""
    first, last = years
    columns = ["iso3", "country", "value", "acronyms"]
    spans = interventions[["id", "acronym", "host_countries", "start_year", "end_year"]]
    spans = spans[(spans["start_year"] <= last) & (spans["end_year"] >= first)]
    long = spans.assign(
        year=[list(range(max(a, first), min(b, last) + 1)) for a, b in zip(spans["start_year"], spans["end_year"], strict=True)]
    )
    long = long.explode("year").explode("host_countries").rename(columns={"host_countries": "iso3"}).dropna(subset=["year", "iso3"])
    long["year"] = long["year"].astype(int)
    if measure == "interventions":
        values = long.groupby(["year", "iso3"])["id"].nunique()
    else:
        if measure == "personnel":
            per = (
                personnel.dropna(subset=["total"])
                .assign(year=personnel["date"].dt.year)
                .groupby(["intervention_id", "year"])["total"]
                .max()
            )
        else:
            per = fatalities.groupby(["intervention_id", "year"])["fatalities"].sum()
        keys = pd.MultiIndex.from_arrays([long["id"], long["year"]])
        long = long.assign(v=per.reindex(keys).to_numpy())
        values = long.groupby(["year", "iso3"])["v"].sum(min_count=1)
    which = long.groupby(["year", "iso3"])["acronym"].agg(lambda s: ", ".join(sorted(set(s))))
    table = pd.DataFrame({"acronyms": which, "value": values}).reset_index().dropna(subset=["value"])
    if measure != "interventions":
        table["value"] = table["value"].astype(per.dtype)
    table["country"] = table["iso3"].map(country_name)
    out = {}
    for year in range(first, last + 1):
        part = table[table["year"] == year]
        out[year] = part[columns].sort_values(["value", "country"], ascending=[False, True]).reset_index(drop=True)
    return out


def headquarters(interventions: pd.DataFrame, personnel: pd.DataFrame, strength: pd.DataFrame) -> pd.DataFrame:
    """Mission headquarters with coordinates, sized by the most personnel ever deployed where known."""
    located = interventions.dropna(subset=["hq_lat", "hq_lon"])
    series_peak = personnel.groupby("intervention_id")["total"].max()
    cited_peak = strength[strength["kind"] != "authorized"].groupby("intervention_id")["personnel"].max()
    peak = pd.concat([series_peak, cited_peak], axis=1).max(axis=1)
    return pd.DataFrame(
        {
            "id": located["id"],
            "acronym": located["acronym"],
            "hq_city": located["hq_city"],
            "lat": located["hq_lat"],
            "lon": located["hq_lon"],
            "organization": located["organization"],
            "peak_personnel": located["id"].map(peak),
            "start_year": located["start_year"],
            "end_year": located["end_year"],
        }
    ).reset_index(drop=True)


def _marker_sizes(peak: pd.Series) -> list[float]:
    # area grows with personnel, capped at one million so a single huge coalition does not cover a region;
    # operations with no figure get a small fixed marker
    return [7.0 if pd.isna(p) else 6.0 + 34.0 * (min(float(p), 1_000_000) / 1_000_000) ** 0.5 for p in peak]


def whole_step(top: float, ticks: int = 5) -> int:
    """A tick step of 1, 2 or 5 times a power of ten giving about `ticks` ticks up to `top`: never a fraction, so a
    colour bar of counts cannot show the same whole number twice."""
    raw = max(float(top), 1.0) / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1, int(factor * power))
    return max(1, int(10 * power))


def _choropleth(values: pd.DataFrame, geojson: dict, measure: str, zmax: float) -> go.Choropleth:
    return go.Choropleth(
        geojson=geojson,
        featureidkey="properties.iso3",
        locations=values["iso3"],
        z=values["value"],
        text=values["country"],
        customdata=values[["acronyms", "iso3"]],
        hovertemplate="<b>%{text}</b><br>" + MEASURES[measure] + ": %{z:,}<br>%{customdata[0]}<extra></extra>",
        colorscale=[[0.0, "#9ecae1"], [0.5, "#3182bd"], [1.0, "#08306b"]],
        zmin=0,
        zmax=max(zmax, 1),
        marker_line_color="white",
        marker_line_width=0.5,
        colorbar={
            "title": {"text": MEASURES[measure], "side": "right"},
            "tickformat": ",d",
            "dtick": whole_step(zmax),
            "len": 0.75,
            "thickness": 14,
        },
        name="Host countries",
    )


def _hq_traces(hq: pd.DataFrame) -> list[go.Scattergeo]:
    traces = []
    for code in vocab.ORGANIZATIONS:
        part = hq[hq["organization"] == code]
        traces.append(
            go.Scattergeo(
                name=f"HQ: {vocab.label(vocab.ORGANIZATIONS, code)}",
                lat=part["lat"],
                lon=part["lon"],
                mode="markers",
                marker={
                    "size": _marker_sizes(part["peak_personnel"]),
                    "color": vocab.ORGANIZATION_COLOURS[code],
                    "line": {"color": "white", "width": 0.8},
                    "opacity": 0.85,
                },
                customdata=part[["id", "acronym", "hq_city", "peak_personnel"]].astype(object).fillna("unknown").to_numpy(),
                hovertemplate="<b>%{customdata[1]}</b> headquarters: %{customdata[2]}<br>Peak personnel: %{customdata[3]:,}<extra></extra>",
                showlegend=not part.empty,
            )
        )
    return traces


def world_geo_layout(figure: go.Figure, height: int, *, top: int = 40) -> None:
    """The atlas's world map frame: natural-earth projection, light land, no Antarctica, fixed extent."""
    figure.update_geos(
        projection_type="natural earth",
        showcountries=True,
        countrycolor="#bbbbbb",
        showland=True,
        landcolor="#f2f2f2",
        showframe=False,
        fitbounds=False,
        lataxis_range=[-58, 85],
    )
    figure.update_layout(
        height=height,
        margin={"l": 0, "r": 0, "t": top, "b": 0},
        legend={"orientation": "h", "yanchor": "top", "y": 0.0, "x": 0},
    )


def map_figure(values: pd.DataFrame, hq: pd.DataFrame, geojson: dict, measure: str, *, title: str, height: int = 560) -> go.Figure:
    """Host countries shaded by `measure` over one period, with headquarters points."""
    zmax = float(values["value"].max()) if not values.empty else 1.0
    figure = go.Figure([_choropleth(values, geojson, measure, zmax), *_hq_traces(hq)])
    world_geo_layout(figure, height)
    figure.update_layout(title={"text": title})
    return figure


def animated_map_figure(by_year: dict[int, pd.DataFrame], hq: pd.DataFrame, geojson: dict, measure: str, *, height: int = 600) -> go.Figure:
    """Year-by-year map with a slider and a play button. The colour scale is fixed across years so that years
    compare; each frame carries only that year's values (the geometry is sent once)."""
    years = sorted(by_year)
    zmax = max((float(v["value"].max()) for v in by_year.values() if not v.empty), default=1.0)

    def hq_in(year: int) -> pd.DataFrame:
        return hq[(hq["start_year"] <= year) & (hq["end_year"] >= year)]

    def hq_points(year: int) -> dict:
        """Every headquarters active in `year` as one trace, coloured by organization: a frame then carries two
        traces, not one per organization, which keeps the figure quick to build and to send."""
        rows = hq_in(year)
        return {
            "lat": rows["lat"].tolist(),
            "lon": rows["lon"].tolist(),
            "customdata": rows[["id", "acronym", "hq_city", "peak_personnel"]].astype(object).fillna("unknown").to_numpy().tolist(),
            "marker": {
                "size": _marker_sizes(rows["peak_personnel"]),
                "color": [vocab.ORGANIZATION_COLOURS[o] for o in rows["organization"]],
            },
        }

    def frame_traces(year: int) -> list:
        values = by_year[year]
        choropleth = go.Choropleth(
            locations=values["iso3"], z=values["value"], text=values["country"], customdata=values[["acronyms", "iso3"]]
        )
        return [choropleth, go.Scattergeo(**hq_points(year))]

    first = years[0]
    points = hq_points(first)
    headquarters = go.Scattergeo(
        name="Headquarters",
        mode="markers",
        showlegend=False,
        hovertemplate="<b>%{customdata[1]}</b> headquarters: %{customdata[2]}<br>Peak personnel: %{customdata[3]:,}<extra></extra>",
        **{**points, "marker": {**points["marker"], "line": {"color": "white", "width": 0.8}, "opacity": 0.85}},
    )
    # the legend: one entry per organization with headquarters on the map, drawing nothing itself
    shown = [code for code in vocab.ORGANIZATIONS if (hq["organization"] == code).any()]
    legend = [
        go.Scattergeo(
            name=f"HQ: {vocab.label(vocab.ORGANIZATIONS, code)}",
            lat=[None],
            lon=[None],
            mode="markers",
            marker={"color": vocab.ORGANIZATION_COLOURS[code], "size": 9},
            hoverinfo="skip",
        )  # fmt: skip
        for code in shown
    ]
    figure = go.Figure([_choropleth(by_year[first], geojson, measure, zmax), headquarters, *legend])
    figure.frames = [
        go.Frame(name=str(y), data=frame_traces(y), traces=[0, 1], layout={"title": {"text": f"{MEASURES[measure]}, {y}"}}) for y in years
    ]
    world_geo_layout(figure, height)
    figure.update_layout(
        title={"text": f"{MEASURES[measure]}, {first}"},
        updatemenus=[
            {
                "type": "buttons",
                "direction": "left",
                "x": 1.0,
                "y": 1.12,
                "xanchor": "right",
                "showactive": False,
                "buttons": [
                    {
                        "label": "▶ Play",
                        "method": "animate",
                        "args": [None, {"frame": {"duration": 700, "redraw": True}, "fromcurrent": True, "transition": {"duration": 0}}],
                    },
                    {
                        "label": "❚❚ Pause",
                        "method": "animate",
                        "args": [[None], {"mode": "immediate", "frame": {"duration": 0, "redraw": False}}],
                    },
                ],
            }
        ],
        sliders=[
            {
                "active": 0,
                "x": 0.0,
                "len": 0.8,  # clear of the Play and Pause buttons at the right
                "y": 1.14,
                "currentvalue": {"visible": False},
                "steps": [
                    {
                        "label": str(y),
                        "method": "animate",
                        "args": [[str(y)], {"mode": "immediate", "frame": {"duration": 0, "redraw": True}, "transition": {"duration": 0}}],
                    }
                    for y in years
                ],
            }
        ],
    )
    return figure


def country_interventions(interventions: pd.DataFrame, iso3: str) -> pd.DataFrame:
    """The interventions hosted by one country, oldest first."""
    hosted = interventions[interventions["host_countries"].map(lambda codes: iso3 in codes).astype(bool)]
    return hosted.sort_values("start")[["id", "acronym", "name", "start_date", "end_date", "organization"]].reset_index(drop=True)


def region_summary(
    interventions: pd.DataFrame, measure: str, years: tuple[int, int], personnel: pd.DataFrame, fatalities: pd.DataFrame
) -> pd.DataFrame:
    """The chosen measure aggregated by region over the period: each intervention counted once, in its region."""
    first, last = years
    active = _active(interventions, first, last)
    values = _summed(active, "region", measure, years, personnel, fatalities)
    counts = active.groupby("region")["id"].nunique()
    table = pd.DataFrame({"Region": [vocab.label(vocab.REGIONS, r) for r in vocab.REGIONS]}, index=list(vocab.REGIONS))
    table["Interventions"] = counts.reindex(table.index).fillna(0).astype(int)
    if measure != "interventions":
        table[MEASURES[measure]] = values.reindex(table.index).astype("Int64")
    return table.reset_index(drop=True)
