"""Reading tables (components/tables.py): escaped text, links only to web addresses, unknowns left empty."""

from __future__ import annotations

import pandas as pd

from components.data import DEFAULT_DATA_DIR, load_atlas
from components.profile import resolutions_of
from components.tables import html_table
from tests.test_app import assert_only_table_markup


def test_cells_and_headers_are_escaped_text():
    frame = pd.DataFrame({"<b>Col</b>": ['<img src=x onerror="x()">', "a & b", "[link](https://evil.example)"]})
    markup = html_table(frame)
    assert "<img" not in markup and "&lt;img src=x onerror=&quot;x()&quot;&gt;" in markup
    assert "&lt;b&gt;Col&lt;/b&gt;" in markup and "a &amp; b" in markup
    assert "[link](https://evil.example)" in markup  # Markdown is not read in HTML: shown as typed
    assert_only_table_markup(markup)


def test_only_web_addresses_in_link_columns_become_links():
    frame = pd.DataFrame(
        {"Text": ["https://undocs.org/S/RES/678(1990)", "javascript:alert(1)", "see https://x.org"], "Other": ["https://a.org"] * 3}
    )
    markup = html_table(frame, links={"Text": "full text"})
    assert markup.count("<a ") == 1
    assert '<a href="https://undocs.org/S/RES/678(1990)" target="_blank" rel="noopener noreferrer">full text</a>' in markup
    assert "javascript:alert(1)" in markup and 'href="javascript' not in markup
    assert_only_table_markup(markup)


def test_missing_values_are_empty_lists_are_joined_and_numbers_align_right():
    frame = pd.DataFrame({"Name": ["A", None], "Sources": [["s-1", "s-2"], []], "Count": pd.array([3, None], dtype="Int64")})
    markup = html_table(frame)
    assert "<td>s-1; s-2</td>" in markup and "<td></td>" in markup
    assert '<td class="num short">3</td>' in markup and '<td class="num short"></td>' in markup
    assert "nan" not in markup.lower() and "<na>" not in markup.lower()


def test_index_is_a_row_header_when_shown():
    frame = pd.DataFrame({"UNAMID": ["2007"], "AMISOM": ["2007"]}, index=["Started"])
    markup = html_table(frame, hide_index=False)
    assert '<th scope="row">Started</th>' in markup and markup.count('<th scope="col">') == 3


def test_every_profile_resolution_table_links_each_text_once():
    atlas = load_atlas(DEFAULT_DATA_DIR)
    for intervention_id in atlas.interventions["id"]:
        frame = resolutions_of(intervention_id, atlas.resolutions)
        markup = html_table(frame, links={"Text": "full text"})
        assert markup.count(">full text</a>") == len(frame), intervention_id
        assert markup.count("<tr>") == len(frame) + 1
        assert_only_table_markup(markup)
