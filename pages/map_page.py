"""Map: host countries shaded by a chosen measure, over the selected period or year by year, with mission
headquarters; choosing a country lists its interventions."""

import streamlit as st

from components import mapping, teach
from components.charts import show
from components.filters import year_span
from components.geo import countries_geojson, subset
from components.memo import memo
from components.sources import plain
from components.state import PROFILE_PAGE, current_view, empty_state, page_control

view = current_view()
presenting = teach.presenting()
teach.chart_page(presenting)
st.title("Map")
st.markdown(
    "Where the selected interventions deployed. Shade host countries by a measure, over the whole period chosen "
    "in the sidebar or year by year; circles mark mission headquarters, sized by the most personnel deployed."
)
if view.interventions.empty:
    empty_state()
    st.stop()

atlas = view.atlas
first, last = view.filters.years or year_span(atlas.interventions)
left, right = st.columns([2, 1])
page_control("measure", "map_measure", tuple(mapping.MEASURES), "interventions")
page_control("time", "map_mode", ("period", "years"), "period")
measure = (
    left.segmented_control("Shade by", list(mapping.MEASURES), format_func=mapping.MEASURES.get, default="interventions", key="map_measure")
    or "interventions"
)
mode = (
    right.segmented_control(
        "Time",
        ["period", "years"],
        format_func={"period": f"{first}–{last}", "years": "Year by year"}.get,
        default="period",
        key="map_mode",
    )
    or "period"
)

all_hosts = sorted({code for codes in view.interventions["host_countries"] for code in codes})
values = memo(
    "map_values",
    (view.filters, measure, first, last),
    lambda: mapping.country_measure(view.interventions, measure, (first, last), atlas.personnel, atlas.fatalities),
)
caption = f"Host countries shaded by {mapping.MEASURE_NOTES[measure]}; an operation in several countries counts in each. Countries with no figure are not shaded. Boundaries: Natural Earth 1:110m."


def map_figure():
    hq = mapping.headquarters(view.interventions, atlas.personnel, atlas.strength)
    geojson = subset(countries_geojson(), all_hosts)
    if mode == "period":
        figure = mapping.map_figure(values, hq, geojson, measure, title=f"{mapping.MEASURES[measure]}, {first}–{last}")
    else:
        by_year = mapping.country_measure_by_year(view.interventions, measure, (first, last), atlas.personnel, atlas.fatalities)
        figure = mapping.animated_map_figure(by_year, hq, geojson, measure)
    if view.filters.regions:
        figure.update_geos(fitbounds="locations", lataxis_range=None, lonaxis_range=None)  # zoom to the filtered region(s)
    return figure


figure = memo("map", (view.filters, measure, mode, first, last), map_figure)
if mode != "period":
    caption += " Press Play or drag the slider to move through the years; the colour scale is the same for every year."
if measure != "interventions":
    counted = set(mapping.counted_interventions(view.interventions, measure, (first, last), atlas.personnel, atlas.fatalities))
    active = view.interventions[(view.interventions["start_year"] <= last) & (view.interventions["end_year"] >= first)]
    missing = sorted(set(active["acronym"][~active["id"].isin(counted)]))
    if missing:
        caption += f" No figure for {len(missing)} of the {len(active)} operations shown, left out (not zero): {', '.join(missing[:12])}{' …' if len(missing) > 12 else ''}."
show(
    figure,
    caption=caption,
    data=values.rename(columns={"iso3": "ISO3", "country": "Country", "value": mapping.MEASURES[measure], "acronyms": "Interventions"}),
    key=f"map_{mode}_{measure}",
)

st.header("By region")
st.dataframe(
    mapping.region_summary(view.interventions, measure, (first, last), atlas.personnel, atlas.fatalities),
    hide_index=True,
    width="stretch",
)
st.caption("Each intervention counted once, in its region (UN peacekeeping's regions); empty where the sources give no figure.")

st.header("Interventions by country")
names = {code: mapping.country_name(code) for code in all_hosts}
choices = sorted(all_hosts, key=names.get)
page_control("country", "map_country", tuple(choices), choices[0] if choices else None)
country = st.selectbox("Country", choices, format_func=names.get, key="map_country")
hosted = mapping.country_interventions(view.interventions, country)
for row in hosted.itertuples():
    end = row.end_date or "ongoing"
    st.page_link(PROFILE_PAGE, label=plain(f"{row.acronym} — {row.name} ({row.start_date} – {end})"), query_params={"id": row.id})
