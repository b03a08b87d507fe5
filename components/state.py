"""Streamlit glue for the filter model: the shared sidebar, URL mirroring and what pages receive."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components import vocab
from components.charts import FILTERS_TEXT_KEY
from components.data import Atlas, run_atlas
from components.filters import CHAPTER_VII_CHOICES, FILTER_PARAMS, Filters, shown, year_span
from components.memo import memo
from components.search import search_labels

KEYS = {
    "organizations": "filter_organizations",
    "mandate_types": "filter_mandate_types",
    "outcomes": "filter_outcomes",
    "regions": "filter_regions",
    "years": "filter_years",
    "chapter_vii": "filter_chapter_vii",
    "took_over_from": "filter_took_over_from",
    "handed_over_to": "filter_handed_over_to",
}
FILTERS_KEY = "atlas_filters"
# label, filter attribute, column, vocabulary, placeholder, help: one multiselect each in the sidebar
MULTISELECTS = (
    (
        "Organization",
        "organizations",
        "organization",
        vocab.ORGANIZATIONS,
        "All organizations",
        "The organization that led the operation. Partners are listed in each profile.",
    ),
    ("Mandate type", "mandate_types", "mandate_type", vocab.MANDATE_TYPES, "All mandate types", None),
    ("Outcome", "outcomes", "outcome", vocab.OUTCOMES, "All outcomes", "Coded by the criteria in the Codebook (its own page)."),
    ("Region", "regions", "region", vocab.REGIONS, "All regions", None),
)
NOTICES_KEY = "atlas_url_notices"
INITIALIZED_KEY = "atlas_filters_from_url"


@dataclass(frozen=True)
class View:
    """What a page works with: all tables, the current filter, and the interventions it selects."""

    atlas: Atlas
    filters: Filters
    interventions: pd.DataFrame


def _set_widgets(filters: Filters, span: tuple[int, int]) -> None:
    st.session_state[KEYS["organizations"]] = list(filters.organizations)
    st.session_state[KEYS["mandate_types"]] = list(filters.mandate_types)
    st.session_state[KEYS["outcomes"]] = list(filters.outcomes)
    st.session_state[KEYS["regions"]] = list(filters.regions)
    st.session_state[KEYS["years"]] = tuple(filters.years or span)
    st.session_state[KEYS["chapter_vii"]] = filters.chapter_vii
    st.session_state[KEYS["took_over_from"]] = list(filters.took_over_from)
    st.session_state[KEYS["handed_over_to"]] = list(filters.handed_over_to)


def _widgets_intact() -> bool:
    state = st.session_state
    lists = all(
        isinstance(state.get(KEYS[name]), list)
        for name in ("organizations", "mandate_types", "outcomes", "regions", "took_over_from", "handed_over_to")
    )
    years = state.get(KEYS["years"])
    return lists and isinstance(years, (tuple, list)) and len(years) == 2 and state.get(KEYS["chapter_vii"]) in CHAPTER_VII_CHOICES


def _reset() -> None:
    st.session_state[NOTICES_KEY] = []
    _set_widgets(Filters(), st.session_state["atlas_year_span"])


def _clear_notices() -> None:
    st.session_state[NOTICES_KEY] = []


def _with_counts(counts: pd.Series, terms: dict):
    return lambda code: f"{vocab.label(terms, code)} ({int(counts.get(code, 0))})"


def filter_sidebar(data: Atlas) -> Filters:
    """Draw the shared filters in the sidebar and mirror them in the URL; return the current filter."""
    interventions = data.interventions
    span = memo("year_span", None, lambda: year_span(interventions))
    counts = memo("filter_counts", None, lambda: {column: interventions[column].value_counts() for _, _, column, *_ in MULTISELECTS})
    st.session_state["atlas_year_span"] = span
    if not st.session_state.get(INITIALIZED_KEY):
        params = {name: st.query_params.get_all(name) for name in FILTER_PARAMS}
        filters, notices = Filters.from_query_params(params, span)
        _set_widgets(filters, span)
        st.session_state[NOTICES_KEY] = notices
        st.session_state[INITIALIZED_KEY] = True
    elif not _widgets_intact():
        # st.switch_page can hand the next run widget values reset to their defaults (a bare year instead of a
        # period); restore them from the last filter this session applied.
        _set_widgets(st.session_state.get(FILTERS_KEY, Filters()), span)

    with st.sidebar:
        intervention_search(data, key="sidebar_search")
        st.header("Filters")
        for label, attr, column, terms, placeholder, help_text in MULTISELECTS:
            st.multiselect(
                label,
                list(terms),
                key=KEYS[attr],
                format_func=_with_counts(counts[column], terms),
                placeholder=placeholder,
                help=help_text,
                on_change=_clear_notices,
            )
        st.slider(
            "Active during",
            min_value=span[0],
            max_value=span[1],
            key=KEYS["years"],
            help="Keeps interventions that were deployed at any time in these years.",
            on_change=_clear_notices,
        )
        st.radio(
            "Chapter VII",
            list(CHAPTER_VII_CHOICES),
            key=KEYS["chapter_vii"],
            format_func=CHAPTER_VII_CHOICES.get,
            help="Whether the Security Council acted under Chapter VII of the UN Charter when authorizing the operation.",
            on_change=_clear_notices,
        )
        with st.expander("Handovers", icon=":material/swap_horiz:"):
            for label, attr in (
                ("Took over from an operation led by", "took_over_from"),
                ("Handed over to an operation led by", "handed_over_to"),
            ):
                st.multiselect(
                    label,
                    list(vocab.ORGANIZATIONS),
                    key=KEYS[attr],
                    format_func=lambda code: vocab.label(vocab.ORGANIZATIONS, code),
                    placeholder="Any, or none",
                    on_change=_clear_notices,
                )
        st.button("Reset filters", on_click=_reset, width="stretch")

    years = tuple(st.session_state[KEYS["years"]])
    filters = Filters(
        organizations=tuple(st.session_state[KEYS["organizations"]]),
        mandate_types=tuple(st.session_state[KEYS["mandate_types"]]),
        outcomes=tuple(st.session_state[KEYS["outcomes"]]),
        regions=tuple(st.session_state[KEYS["regions"]]),
        years=(int(years[0]), int(years[1])),
        chapter_vii=st.session_state[KEYS["chapter_vii"]],
        took_over_from=tuple(st.session_state[KEYS["took_over_from"]]),
        handed_over_to=tuple(st.session_state[KEYS["handed_over_to"]]),
    ).normalized(span)
    st.session_state[FILTERS_KEY] = filters
    _mirror_in_url(filters, span)
    return filters


def _mirror_in_url(filters: Filters, span: tuple[int, int]) -> None:
    wanted = filters.to_query_params(span)
    for name in FILTER_PARAMS:
        current = st.query_params.get_all(name)
        if name not in wanted and current:
            del st.query_params[name]
        elif name in wanted and current != wanted[name]:
            st.query_params[name] = wanted[name]


def url_notices() -> None:
    """Tell the user which parts of the link they followed were ignored."""
    for notice in st.session_state.get(NOTICES_KEY, []):
        st.warning(notice, icon="⚠️")


def current_view() -> View:
    """The data and the filtered interventions for the page being drawn."""
    _, data = run_atlas()
    filters = st.session_state.get(FILTERS_KEY, Filters())
    # the selection and its description are the same for everyone with these filters: made once, shared, not changed
    text, selected = memo("view", filters, lambda: (filters.describe(year_span(data.interventions)), filters.apply(data.interventions)))
    st.session_state[FILTERS_TEXT_KEY] = text
    return View(atlas=data, filters=filters, interventions=selected)


def empty_state() -> None:
    """The friendly answer when the filters match nothing."""
    st.info(
        "No intervention matches these filters. Widen the period, remove a filter, or reset them all.",
        icon="🔎",
    )
    st.button("Reset filters", on_click=_reset, key="empty_state_reset")


PROFILE_PAGE = "pages/profile_page.py"


def open_profile(points: list[dict], known_ids) -> None:
    """Open the profile of the intervention behind the first clicked point that carries an intervention id."""
    known = set(known_ids)
    for point in points:
        customdata = point.get("customdata") or []
        if customdata and customdata[0] in known:
            st.switch_page(PROFILE_PAGE, query_params={"id": customdata[0]})


GOTO_KEY = "atlas_goto_profile"


def _remember_choice(key: str) -> None:
    st.session_state[GOTO_KEY] = st.session_state.get(key)
    st.session_state[key] = None


def intervention_search(data: Atlas, *, key: str) -> None:
    """A type-ahead box that finds an intervention by acronym, name, alias or host country and opens its profile."""
    labels = memo("search_labels", None, lambda: search_labels(data.interventions))
    st.selectbox(
        "Find an intervention",
        list(labels),
        index=None,
        format_func=labels.get,
        placeholder="Acronym, name or country: UNAMID, Darfur…",
        key=key,
        on_change=_remember_choice,
        args=(key,),
    )
    target = st.session_state.pop(GOTO_KEY, None)
    if target:
        st.switch_page(PROFILE_PAGE, query_params={"id": target})


PRIMED_KEY = "atlas_primed_controls"


def page_control(param: str, key: str, allowed, default) -> None:
    """Keep a page's control in the link: on the first run of a session, set the widget `key` from URL parameter
    `param` (ignoring, with a visible notice, any value not in `allowed`); on every run, write the widget's value
    back to the URL, leaving the default out so that links stay short. Call before the widget is drawn."""
    primed = st.session_state.setdefault(PRIMED_KEY, set())
    if key not in primed:
        primed.add(key)
        raw = st.query_params.get(param)
        if raw is not None:
            if raw in allowed:
                st.session_state[key] = raw
            else:
                st.warning(f"Ignored {param} {shown(raw)} from the link: use one of {', '.join(map(str, allowed))}.", icon="⚠️")
    value = st.session_state.get(key, default)
    if value in (None, default):
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != value:
        st.query_params[param] = value


def page_text(param: str, key: str, limit: int = 80) -> None:
    """The same for a free-text control (a search box): any text up to `limit` characters, control characters removed."""
    primed = st.session_state.setdefault(PRIMED_KEY, set())
    if key not in primed:
        primed.add(key)
        raw = st.query_params.get(param)
        if raw is not None:
            clean = "".join(ch for ch in raw if ch.isprintable())[:limit]
            if clean != raw:
                st.warning(f"Shortened or cleaned the search {shown(raw)} from the link.", icon="⚠️")
            st.session_state[key] = clean
    value = st.session_state.get(key, "")
    if not value:
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != value:
        st.query_params[param] = value
