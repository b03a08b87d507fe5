"""Data & methods: what the dataset covers, where each table comes from, the codebook, and the tables to download."""

import streamlit as st

from components.data import TABLE_FILES, codebook_markdown, data_dir, dataset_version
from components.figures import coverage_by_decade, data_gaps
from components.state import current_view

view = current_view()
data = view.atlas
version, released = dataset_version()
st.title("Data & methods")
st.markdown(
    f"Dataset version **{version}** of {released}. Every intervention cites at least one source that was read when "
    "the row was written. Unknown values are left empty and shown as *unknown*; they are never estimated. "
    "This page describes the whole dataset; the sidebar filters do not apply here."
)
c1, c2, c3, c4 = st.columns(4)
c1.metric("Interventions", len(data.interventions))
c2.metric("Security Council resolutions", len(data.resolutions))
c3.metric("Coded challenges", len(data.challenges))
c4.metric("Personnel records (mission-months)", len(data.personnel))

st.subheader("Coverage")
st.caption("Interventions by leading organization and the decade in which they started.")
st.dataframe(coverage_by_decade(data.interventions), hide_index=True, width="stretch")

st.subheader("Organizations")
organizations = data.organizations.assign(
    interventions=data.organizations["code"].map(data.interventions["organization"].value_counts()).fillna(0).astype(int)
)
st.dataframe(
    organizations.replace({"founded": {"": "unknown"}, "headquarters": {"": "unknown"}}).rename(columns=str.capitalize),
    hide_index=True,
    width="stretch",
    column_config={"Source": st.column_config.ListColumn("Source")},
)

st.subheader("Known gaps")
st.caption("What the dataset does not know yet. Unknowns are shown as unknown in every page, never estimated.")
st.dataframe(data_gaps(data.interventions, data.strength, data.challenges), hide_index=True, width="stretch")

st.subheader("Sources and credits")
st.markdown(
    """
- **Interventions, resolutions, challenges, strengths, milestones** — compiled for this atlas; each row cites
  the pages it was checked against: the leading organization's own pages (peacekeeping.un.org, nato.int,
  eeas.europa.eu, au.int), Security Council resolution texts and UN press releases first.
- **Deployed personnel of UN operations, 1990–2017** (`personnel.csv`) — International Peace Institute,
  *IPI Peacekeeping Database* (Providing for Peacekeeping project), compiled from the UN's monthly
  "Contributions to UN peacekeeping operations" reports.
- **Vetoed drafts** (`vetoes.csv`) — Carlos L. Yordan / World Politics Data Lab, *UN Security Council vetoes*
  (MIT licence), from the UN Dag Hammarskjöld Library's veto list, 1946 to September 2022.
- **Fatalities of UN operations** (`fatalities.csv`) — United Nations, Peace and Security Data Hub, dataset
  *DPPADPOSS-FATALITIES* (fatalities in peacekeeping operations and special political missions since 1948),
  update of 4 April 2025.
- **Country boundaries** — Natural Earth, 1:110m admin-0 countries (public domain). **Base map** — plotly.js (MIT).

The personnel, fatality and veto tables are derived by `scripts/derive_reference_tables.py` from the producers'
published files; the derived tables can be rebuilt and checked against them.
"""
)

st.subheader("Download the tables")
cols = st.columns(4)
for index, (table, filename) in enumerate(TABLE_FILES.items()):
    cols[index % 4].download_button(
        filename,
        (data_dir() / filename).read_bytes(),
        file_name=filename,
        mime="text/csv",
        key=f"download_{table}",
        width="stretch",
    )

st.subheader("Codebook")
st.markdown(codebook_markdown())
