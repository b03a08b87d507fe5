"""The Security Council's record on the operations the filters select: decisions by year, divided votes and who
abstained or voted against, vetoed drafts on crises where operations deployed, and each permanent member's pattern."""

import streamlit as st

from components import council
from components.charts import show
from components.memo import memo
from components.state import current_view, empty_state

view = current_view()
atlas = view.atlas
st.title("Security Council")
st.markdown(
    "What the Council decided on the operations the sidebar selects, and where it divided. Votes and dates come "
    "from the UN Dag Hammarskjöld Library; the members who voted against or abstained are named where the UN's "
    "meeting records name them; vetoed drafts are those cast while an operation of the selection was deployed in the "
    "crisis country (World Politics Data Lab, from the Library's veto list)."
)
if view.interventions.empty:
    empty_state()
    st.stop()

resolutions = council.concerning(atlas.resolutions, view.interventions)
c1, c2, c3 = st.columns(3)
known = resolutions.dropna(subset=["votes_for"])
divided = known[(known["votes_against"] > 0) | (known["abstentions"] > 0)]
vetoed = memo("council_vetoes", view.filters, lambda: council.vetoes_on_operations(atlas.vetoes, view.interventions))
c1.metric("Resolutions on these operations", len(resolutions))
c2.metric("Adopted without unanimity", len(divided), help=f"Of {len(known)} with a recorded vote.")
c3.metric("Drafts vetoed while they were deployed", len(vetoed))

st.header("Decisions by year")
table = council.actions_by_year(resolutions)
show(
    memo("council_actions_figure", view.filters, lambda: council.actions_figure(table)),
    title="Security Council resolutions per year, by action",
    caption="Resolutions on the selected operations per year, by what they did first (establish, authorize force, "
    "extend…). Source: data/resolutions.csv.",
    data=table.reset_index(),
    key="council_years",
)

st.header("Divided votes")
st.caption("Every resolution on these operations adopted with votes against or abstentions; members as the UN's records name them.")
st.dataframe(council.divided_votes(resolutions, atlas.interventions), hide_index=True, width="stretch")

st.header("Vetoed drafts")
if vetoed.empty:
    st.markdown("No draft was vetoed on a crisis where one of the selected operations was deployed.")
else:
    st.dataframe(vetoed, hide_index=True, width="stretch")

st.header("The permanent members over time")
st.caption(
    "Abstentions and votes against named in the records of the resolutions shown, and vetoes on crises where an "
    "operation was deployed, per decade. The USSR's votes count for the seat the Russian Federation holds. "
    "An empty cell is a count of none, among the votes whose members are named."
)
st.dataframe(council.member_pattern(resolutions, atlas.vetoes), hide_index=True, width="stretch")
