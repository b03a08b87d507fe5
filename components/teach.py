"""Teach mode: a page shown on a projector, one idea per screen, large type, no sidebar or chart toolbars, moved
through with buttons or the arrow keys, with the step in the URL so a teacher can reopen or share it."""

from __future__ import annotations

import re

import streamlit as st

from components.charts import STYLE_KEY
from components.filters import shown

PRESENT_PARAM = "present"
STEP_PARAM = "step"

# Type sizes follow the classroom brief: body 24 px and more, chart text 20 px and more (see components/theme.py).
TEACH_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 1rem 2.5rem 0.5rem 2.5rem !important; max-width: 100% !important; }
[data-testid="stMain"] p, [data-testid="stMain"] li, [data-testid="stMain"] label,
[data-testid="stMain"] [data-testid="stMarkdownContainer"] { font-size: 24px !important; line-height: 1.35 !important; }
[data-testid="stMain"] h1 { font-size: 40px !important; padding: 0 0 0.3rem 0 !important; }
[data-testid="stMain"] h2, [data-testid="stMain"] h3 { font-size: 32px !important; padding: 0.2rem 0 !important; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] p { font-size: 20px !important; color: #3d4148 !important; opacity: 1 !important; }
[data-testid="stMain"] button p { font-size: 22px !important; }
[data-testid="stMain"] [data-testid="stVerticalBlock"] { gap: 0.6rem !important; }
</style>
"""


def parse_step(value: str | None, count: int) -> tuple[int, str | None]:
    """The 1-based step a link asks for, and a notice when the value is not a step of this case (ignored then)."""
    if value is None or value == "":
        return 1, None
    if not re.fullmatch(r"[0-9]{1,3}", value) or not 1 <= int(value) <= count:
        return 1, f"Ignored step {shown(value)} from the link: this case has steps 1 to {count}."
    return int(value), None


def presenting() -> bool:
    """True when the URL asks for teach mode (present=1); any other value is ignored."""
    return st.query_params.get(PRESENT_PARAM) == "1"


def begin(active: bool) -> None:
    """Switch the page's chart style, and in teach mode hide the frame and enlarge the type."""
    st.session_state[STYLE_KEY] = "teach" if active else "screen"
    if active:
        st.html(TEACH_CSS)


def navigation(step: int, count: int, *, on_move) -> None:
    """Previous / next buttons (also the Left and Right arrow keys), the step counter and the way out."""
    left, middle, right, out = st.columns([2, 3, 2, 2], vertical_alignment="center")
    left.button(
        "Previous", icon=":material/arrow_back:", shortcut="Left", disabled=step <= 1, on_click=on_move, args=(step - 1,), key="teach_prev"
    )
    middle.markdown(f"Step {step} of {count}")
    right.button(
        "Next",
        icon=":material/arrow_forward:",
        shortcut="Right",
        disabled=step >= count,
        on_click=on_move,
        args=(step + 1,),
        key="teach_next",
    )
    out.button("Exit teach mode", icon=":material/close:", on_click=_exit, key="teach_exit")


def _exit() -> None:
    for param in (PRESENT_PARAM, STEP_PARAM):
        if param in st.query_params:
            del st.query_params[param]
    st.session_state[STYLE_KEY] = "screen"


# On a chart page in teach mode only the presented chart, its controls, its summary and the way out stay visible.
CHART_ONLY_CSS = """
<style>
[data-testid="stMain"] [data-testid="stMarkdown"]:not(:has([data-testid="stCaptionContainer"])),
[data-testid="stMain"] [data-testid="stHeading"], [data-testid="stMain"] [data-testid="stDataFrame"],
[data-testid="stMain"] [data-testid="stExpander"], [data-testid="stMain"] [data-testid="stMetric"],
[data-testid="stMain"] [data-testid="stAlert"], [data-testid="stMain"] [data-testid="stPageLink"],
[data-testid="stMain"] [data-testid="stSelectbox"], [data-testid="stMain"] [data-testid="stDownloadButton"],
[data-testid="stMain"] [data-testid="stTextInput"], [data-testid="stMain"] [data-testid="stTable"] { display: none !important; }
</style>
"""


def chart_page(active: bool) -> None:
    """For a page with charts: in teach mode (?present=1&chart=<key>) only that chart is shown, large, with a way out."""
    begin(active)
    if active:
        st.html(CHART_ONLY_CSS)
        st.button("Exit teach mode", icon=":material/close:", on_click=_exit_chart, key="teach_exit_chart")


def _exit_chart() -> None:
    _exit()
    if "chart" in st.query_params:
        del st.query_params["chart"]
