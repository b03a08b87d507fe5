"""Country geometry (Natural Earth 1:110m, see data/README.md), read with geopandas once and cached."""

from __future__ import annotations

import json

import geopandas as gpd
import streamlit as st

from components.data import DEFAULT_DATA_DIR

COUNTRIES_FILE = DEFAULT_DATA_DIR / "countries_110m.geojson"


def read_countries() -> gpd.GeoDataFrame:
    return gpd.read_file(COUNTRIES_FILE).set_crs(4326, allow_override=True)


@st.cache_resource(show_spinner=False)
def countries_geojson() -> dict:
    """All country shapes as a GeoJSON mapping, each feature carrying `iso3` and `name`. Shared, not copied, by
    every caller: read it, never change it (`subset` builds a new collection)."""
    return json.loads(read_countries().to_json(drop_id=True))


def subset(geojson: dict, codes) -> dict:
    """Only the features of the given ISO3 codes: the browser receives no shape it will not draw."""
    wanted = set(codes)
    return {"type": "FeatureCollection", "features": [f for f in geojson["features"] if f["properties"]["iso3"] in wanted]}
