"""A sample of the hostile links in the real browser: every page opens without an exception box, and nothing from a
link becomes a live link, an image, a script or a request to another host."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from tests.browser.conftest import wait_until_ready
from tests.hostile import EVIL, PAGES, query_strings

pytestmark = pytest.mark.browser
ROUTES = {"pages/overview_page.py": ""} | {page: page.removeprefix("pages/").removesuffix("_page.py") for page in PAGES[1:]}
SAMPLE = query_strings(len(PAGES), seed=1999)  # one per page; the AppTest fuzz runs 110


@pytest.mark.parametrize("index", range(len(SAMPLE)))
def test_a_hostile_link_in_the_browser_stays_text(app_url, page, index):
    browser_page, log = page
    route = ROUTES[PAGES[index % len(PAGES)]]
    query = urlencode([(name, value) for name, values in SAMPLE[index].items() for value in values])
    browser_page.goto(f"{app_url}/{route}?{query}")
    wait_until_ready(browser_page)
    assert browser_page.locator("[data-testid='stException']").count() == 0
    assert browser_page.locator(f"a[href*='{EVIL}'], img[src*='{EVIL}'], [src^='javascript:'], [href^='javascript:']").count() == 0
    assert browser_page.evaluate("window.__xss") is None
    assert browser_page.evaluate("window.__csp") == []
    assert log.outside() == []
