"""Build the offline map assets from two pinned npm packages.

Usage: python scripts/build_map_assets.py [PACKAGE_DIR]

PACKAGE_DIR holds the unpacked packages `world-atlas` (Natural Earth 1:110m admin-0 countries as TopoJSON) and
`plotly.js` (whose dist/plotly-geo-assets.js embeds plotly's own base maps). Without it, the script runs
`npm pack` for the pinned versions into a temporary folder. Writes:
- data/countries_110m.geojson: one feature per ISO3 code, for choropleths drawn from our own geometry (1:110m,
  with the small states that scale omits taken from 1:50m);
- static/topojson/world_110m.json: plotly's world base map, served locally so no chart fetches it from a CDN.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pycountry
import shapely

ROOT = Path(__file__).resolve().parent.parent
WORLD_ATLAS = "world-atlas@2.0.2"
PLOTLY_JS = "plotly.js@4.1.1"
# Natural Earth features without an ISO 3166-1 numeric id, and how the atlas codes them (see data/README.md).
UNCODED = {"Kosovo": "XKX", "Somaliland": "SOM", "N. Cyprus": "CYP"}
# Features of the 1:50m layer that no operation could be coded to; dropped.
UNCODED_DROPPED = {"Indian Ocean Ter.", "Siachen Glacier"}


def unpack(spec: str, into: Path) -> Path:
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=into, check=True, capture_output=True, text=True)
    tarball = into / out.stdout.strip().splitlines()[-1]
    target = into / spec.split("@")[0]
    with tarfile.open(tarball) as tar:
        tar.extractall(target, filter="data")
    return target / "package"


def iso3(feature_id, name: str) -> str:
    if name in UNCODED:
        return UNCODED[name]
    country = pycountry.countries.get(numeric=str(feature_id).zfill(3))
    if country is None:
        raise SystemExit(f"no ISO 3166-1 code for Natural Earth feature {feature_id!r} ({name})")
    return country.alpha_3


def read_layer(world_atlas: Path, scale: str) -> gpd.GeoDataFrame:
    frame = gpd.read_file(world_atlas / f"countries-{scale}.json", layer="countries").set_crs(4326, allow_override=True)
    frame = frame[~frame["name"].isin(UNCODED_DROPPED)]
    frame["iso3"] = [iso3(fid, name) for fid, name in zip(frame["id"], frame["name"], strict=True)]
    return frame


def build_countries(world_atlas: Path, out: Path) -> None:
    frame = read_layer(world_atlas, "110m")
    # Small states (the Comoros, for one) are missing at 1:110m; take them from the 1:50m layer.
    finer = read_layer(world_atlas, "50m")
    frame = pd.concat([frame, finer[~finer["iso3"].isin(set(frame["iso3"]))]], ignore_index=True)
    # TopoJSON quantization leaves a few rings self-touching (Fiji, Russia, Sudan, North Korea): repair first.
    frame["geometry"] = shapely.make_valid(frame.geometry.values)
    frame = frame[frame["iso3"] != "ATA"]  # Antarctica hosts no operation and dominates the map
    merged = frame.dissolve(by="iso3", as_index=False, aggfunc={"name": "first"})
    merged["name"] = [UNCODED_NAMES.get(code, name) for code, name in zip(merged["iso3"], merged["name"], strict=True)]
    # Plotly's geo projection wants clockwise exterior rings (the opposite of RFC 7946).
    merged["geometry"] = shapely.orient_polygons(shapely.set_precision(merged.geometry.values, 0.01), exterior_cw=True)
    features = [
        {
            "type": "Feature",
            "id": row.iso3,
            "properties": {"iso3": row.iso3, "name": row.name},
            "geometry": shapely.geometry.mapping(row.geometry),
        }
        for row in merged.itertuples()
    ]
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")), encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {len(features)} countries, {out.stat().st_size:,} bytes")


UNCODED_NAMES = {"SOM": "Somalia", "CYP": "Cyprus"}


def build_plotly_base_map(plotly_js: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    script = (
        "global.window = {};"
        f"require({json.dumps(str(plotly_js / 'dist' / 'plotly-geo-assets.js'))});"
        "process.stdout.write(JSON.stringify(window.Plotly.topojson.world_110m));"
    )
    text = subprocess.run(["node", "-e", script], check=True, capture_output=True, text=True).stdout
    (out_dir / "world_110m.json").write_text(text, encoding="utf-8")
    (out_dir / "LICENSE-plotly.js.txt").write_text((plotly_js / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    print(f"{(out_dir / 'world_110m.json').relative_to(ROOT)}: {len(text):,} bytes")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        if len(sys.argv) > 1:
            base = Path(sys.argv[1])
            world_atlas, plotly_js = base / "world-atlas" / "package", base / "plotly.js" / "package"
        else:
            world_atlas, plotly_js = unpack(WORLD_ATLAS, Path(tmp)), unpack(PLOTLY_JS, Path(tmp))
        build_countries(world_atlas, ROOT / "data" / "countries_110m.geojson")
        build_plotly_base_map(plotly_js, ROOT / "static" / "topojson")


if __name__ == "__main__":
    main()
