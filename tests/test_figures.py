"""Figure builders and the computations behind them, asserted on their data."""

from __future__ import annotations

import pandas as pd

from components.figures import headline_figures, host_country_counts, host_map_figure, interventions_table
from components.filters import Filters
from components.geo import read_countries


def frame(atlas, *ids):
    df = atlas.interventions
    return df[df["id"].isin(ids)]


def test_headline_figures_count_what_is_selected(atlas):
    numbers = headline_figures(frame(atlas, "unitaf", "unosom-ii", "allied-force", "kfor"))
    assert numbers["interventions"] == 4
    assert numbers["organizations"] == 3  # coalition, UN, NATO
    assert numbers["chapter_vii"] == 3  # Allied Force had no Council authorization
    assert numbers["chapter_vii_share"] == 0.75
    assert numbers["ongoing"] == 1  # KFOR


def test_headline_figures_of_nothing():
    empty = pd.DataFrame(columns=["chapter_vii", "organization", "ongoing"])
    assert headline_figures(empty)["chapter_vii_share"] is None


def test_host_counts_split_multi_country_interventions(atlas):
    counts = host_country_counts(frame(atlas, "unitaf", "unosom-ii", "gulf-war-coalition")).set_index("iso3")
    assert counts.loc["SOM", "interventions"] == 2
    assert counts.loc["SOM", "acronyms"] == "UNITAF, UNOSOM II"
    assert counts.loc["KWT", "interventions"] == 1 and counts.loc["IRQ", "interventions"] == 1


def test_map_shades_each_host_once_with_its_count(atlas):
    counts = host_country_counts(Filters(regions=("Europe",)).apply(atlas.interventions))
    geojson = {"type": "FeatureCollection", "features": []}
    trace = host_map_figure(counts, geojson).data[0]
    assert list(trace.locations) == list(counts["iso3"])
    assert list(trace.z) == list(counts["interventions"])
    assert "XKX" in set(trace.locations)  # Kosovo is drawn from Natural Earth under XKX


def test_every_host_country_has_a_shape(atlas):
    shapes = set(read_countries()["iso3"])
    hosts = set(atlas.interventions["host_countries"].explode())
    assert hosts <= shapes, hosts - shapes


def test_country_shapes_are_valid_and_oriented_for_plotly():
    countries = read_countries()
    assert countries["iso3"].is_unique
    assert countries.is_valid.all()
    # plotly geo wants clockwise exterior rings: a counter-clockwise ring would cover the whole globe
    import shapely

    for geom in countries.geometry:
        for polygon in getattr(geom, "geoms", [geom]):
            assert not shapely.is_ccw(polygon.exterior)


def test_table_shows_unknown_and_ongoing_plainly(atlas):
    table = interventions_table(frame(atlas, "kfor", "allied-force"), atlas.sources).set_index("Acronym")
    assert table.loc["KFOR", "End"] == "ongoing"
    assert table.loc["Allied Force", "Resolutions"] == "none"
    assert table.loc["Allied Force", "Legal basis"].startswith("No Council authorization")


def test_every_chart_summary_is_computed_from_its_data(atlas):
    from components import council
    from components.charts import describe

    table = council.actions_by_year(council.concerning(atlas.resolutions, atlas.interventions))
    text = describe(council.actions_figure(table))
    assert f"from {table.index.min()} to {table.index.max()}" in text
    assert f"the largest total, {int(table.sum(axis=1).max())}," in text
