"""Figure builders of the explore pages (timeline, map, challenges, profile), asserted on their data."""

from __future__ import annotations

import pandas as pd
import pytest

from components import challenges as ch
from components import mapping, profile, vocab
from components.timeline import ONGOING_KEY, handover_links, personnel_series, resolution_markers, timeline_figure, timeline_rows


def pick(atlas, *ids):
    df = atlas.interventions
    return df[df["id"].isin(ids)]


# --- timeline -------------------------------------------------------------------------------------------------


def test_timeline_has_one_bar_per_intervention_with_its_dates(atlas):
    shown = pick(atlas, "unitaf", "unosom-ii", "kfor", "allied-force")
    figure = timeline_figure(shown, colour_by="organization")
    bars = [t for t in figure.data if t.type == "bar" and t.name != ONGOING_KEY]
    labels = [label for bar in bars for label in bar.y]
    assert sorted(labels) == sorted(shown["acronym"])
    unitaf = next(b for b in bars if "UNITAF" in b.y)
    i = list(unitaf.y).index("UNITAF")
    start = pd.Timestamp(unitaf.base[i])
    assert start == pd.Timestamp("1992-12-09")
    assert start + pd.Timedelta(milliseconds=unitaf.x[i]) == pd.Timestamp("1993-05-04")


def test_timeline_colours_follow_the_codebook_palette(atlas):
    figure = timeline_figure(pick(atlas, "unitaf", "unosom-ii", "kfor"), colour_by="organization")
    colours = {t.name: t.marker.color for t in figure.data if t.type == "bar"}
    assert colours["United Nations"] == vocab.ORGANIZATION_COLOURS["UN"]
    assert colours["North Atlantic Treaty Organization"] == vocab.ORGANIZATION_COLOURS["NATO"]


def test_ongoing_bars_are_hatched(atlas):
    figure = timeline_figure(pick(atlas, "kfor", "allied-force"), colour_by="organization")
    [nato] = [t for t in figure.data if t.type == "bar" and t.name != ONGOING_KEY]
    hatching = dict(zip(nato.y, nato.marker.pattern.shape, strict=True))
    assert hatching == {"Allied Force": "", "KFOR": "/"}
    assert nato.marker.pattern.shape[0] == ""  # the legend swatch (first point) is solid
    assert ONGOING_KEY in [t.name for t in figure.data]


def test_handover_links_join_predecessor_end_to_successor_start(atlas):
    links = handover_links(pick(atlas, "unitaf", "unosom-ii", "ifor", "sfor", "eufor-althea"))
    pairs = set(zip(links["from_id"], links["to_id"], strict=True))
    assert pairs == {("unitaf", "unosom-ii"), ("ifor", "sfor"), ("sfor", "eufor-althea")}
    unitaf = links.set_index("from_id").loc["unitaf"]
    assert unitaf["from_end"] == pd.Timestamp("1993-05-04")


def test_links_need_both_ends_shown(atlas):
    assert handover_links(pick(atlas, "unitaf", "kfor")).empty


def test_rows_are_grouped_by_colour_field(atlas):
    rows = timeline_rows(pick(atlas, "unitaf", "unosom-ii", "kfor", "onuc"), "organization")
    assert list(rows["organization"]) == ["UN", "UN", "NATO", "coalition"]


def test_resolution_markers_sit_on_their_interventions(atlas):
    markers = resolution_markers(pick(atlas, "gulf-war-coalition", "unosom-ii"), atlas.resolutions)
    assert set(zip(markers["id"], markers["number"], strict=True)) == {("gulf-war-coalition", 678), ("unosom-ii", 814)}


def test_personnel_series_keeps_gaps_as_missing():
    personnel = pd.DataFrame(
        {
            "intervention_id": ["a", "a", "b"],
            "date": pd.to_datetime(["2000-01-31", "2000-03-31", "2000-02-29"]),
            "total": pd.array([100, 300, 50], dtype="Int64"),
        }
    )
    interventions = pd.DataFrame({"id": ["a", "b"], "organization": ["UN", "UN"], "acronym": ["A", "B"]})
    by_org = personnel_series(personnel, interventions, by="organization").set_index("date")["total"]
    assert list(by_org) == [100, 50, 300]
    by_mission = personnel_series(personnel, interventions, by="intervention")
    a = by_mission[by_mission["group"] == "A"].set_index("date")["total"]
    assert pd.isna(a.loc["2000-02-29"])  # a month with no record is a gap, not zero


# --- map ------------------------------------------------------------------------------------------------------


def test_country_measure_counts_interventions_in_period(atlas):
    values = mapping.country_measure(atlas.interventions, "interventions", (1993, 1993), atlas.personnel, atlas.fatalities)
    somalia = values.set_index("iso3").loc["SOM"]
    assert somalia["value"] == 3  # UNOSOM I, UNITAF and UNOSOM II were all active in 1993
    assert "UNITAF" in somalia["acronyms"]


def test_country_measure_leaves_unknown_unshaded():
    interventions = pd.DataFrame({"id": ["x"], "acronym": ["X"], "host_countries": [("FRA",)], "start_year": [2000], "end_year": [2001]})
    empty_personnel = pd.DataFrame({"intervention_id": [], "date": pd.to_datetime([]), "total": []})
    values = mapping.country_measure(interventions, "personnel", (2000, 2001), empty_personnel, pd.DataFrame())
    assert values.empty


def test_animated_map_has_a_frame_and_step_per_year(atlas):
    shown = pick(atlas, "unitaf", "unosom-ii")
    by_year = {y: mapping.country_measure(shown, "interventions", (y, y), atlas.personnel, atlas.fatalities) for y in range(1992, 1996)}
    hq = mapping.headquarters(shown, atlas.personnel, atlas.strength)
    figure = mapping.animated_map_figure(by_year, hq, {"type": "FeatureCollection", "features": []}, "interventions")
    assert [f.name for f in figure.frames] == ["1992", "1993", "1994", "1995"]
    assert [s["label"] for s in figure.layout.sliders[0]["steps"]] == ["1992", "1993", "1994", "1995"]
    assert list(figure.frames[1].data[0].z) == [2]  # 1993: UNITAF and UNOSOM II in Somalia
    assert list(figure.frames[3].data[0].z) == [1]  # 1995: UNOSOM II only


def test_animated_map_frames_move_the_headquarters_year_by_year(atlas):
    shown = pick(atlas, "unitaf", "unosom-ii")
    by_year = mapping.country_measure_by_year(shown, "interventions", (1992, 1995), atlas.personnel, atlas.fatalities)
    hq = mapping.headquarters(shown, atlas.personnel, atlas.strength)
    figure = mapping.animated_map_figure(by_year, hq, {"type": "FeatureCollection", "features": []}, "interventions")
    # two traces per frame (countries, headquarters); the legend entries draw nothing and never change
    assert all(list(f.traces) == [0, 1] and len(f.data) == 2 for f in figure.frames)
    acronyms = [[c[1] for c in f.data[1].customdata] for f in figure.frames]
    assert acronyms[0] == [a for a in ("UNITAF",) if "unitaf" in set(hq["id"])] or acronyms[0] == []
    assert "UNOSOM II" in acronyms[2] and "UNITAF" not in acronyms[3]
    legend = [t.name for t in figure.data[2:]]
    assert legend and all(name.startswith("HQ: ") for name in legend) and all(t.lat == (None,) for t in figure.data[2:])


@pytest.mark.parametrize("measure", ["interventions", "personnel", "fatalities"])
@pytest.mark.parametrize("organizations", [(), ("UN",), ("AU", "ECOWAS", "NATO")])
def test_the_year_by_year_measure_equals_one_call_per_year(atlas, measure, organizations):
    shown = atlas.interventions if not organizations else atlas.interventions[atlas.interventions["organization"].isin(organizations)]
    fast = mapping.country_measure_by_year(shown, measure, (1948, 2026), atlas.personnel, atlas.fatalities)
    for year in range(1948, 2027):
        slow = mapping.country_measure(shown, measure, (year, year), atlas.personnel, atlas.fatalities)
        pd.testing.assert_frame_equal(fast[year], slow, check_dtype=False, check_index_type=False)


def test_headquarters_points_carry_coordinates(atlas):
    hq = mapping.headquarters(pick(atlas, "unosom-ii", "allied-force"), atlas.personnel, atlas.strength).set_index("id")
    assert "allied-force" not in hq.index  # no headquarters coordinates recorded
    assert round(hq.loc["unosom-ii", "lat"], 2) == 2.03 and round(hq.loc["unosom-ii", "lon"], 2) == 45.35


# --- challenges -----------------------------------------------------------------------------------------------


def test_challenge_share_is_of_the_group(atlas):
    matrix, sizes = ch.challenge_matrix(atlas.interventions, atlas.challenges, "organization", "share")
    nato = set(atlas.interventions.loc[atlas.interventions["organization"] == "NATO", "id"])
    coded = atlas.challenges[atlas.challenges["intervention_id"].isin(nato) & (atlas.challenges["challenge"] == "political_interests")]
    assert sizes["NATO"] == len(nato)
    assert matrix.loc["political_interests", "NATO"] == coded["intervention_id"].nunique() / len(nato)
    assert (matrix.fillna(0) <= 1).all().all()


def test_small_groups_are_flagged(atlas):
    matrix, sizes = ch.challenge_matrix(atlas.interventions, atlas.challenges, "organization", "count")
    figure = ch.heatmap_figure(matrix, sizes, "organization", "count")
    small = [label for label in figure.data[0].x if label.endswith("*)")]
    assert small and all(int(label.split("n=")[1].rstrip("*)")) < ch.SMALL_N for label in small)


def test_outcome_bars_total_the_coded_interventions(atlas):
    table = ch.outcome_bars(atlas.interventions, atlas.challenges)
    per_family = atlas.challenges.groupby("challenge")["intervention_id"].nunique()
    assert (table.sum(axis=1)[per_family.index] == per_family).all()


def test_strength_gap_uses_authorized_and_largest_deployed():
    interventions = pd.DataFrame({"id": ["a"], "acronym": ["A"]})
    strength = pd.DataFrame({"intervention_id": ["a", "a"], "kind": ["authorized", "peak_deployed"], "personnel": [1000, 600]})
    personnel = pd.DataFrame({"intervention_id": ["a"], "total": [700]})
    gap = ch.strength_gap(interventions, strength, personnel).iloc[0]
    assert (gap["authorized"], gap["deployed"], gap["share_deployed"]) == (1000, 700, 0.7)


def test_evidence_search_is_plain_text(atlas):
    everything = ch.evidence_table(atlas.interventions, atlas.challenges, atlas.sources)
    assert len(everything) == len(atlas.challenges)
    assert ch.evidence_table(atlas.interventions, atlas.challenges, atlas.sources, "(.*").empty  # not a regular expression
    hits = ch.evidence_table(atlas.interventions, atlas.challenges, atlas.sources, "srebrenica")
    assert not hits.empty and hits["Evidence"].str.contains("Srebrenica").all()


def test_council_division_counts_non_unanimous_votes(atlas):
    division = ch.council_division(pick(atlas, "gulf-war-coalition", "kfor"), atlas.resolutions).set_index("id")
    assert division.loc["gulf-war-coalition", "abstentions"] >= 1  # China abstained on 678
    assert division.loc["kfor", "abstentions"] == 1  # China abstained on 1244


# --- profile --------------------------------------------------------------------------------------------------


def test_resolution_links_name_number_and_year(atlas):
    table = profile.resolutions_of("gulf-war-coalition", atlas.resolutions).set_index("Resolution")
    assert table.loc[678, "Text"] == "https://undocs.org/S/RES/678(1990)"
    assert table.loc[678, "Vote (for-against-abstentions)"].startswith("12-2-1")


def test_facts_show_unknown_plainly(atlas):
    record = atlas.interventions.set_index("id").loc["allied-force"]
    facts = profile.facts(record).set_index("Fact")["Value"]
    assert facts["Headquarters"] == "unknown"
    assert facts["Legal basis"].startswith("No Council authorization")


def test_region_summary_counts_each_intervention_once(atlas):
    table = mapping.region_summary(atlas.interventions, "interventions", (1948, 2026), atlas.personnel, atlas.fatalities)
    assert table["Interventions"].sum() == len(atlas.interventions)
    by_region = table.set_index("Region")["Interventions"]
    assert by_region["Africa"] == (atlas.interventions["region"] == "Africa").sum()
    deaths = mapping.region_summary(atlas.interventions, "fatalities", (1948, 2026), atlas.personnel, atlas.fatalities)
    assert deaths[mapping.MEASURES["fatalities"]].sum() == atlas.fatalities["fatalities"].sum()


def test_handovers_outside_the_selection_are_named_not_dropped(atlas):
    from components.figures import interventions_table
    from components.timeline import timeline_figure

    amis = atlas.interventions[atlas.interventions["id"] == "amis"]
    figure = timeline_figure(amis, context=atlas.interventions)
    faded = next(t for t in figure.data if t.name == "Handover outside the selection")
    assert list(faded.text) == ["→ UNAMID"]
    table = interventions_table(amis, atlas.sources, atlas.interventions)
    assert table.loc[0, "Successor"] == "UNAMID (unamid)"


def test_colour_bar_steps_are_whole_numbers():
    assert [mapping.whole_step(z) for z in (1, 3, 7, 12, 60, 1234, 104_062)] == [1, 1, 2, 5, 20, 500, 50_000]


def test_a_measure_without_data_names_who_is_left_out(atlas):
    ids = ["amisom", "unamid", "kfor"]
    frame = atlas.interventions[atlas.interventions["id"].isin(ids)]
    assert mapping.counted_interventions(frame, "personnel", (1990, 2017), atlas.personnel, atlas.fatalities) == ["unamid"]
    assert set(mapping.counted_interventions(frame, "fatalities", (1990, 2026), atlas.personnel, atlas.fatalities)) == {"unamid"}
