"""Data & methods: what the dataset covers, how it is coded (the codebook), and the tables to download."""

from pathlib import Path

import streamlit as st

from components.data import TABLE_FILES, data_dir
from components.state import current_view

view = current_view()
st.title("Data & methods")
st.markdown(
    "Every intervention in the atlas cites at least one source that was read when the row was written. "
    "Unknown values are left empty and shown as *unknown*; they are never estimated."
)
data = view.atlas
c1, c2, c3 = st.columns(3)
c1.metric("Interventions", len(data.interventions))
c2.metric("Security Council resolutions", len(data.resolutions))
c3.metric("Coded challenges", len(data.challenges))

st.subheader("Download the tables")
cols = st.columns(len(TABLE_FILES))
for col, (table, filename) in zip(cols, TABLE_FILES.items(), strict=True):
    col.download_button(
        f"{filename}",
        (data_dir() / filename).read_bytes(),
        file_name=filename,
        mime="text/csv",
        key=f"download_{table}",
        width="stretch",
    )

st.subheader("Codebook")
st.markdown((Path(__file__).resolve().parent.parent / "data" / "README.md").read_text(encoding="utf-8"))
