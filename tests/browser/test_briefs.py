"""Briefs made in the browser: a click on the download button gives a file that opens and says what the page said."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from tests.browser.conftest import wait_until_ready

pytestmark = pytest.mark.browser


def download(browser_page, label: str):
    started = time.monotonic()
    with browser_page.expect_download(timeout=30_000) as info:
        browser_page.get_by_role("button", name=label).first.click()
    data = Path(info.value.path()).read_bytes()
    return info.value.suggested_filename, data, time.monotonic() - started


def test_a_comparison_brief_downloads_as_pdf(app_url, page):
    browser_page, log = page
    browser_page.goto(f"{app_url}/compare?ids=amisom&ids=minusma")
    wait_until_ready(browser_page)
    name, data, seconds = download(browser_page, "Brief (PDF)")
    assert name.startswith("peace-enforcement-atlas-brief-amisom-minusma-") and name.endswith(".pdf")
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert len(reader.pages) <= 2 and "AMISOM" in text and "MINUSMA" in text
    assert "/compare?ids=amisom&ids=minusma" in text  # the link that reopens the view
    assert seconds < 15, seconds
    assert browser_page.locator("[data-testid='stException']").count() == 0
    assert log.outside() == []


def test_a_filtered_view_brief_downloads_as_word_with_its_filters(app_url, page):
    browser_page, log = page
    browser_page.goto(f"{app_url}/?org=AU&org=ECOWAS")
    wait_until_ready(browser_page)
    name, data, seconds = download(browser_page, "Brief (Word)")
    assert name.endswith(".docx")
    document = Document(io.BytesIO(data))
    text = " ".join(p.text for p in document.paragraphs)
    assert "Filters: Organization: African Union, Economic Community of West African States" in text
    assert len(document.inline_shapes) >= 2
    assert seconds < 15, seconds
    assert log.outside() == []


def test_a_chart_saved_from_its_toolbar_carries_its_title_source_and_legend(app_url, page):
    from PIL import Image

    browser_page, _ = page
    browser_page.goto(f"{app_url}/timeline?org=UN&org=AU")
    wait_until_ready(browser_page)
    chart = browser_page.locator("[data-testid='stPlotlyChart']").nth(1)  # the personnel chart, legend below it
    chart.locator("svg.main-svg").first.wait_for(timeout=20_000)
    chart.hover()
    with browser_page.expect_download(timeout=30_000) as info:
        chart.locator(".modebar-btn[data-title='Download plot as a PNG']").click()
    image = Image.open(info.value.path()).convert("L")
    svg_text = chart.evaluate("node => node.textContent")
    assert (
        "Uniformed personnel deployed" in svg_text
        and "Source: IPI Peacekeeping Database" in svg_text
        and "Filters: Organization" in svg_text
    )
    # title and source at the top, axis at the bottom: nothing cut off at either edge of the saved image
    assert image.crop((0, 0, image.width // 2, image.height // 8)).getextrema()[0] < 128
    assert image.crop((0, image.height * 7 // 8, image.width, image.height)).getextrema()[0] < 128


def test_printing_a_profile_drops_the_sidebar_and_wraps_its_tables(app_url, page):
    browser_page, log = page
    browser_page.goto(f"{app_url}/profile?id=unosom-ii")
    wait_until_ready(browser_page)
    browser_page.emulate_media(media="print")
    assert not browser_page.locator("[data-testid='stSidebar']").is_visible()
    assert browser_page.locator(".st-key-table-challenges table").is_visible()
    data = browser_page.pdf(format="A4", print_background=True)
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Brief (PDF)" not in text and "Filters" not in text.split("UNOSOM II")[0]
    # a long evidence sentence is printed whole, not cut at a cell's edge
    from components.data import DEFAULT_DATA_DIR, load_atlas

    atlas = load_atlas(DEFAULT_DATA_DIR)
    evidence = atlas.challenges[atlas.challenges["intervention_id"] == "unosom-ii"]["evidence"]
    longest = max(evidence, key=len)
    assert " ".join(longest.split())[-40:].replace(" ", "") in text.replace(" ", "")
    assert log.outside() == []
