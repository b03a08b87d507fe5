"""Data & methods: what the dataset covers, where each table comes from, how reliable its codes are, and the tables
to download. The codebook has a page of its own."""

import streamlit as st

from components import evidence
from components.data import TABLE_FILES, data_dir, dataset_version
from components.downloads import safe_csv_file
from components.figures import coverage_by_decade, data_gaps
from components.memo import memo
from components.sources import label
from components.state import current_view
from components.tables import html_table
from components.tables import table as reading_table

view = current_view()
data = view.atlas


def _organizations():
    organizations = data.organizations.assign(
        interventions=data.organizations["code"].map(data.interventions["organization"].value_counts()).fillna(0).astype(int),
        sources=data.organizations["sources"].map(lambda ids: [label(data.sources.loc[i]) for i in ids]),
    )
    return organizations.replace({"founded": {"": "unknown"}, "headquarters": {"": "unknown"}}).rename(columns=str.capitalize)


# the page describes the whole dataset, whatever the filters: its tables are made once per dataset, as reading tables
# (a few dozen rows each, long text that wraps and prints whole)
tables = memo(
    "data_page",
    None,
    lambda: {
        name: html_table(frame)
        for name, frame in {
            "coverage": coverage_by_decade(data.interventions),
            "scope": evidence.scope_coverage(data.interventions),
            "source_mix": evidence.source_mix(data),
            "register": evidence.register_summary(data.sources),
            "agreement": evidence.agreement(data.second_coding),
            "organizations": _organizations(),
            "gaps": data_gaps(data.interventions, data.strength, data.challenges),
        }.items()
    },
)
version, released = dataset_version()
st.title("Data & methods")
st.markdown(
    f"Dataset version **{version}** of {released}. Every fact cites a source from the register below, read when the "
    "row was written, at the publisher's own address. Unknown values are left empty and shown as *unknown*; they are "
    "never estimated. This page describes the whole dataset; the sidebar filters do not apply here. "
    "What changed between versions is in `data/CHANGELOG.md`; how to cite the dataset is in `CITATION.cff`."
)
st.page_link(
    "pages/codebook_page.py", label="The codebook: scope, every column and code, and the criteria behind them", icon=":material/rule:"
)
c1, c2, c3, c4 = st.columns(4)
c1.metric("Interventions", len(data.interventions))
c2.metric("Security Council resolutions", len(data.resolutions))
c3.metric("Coded challenges", len(data.challenges))
c4.metric("Personnel records (mission-months)", len(data.personnel))

st.header("Coverage")
st.caption("Interventions by leading organization and the decade in which they started.")
reading_table(tables["coverage"], key="coverage")

st.header("Scope")
st.caption(
    "Which rule of the codebook's scope brings each intervention in (the full rule and the operations left out, "
    "with reasons, are in the codebook)."
)
reading_table(tables["scope"], key="scope")

st.header("Sources")
st.caption(
    "Primary: published by a party to the events or the body that decided them (the UN, the leading organization, a "
    "government, a parliament, a court). Secondary: research institutes, journals, established news organizations, "
    "encyclopedias at their own address. Mirrors, copies, blogs and partisan sites are never cited."
)
left, right = st.columns([3, 2])
with left:
    reading_table(tables["source_mix"], key="source_mix")
with right:
    reading_table(tables["register"], key="register")

st.header("Agreement between two coders")
st.caption(
    "Every outcome code and a random sample of 110 challenge rows were coded a second time by a reader who did not see "
    "the first codes, from the codebook's criteria alone. Disagreements were resolved by the rules R1–R8 in the "
    "codebook or marked contested; the table of both codes is `second_coding.csv`."
)
reading_table(tables["agreement"], key="agreement")

st.header("Organizations")
reading_table(tables["organizations"], key="organizations")

st.header("Known gaps")
st.caption("What the dataset does not know yet. Unknowns are shown as unknown in every page, never estimated.")
reading_table(tables["gaps"], key="gaps")

st.header("Sources and credits")
st.markdown(
    """
- **Interventions, resolutions, challenges, strengths, milestones** — compiled for this atlas; each row cites
  the pages it was checked against, from the source register (`sources.csv`): the leading organization's own
  pages, Security Council resolution texts and UN press releases first.
- **Security Council votes and meeting dates, resolutions 1–2640** — UN Dag Hammarskjöld Library, *Meetings
  conducted by the Security Council* (one page per year); **texts of resolutions 1–899** — *Corpus of Resolutions:
  UN Security Council* (Fobbe, Gasbarri & Ridi, CC0), used to read whether the Council acted under Chapter VII;
  **voting records** — UN Digital Library. Derived by `scripts/derive_council_record.py`.
- **Deployed personnel of UN operations, 1990–2017** (`personnel.csv`) — International Peace Institute,
  *IPI Peacekeeping Database* (Providing for Peacekeeping project), compiled from the UN's monthly
  "Contributions to UN peacekeeping operations" reports.
- **Vetoed drafts** (`vetoes.csv`) — Carlos L. Yordan / World Politics Data Lab, *UN Security Council vetoes*
  (MIT licence), from the UN Dag Hammarskjöld Library's veto list, 1946 to September 2022.
- **Fatalities of UN operations** (`fatalities.csv`) — United Nations, Peace and Security Data Hub, dataset
  *DPPADPOSS-FATALITIES* (fatalities in peacekeeping operations and special political missions since 1948),
  update of 4 April 2025.
- **Country boundaries** — Natural Earth, 1:110m admin-0 countries (public domain). **Base map** — plotly.js (MIT).

The personnel, fatality and veto tables are derived by `scripts/derive_reference_tables.py`, and the Council's
votes, dates and (for resolutions 1–899) Chapter VII codes by `scripts/derive_council_record.py`, from the
producers' published files; the test suite rebuilds them and checks that they agree.
"""
)

st.header("Download the tables")
folder = data_dir()
cols = st.columns(4)
for index, (table, filename) in enumerate(TABLE_FILES.items()):
    cols[index % 4].download_button(
        filename,
        lambda path=folder / filename: safe_csv_file(path.read_bytes()),  # made when clicked, not on every run
        file_name=filename,
        mime="text/csv",
        key=f"download_{table}",
        on_click="ignore",
        width="stretch",
    )
