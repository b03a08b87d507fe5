"""Peace Enforcement Atlas: the frame (page config, data check, shared filters) and the router."""

from __future__ import annotations

import streamlit as st

from components.data import DataError, atlas, show_data_problems
from components.state import filter_sidebar, url_notices

st.set_page_config(page_title="Peace Enforcement Atlas", page_icon="🌐", layout="wide")

# Page files are named <name>_page.py and served under url_path <name>, so that Streamlit's old pages-folder mode
# (see scripts/serve.py, which switches it off) can never run a page file without this frame.
PAGES = [
    st.Page("pages/overview_page.py", title="Overview", icon=":material/public:", default=True),
    st.Page("pages/timeline_page.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/map_page.py", title="Map", icon=":material/map:", url_path="map"),
    st.Page("pages/challenges_page.py", title="Challenges", icon=":material/warning:", url_path="challenges"),
    st.Page("pages/cases_page.py", title="Case studies", icon=":material/school:", url_path="cases"),
    st.Page("pages/profile_page.py", title="Intervention profile", icon=":material/article:", url_path="profile"),
    st.Page("pages/compare_page.py", title="Compare", icon=":material/compare_arrows:", url_path="compare"),
    st.Page("pages/council_page.py", title="Security Council", icon=":material/gavel:", url_path="council"),
    st.Page("pages/quiz_page.py", title="Quiz", icon=":material/quiz:", url_path="quiz"),
    st.Page("pages/glossary_page.py", title="Glossary", icon=":material/dictionary:", url_path="glossary"),
    st.Page("pages/data_page.py", title="Data & methods", icon=":material/menu_book:", url_path="data"),
    st.Page("pages/codebook_page.py", title="Codebook", icon=":material/rule:", url_path="codebook"),
]


try:
    data = atlas()
except DataError as error:
    show_data_problems(error)

# Contrast and focus for every page (WCAG AA): captions darker than Streamlit's default grey, a visible focus ring;
# the reading tables (components/tables.py); the print layout.
st.html(
    """<style>
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #565a61 !important; opacity: 1 !important; }
a:focus-visible, button:focus-visible, [role="option"]:focus-visible, [data-testid="stSidebarNavLink"]:focus-visible,
input:focus-visible, [tabindex]:focus-visible { outline: 3px solid #0b57d0 !important; outline-offset: 2px !important; }
.atlas-table { overflow-x: auto; }
.atlas-table table { border-collapse: collapse; width: 100%; font-size: 0.875rem; line-height: 1.4; }
.atlas-table th { text-align: left; font-weight: 600; vertical-align: bottom; padding: 0.4rem 0.6rem;
  border-bottom: 2px solid rgba(49, 51, 63, 0.35); }
.atlas-table td { vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid rgba(49, 51, 63, 0.15); }
.atlas-table th[scope="row"] { vertical-align: top; border-bottom: 1px solid rgba(49, 51, 63, 0.15); }
.atlas-table td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.atlas-table td.short { white-space: nowrap; }
@media print {
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header, [data-testid="stHeader"],
  [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"], .modebar-container,
  [data-testid="stElementToolbar"], [data-testid="stBaseButton-secondary"], [data-testid="stBaseButton-tertiary"],
  [data-testid="stBaseButton-primary"], [data-testid="stDownloadButton"], [data-testid="stPageLink"],
  [data-testid="stExpander"], [data-testid="stDataFrame"], [data-testid="stSelectbox"], [data-testid="stMultiSelect"],
  [data-testid="stButtonGroup"], [data-testid="stRadio"], [data-testid="stSlider"] { display: none !important; }
  [data-testid="stMain"], [data-testid="stMainBlockContainer"], .stMain { margin: 0 !important; padding: 0.5cm !important;
    max-width: none !important; width: 100% !important; }
  [data-testid="stAppViewContainer"] { position: static !important; overflow: visible !important; }
  table { width: 100% !important; table-layout: auto; border-collapse: collapse; }
  td, th { white-space: normal !important; word-break: break-word; overflow-wrap: anywhere; font-size: 9pt; }
  h1 { font-size: 20pt !important; } h2 { font-size: 14pt !important; break-after: avoid; }
  [data-testid="stPlotlyChart"], table, tr { break-inside: avoid; }
  a { color: inherit !important; }
}
</style>"""
)
page = st.navigation(PAGES)
filter_sidebar(data)
url_notices()
page.run()
