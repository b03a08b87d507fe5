"""Overview: headline figures for the current filter, a plain-language primer, a map and the interventions table."""

import streamlit as st

from components import teach
from components.brief import view_brief
from components.charts import show
from components.content import render_primer, teaching_content
from components.downloads import safe_csv
from components.exports import brief_buttons
from components.figures import SOURCE_NOTE, headline_figures, host_country_counts, host_map_figure, interventions_table
from components.geo import countries_geojson, subset
from components.memo import memo
from components.sources import References
from components.state import current_view, empty_state, intervention_search

view = current_view()
presenting = teach.presenting()
teach.chart_page(presenting)
st.title("Peace Enforcement Atlas")
st.markdown(
    "How the United Nations, regional organizations and coalitions authorized by the Security Council have "
    "authorized, led, handed over and ended peace enforcement and peace operations since 1945."
)

intervention_search(view.atlas, key="overview_search")

st.page_link(
    "pages/cases_page.py",
    label="Teaching? Start with a guided case study",
    icon=":material/school:",
)

if view.interventions.empty:
    empty_state()
    st.stop()

numbers = headline_figures(view.interventions)
c1, c2, c3, c4 = st.columns(4)
c1.metric("Interventions", numbers["interventions"])
c2.metric("Leading organizations", numbers["organizations"])
share = numbers["chapter_vii_share"]
c3.metric(
    "Authorized under Chapter VII",
    "unknown" if share is None else f"{share:.0%}",
    help=(
        f"Share of the selected interventions whose authorizing resolution explicitly invokes Chapter VII: "
        f"{numbers['chapter_vii']} of {numbers['interventions']}. For {numbers['chapter_vii_unknown']} the status is "
        "not yet established from the sources; they count as not explicit here."
    ),
)
c4.metric("Ongoing", numbers["ongoing"])

with st.expander("Peacekeeping, peace enforcement and the UN Charter — a short primer", expanded=False):
    content = teaching_content()
    primer_refs = References(view.atlas.sources)
    st.markdown(render_primer(content.primer, content.glossary, primer_refs.cite))
    st.markdown(primer_refs.markdown())
    st.page_link("pages/glossary_page.py", label="All terms in the Glossary", icon=":material/dictionary:")

counts = memo("host_country_counts", view.filters, lambda: host_country_counts(view.interventions))
st.header("Where they deployed")
show(
    memo("overview_map", view.filters, lambda: host_map_figure(counts, subset(countries_geojson(), counts["iso3"]))),
    title="Host countries of the selected interventions",
    caption=f"Host countries shaded by the number of selected interventions they hosted. Source: {SOURCE_NOTE} "
    "Boundaries: Natural Earth 1:110m (public domain); Kosovo drawn from Natural Earth, coded XKX.",
    data=counts.rename(columns={"iso3": "ISO3", "country": "Country", "interventions": "Interventions", "acronyms": "Which"}),
    key="overview_map",
)

st.header("The interventions")
table = memo(
    "interventions_table", view.filters, lambda: interventions_table(view.interventions, view.atlas.sources, view.atlas.interventions)
)
st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    column_config={"Link": st.column_config.LinkColumn("Link", display_text="open source")},
)
brief_buttons(
    lambda **context: view_brief(view.atlas, view.interventions, **context),
    view,
    key="selection",
    what="the interventions selected by the current filters",
)
st.download_button(
    "Download this table (CSV)",
    lambda: safe_csv(table, index=False),  # written when clicked, not on every run
    file_name="peace-enforcement-atlas-interventions.csv",
    mime="text/csv",
    on_click="ignore",
)
