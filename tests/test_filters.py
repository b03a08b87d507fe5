"""The filter model: applying it, its URL form, and what it does with junk links."""

from __future__ import annotations

import pytest

from components.filters import Filters, shown, year_span

SPAN = (1950, 2026)


def test_default_filter_keeps_everything(atlas):
    assert len(Filters().apply(atlas.interventions)) == len(atlas.interventions)


def test_organization_and_chapter_vii(atlas):
    df = Filters(organizations=("NATO",), chapter_vii="no").apply(atlas.interventions)
    assert set(df["id"]) >= {"allied-force"}
    assert set(df["organization"]) == {"NATO"}
    assert (df["chapter_vii"] == "no").all()


def test_period_keeps_interventions_active_in_it(atlas):
    df = Filters(years=(1993, 1993)).apply(atlas.interventions)
    ids = set(df["id"])
    assert {"unitaf", "unosom-ii", "unprofor"} <= ids
    assert "kfor" not in ids and "korea-unc" not in ids


def test_filters_combine(atlas):
    df = Filters(regions=("Africa",), mandate_types=("peace_enforcement",)).apply(atlas.interventions)
    assert not df.empty
    assert (df["region"] == "Africa").all() and (df["mandate_type"] == "peace_enforcement").all()


def test_filter_matching_nothing_is_empty(atlas):
    assert Filters(organizations=("OAS",), years=(1950, 1951)).apply(atlas.interventions).empty


def test_year_span_covers_data(atlas):
    first, last = year_span(atlas.interventions)
    assert first == 1948 and last == 2026  # UNTSO (1948) to the ongoing operations


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(organizations=("UN", "AU"), outcomes=("not_achieved",)),
        Filters(mandate_types=("peace_enforcement",), regions=("Europe",), years=(1990, 1999), chapter_vii="yes"),
        Filters(years=(1950, 1960), chapter_vii="explicit_or_implicit"),
    ],
)
def test_url_round_trip(filters):
    params = filters.to_query_params(SPAN)
    again, notices = Filters.from_query_params(params, SPAN)
    assert again == filters and notices == []


def test_defaults_leave_the_url_clean():
    assert Filters().to_query_params(SPAN) == {}
    assert Filters(years=SPAN).to_query_params(SPAN) == {}


def test_url_form_is_readable():
    params = Filters(organizations=("UN",), years=(1990, 2000), chapter_vii="no").to_query_params(SPAN)
    assert params == {"org": ["UN"], "from": ["1990"], "to": ["2000"], "ch7": ["no"]}


@pytest.mark.parametrize(
    ("params", "expected", "fragment"),
    [
        ({"org": ["UN", "WTO"]}, Filters(organizations=("UN",)), "organization `WTO`"),
        ({"mandate": ["<script>alert(1)</script>"]}, Filters(), "mandate type `<script>alert(1)</script>`"),
        ({"org": ["[see](http://evil.example)"]}, Filters(), "organization `[see](http://evil.example)`"),
        ({"from": ["abc"]}, Filters(), "year `abc`"),
        ({"from": ["1800"], "to": ["1999"]}, Filters(years=(1950, 1999)), "year `1800`"),
        ({"from": ["2000"], "to": ["1990"]}, Filters(), "ends before it starts"),
        ({"ch7": ["maybe"]}, Filters(), "Chapter VII choice `maybe`"),
        ({"outcome": ["ongoing", "ongoing"]}, Filters(outcomes=("ongoing",)), None),
    ],
)
def test_junk_url_values_are_ignored_with_a_notice(params, expected, fragment):
    filters, notices = Filters.from_query_params(params, SPAN)
    assert filters == expected
    if fragment is None:
        assert notices == []
    else:
        assert len(notices) == 1 and fragment in notices[0]


def test_shown_values_are_short_and_inert():
    assert shown("x" * 200).endswith("…`") and len(shown("x" * 200)) == 62
    assert shown("a`b") == "`a'b`"


def test_handover_filters_select_by_the_other_sides_organization(atlas):
    from components.filters import Filters

    after_au = Filters(took_over_from=("AU",)).apply(atlas.interventions)
    assert {"unamid", "minusca", "atmis"} <= set(after_au["id"]) and "minusma" not in set(after_au["id"])  # AFISMA: ECOWAS-led
    assert "minusma" in set(Filters(took_over_from=("ECOWAS",)).apply(atlas.interventions)["id"])
    assert (after_au["predecessor"].map(len) > 0).all()
    au_to_un = Filters(organizations=("AU",), handed_over_to=("UN",)).apply(atlas.interventions)
    assert {"amis", "misca"} <= set(au_to_un["id"]) and "atmis" not in set(au_to_un["id"])


def test_handover_filters_round_trip_through_the_url(atlas):
    from components.filters import Filters, year_span

    span = year_span(atlas.interventions)
    chosen = Filters(took_over_from=("AU", "ECOWAS"), handed_over_to=("UN",))
    params = chosen.to_query_params(span)
    assert params == {"after": ["AU", "ECOWAS"], "before": ["UN"]}
    again, notices = Filters.from_query_params({**params, "after": ["AU", "ECOWAS", "<x>"]}, span)
    assert again == chosen and len(notices) == 1


def test_years_in_other_scripts_or_too_long_are_ignored_with_a_notice(atlas):
    from components.filters import Filters, year_span

    span = year_span(atlas.interventions)
    for raw in ("²", "①", "⁹⁹", "١٩٩٠", "１９９０", "9" * 5000, " 1990x"):
        filters, notices = Filters.from_query_params({"from": [raw]}, span)
        assert filters.years is None and len(notices) == 1, raw


def test_a_notice_can_carry_no_link_or_line_break():
    from components.filters import shown

    text = shown("x\r\r[cr](https://evil.example)\n\tend")
    assert "\r" not in text and "\n" not in text and text.startswith("`") and text.endswith("`") and text.count("`") == 2


def test_downloads_cannot_run_as_spreadsheet_formulas():
    import pandas as pd

    from components.downloads import neutralize, safe_csv, safe_csv_file

    assert neutralize('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert neutralize("+1+1") == "'+1+1" and neutralize("@SUM(A1)") == "'@SUM(A1)"
    assert neutralize("-12.5") == "-12.5" and neutralize(-3) == -3 and neutralize("UNOSOM II") == "UNOSOM II"
    assert b"'=1+1" in safe_csv(pd.DataFrame({"a": ["=1+1"]}), index=False)
    assert safe_csv_file(b"id,lon\nx,-12.5\ny,=cmd\n") == b"id,lon\nx,-12.5\ny,'=cmd\n"
