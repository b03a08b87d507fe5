"""Compare: two to four interventions side by side, reachable as ?ids=amisom&ids=minusma."""

import re

import streamlit as st

from components.brief import comparison_brief
from components.charts import show
from components.compare import MAX_COMPARED, MIN_COMPARED, aligned_figure, aligned_personnel, comparison
from components.downloads import safe_csv
from components.exports import brief_buttons
from components.filters import shown
from components.sources import References
from components.state import current_view
from components.tables import table as reading_table

view = current_view()
atlas = view.atlas
by_id = atlas.interventions.set_index("id")
st.title("Compare interventions")
st.markdown(
    f"Choose {MIN_COMPARED} to {MAX_COMPARED} interventions to set side by side. The same facts stand in the same "
    "rows; a gap is shown as unknown. The link of this page reopens the same comparison."
)

requested = st.query_params.get_all("ids")
valid = []
for value in requested[:MAX_COMPARED]:
    if re.fullmatch(r"[a-z0-9-]{1,60}", value) and value in by_id.index and value not in valid:
        valid.append(value)
    else:
        st.warning(f"Ignored intervention {shown(value)} from the link: the atlas has no intervention with that id.", icon="⚠️")
if len(requested) > MAX_COMPARED:
    st.warning(f"Ignored {len(requested) - MAX_COMPARED} intervention(s) from the link: at most {MAX_COMPARED} can be compared.", icon="⚠️")

ids = sorted(by_id.index, key=lambda i: by_id.loc[i, "acronym"].casefold())
chosen = st.multiselect(
    "Interventions",
    ids,
    default=valid,
    max_selections=MAX_COMPARED,
    format_func=lambda i: f"{by_id.loc[i, 'acronym']} — {by_id.loc[i, 'name']} ({by_id.loc[i, 'start_year']})",
    key=f"compare_{'-'.join(valid)}",
    placeholder="Type an acronym or a name",
)
if chosen != st.query_params.get_all("ids"):
    st.query_params["ids"] = chosen
if len(chosen) < MIN_COMPARED:
    st.info(f"Choose at least {MIN_COMPARED} interventions.", icon="ℹ️")
    st.stop()

references = References(atlas.sources)
table = comparison(chosen, atlas, references)
reading_table(table, key="comparison", hide_index=False)
st.download_button(
    "Download this comparison (CSV)",
    lambda: safe_csv(table),  # written when clicked, not on every run
    file_name="peace-enforcement-atlas-comparison.csv",
    mime="text/csv",
    on_click="ignore",
)

brief_buttons(lambda **context: comparison_brief(atlas, chosen, **context), view, key="-".join(chosen), what="this comparison")

st.header("Personnel, aligned by months since deployment")
series = aligned_personnel(chosen, atlas.personnel, atlas.interventions)
missing = [by_id.loc[i, "acronym"] for i in chosen if by_id.loc[i, "acronym"] not in set(series["acronym"])]
if series.empty:
    st.markdown("No monthly personnel series covers these interventions (the series cover UN operations, 1990–2017).")
else:
    show(
        aligned_figure(series),
        title="Uniformed personnel, aligned by months since deployment",
        caption="Uniformed personnel at each month's end, counted from each operation's start. Source: IPI Peacekeeping "
        "Database, from UN monthly contribution reports (UN operations, November 1990 to March 2017)."
        + (f" No monthly series for: {', '.join(missing)}." if missing else ""),
        data=series,
        key="compare_personnel",
    )

st.header("References")
st.markdown(references.markdown())
