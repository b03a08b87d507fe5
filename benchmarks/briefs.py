"""Benchmark the briefs: time to build and write each kind of brief, file sizes and page counts, next to a floor
measured in the same run (a brief with one line of text and no chart, written the same way).

Usage: .venv/bin/python benchmarks/briefs.py [--repeat 5]

Prints a table and writes benchmarks/results/briefs.json. Not a test: it reports, it does not fail.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from components import brief as briefs  # noqa: E402
from components.content import load_content  # noqa: E402
from components.data import DEFAULT_DATA_DIR, load_atlas  # noqa: E402

CONTEXT = {"filters": "none (all interventions)", "link": "http://localhost:8501/", "dataset": "benchmark", "made": date.today()}


def timed(make, repeat: int) -> tuple[float, float, bytes, bytes]:
    """Median seconds to build (with charts) and write PDF and Word, and the two files of the last run."""
    builds, writes = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        brief = make()
        built = time.perf_counter()
        pdf, docx = briefs.to_pdf(brief), briefs.to_docx(brief)
        builds.append(built - started)
        writes.append(time.perf_counter() - built)
    return statistics.median(builds), statistics.median(writes), pdf, docx


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    atlas = load_atlas(DEFAULT_DATA_DIR)
    content = load_content(atlas)
    floor = briefs.Brief(
        title="Floor",
        kind="floor",
        made=date.today(),
        filters="",
        link="",
        dataset="",
        sections=[briefs.Section("One", ["One line."])],
        charts=[],
        references=[],
    )
    cases = {
        "floor (one line, no chart)": lambda: floor,
        "intervention: UNAMID": lambda: briefs.intervention_brief(atlas, "unamid", **CONTEXT),
        "intervention: UNPROFOR": lambda: briefs.intervention_brief(atlas, "unprofor", **CONTEXT),
        "comparison: AMISOM, MINUSMA": lambda: briefs.comparison_brief(atlas, ["amisom", "minusma"], **CONTEXT),
        "comparison: four operations": lambda: briefs.comparison_brief(atlas, ["amisom", "minusma", "unamid", "monusco"], **CONTEXT),
        "case: Bosnia": lambda: briefs.case_brief(atlas, content.cases["bosnia"], **CONTEXT),
        "filtered view: all 150": lambda: briefs.view_brief(atlas, atlas.interventions, **CONTEXT),
    }
    rows = []
    for name, make in cases.items():
        build, write, pdf, docx = timed(make, args.repeat)
        rows.append({"brief": name, "build_s": round(build, 3), "write_s": round(write, 3), "pdf_kb": round(len(pdf) / 1024),
                     "docx_kb": round(len(docx) / 1024), "pdf_pages": len(PdfReader(io.BytesIO(pdf)).pages)})  # fmt: skip
    print(f"{'brief':34} {'build s':>8} {'write s':>8} {'PDF kB':>7} {'Word kB':>8} {'pages':>6}")
    for r in rows:
        print(f"{r['brief']:34} {r['build_s']:8.3f} {r['write_s']:8.3f} {r['pdf_kb']:7d} {r['docx_kb']:8d} {r['pdf_pages']:6d}")
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / "briefs.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
