"""Glossary: the terms of the law and practice of peace operations, in plain language, each with its sources."""

import streamlit as st

from components.content import CODEBOOK, teaching_content
from components.filters import shown
from components.sources import References, plain
from components.state import current_view

view = current_view()
content = teaching_content()
glossary = content.glossary
st.title("Glossary")
st.markdown(
    "The words of the Charter and of peace operations, in plain language. Case studies and the primer link here; "
    "each definition cites the sources it rests on (the atlas's own codes cite the Codebook page)."
)

requested = st.query_params.get("term")
if requested is not None and requested not in glossary:
    st.warning(f"Ignored term {shown(requested)} from the link: the glossary has no such term.", icon="⚠️")
    requested = None
needle = st.text_input("Find a term", placeholder="for example: consent, Chapter VII, re-hatting", key="glossary_search")
# the term a link pointed to comes first, so that following a term from a case or a profile shows it at once
terms = sorted(glossary.values(), key=lambda t: (t.id != requested, t.term.casefold().strip('"')))
if needle.strip():
    lowered = needle.strip().casefold()
    terms = [t for t in terms if lowered in t.term.casefold() or lowered in t.definition.casefold()]
    st.caption(f"{len(terms)} term(s) match {shown(needle.strip())}.")

references = References(view.atlas.sources)
for term in terms:
    cited = references.cite([s for s in term.sources if s != CODEBOOK])
    codebook = " ([codebook](/codebook))" if CODEBOOK in term.sources else ""
    with st.container(border=True):
        st.markdown(f"## {plain(term.term)}" + ("  ·  *the term you followed*" if term.id == requested else ""))
        st.markdown(f"{plain(term.definition)} {cited}{codebook}")
        if term.see_also:
            st.caption("See also: " + ", ".join(glossary[other].term for other in term.see_also if other in glossary))

if references.order:
    st.header("References")
    st.markdown(references.markdown())
