"""The one way charts reach the page: offline map assets, PNG export, caption and a data view for every chart."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

# Served by Streamlit's static file serving (server.enableStaticServing) so plotly never fetches base maps from a CDN.
TOPOJSON_URL = "/app/static/topojson/"

CHART_CONFIG = {
    "topojsonURL": TOPOJSON_URL,
    "displaylogo": False,
    "displayModeBar": True,
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2, "filename": "peace-enforcement-atlas"},
}


def show(
    figure: go.Figure,
    *,
    caption: str,
    data: pd.DataFrame | None = None,
    key: str | None = None,
    on_select: Callable[[list[dict]], None] | None = None,
) -> None:
    """Place a chart with the project's config, a caption saying what it shows and its source, and its numbers.
    With `on_select`, clicking a point calls it with the selected points."""
    if on_select is None:
        st.plotly_chart(figure, config=CHART_CONFIG, width="stretch", key=key, theme="streamlit")
    else:
        event = st.plotly_chart(
            figure, config=CHART_CONFIG, width="stretch", key=key, theme="streamlit", on_select="rerun", selection_mode="points"
        )
        points = event.selection.points if event and event.selection else []
        if points:
            on_select(points)
    st.caption(caption)
    if data is not None:
        with st.expander("Show data"):
            st.dataframe(data, hide_index=True, width="stretch")
