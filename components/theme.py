"""The look of every chart, in three styles: on screen, in teach mode (a projector) and in print.

Figure builders set data and structure only; fonts, sizes, margins and colours of text come from these templates,
so that a new display style is one more template here, not a pass over every builder.
"""

from __future__ import annotations

import copy

import plotly.graph_objects as go
import plotly.io as pio

STYLES = ("screen", "teach", "print")
TEXT = "#1f2328"  # body text: 15:1 on white
MUTED = "#4a4f57"  # axis and legend text: 8:1 on white
GRID = "#e3e5e8"
FONT_FAMILY = '"Source Sans", "Source Sans Pro", "Source Sans 3", sans-serif'  # shipped with the app's frontend, never fetched

_SIZES = {
    # body, axis ticks, title, margin
    "screen": (14, 13, 16, {"l": 10, "r": 10, "t": 40, "b": 40}),
    "teach": (22, 20, 28, {"l": 20, "r": 20, "t": 70, "b": 60}),
    "print": (11, 10, 13, {"l": 10, "r": 10, "t": 50, "b": 60}),
}


def _template(style: str) -> go.layout.Template:
    body, ticks, title, margin = _SIZES[style]
    axis = {
        "gridcolor": GRID,
        "linecolor": MUTED,
        "tickfont": {"size": ticks, "color": MUTED},
        "title": {"font": {"size": body, "color": TEXT}},
        "zerolinecolor": GRID,
        "automargin": True,
    }
    return go.layout.Template(
        layout={
            "font": {"family": FONT_FAMILY, "size": body, "color": TEXT},
            "title": {"font": {"size": title, "color": TEXT}, "x": 0.01, "xanchor": "left"},
            "margin": margin,
            "paper_bgcolor": "white",
            "plot_bgcolor": "white",
            "xaxis": axis,
            "yaxis": axis,
            "legend": {"font": {"size": ticks, "color": TEXT}, "title": {"font": {"size": ticks}}},
            "hoverlabel": {"font": {"size": max(ticks, 13), "family": FONT_FAMILY}},
            "coloraxis": {"colorbar": {"tickfont": {"size": ticks, "color": MUTED}}},
            "annotationdefaults": {"font": {"size": ticks, "color": MUTED}},
            "geo": {"bgcolor": "white"},
        }
    )


for _style in STYLES:
    pio.templates[f"atlas_{_style}"] = _template(_style)


def styled(figure: go.Figure, style: str = "screen") -> go.Figure:
    """A copy of `figure` drawn in the given style; in teach mode taller rows and markers, for the back of a room."""
    if style not in STYLES:
        raise ValueError(f"unknown chart style {style!r}")
    result = copy.deepcopy(figure)
    result.update_layout(template=f"atlas_{style}")
    if style == "teach":
        for trace in result.data:
            if trace.type == "heatmap":
                trace.textfont = {"size": 20}
            if getattr(trace, "marker", None) is not None and getattr(trace.marker, "size", None):
                trace.marker.size = max(trace.marker.size * 1.6, 12) if isinstance(trace.marker.size, (int, float)) else trace.marker.size
        height = result.layout.height or 420
        result.update_layout(height=int(height * 1.15))
    return result
