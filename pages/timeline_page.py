"""Timeline: every selected intervention from start to end, handovers, authorizing resolutions, legal milestones,
and deployed personnel over time."""

import pandas as pd
import streamlit as st

from components import teach
from components.charts import show
from components.memo import memo
from components.state import current_view, empty_state, open_profile, page_control
from components.timeline import personnel_figure, personnel_series, timeline_figure, timeline_rows

view = current_view()
presenting = teach.presenting()
teach.chart_page(presenting)
st.title("Timeline")
st.markdown(
    "Each bar runs from an intervention's start to its end; hatched bars are still deployed and run to today. "
    "Dotted arrows show handovers from one operation to its successor (in grey, with its name, when the other "
    "operation is outside the filters), diamonds the resolutions that authorized "
    "an operation, dashed lines milestones in the law of peace operations."
)
if view.interventions.empty:
    empty_state()
    st.stop()

page_control("colour", "timeline_colour_by", ("organization", "mandate_type", "outcome"), "organization")
colour_by = (
    st.segmented_control(
        "Colour and group by",
        ["organization", "mandate_type", "outcome"],
        format_func={"organization": "Organization", "mandate_type": "Mandate type", "outcome": "Outcome"}.get,
        default="organization",
        key="timeline_colour_by",
    )
    or "organization"
)
today = pd.Timestamp.today().normalize()
figure = memo(
    "timeline",
    (view.filters, colour_by, today),
    lambda: timeline_figure(
        view.interventions,
        colour_by=colour_by,
        resolutions=view.atlas.resolutions,
        milestones=view.atlas.milestones,
        today=today,
        context=view.atlas.interventions,
    ),
)
rows = memo("timeline_rows", (view.filters, colour_by), lambda: timeline_rows(view.interventions, colour_by))
show(
    figure,
    title="Interventions over time",
    caption="Intervention periods as coded in data/interventions.csv (dates as precise as the sources give them); "
    "resolutions from data/resolutions.csv; milestones from data/milestones.csv. Click a bar to open its profile.",
    data=rows[["acronym", "name", "organization", "start_date", "end_date", "mandate_type", "outcome"]].rename(columns=str.capitalize),
    key="timeline_chart",
    on_select=lambda points: open_profile(points, rows["id"]),
)

st.header("Deployed personnel")
page_control("stack", "timeline_personnel_by", ("organization", "intervention"), "organization")
by = (
    st.segmented_control(
        "Stack by", ["organization", "intervention"], format_func=str.capitalize, default="organization", key="timeline_personnel_by"
    )
    or "organization"
)
series = memo("personnel_series", (view.filters, by), lambda: personnel_series(view.atlas.personnel, view.interventions, by=by))
if series.empty:
    st.info(
        "No monthly personnel series covers the selected interventions. Monthly figures exist for UN operations from November 1990 to March 2017."
    )
else:
    show(
        memo("personnel_figure", (view.filters, by), lambda: personnel_figure(series, by=by)),
        title="Uniformed personnel deployed at each month's end",
        caption="Uniformed personnel (troops, police and military observers) deployed at each month's end. Source: "
        "IPI Peacekeeping Database, from UN monthly contribution reports; UN operations from November 1990 to March 2017 only. "
        "Months without a record are left as gaps.",
        data=series.rename(columns={"date": "Month", "group": "Group", "total": "Personnel"}),
        key="timeline_personnel",
    )
