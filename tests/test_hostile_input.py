"""Property tests: whatever a link or a file carries, the parsers answer with a clean value and, at most, a notice
shown as text — never an exception, a live link or markup."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from components import content, teach
from components.filters import FILTER_PARAMS, Filters, shown, year_span
from components.sources import plain

# Text a hostile link can carry: any character, with the dangerous ones made likely.
_PIECES = st.one_of(
    st.characters(),
    st.sampled_from(list("`[]()<>!*_\r\n\t\x00²①١９")),
    st.just("[x](https://evil.example)"),
    st.just("https://evil.example"),
)
HOSTILE = st.lists(_PIECES, max_size=20).map("".join)
LINK = re.compile(r"\]\(\s*https?:", re.IGNORECASE)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(FILTER_PARAMS + ("junk",)), st.lists(HOSTILE, max_size=3), max_size=6))
def test_any_link_gives_valid_filters_and_text_notices(atlas, params):
    span = year_span(atlas.interventions)
    filters, notices = Filters.from_query_params(params, span)
    if filters.years is not None:
        assert span[0] <= filters.years[0] <= filters.years[1] <= span[1]
    for notice in notices:
        assert "\r" not in notice and "\n" not in notice and "\x00" not in notice
        assert not LINK.search(notice.replace("`", "")) or notice.count("`") == 2  # a URL only ever inside one code span


@settings(max_examples=500)
@given(raw=HOSTILE)
def test_a_shown_value_is_one_code_span_without_control_characters(raw):
    text = shown(raw)
    assert text.startswith("`") and text.endswith("`") and text.count("`") == 2
    assert all(ch.isprintable() for ch in text)
    assert len(text) <= 62


@settings(max_examples=500)
@given(raw=st.one_of(st.none(), HOSTILE, st.text(alphabet="0123456789", max_size=6000)), count=st.integers(min_value=1, max_value=30))
def test_any_step_in_a_link_is_a_step_of_the_case(raw, count):
    step, notice = teach.parse_step(raw, count)
    assert 1 <= step <= count
    assert (notice is None) == (raw in (None, "") or (raw.isascii() and raw.isdigit() and len(raw) <= 3 and 1 <= int(raw) <= count))


@settings(max_examples=300)
@given(raw=HOSTILE)
def test_text_from_a_file_never_becomes_a_link_or_markup(raw):
    rendered = content.render_text(raw, {})
    assert not LINK.search(rendered)
    assert "<" not in rendered.replace("\\<", "")
    assert plain(raw).count("\n") == 0


@settings(max_examples=200)
@given(text=st.text(max_size=400))
def test_any_case_file_is_parsed_or_refused_with_located_problems(text):
    case, problems = content.parse_case(text, "upload.toml")
    assert (case is None) == bool(problems)
    for problem in problems:
        assert problem.file == "upload.toml" and (problem.row is None or problem.row >= 1)
