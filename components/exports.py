"""The brief download buttons a page shows: PDF and Word, made only when clicked (Streamlit calls the maker then),
so a page pays nothing for them on an ordinary rerun."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from urllib.parse import urlencode

import streamlit as st

from components import brief as briefs
from components.data import dataset_version
from components.filters import year_span
from components.state import View


def link() -> str:
    """The address that reopens the current view: this page with every parameter now in its link."""
    base = str(st.context.url or "").split("?")[0].split("#")[0]
    params = [(key, value) for key in st.query_params for value in st.query_params.get_all(key)]
    return f"{base}?{urlencode(params)}" if params else base


def context(view: View) -> dict:
    """What every brief states about where it came from: the filters, the link that reopens the view, the dataset
    version and the date it was made."""
    version, released = dataset_version()
    return {
        "filters": view.filters.describe(year_span(view.atlas.interventions)),
        "link": link(),
        "dataset": f"{version} ({released})",
        "made": date.today(),
    }


def brief_buttons(make: Callable[..., briefs.Brief], view: View, *, key: str, what: str) -> None:
    """Two download buttons, 'Brief (PDF)' and 'Brief (Word)', for the brief `make(**context(view))` builds."""
    made = {}
    stated = context(view)  # read now: the download runs outside this script run, without its link or filters

    def build() -> briefs.Brief:
        if "brief" not in made:
            made["brief"] = make(**stated)
        return made["brief"]

    stem = f"peace-enforcement-atlas-brief-{key}-{date.today().isoformat()}"
    left, right, _ = st.columns([1, 1, 3])
    left.download_button(
        "Brief (PDF)",
        lambda: briefs.to_pdf(build()),
        file_name=f"{stem}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        key=f"brief_pdf_{key}",
        on_click="ignore",
        help=f"A one- or two-page brief of {what}: key facts, charts and numbered references.",
    )
    right.download_button(
        "Brief (Word)",
        lambda: briefs.to_docx(build()),
        file_name=f"{stem}.docx",
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        icon=":material/description:",
        key=f"brief_docx_{key}",
        on_click="ignore",
        help=f"The same brief of {what} as a Word document, to paste into a briefing.",
    )
