"""Reading tables: small tables of cited facts drawn as static HTML that wraps on screen and prints whole.

`st.dataframe` draws on a canvas: long text is cut at the cell's edge (on screen and on paper) and the grid's code
is a large download for a browser opening the page. A profile's facts, resolutions, strengths and challenges, a
case's resolutions or a comparison are a few dozen rows at most, read rather than sorted: they are drawn here as
one block of static HTML, made once per table. Every header and cell is escaped, so a value from the data is shown
as it is written, never as markup or formatting; the only links are the columns named in `links`, and only to an
http(s) address.
"""

from __future__ import annotations

import html
import re

import pandas as pd
import streamlit as st

WEB_ADDRESS = re.compile(r"https?://[^\s\"'<>]+")
SHORT = 12  # characters: a column whose values are all this short stays on one line


def _cell(value, link_text: str | None) -> str:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    text = "; ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
    if link_text is not None and WEB_ADDRESS.fullmatch(text):
        return f'<a href="{html.escape(text, quote=True)}" target="_blank" rel="noopener noreferrer">{html.escape(link_text)}</a>'
    return html.escape(text)


def html_table(frame: pd.DataFrame, *, hide_index: bool = True, links: dict[str, str] | None = None) -> str:
    """`frame` as a static HTML table: headers and cells escaped, missing values empty, numbers aligned right, and
    the address in each column of `links` shown as a link with that column's text."""
    links = links or {}
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c]) for c in frame.columns]
    # a column of short values (dates, codes, yes/no, a link's text) is not broken over two lines
    short = [c in links or frame[c].astype(str).str.len().max() <= SHORT for c in frame.columns] if len(frame) else [False] * frame.shape[1]
    head = ([] if hide_index else ['<th scope="col"></th>']) + [f'<th scope="col">{html.escape(str(c))}</th>' for c in frame.columns]
    rows = []
    for index, values in zip(frame.index, frame.itertuples(index=False, name=None), strict=True):
        cells = [] if hide_index else [f'<th scope="row">{html.escape(str(index))}</th>']
        for column, value, number, brief in zip(frame.columns, values, numeric, short, strict=True):
            kind = " ".join(name for name, on in (("num", number), ("short", brief)) if on)
            shown = _cell(value, links.get(column))
            cells.append(f'<td class="{kind}">{shown}</td>' if kind else f"<td>{shown}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f'<div class="atlas-table"><table><thead><tr>{"".join(head)}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'


def table(frame: pd.DataFrame | str, *, key: str, hide_index: bool = True, links: dict[str, str] | None = None) -> None:
    """Draw `frame` as a reading table, or the markup `html_table` already made of it (e.g. once for every session).
    The block carries the CSS class st-key-table-<key>."""
    markup = frame if isinstance(frame, str) else html_table(frame, hide_index=hide_index, links=links)
    with st.container(key=f"table-{key}"):
        st.html(markup)
