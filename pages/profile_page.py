"""Intervention profile: everything the atlas knows about one intervention, reachable as ?id=<intervention id>."""

import streamlit as st

from components import vocab
from components.brief import intervention_brief
from components.charts import show
from components.content import render_text, teaching_content
from components.exports import brief_buttons
from components.figures import host_country_counts, host_map_figure
from components.filters import shown
from components.geo import countries_geojson, subset
from components.memo import memo
from components.profile import challenges_of, facts, fatalities_by_year, fatalities_figure, glossary_terms, resolutions_of, strength_of
from components.sources import References, plain
from components.state import current_view
from components.tables import html_table, table
from components.timeline import personnel_figure, personnel_series

view = current_view()
interventions = view.atlas.interventions
by_id = interventions.set_index("id")
ids = list(interventions["id"])


def show_profile(intervention_id: str) -> None:
    st.query_params["id"] = intervention_id


requested = st.query_params.get("id")
if requested is not None and requested not in by_id.index:
    st.warning(f"Ignored intervention {shown(requested)} from the link: the atlas has no intervention with that id.", icon="⚠️")
    requested = None
current = requested or (view.interventions["id"].iloc[0] if not view.interventions.empty else ids[0])

labels = memo(
    "profile_labels", None, lambda: {i: f"{by_id.loc[i, 'acronym']} — {by_id.loc[i, 'name']} ({by_id.loc[i, 'start_year']})" for i in ids}
)
choice = st.selectbox(
    "Intervention",
    ids,
    index=ids.index(current),
    format_func=labels.__getitem__,
    key=f"profile_choice_{current}",
)
if choice != current:
    st.query_params["id"] = choice
    st.rerun()
if st.query_params.get("id") != current:
    st.query_params["id"] = current

record = by_id.loc[current]
record["id"] = current
st.title(plain(f"{record['acronym']} — {record['name']}"))
if record["aliases"]:
    st.caption("Also known as: " + plain("; ".join(record["aliases"])))
st.page_link(
    "pages/compare_page.py", label="Compare with other interventions", icon=":material/compare_arrows:", query_params={"ids": current}
)
brief_buttons(lambda **context: intervention_brief(view.atlas, current, **context), view, key=current, what=f"{record['acronym']}")
if current not in set(view.interventions["id"]):
    st.info("This intervention is outside the current sidebar filters; its profile is shown all the same.", icon="ℹ️")


def cited_parts() -> dict:
    """Everything on the page that cites a source, made in the page's order: every source gets a number in order of
    first use, and the list that closes the page. The same for every session that opens this profile."""
    references = References(view.atlas.sources)
    parts = {"facts": facts(record), "cite_facts": references.cite(record["sources"])}
    parts["cite_outcome"] = references.cite(record["outcome_source"])
    parts["cite_end"] = references.cite(record["end_reason_source"]) if record["end_reason"] else ""
    parts["resolutions"] = resolutions_of(current, view.atlas.resolutions, references)
    parts["series"] = personnel_series(view.atlas.personnel, interventions[interventions["id"] == current], by="intervention")
    parts["cite_personnel"] = references.cite(["ipi-peacekeeping-database"]) if not parts["series"].empty else ""
    parts["strength"] = strength_of(current, view.atlas.strength, references)
    parts["deaths"] = fatalities_by_year(current, view.atlas.fatalities)
    parts["cite_deaths"] = references.cite(["un-psdata-fatalities"]) if not parts["deaths"].empty else ""
    parts["challenges"] = challenges_of(current, view.atlas.challenges, references)
    parts["references"] = references.markdown()
    for name in ("facts", "resolutions", "strength", "challenges"):
        parts[f"{name}_table"] = html_table(parts[name], links={"Text": "full text"})
    return parts


parts = memo("profile_parts", current, cited_parts)
left, right = st.columns([3, 2])
with left:
    table(parts["facts_table"], key="facts")
    st.caption(f"Sources of these facts: {parts['cite_facts']}")
    glossary = teaching_content().glossary
    st.markdown("**Terms:** " + " · ".join(render_text(f"[[{term}]]", glossary) for term in glossary_terms(record) if term in glossary))
    st.markdown(f"**Mandate.** {plain(record['mandate_summary'])} {parts['cite_facts']}")
    st.markdown(
        f"**Outcome: {vocab.label(vocab.OUTCOMES, record['outcome'])}.** {plain(record['outcome_rationale'])} {parts['cite_outcome']}"
    )
    if record["end_reason"]:
        st.markdown(f"**Why it ended.** {plain(record['end_reason'])} {parts['cite_end']}")
    elif not record["ongoing"]:
        st.markdown("**Why it ended.** unknown (no source read yet).")
with right:

    def host_map():
        counts = host_country_counts(interventions[interventions["id"] == current])
        figure = host_map_figure(counts, subset(countries_geojson(), counts["iso3"]), height=300)
        figure.update_geos(fitbounds="locations", lataxis_range=None)
        figure.update_traces(showscale=False)
        return figure

    figure = memo("profile_map", current, host_map)
    show(figure, title=f"{record['acronym']}: host countries", caption="Host countries (Natural Earth boundaries).", key="profile_map")

st.header("Handovers")
links = [
    (label, target)
    for label, targets in (("Took over from", record["predecessor"]), ("Handed over to", record["successor"]))
    for target in targets
]
if links:
    for label, target in links:
        # a page link to the page already open does not reload it, so the id is changed in place
        st.button(
            plain(f"{label}: {by_id.loc[target, 'acronym']} — {by_id.loc[target, 'name']}"),
            on_click=show_profile,
            args=(target,),
            key=f"handover_{target}",
            type="tertiary",
            icon=":material/arrow_forward:",
        )
else:
    st.markdown("No predecessor or successor operation is recorded.")

st.header("Security Council resolutions")
resolutions = parts["resolutions"]
if resolutions.empty:
    st.markdown("No Security Council resolution in the dataset concerns this intervention.")
else:
    table(parts["resolutions_table"], key="resolutions")

st.header("Personnel")
strength, series = parts["strength"], parts["series"]
if not series.empty:
    show(
        memo("profile_personnel_figure", current, lambda: personnel_figure(series, by="intervention")),
        title=f"{record['acronym']}: uniformed personnel deployed",
        caption="Uniformed personnel deployed at each month's end. Source: IPI Peacekeeping Database, from UN monthly contribution reports "
        f"{parts['cite_personnel']}.",
        data=series.rename(columns={"date": "Month", "group": "Intervention", "total": "Personnel"}),
        key="profile_personnel",
    )
if not strength.empty:
    table(parts["strength_table"], key="strength")
if series.empty and strength.empty:
    st.markdown("Personnel figures: unknown (no source in the dataset yet).")

st.header("Fatalities")
deaths = parts["deaths"]
if deaths.empty:
    if record["organization"] == "UN":
        st.markdown("The UN's fatality records list no deaths for this operation.")
    else:
        st.markdown("Fatalities: unknown (the UN's records cover UN operations only).")
else:
    show(
        memo("profile_fatalities_figure", current, lambda: fatalities_figure(deaths)),
        title=f"{record['acronym']}: peacekeepers who died, by year",
        caption="Peacekeepers who died, by year and type of incident. Source: United Nations, Peace and Security Data Hub "
        f"(DPPADPOSS-FATALITIES) {parts['cite_deaths']}.",
        data=deaths,
        key="profile_fatalities",
    )

st.header("Challenges")
challenges = parts["challenges"]
if challenges.empty:
    st.markdown("No challenge has been coded for this intervention yet.")
else:
    table(parts["challenges_table"], key="challenges")

if record["notes"]:
    st.header("Notes")
    st.markdown(plain(record["notes"]))
st.header("References")
st.caption("Numbered in order of first citation on this page: publisher — title, linked to the publisher's own page.")
st.markdown(parts["references"])
