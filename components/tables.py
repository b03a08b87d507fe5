"""Tables that print: the interactive grid on screen and, for paper, the same rows as a plain table that wraps.

Streamlit draws `st.dataframe` on a canvas, which a printer cuts at the cell's edge; the copy below is hidden on
screen and shown only in print (see the print stylesheet in app.py). `st.table` reads Markdown, so every cell of the
copy is escaped: a value from the data is printed as it is written, never as a link or formatting.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.sources import plain


def printable(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with every cell and header as escaped text (missing values as empty)."""
    text = frame.astype(object).where(frame.notna(), "").map(lambda v: plain(str(v)))
    text.columns = [plain(str(c)) for c in text.columns]
    return text


def table(frame: pd.DataFrame, *, key: str, hide_index: bool = True, printed: pd.DataFrame | None = None, **kwargs) -> None:
    """An interactive table on screen and a wrapping, escaped copy in print (`printed`, when the caller already
    made `printable(frame)`, e.g. once for every session)."""
    st.dataframe(frame, hide_index=hide_index, **kwargs)
    with st.container(key=f"print-only-{key}"):
        st.table(printable(frame) if printed is None else printed, hide_index=hide_index)
