"""Benchmark every page of the atlas: warm server script time, the time of a run after a filter change, bytes sent
to the browser, and time to settle in headless Chromium next to a minimal Streamlit page holding one small plotly
chart, measured in the same run.

A filter change is measured the way a click sends it: one websocket session (the protocol client of
benchmarks/load.py) opens the page, then changes the sidebar's Organization filter to combinations not asked for
before (nothing cached for them yet) and then to the same combinations again (as when a second student makes the
same choice); each is the time from the message sent to the run finished on the server, one user, no other load.

The atlas is served as the README's start command serves it: one process (`scripts/serve.py`), or with
`--replicas N` (N > 1) N processes behind HAProxy (`scripts/cluster.py`, deploy/haproxy/haproxy.cfg), which also
keeps Streamlit's front-end files in memory after the first request and sends them gzipped. The minimal page is always one
plain Streamlit process.

Usage: .venv/bin/python benchmarks/pages.py [--repeat 5] [--replicas 1]

Prints a table and writes benchmarks/results/pages.json (pages-replicas-N.json with --replicas N > 1). Budgets (2 cores): warm script under 0.5 s, under
1.5 MB sent per page, settled in under 1.5 times the minimal page's time. Settling is read from the page's own
events (a script run finished, every chart drawn), never from a fixed pause. Not a test: it reports, it does not fail.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from benchmarks.load import Results, User  # noqa: E402
from scripts.cluster import Cluster  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, free_port, running_app  # noqa: E402

PAGES = {
    "overview": ("pages/overview_page.py", "", {}),
    "timeline": ("pages/timeline_page.py", "timeline", {}),
    "map": ("pages/map_page.py", "map", {}),
    "challenges": ("pages/challenges_page.py", "challenges", {}),
    "cases": ("pages/cases_page.py", "cases?case=bosnia", {"case": "bosnia"}),
    "profile": ("pages/profile_page.py", "profile?id=unamid", {"id": "unamid"}),
    "map_years": ("pages/map_page.py", "map?time=years", {"time": "years"}),
    "compare": ("pages/compare_page.py", "compare?ids=amisom&ids=minusma", {"ids": ["amisom", "minusma"]}),
    "council": ("pages/council_page.py", "council", {}),
    "quiz": ("pages/quiz_page.py", "quiz", {}),
    "glossary": ("pages/glossary_page.py", "glossary", {}),
    "data": ("pages/data_page.py", "data", {}),
    "codebook": ("pages/codebook_page.py", "codebook", {}),
}
MINIMAL_APP = Path(__file__).resolve().parent / "minimal_app.py"
# Organization filters chosen in turn: each page sees each combination for the first time, then again
FILTER_CHANGES = [["UN"], ["AU"], ["UN", "AU"], ["EU", "NATO"], ["ECOWAS", "AU"], ["UN", "EU", "NATO"], ["NATO"]]


async def filter_change_seconds(url: str, path: str) -> tuple[float, float]:
    """Median seconds of a run after a filter change on this page: new combinations, then the same ones again."""
    import random

    page, _, query = path.partition("?")
    user = User(url, Results(), random.Random(0))
    await user.connect()
    await user.run("open", page=page, query=query)
    await user.run("filter", organizations=["UN", "AU", "EU", "NATO", "ECOWAS"])  # the widget's first change
    for _ in range(2):
        for organizations in FILTER_CHANGES:
            await user.run("filter", organizations=organizations)
    await user.close()
    runs = user.results.latencies["filter"][1:]
    first, again = runs[: len(FILTER_CHANGES)], runs[len(FILTER_CHANGES) :]
    return statistics.median(first), statistics.median(again)


def warm_script_seconds(page: str, query: dict, repeat: int) -> float:
    """Median time to run app.py plus the page with warm caches (the first run fills them and is not counted)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        at.switch_page(page).run()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


# Records, in the page, when each script run finishes: the moment Streamlit's app element turns from running to
# notRunning. No fixed wait: the settle time is read from events, the same way for the atlas and the minimal page.
RUN_OBSERVER = """
window.__runsFinished = 0;
new MutationObserver(() => {
  const app = document.querySelector("[data-testid='stApp']");
  if (!app) return;
  const state = app.getAttribute('data-test-script-state');
  if (state === 'running') window.__sawRunning = true;
  if (state === 'notRunning' && window.__sawRunning) { window.__sawRunning = false; window.__runsFinished += 1; }
}).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-test-script-state']});
"""


def settle(page, timeout: float = 60_000) -> None:
    """Wait, without any fixed pause, for the first script run to finish and every chart on the page to be drawn."""
    page.wait_for_function(
        "() => window.__runsFinished >= 1 && document.querySelector(\"[data-testid='stApp'][data-test-script-state='notRunning']\")",
        timeout=timeout,
    )
    charts = page.locator("[data-testid='stPlotlyChart']")
    for index in range(charts.count()):
        charts.nth(index).locator("svg.main-svg").first.wait_for(timeout=timeout)


def browser_numbers(browser, url: str) -> tuple[float, int]:
    """Seconds until the page is settled (script done, every chart drawn) and bytes received over the websocket."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(RUN_OBSERVER)
    page = context.new_page()
    received = [0]

    def on_socket(socket):
        socket.on("framereceived", lambda payload: received.__setitem__(0, received[0] + len(payload)))

    page.on("websocket", on_socket)
    start = time.perf_counter()
    page.goto(url)
    settle(page)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed, received[0]


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--replicas", type=int, default=1, help="N > 1: N processes behind HAProxy")
    args = parser.parse_args()

    def atlas():
        return running_app() if args.replicas == 1 else Cluster(args.replicas, free_port(), free_port())

    results: dict[str, dict] = {}
    for name, (page, _, query) in PAGES.items():
        results[name] = {"warm_script_s": round(warm_script_seconds(page, query, args.repeat), 3)}
    import asyncio

    with atlas() as served:  # before the browser: its driver holds an event loop of its own
        url = served if isinstance(served, str) else served.url
        for name, (_, path, _) in PAGES.items():
            new, again = asyncio.run(filter_change_seconds(url, path))
            results[name].update(filter_new_s=round(new, 3), filter_again_s=round(again, 3))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        with running_app(MINIMAL_APP) as url:
            browser_numbers(browser, url)  # warm the server
            minimal = statistics.median(browser_numbers(browser, url)[0] for _ in range(args.repeat))
        with atlas() as served:
            url = served if isinstance(served, str) else served.url
            for name, (_, path, _) in PAGES.items():
                browser_numbers(browser, f"{url}/{path}")  # warm caches
                runs = [browser_numbers(browser, f"{url}/{path}") for _ in range(args.repeat)]
                settle = statistics.median(r[0] for r in runs)
                results[name].update(
                    settle_s=round(settle, 2), settle_vs_minimal=round(settle / minimal, 2), sent_kb=round(max(r[1] for r in runs) / 1024)
                )
        browser.close()
    served_by = "one process" if args.replicas == 1 else f"{args.replicas} processes behind HAProxy"
    print(f"atlas served by {served_by}; minimal page with one small plotly chart: settled in {minimal:.2f} s (median of {args.repeat})")
    print(f"{'page':<12}{'warm script s':>15}{'filter new s':>14}{'filter again s':>16}{'sent KB':>10}{'settle s':>10}{'x minimal':>11}")
    for name, row in results.items():
        print(
            f"{name:<12}{row['warm_script_s']:>15.3f}{row['filter_new_s']:>14.3f}{row['filter_again_s']:>16.3f}"
            f"{row['sent_kb']:>10}{row['settle_s']:>10.2f}{row['settle_vs_minimal']:>11.2f}"
        )
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    name = "pages.json" if args.replicas == 1 else f"pages-replicas-{args.replicas}.json"
    summary = {"replicas": args.replicas, "minimal_settle_s": round(minimal, 2), "pages": results}
    (out / name).write_text(json.dumps(summary, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
