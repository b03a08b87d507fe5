"""Codebook: the atlas's scope, every column and code, the criteria for each code and the rules that settled
disagreements, as written in data/README.md. On a page of its own, so that a class or a brief can link to it."""

import streamlit as st

from components.data import codebook_markdown, dataset_version

version, released = dataset_version()
st.title("Codebook")
st.markdown(
    f"How the dataset (version **{version}** of {released}) is scoped and coded: what each column holds, the values "
    "it may take, the criteria behind every outcome, challenge and Chapter VII code, and the rules used when two "
    "coders disagreed. The same text ships with the data as `data/README.md`. The sidebar filters do not apply here."
)
st.page_link("pages/data_page.py", label="Coverage, sources, agreement between coders and downloads", icon=":material/menu_book:")
st.markdown(codebook_markdown())
