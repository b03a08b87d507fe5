"""Briefing tools: the Security Council view and side-by-side comparison, on the shipped data."""

from __future__ import annotations

import pandas as pd

from components import council
from components.compare import aligned_personnel, comparison
from components.sources import References


def test_council_counts_decisions_and_names_who_divided(atlas):
    resolutions = council.concerning(atlas.resolutions, atlas.interventions)
    by_year = council.actions_by_year(resolutions)
    assert by_year.to_numpy().sum() == len(resolutions)
    divided = council.divided_votes(resolutions, atlas.interventions).set_index("Resolution")
    assert divided.loc[678, "Vote"] == "12-2-1 (against: Cuba, Yemen; abstaining: China)"
    assert divided.loc[1973, "Vote"].startswith("10-0-5 (abstaining: Brazil, China, Germany, India, Russian Federation)")
    assert 794 not in divided.index  # unanimous


def test_member_pattern_counts_the_ussr_for_the_russian_seat(atlas):
    resolutions = council.concerning(atlas.resolutions, atlas.interventions)
    table = council.member_pattern(resolutions, atlas.vetoes).set_index(["Member", "What"])
    assert set(table.index.get_level_values("Member")) <= set(council.PERMANENT)
    assert table.loc[("China", "Abstained")].sum() >= 10
    assert table.loc[("Russian Federation", "Vetoed"), "1950s"] >= 3  # Korean War drafts, cast by the USSR
    assert council.seat("USSR") == council.seat("Russia") == "Russian Federation"


def test_vetoes_on_operations_are_those_cast_while_they_were_deployed(atlas):
    korea = atlas.interventions[atlas.interventions["id"] == "korea-unc"]
    vetoed = council.vetoes_on_operations(atlas.vetoes, korea)
    assert len(vetoed) >= 3 and (vetoed["Operations deployed"] == "UNC").all()
    assert pd.to_datetime(vetoed["Date"]).min() >= korea["start"].iloc[0]


def test_comparison_puts_the_same_facts_in_the_same_rows_and_shows_gaps(atlas):
    refs = References(atlas.sources)
    table = comparison(["amisom", "minusma"], atlas, refs)
    assert list(table.columns) == ["AMISOM", "MINUSMA"]
    assert table.loc["Led by", "AMISOM"] == "African Union" and table.loc["Led by", "MINUSMA"] == "United Nations"
    assert table.loc["Peacekeeper fatalities", "AMISOM"].startswith("unknown")
    assert table.loc["Peacekeeper fatalities", "MINUSMA"][0].isdigit()
    assert "2100 (2013), 15-0-0" in table.loc["Authorizing resolutions", "MINUSMA"]
    assert refs.order  # every cited value numbered its source


def test_personnel_is_aligned_from_each_start(atlas):
    series = aligned_personnel(["unamid", "minusma", "amisom"], atlas.personnel, atlas.interventions)
    assert set(series["acronym"]) == {"UNAMID", "MINUSMA"}  # AMISOM has no UN monthly series: left out, and said so on the page
    assert series.groupby("acronym")["month"].min().max() <= 6  # the first monthly report follows the establishing resolution
