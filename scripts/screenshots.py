"""Take the README's screenshots from the real app in headless Chromium.

Usage: .venv/bin/python scripts/screenshots.py  (writes docs/<page>.png)
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, running_app, wait_until_ready  # noqa: E402

PAGES = {
    "overview": "",
    "timeline": "timeline",
    "map": "map",
    "challenges": "challenges",
    "cases": "cases?case=somalia",
    "profile": "profile?id=unosom-ii",
    "compare": "compare?ids=amisom&ids=minusma",
    "council": "council",
    "teach": "cases?case=kosovo&present=1&step=1",
}


def main() -> None:
    out = ROOT / "docs"
    out.mkdir(exist_ok=True)
    with sync_playwright() as playwright, running_app() as url:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        for name, path in PAGES.items():
            page.goto(f"{url}/{path}")
            wait_until_ready(page)
            charts = page.locator("[data-testid='stPlotlyChart']")
            for index in range(charts.count()):
                charts.nth(index).locator("svg.main-svg").first.wait_for(timeout=30_000)
            page.wait_for_timeout(1000)
            page.screenshot(path=str(out / f"{name}.png"))
            print(f"docs/{name}.png")
        browser.close()


if __name__ == "__main__":
    main()
