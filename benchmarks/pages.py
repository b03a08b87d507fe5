"""Benchmark every page of the atlas: warm server script time, bytes sent to the browser, and time to settle in
headless Chromium next to a minimal Streamlit page holding one small plotly chart, measured in the same run.

Usage: .venv/bin/python benchmarks/pages.py [--repeat 5]

Prints a table and writes benchmarks/results/pages.json. Budgets (2 cores): warm script under 0.5 s, under
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

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, running_app  # noqa: E402

PAGES = {
    "overview": ("pages/overview_page.py", "", {}),
    "timeline": ("pages/timeline_page.py", "timeline", {}),
    "map": ("pages/map_page.py", "map", {}),
    "challenges": ("pages/challenges_page.py", "challenges", {}),
    "cases": ("pages/cases_page.py", "cases?case=bosnia", {"case": "bosnia"}),
    "profile": ("pages/profile_page.py", "profile?id=unamid", {"id": "unamid"}),
    "data": ("pages/data_page.py", "data", {}),
}
MINIMAL_APP = Path(__file__).resolve().parent / "minimal_app.py"


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
    args = parser.parse_args()
    results: dict[str, dict] = {}
    for name, (page, _, query) in PAGES.items():
        results[name] = {"warm_script_s": round(warm_script_seconds(page, query, args.repeat), 3)}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        with running_app(MINIMAL_APP) as url:
            browser_numbers(browser, url)  # warm the server
            minimal = statistics.median(browser_numbers(browser, url)[0] for _ in range(args.repeat))
        with running_app() as url:
            for name, (_, path, _) in PAGES.items():
                browser_numbers(browser, f"{url}/{path}")  # warm caches
                runs = [browser_numbers(browser, f"{url}/{path}") for _ in range(args.repeat)]
                settle = statistics.median(r[0] for r in runs)
                results[name].update(
                    settle_s=round(settle, 2), settle_vs_minimal=round(settle / minimal, 2), sent_kb=round(max(r[1] for r in runs) / 1024)
                )
        browser.close()
    print(f"minimal page with one small plotly chart: settled in {minimal:.2f} s (median of {args.repeat})")
    print(f"{'page':<12}{'warm script s':>15}{'sent KB':>10}{'settle s':>10}{'x minimal':>11}")
    for name, row in results.items():
        print(f"{name:<12}{row['warm_script_s']:>15.3f}{row['sent_kb']:>10}{row['settle_s']:>10.2f}{row['settle_vs_minimal']:>11.2f}")
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / "pages.json").write_text(json.dumps({"minimal_settle_s": round(minimal, 2), "pages": results}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
