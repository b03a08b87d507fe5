"""The one way charts reach the page: offline map assets, the chart style of the current mode, PNG export, a
caption, a one-sentence summary generated from the chart's data, and a data view for every chart."""

from __future__ import annotations

import html
import re
import zlib
from collections.abc import Callable
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.filters import NO_FILTER
from components.memo import derived
from components.theme import MUTED, styled

# Served by Streamlit's static file serving (server.enableStaticServing) so plotly never fetches base maps from a CDN.
TOPOJSON_URL = "/app/static/topojson/"

CHART_CONFIG = {
    "topojsonURL": TOPOJSON_URL,
    "displaylogo": False,
    "displayModeBar": True,
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2, "filename": "peace-enforcement-atlas"},
}
# Teach mode: no toolbar on a projector.
TEACH_CONFIG = {**CHART_CONFIG, "displayModeBar": False}
STYLE_KEY = "atlas_chart_style"
FILTERS_TEXT_KEY = "atlas_filters_text"  # the current filters in words, set by components/state.current_view
ATLAS = "Peace Enforcement Atlas"
CHART_PARAM = "chart"  # with present=1: the one chart (its key) a teacher shows full screen
PRESENTED_HEIGHT = 390


class DrawnFigure(go.Figure):
    """A figure ready to send, whose dictionary is made once: Streamlit asks for it on every run (a deep copy of the
    whole figure, some 20 ms for a large chart), and a drawn figure is never changed after it is made."""

    def to_dict(self):
        cached = self.__dict__.get("_atlas_dict")
        if cached is None:
            cached = super().to_dict()
            object.__setattr__(self, "_atlas_dict", cached)
        return cached


def current_style() -> str:
    """'teach' while a page is presented (see components/teach.py), else 'screen'."""
    return st.session_state.get(STYLE_KEY, "screen")


def _fmt(value) -> str:
    if isinstance(value, pd.Timestamp):
        return str(value.year)
    if isinstance(value, (int, np.integer)) or (isinstance(value, float) and value.is_integer()):
        return f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def describe(figure: go.Figure) -> str:
    """One sentence on what a chart shows, computed from its data (for readers who cannot see it)."""
    traces = [t for t in figure.data if getattr(t, "showlegend", True) is not False or t.type in ("heatmap", "choropleth")]
    traces = [t for t in traces if t.type in ("bar", "scatter", "heatmap", "choropleth", "scattergeo")]
    if not traces:
        return "The chart is empty for the current selection."
    kind = traces[0].type
    if kind == "heatmap":
        t = traces[0]
        z = pd.DataFrame(t.z).apply(pd.to_numeric, errors="coerce")
        stacked = z.stack()
        if stacked.empty:
            return "A heat map with no values for the current selection."
        row, col = stacked.idxmax()
        rows, cols = list(t.y) if t.y is not None else list(z.index), list(t.x) if t.x is not None else list(z.columns)
        return (
            f"A heat map of {len(z.index)} rows by {len(z.columns)} columns; the highest value, {_fmt(stacked.max())}, "
            f"is for {rows[row]} and {cols[col]}."
        )
    if kind == "choropleth":
        t = traces[0]
        values = pd.Series(list(t.z), index=list(t.text if t.text is not None else t.locations))
        values = pd.to_numeric(values, errors="coerce").dropna()
        if values.empty:
            return "A map with no values for the current selection."
        return f"A map of {len(values)} countries; the highest value, {_fmt(values.max())}, is for {values.idxmax()}."
    if kind == "bar" and traces[0].orientation == "h" and traces[0].base is not None:
        bars = [t for t in traces if t.type == "bar" and t.base is not None and t.y is not None]
        starts = pd.to_datetime(pd.Series([b for t in bars for b in t.base]), errors="coerce").dropna()
        count = sum(len(t.y) for t in bars if t.y[0] is not None)
        if starts.empty:
            return "A timeline with no bars for the current selection."
        return f"A timeline of {count} interventions in {len(bars)} groups, starting from {starts.min().year} to {starts.max().year}."
    series = [t for t in traces if t.type in ("bar", "scatter") and t.x is not None and t.y is not None and len(t.x)]
    if not series:
        return "The chart is empty for the current selection."
    frames = [
        pd.Series(pd.to_numeric(pd.Series(list(t.y)), errors="coerce").to_numpy(), index=list(t.x)).groupby(level=0).sum(min_count=1)
        for t in series
    ]
    totals = pd.concat(frames, axis=1).sum(axis=1, min_count=1).dropna()
    if totals.empty:
        return "The chart has no values for the current selection."
    return (
        f"{len(series)} series over {len(totals)} points, from {_fmt_x(totals.index.min())} to {_fmt_x(totals.index.max())}; "
        f"the largest total, {_fmt(totals.max())}, is at {_fmt_x(totals.idxmax())}."
    )


def _fmt_x(value) -> str:
    """A position on the x axis: years and months as written, without thousands separators."""
    if isinstance(value, (int, np.integer, float)) and float(value).is_integer() and abs(value) < 10_000:
        return str(int(value))
    return _fmt(value)


def _source_of(caption: str) -> str:
    """The source a caption names ("… Source: IPI Peacekeeping Database, from UN reports [3]."), without its
    reference numbers; the atlas's own coding where it names none."""
    match = re.search(r"Sources?: (.+?)(?:\.(?:\s|$)|$)", caption)
    text = match.group(1) if match else "Peace Enforcement Atlas dataset (coded from the sources cited per row)"
    return re.sub(r"\s*\[[\d, ]+\]", "", text).strip()


def with_context(figure: go.Figure, *, title: str | None, source: str, filters: str, made: date) -> go.Figure:
    """The figure with what it is written into it: a title on top and, under it, its source, the filters that
    produced it and the date. A chart saved from the toolbar (PNG) then still says what it shows."""
    heading = title or (figure.layout.title.text if figure.layout.title and figure.layout.title.text else "")
    lines = [
        f"Source: {html.escape(_shorten(source, 150))}",
        f"Filters: {html.escape(_shorten(filters, 90))} · {ATLAS}, {made.isoformat()}",
    ]
    figure.update_layout(
        title={
            "text": html.escape(heading),
            "subtitle": {"text": "<br>".join(lines), "font": {"size": 11, "color": MUTED}},
            "x": 0.01,
            "xanchor": "left",
            "y": 0.99,
            "yref": "container",
            "yanchor": "top",
        },  # fmt: skip
        margin={"t": max((figure.layout.margin.t or 0), 0) + 78},
    )
    return figure


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def show(
    figure: go.Figure,
    *,
    caption: str,
    title: str | None = None,
    data: pd.DataFrame | None = None,
    key: str | None = None,
    on_select: Callable[[list[dict]], None] | None = None,
    summary: str | None = None,
) -> None:
    """Place a chart in the current style with the project's config, a caption saying what it shows and its source,
    a one-sentence summary of its data, and its numbers. With `on_select`, clicking a point calls it with the
    selected points."""
    style = current_style()
    presented = st.query_params.get(CHART_PARAM)
    if style == "teach" and presented is not None and key is not None and presented != key:
        return  # another chart of this page is on the projector
    filters = st.session_state.get(FILTERS_TEXT_KEY, NO_FILTER)
    today = date.today()

    def draw() -> go.Figure:
        drawn = styled(figure, style)
        if style != "teach":
            margin = drawn.layout.template.layout.margin.t if drawn.layout.margin.t is None else drawn.layout.margin.t
            drawn.update_layout(margin={"t": margin})
            with_context(drawn, title=title, source=_source_of(caption), filters=filters, made=today)
            if drawn.layout.height:
                drawn.update_layout(height=drawn.layout.height + 78)
        if style == "teach" and presented == key:
            drawn.update_layout(height=PRESENTED_HEIGHT)
        return drawn

    # a figure shared by sessions (components/memo.py) is styled once per style and context, then reused
    drawn = derived(figure, (style, presented == key, title, caption, filters, today), lambda: DrawnFigure(draw()))
    config = TEACH_CONFIG if style == "teach" else CHART_CONFIG
    if on_select is None:
        st.plotly_chart(drawn, config=config, width="stretch", key=key, theme=None)
    else:
        event = st.plotly_chart(drawn, config=config, width="stretch", key=key, theme=None, on_select="rerun", selection_mode="points")
        points = event.selection.points if event and event.selection else []
        if points:
            on_select(points)
    # on a projector the chart speaks for itself: only the one-sentence summary stays
    short = summary or derived(figure, "summary", lambda: describe(figure))  # a shared figure is described once
    st.caption(f"In short: {short}" if style == "teach" else f"{caption} In short: {short}")
    if style == "teach":
        return
    if data is not None:
        # the grid is drawn only once the reader opens it: a closed expander costs the browser nothing to draw
        numbers = st.expander("Show data", key=f"show_data_{key or zlib.crc32(caption.encode())}", on_change="rerun")
        with numbers:
            if numbers.open:
                st.dataframe(data, hide_index=True, width="stretch")
    if key is not None:
        st.button("Present this chart", icon=":material/co_present:", key=f"present_{key}", on_click=_present, args=(key,), type="tertiary")


def _present(key: str) -> None:
    st.query_params["present"] = "1"
    st.query_params[CHART_PARAM] = key
